// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from "vitest";
import { installDomHelpers } from "../fake-obsidian/dom";
import { renderThemesSidebar, visibleThemes } from "../../src/ui/render/themes-sidebar";
import { fullSidebar, passage, scalingDetail, sidebarActions, texts, XSS } from "./models";

beforeAll(() => installDomHelpers(window));

function mount(): HTMLElement {
	const el = createDiv();
	document.body.appendChild(el);
	return el;
}

describe("renderThemesSidebar", () => {
	it("tells an empty vault what to do and shows no theme list", () => {
		const el = mount();
		renderThemesSidebar(el, { ...fullSidebar(), state: "empty-vault", themes: [], suggestions: [] }, sidebarActions());
		expect(el.textContent).toContain("No notes to read yet.");
		expect(el.querySelector(".throughline-theme")).toBeNull();
	});

	it("offers the starter pack when there are no theme notes, and the button installs it", () => {
		const el = mount();
		const actions = sidebarActions();
		renderThemesSidebar(el, { ...fullSidebar(), state: "no-theme-notes", themes: [], suggestions: [] }, actions);
		const button = Array.from(el.querySelectorAll("button")).find((b) => b.textContent === "Install the starter themes");
		expect(button).toBeDefined();
		button?.click();
		expect(actions.installStarterPack).toHaveBeenCalledTimes(1);
	});

	it("shows indexing progress with the counts", () => {
		const el = mount();
		renderThemesSidebar(el, { ...fullSidebar(), state: "indexing", progress: { done: 1234, total: 10000 } }, sidebarActions());
		expect(el.querySelector(".throughline-progress")?.textContent).toContain("Indexing 1,234 / 10,000 notes");
		expect(el.querySelector("progress")?.getAttribute("value")).toBe("1234");
	});

	it("lists every theme with its linked count and a sparkline, sorted by count", () => {
		const el = mount();
		renderThemesSidebar(el, fullSidebar(), sidebarActions());
		expect(texts(el, ".throughline-theme-name")).toEqual(["Alignment", "Scaling laws", "Agents"]);
		expect(texts(el, ".throughline-theme-count")).toEqual(["12", "9", "4"]);
		expect(el.querySelectorAll(".throughline-theme svg.throughline-sparkline")).toHaveLength(3);
		expect(el.querySelector(".throughline-sparkline path")?.getAttribute("d")).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+$/);
	});

	it("sorts by recency and by name", () => {
		const el = mount();
		renderThemesSidebar(el, { ...fullSidebar(), sort: "recency" }, sidebarActions());
		expect(texts(el, ".throughline-theme-name")).toEqual(["Agents", "Scaling laws", "Alignment"]);
		renderThemesSidebar(el, { ...fullSidebar(), sort: "name" }, sidebarActions());
		expect(texts(el, ".throughline-theme-name")).toEqual(["Agents", "Alignment", "Scaling laws"]);
	});

	it("filters by name, case-insensitively, and says when nothing matches", () => {
		const el = mount();
		renderThemesSidebar(el, { ...fullSidebar(), filter: "SCAL" }, sidebarActions());
		expect(texts(el, ".throughline-theme-name")).toEqual(["Scaling laws"]);
		renderThemesSidebar(el, { ...fullSidebar(), filter: "zebra" }, sidebarActions());
		expect(el.querySelector(".throughline-theme")).toBeNull();
		expect(el.textContent).toContain('No themes match "zebra".');
		expect(visibleThemes(fullSidebar().themes, " ag ", "name").map((t) => t.id)).toEqual(["agents"]);
	});

	it("reports typing, sorting and expanding through the actions", () => {
		const el = mount();
		const actions = sidebarActions();
		renderThemesSidebar(el, fullSidebar(), actions);
		const input = el.querySelector<HTMLInputElement>("input.throughline-filter")!;
		input.value = "age";
		input.dispatchEvent(new Event("input"));
		expect(actions.setFilter).toHaveBeenCalledWith("age");
		const select = el.querySelector<HTMLSelectElement>("select.throughline-sort")!;
		select.value = "name";
		select.dispatchEvent(new Event("change"));
		expect(actions.setSort).toHaveBeenCalledWith("name");
		el.querySelector<HTMLButtonElement>('[data-theme-id="agents"] button.throughline-expand')!.click();
		expect(actions.toggleExpand).toHaveBeenCalledWith("agents");
	});

	it("keeps focus and caret in the filter box across a re-render", () => {
		const el = mount();
		renderThemesSidebar(el, { ...fullSidebar(), filter: "scal" }, sidebarActions());
		const before = el.querySelector<HTMLInputElement>("input.throughline-filter")!;
		before.focus();
		before.setSelectionRange(2, 2);
		renderThemesSidebar(el, { ...fullSidebar(), filter: "scal" }, sidebarActions());
		const after = el.querySelector<HTMLInputElement>("input.throughline-filter")!;
		expect(after).not.toBe(before);
		expect(document.activeElement).toBe(after);
		expect(after.selectionStart).toBe(2);
	});

	it("expanding shows related themes and passages grouped by document with the match highlighted", () => {
		const el = mount();
		renderThemesSidebar(el, { ...fullSidebar(), expanded: { "scaling-laws": scalingDetail() } }, sidebarActions());
		const row = el.querySelector('[data-theme-id="scaling-laws"]')!;
		expect(row.querySelector("button.throughline-expand")?.getAttribute("aria-expanded")).toBe("true");
		expect(texts(row, ".throughline-document-name")).toEqual(["Import AI 343", "Dwarkesh"]);
		expect(texts(row, ".throughline-highlight")).toEqual(["scaling laws", "scaling laws"]);
		expect(row.querySelector(".throughline-related")?.textContent).toContain("42%");
		expect(texts(row, ".throughline-passage-where")).toEqual(["line 14", "12:34"]);
		expect(el.querySelectorAll(".throughline-passage")).toHaveLength(2); // collapsed themes show none
	});

	it("clicking a passage or pressing Enter on it opens the note at line and column", () => {
		const el = mount();
		const actions = sidebarActions();
		renderThemesSidebar(el, { ...fullSidebar(), expanded: { "scaling-laws": scalingDetail() } }, actions);
		const [first, second] = Array.from(el.querySelectorAll<HTMLElement>(".throughline-passage"));
		first.click();
		expect(actions.openPassage).toHaveBeenCalledWith("Readwise/Import AI 343.md", 14, 22, "scaling laws".length, false);
		second.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, bubbles: true }));
		expect(actions.openPassage).toHaveBeenLastCalledWith("Transcripts/Dwarkesh.md", 80, 8, 12, "tab");
		expect(first.getAttribute("tabindex")).toBe("0");
	});

	it("hovering a document asks for the page preview; dragging a theme carries a link", () => {
		const el = mount();
		const actions = sidebarActions();
		renderThemesSidebar(el, { ...fullSidebar(), expanded: { "scaling-laws": scalingDetail() } }, actions);
		const doc = el.querySelector<HTMLElement>(".throughline-document-name")!;
		doc.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(actions.hoverDocument).toHaveBeenCalledWith(expect.anything(), "Readwise/Import AI 343.md", doc);
		const name = el.querySelector<HTMLElement>('[data-theme-id="agents"] .throughline-theme-name')!;
		expect(name.getAttribute("draggable")).toBe("true");
		const data = new Map<string, string>();
		const drag = new Event("dragstart") as DragEvent;
		Object.defineProperty(drag, "dataTransfer", { value: { setData: (type: string, value: string) => data.set(type, value), effectAllowed: "" } });
		name.dispatchEvent(drag);
		expect(data.get("text/plain")).toBe("[[Agents]]");
	});

	it("suggestions have accept and reject buttons", () => {
		const el = mount();
		const actions = sidebarActions();
		renderThemesSidebar(el, fullSidebar(), actions);
		const buttons = Array.from(el.querySelectorAll<HTMLButtonElement>(".throughline-suggestion button"));
		expect(buttons.map((b) => b.textContent)).toEqual(["Accept", "Reject"]);
		buttons[0].click();
		buttons[1].click();
		expect(actions.acceptSuggestion).toHaveBeenCalledWith("test-time compute", undefined);
		expect(actions.rejectSuggestion).toHaveBeenCalledWith("test-time compute", undefined);
	});

	it("an expanded suggestion shows its sources, since when, the themes it recurs with and its other forms; accept and reject carry every form", () => {
		const el = mount();
		const actions = { ...sidebarActions(), toggleSuggestion: vi.fn() };
		const suggestion = { phrase: "test-time compute", key: "testtimecompute", variants: ["test-time compute", "test time compute"], documents: 6, mentions: 11 };
		const evidence = { documents: 6, since: "2024-03-02", sources: [{ path: "Notes/a.md", title: "On inference budgets", date: "2024-05-01", form: "test time compute" }], withThemes: ["Reasoning", "Compute"] };
		renderThemesSidebar(el, { ...fullSidebar(), suggestions: [suggestion], expandedSuggestions: { testtimecompute: evidence } }, actions);
		const text = el.querySelector(".throughline-suggestion-evidence")?.textContent ?? "";
		expect(text).toContain("In 6 sources since March 2024; often with Reasoning, Compute");
		expect(text).toContain('Also written "test time compute"');
		const source = el.querySelector<HTMLElement>(".throughline-suggestion-source .throughline-document-title");
		expect(source?.textContent).toBe("On inference budgets");
		source?.click();
		expect(actions.openDocument).toHaveBeenCalledWith("Notes/a.md", false);
		el.querySelector<HTMLButtonElement>('.throughline-suggestion button[aria-expanded="true"]')?.click();
		expect(actions.toggleSuggestion).toHaveBeenCalledWith("testtimecompute");
		el.querySelector<HTMLButtonElement>(".throughline-suggestion-buttons button")?.click();
		expect(actions.acceptSuggestion).toHaveBeenCalledWith("test-time compute", ["test-time compute", "test time compute"]);
	});

	it("renders note text as text: a hostile snippet creates no element", () => {
		const el = mount();
		const detail = scalingDetail();
		detail.documents[0].title = XSS;
		detail.documents[0].passages = [passage(`before ${XSS} after`, XSS, 3, 8)];
		const model = fullSidebar();
		model.themes[0].name = `<b>${XSS}</b>`;
		renderThemesSidebar(el, { ...model, expanded: { "scaling-laws": detail } }, sidebarActions());
		expect(el.querySelector("img")).toBeNull();
		expect(el.querySelector(".throughline-theme-list b")).toBeNull();
		expect(el.querySelector(".throughline-highlight")?.textContent).toBe(XSS);
		expect(el.textContent).toContain(`<b>${XSS}</b>`);
	});

	it("switches to a timeline (a heat strip per theme) and a map of the shown themes", () => {
		const el = mount();
		renderThemesSidebar(el, { ...fullSidebar(), display: "timeline" }, sidebarActions());
		expect(texts(el, ".throughline-heat-row .throughline-heat-name")).toEqual(["Alignment", "Scaling laws", "Agents"]);
		renderThemesSidebar(el, { ...fullSidebar(), display: "map" }, sidebarActions());
		expect(el.querySelector(".throughline-heat-row")).toBeNull();
		expect(el.querySelectorAll(".throughline-map circle")).toHaveLength(3);
		expect(el.querySelectorAll(".throughline-map line.throughline-map-edge")).toHaveLength(1); // the pair is drawn once
		expect(el.querySelector('[aria-pressed="true"]')?.textContent).toBe("Map");
	});

	it("re-renders only what changed: unchanged rows and the toolbar keep their elements", () => {
		const el = mount();
		const actions = sidebarActions();
		const model = fullSidebar();
		renderThemesSidebar(el, model, actions);
		const rowOf = (id: string) => el.querySelector(`[data-theme-id="${id}"]`);
		const [agents, scaling, toolbar] = [rowOf("agents"), rowOf("scaling-laws"), el.querySelector(".throughline-toolbar")];
		const changed = fullSidebar();
		changed.themes[1].linkedDocuments = 5; // one more note linked to Agents
		const redrawn = renderThemesSidebar(el, { ...changed, filter: "a" }, actions);
		expect(redrawn).toEqual(["row:agents"]);
		expect(rowOf("scaling-laws")).toBe(scaling);
		expect(rowOf("agents")).not.toBe(agents);
		expect(rowOf("agents")?.querySelector(".throughline-theme-count")?.textContent).toBe("5");
		expect(el.querySelector(".throughline-toolbar")).toBe(toolbar);
		expect(renderThemesSidebar(el, { ...changed, filter: "a", sort: "name" }, actions)).toEqual([]); // reordered, nothing redrawn
		expect(texts(el, ".throughline-theme-name")).toEqual(["Agents", "Alignment", "Scaling laws"]);
		expect(el.querySelector<HTMLSelectElement>("select.throughline-sort")?.value).toBe("name");
	});

	it("renders an expanded theme's documents a page at a time, with a button for the next page", () => {
		const el = mount();
		const actions = { ...sidebarActions(), showMore: vi.fn() };
		const detail = { ...scalingDetail(), totalDocuments: 340 };
		renderThemesSidebar(el, { ...fullSidebar(), expanded: { "scaling-laws": detail } }, actions);
		const more = el.querySelector<HTMLButtonElement>(".throughline-show-more");
		expect(more?.textContent).toBe("Show more (2 of 340 notes shown)");
		more?.click();
		expect(actions.showMore).toHaveBeenCalledWith("scaling-laws");
		renderThemesSidebar(el, { ...fullSidebar(), expanded: { "scaling-laws": scalingDetail() } }, actions);
		expect(el.querySelector(".throughline-show-more")).toBeNull(); // every document shown
	});

	it("opens a timeline cell's or a map tie's passages above the chart, and closes them", () => {
		const el = mount();
		const actions = { ...sidebarActions(), openSlice: vi.fn() };
		renderThemesSidebar(el, { ...fullSidebar(), display: "timeline" }, actions);
		el.querySelector('[data-theme-id="scaling-laws"] .throughline-heat-cell')!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		expect(actions.openSlice).toHaveBeenCalledWith({ kind: "period", themeId: "scaling-laws", from: "2023-11", to: "2023-11" });
		const slice = { slice: { kind: "period" as const, themeId: "scaling-laws", from: "2024-01", to: "2024-01" }, title: "Scaling laws, January 2024", detail: scalingDetail() };
		renderThemesSidebar(el, { ...fullSidebar(), display: "timeline", slice }, actions);
		const panel = el.querySelector(".throughline-slice")!;
		expect(panel.nextElementSibling?.classList.contains("throughline-timeline")).toBe(true);
		expect(panel.querySelector(".throughline-slice-title")?.textContent).toBe("Scaling laws, January 2024");
		expect(panel.textContent).toContain("Scaling laws, January 2024 · 2 notes dated then");
		expect(texts(panel, ".throughline-highlight")).toEqual(["scaling laws", "scaling laws"]);
		expect(el.querySelector('[data-theme-id="scaling-laws"] .throughline-heat-selected')).not.toBeNull();
		panel.querySelector<HTMLButtonElement>("button.throughline-slice-close")!.click();
		expect(actions.openSlice).toHaveBeenLastCalledWith(null);
		renderThemesSidebar(el, { ...fullSidebar(), display: "map" }, actions);
		el.querySelector(".throughline-map-tie")!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		expect(actions.openSlice).toHaveBeenLastCalledWith({ kind: "pair", themeIds: ["scaling-laws", "agents"] });
	});
});
