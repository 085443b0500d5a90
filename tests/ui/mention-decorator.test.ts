// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from "vitest";
import { installDomHelpers } from "../fake-obsidian/dom";
import { decorateMentions, type TextMention } from "../../src/ui/mention-decorator";

beforeAll(() => installDomHelpers(window));

/** A stand-in matcher: every case-insensitive "scaling laws" and "agents". */
function findMentions(text: string): TextMention[] {
	const found: TextMention[] = [];
	for (const [phrase, themeName] of [["scaling laws", "Scaling laws"], ["agents", "Agents"]]) {
		const lower = text.toLowerCase();
		for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
			found.push({ start: at, end: at + phrase.length, themeName, themePath: `Themes/${themeName}.md` });
		}
	}
	return found;
}

function section(build: (el: HTMLElement) => void): HTMLElement {
	const el = createDiv();
	build(el);
	return el;
}

describe("decorateMentions", () => {
	it("wraps exactly the matched ranges in internal links to the theme", () => {
		const el = section((s) => s.createEl("p", { text: "Scaling laws meet agents." }));
		expect(decorateMentions(el, findMentions)).toBe(2);
		const links = Array.from(el.querySelectorAll("a.internal-link.throughline-mention"));
		expect(links.map((a) => a.textContent)).toEqual(["Scaling laws", "agents"]);
		expect(links.map((a) => a.getAttribute("data-href"))).toEqual(["Themes/Scaling laws", "Themes/Agents"]);
		expect(el.textContent).toBe("Scaling laws meet agents.");
	});

	it("never decorates inside code, pre, links or existing mentions", () => {
		const el = section((s) => {
			const p = s.createEl("p", { text: "Agents " });
			p.createEl("code", { text: "Agents" });
			p.createEl("a", { text: "Agents", cls: "internal-link" });
			s.createEl("pre").createEl("code", { text: "Scaling laws" });
		});
		expect(decorateMentions(el, findMentions)).toBe(1);
		expect(el.querySelector("code a, pre a, a a")).toBeNull();
		expect(decorateMentions(el, findMentions)).toBe(0); // a second pass finds nothing new
	});

	it("stops at the cap and skips sections that are too large", () => {
		const el = section((s) => {
			for (let i = 0; i < 5; i++) s.createEl("p", { text: "Agents and agents" });
		});
		expect(decorateMentions(el, findMentions, { limit: 3 })).toBe(3);
		expect(el.querySelectorAll(".throughline-mention")).toHaveLength(3);
		const big = section((s) => s.createEl("p", { text: "agents ".repeat(100) }));
		expect(decorateMentions(big, findMentions, { maxSectionChars: 500 })).toBe(0);
		expect(big.querySelector(".throughline-mention")).toBeNull();
	});

	it("by default leaves a 150 KB section alone and caps a dense one at 200", () => {
		const huge = section((s) => s.createEl("p", { text: "Agents ".repeat(22_000) })); // about 154 KB
		expect(decorateMentions(huge, findMentions)).toBe(0);
		const dense = section((s) => s.createEl("p", { text: "Agents ".repeat(1_000) }));
		expect(decorateMentions(dense, findMentions)).toBe(200);
	});

	it("ignores overlapping and out-of-range matches and keeps hostile text as text", () => {
		const el = section((s) => s.createEl("p", { text: "<img src=x onerror=alert(1)> agents" }));
		const made = decorateMentions(el, (text) => [
			{ start: 0, end: 28, themeName: "<img src=x onerror=alert(1)>", themePath: null },
			{ start: 5, end: 10, themeName: "overlap", themePath: null },
			{ start: 30, end: 999, themeName: "past the end", themePath: null },
			{ start: text.length - 6, end: text.length, themeName: "Agents", themePath: "Themes/Agents.md" },
		]);
		expect(made).toBe(2);
		expect(el.querySelector("img")).toBeNull();
		const marks = el.querySelectorAll(".throughline-mention");
		expect(marks[0].textContent).toBe("<img src=x onerror=alert(1)>");
		expect(marks[1].getAttribute("data-href")).toBe("Themes/Agents");
	});

	it("a theme without a note (a starter theme) is no internal link: a click asks, nothing is created", () => {
		const el = section((s) => s.createEl("p", { text: "about agents" }));
		const asked: string[] = [];
		const made = decorateMentions(el, () => [{ start: 6, end: 12, themeName: "Agents", themePath: null }], { onThemeWithoutNote: (name) => asked.push(name) });
		expect(made).toBe(1);
		expect(el.querySelector("a")).toBeNull(); // Obsidian would create a note "Agents" at the vault root
		el.querySelector<HTMLElement>(".throughline-mention")?.click();
		expect(asked).toEqual(["Agents"]);
	});
});
