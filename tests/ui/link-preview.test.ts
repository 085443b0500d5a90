// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from "vitest";
import { installDomHelpers } from "../fake-obsidian/dom";
import { acceptedLinkItems, renderLinkPreview, type LinkPreviewItem } from "../../src/ui/modals/link-preview";
import { XSS } from "./models";

beforeAll(() => installDomHelpers(window));

const items: LinkPreviewItem[] = [
	{ path: "Themes/Agents.md", action: "update", summary: "adds 2 notes to the hub block", themeIds: ["agents"], diff: [{ kind: "same", text: "## Sources" }, { kind: "add", text: "- [[Import AI 343]]" }] },
	{ path: "Readwise/Import AI 343.md", action: "link", summary: "adds 2 themes", themeIds: ["agents", "scaling-laws"], diff: [{ kind: "add", text: XSS }] },
	{ path: "Readwise/Other.md", action: "link", summary: "adds 1 theme", themeIds: ["scaling-laws"], diff: [] },
];
const names = { agents: "Agents", "scaling-laws": "Scaling laws" };

describe("acceptedLinkItems", () => {
	it("drops rejected notes, removes rejected themes and notes left without a theme", () => {
		const accepted = acceptedLinkItems(items, { rejectedPaths: new Set(["Themes/Agents.md"]), rejectedThemes: new Set(["scaling-laws"]) });
		expect(accepted.map((i) => [i.path, i.themeIds])).toEqual([["Readwise/Import AI 343.md", ["agents"]]]);
		expect(acceptedLinkItems(items, { rejectedPaths: new Set(), rejectedThemes: new Set() })).toEqual(items);
	});
});

describe("renderLinkPreview", () => {
	it("offers a checkbox per theme and per note that update the selection", () => {
		const el = createDiv();
		const selection = { rejectedPaths: new Set<string>(), rejectedThemes: new Set<string>() };
		const onChange = vi.fn();
		renderLinkPreview(el, items, names, selection, onChange);
		const themeBoxes = el.querySelectorAll<HTMLInputElement>("input[data-theme-id]");
		expect(Array.from(themeBoxes).map((b) => b.parentElement?.textContent)).toEqual(["Agents (2)", "Scaling laws (2)"]);
		themeBoxes[1].checked = false;
		themeBoxes[1].dispatchEvent(new Event("change"));
		const noteBox = el.querySelector<HTMLInputElement>('input[data-path="Themes/Agents.md"]')!;
		noteBox.checked = false;
		noteBox.dispatchEvent(new Event("change"));
		expect([...selection.rejectedThemes]).toEqual(["scaling-laws"]);
		expect([...selection.rejectedPaths]).toEqual(["Themes/Agents.md"]);
		expect(onChange).toHaveBeenCalledTimes(2);
	});

	it("draws a note's diff as text only when it is opened", () => {
		const el = createDiv();
		renderLinkPreview(el, items, names, { rejectedPaths: new Set(), rejectedThemes: new Set() }, () => undefined);
		expect(el.querySelector(".throughline-diff")).toBeNull();
		const details = el.querySelectorAll("details")[1];
		details.open = true;
		details.dispatchEvent(new Event("toggle"));
		expect(details.querySelector(".throughline-diff-add")?.textContent).toBe(`+ ${XSS}`);
		expect(el.querySelector("img")).toBeNull();
	});
});
