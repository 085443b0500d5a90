// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from "vitest";
import { installDomHelpers } from "../fake-obsidian/dom";
import { renderNoteThemes } from "../../src/ui/render/note-themes";
import { renderThemeDetail } from "../../src/ui/render/theme-detail";
import { noteActions, noteThemes, passage, scalingDetail, texts, XSS } from "./models";

beforeAll(() => installDomHelpers(window));

describe("renderNoteThemes", () => {
	it("asks for a note when none is open", () => {
		const el = createDiv();
		renderNoteThemes(el, null, noteActions());
		expect(el.textContent).toContain("Open a note to see its themes.");
	});

	it("says so when the note has no themes", () => {
		const el = createDiv();
		renderNoteThemes(el, { ...noteThemes(), themes: [], related: [] }, noteActions());
		expect(el.textContent).toContain("No themes found in this note.");
		expect(el.querySelector(".throughline-note-theme")).toBeNull();
	});

	it("groups linked and unlinked themes, with the reason for each", () => {
		const el = createDiv();
		renderNoteThemes(el, noteThemes(), noteActions());
		expect(texts(el, ".throughline-section-title")).toEqual(["Linked", "Mentioned, not linked", "Related notes"]);
		expect(texts(el, ".throughline-why")).toEqual(["linked: 4 mentions in 3 passages", "not linked: one passing mention"]);
		expect(texts(el, ".throughline-related-note .throughline-muted")).toEqual(["shares Scaling laws"]);
	});

	it("excludes a theme from this note in one click, and opens passages", () => {
		const el = createDiv();
		const actions = noteActions();
		renderNoteThemes(el, noteThemes(), actions);
		el.querySelector<HTMLButtonElement>('[data-theme-id="agents"] button.throughline-exclude')!.click();
		expect(actions.excludeTheme).toHaveBeenCalledWith("Readwise/Import AI 343.md", "agents");
		el.querySelector<HTMLElement>(".throughline-passage")!.click();
		expect(actions.openPassage).toHaveBeenCalledWith("Readwise/Import AI 343.md", 14, 22, 12, false);
	});

	it("shows what could not be read in the note, as text, and nothing when all was read", () => {
		const el = createDiv();
		renderNoteThemes(el, { ...noteThemes(), problems: [`the frontmatter is not valid YAML; ${XSS}`] }, noteActions());
		expect(el.querySelector(".throughline-problems-title")?.textContent).toBe("Throughline could not fully read this note");
		expect(texts(el, ".throughline-problems li")).toEqual([`the frontmatter is not valid YAML; ${XSS}`]);
		expect(el.querySelector("img")).toBeNull();
		const clean = createDiv();
		renderNoteThemes(clean, { ...noteThemes(), problems: [] }, noteActions());
		expect(clean.querySelector(".throughline-problems")).toBeNull();
	});

	it("renders a hostile reason and title as text", () => {
		const el = createDiv();
		const model = noteThemes();
		model.title = XSS;
		model.themes[0].why = XSS;
		model.themes[0].passages = [passage(XSS, "img", 1, 2)];
		renderNoteThemes(el, model, noteActions());
		expect(el.querySelector("img")).toBeNull();
		expect(el.querySelector(".throughline-note-title")?.textContent).toBe(XSS);
		expect(el.querySelector(".throughline-highlight")?.textContent).toBe("img");
	});
});

describe("renderThemeDetail", () => {
	it("renders passages grouped by document and an empty state", () => {
		const el = createDiv();
		renderThemeDetail(el, scalingDetail(), noteActions());
		expect(texts(el, ".throughline-document-name")).toEqual(["Import AI 343", "Dwarkesh"]);
		expect(el.textContent).toContain("2 passages in 2 documents");
		renderThemeDetail(el, { themeId: "x", documents: [] }, noteActions());
		expect(el.querySelector(".throughline-document")).toBeNull();
		expect(el.textContent).toContain("No passages mention this theme yet.");
	});

	it("clamps a highlight that runs past the snippet", () => {
		const el = createDiv();
		const detail = scalingDetail();
		detail.documents[0].passages = [{ line: 1, col: 1, match: "data", text: "more data", matchStart: 5, matchEnd: 99 }];
		renderThemeDetail(el, detail, noteActions());
		expect(el.querySelector(".throughline-highlight")?.textContent).toBe("data");
		expect(el.querySelector(".throughline-passage-text")?.textContent).toBe("more data");
	});
});
