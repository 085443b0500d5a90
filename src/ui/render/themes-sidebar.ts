// The themes sidebar: a toolbar (filter, sort, list/timeline/map), then the themes and the suggestions.
import { renderCooccurrenceMap, type MapEdge } from "../charts/cooccurrence-map";
import { monthRange, monthsCovered } from "../charts/svg";
import { renderTimeline } from "../charts/timeline";
import type { ThemeSort, ThemeSummary, ThemesDisplay, ThemesSidebarActions, ThemesSidebarModel } from "../view-models";
import { createButton } from "./interaction";
import { renderSuggestions, renderThemeRow } from "./theme-row";

const SPARKLINE_MONTHS = 12; // a year of history reads at a glance in 64 pixels
const TIMELINE_THEMES = 5; // more lines than this tangle in a sidebar-wide chart
const MAP_THEMES = 24; // labels around the ring start to overlap past this

const SORT_LABELS: Record<ThemeSort, string> = { count: "Most linked", recency: "Newest", name: "Name" }; // short: they share a row with the display switch
const DISPLAY_LABELS: Record<ThemesDisplay, string> = { list: "List", timeline: "Timeline", map: "Map" };

export function renderThemesSidebar(el: HTMLElement, model: ThemesSidebarModel, actions: ThemesSidebarActions): void {
	const caret = rememberFilterCaret(el);
	el.empty();
	el.addClass("throughline-themes");
	if (model.state === "empty-vault") return renderEmptyVault(el);
	if (model.state === "indexing") renderProgress(el, model);
	if (model.state === "no-theme-notes" && model.themes.length === 0) return renderNoThemeNotes(el, actions);
	if (model.state === "no-theme-notes") renderStarterOffer(el, actions);
	renderToolbar(el, model, actions);
	const themes = visibleThemes(model.themes, model.filter, model.sort);
	if (themes.length === 0) renderNoMatch(el, model);
	else if (model.display === "timeline") renderTimelineDisplay(el, themes, actions);
	else if (model.display === "map") renderMapDisplay(el, themes, actions);
	else renderThemeList(el, themes, model, actions);
	renderSuggestions(el, model.suggestions, actions, model.expandedSuggestions);
	restoreFilterCaret(el, caret);
}

/** Filters by name (case-insensitive) and sorts; the renderers and tests share this. */
export function visibleThemes(themes: ThemeSummary[], filter: string, sort: ThemeSort): ThemeSummary[] {
	const needle = filter.trim().toLowerCase();
	const kept = needle === "" ? [...themes] : themes.filter((theme) => theme.name.toLowerCase().includes(needle));
	return kept.sort(comparatorFor(sort));
}

function comparatorFor(sort: ThemeSort): (a: ThemeSummary, b: ThemeSummary) => number {
	const byName = (a: ThemeSummary, b: ThemeSummary) => a.name.localeCompare(b.name);
	if (sort === "name") return byName;
	if (sort === "recency") return (a, b) => (b.lastDate ?? "").localeCompare(a.lastDate ?? "") || byName(a, b);
	return (a, b) => b.linkedDocuments - a.linkedDocuments || b.mentions - a.mentions || byName(a, b);
}

function renderEmptyVault(el: HTMLElement): void {
	const box = el.createDiv({ cls: "throughline-empty" });
	box.createEl("p", { text: "No notes to read yet." });
	box.createEl("p", { cls: "throughline-muted", text: "Import highlights or transcripts, and the themes that recur in them will show here." });
}

function renderNoThemeNotes(el: HTMLElement, actions: ThemesSidebarActions): void {
	const box = el.createDiv({ cls: "throughline-empty" });
	box.createEl("p", { text: "No theme notes yet." });
	box.createEl("p", { cls: "throughline-muted", text: "A theme is a note in your themes folder; its name, aliases and tags say what counts. Start with the starter themes and edit them freely." });
	createButton(box, "Install the starter themes", "Install the starter themes", () => actions.installStarterPack(), "mod-cta");
}

function renderStarterOffer(el: HTMLElement, actions: ThemesSidebarActions): void {
	const box = el.createDiv({ cls: "throughline-notice" });
	box.createSpan({ text: "These are the built-in starter themes. Install them as notes to edit them." });
	createButton(box, "Install", "Install the starter themes", () => actions.installStarterPack());
}

function renderProgress(el: HTMLElement, model: ThemesSidebarModel): void {
	const box = el.createDiv({ cls: "throughline-progress", attr: { role: "status" } });
	const done = model.progress?.done ?? 0;
	const total = model.progress?.total ?? 0;
	box.createSpan({ text: total > 0 ? `Indexing ${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")} notes` : "Indexing notes…" });
	box.createEl("progress", { attr: { max: Math.max(total, 1), value: done, "aria-label": "Indexing progress" } });
}

function renderNoMatch(el: HTMLElement, model: ThemesSidebarModel): void {
	const text = model.filter.trim() === "" ? "No themes found in your notes yet." : `No themes match "${model.filter.trim()}".`;
	el.createDiv({ cls: "throughline-empty throughline-muted", text });
}

function renderToolbar(el: HTMLElement, model: ThemesSidebarModel, actions: ThemesSidebarActions): void {
	const bar = el.createDiv({ cls: "throughline-toolbar" });
	const input = bar.createEl("input", { cls: "throughline-filter", type: "search", placeholder: "Filter themes", value: model.filter, attr: { "aria-label": "Filter themes" } });
	input.addEventListener("input", () => actions.setFilter(input.value));
	const select = bar.createEl("select", { cls: "dropdown throughline-sort", attr: { "aria-label": "Sort themes" } });
	for (const sort of Object.keys(SORT_LABELS) as ThemeSort[]) {
		select.createEl("option", { text: SORT_LABELS[sort], value: sort });
	}
	select.value = model.sort;
	select.addEventListener("change", () => actions.setSort(select.value as ThemeSort));
	const displays = bar.createDiv({ cls: "throughline-display-switch", attr: { role: "group", "aria-label": "Show themes as" } });
	for (const display of Object.keys(DISPLAY_LABELS) as ThemesDisplay[]) {
		const button = createButton(displays, DISPLAY_LABELS[display], `Show themes as a ${DISPLAY_LABELS[display].toLowerCase()}`, () => actions.setDisplay(display));
		button.setAttr("aria-pressed", display === model.display ? "true" : "false");
		button.toggleClass("is-active", display === model.display);
	}
}

function renderThemeList(el: HTMLElement, themes: ThemeSummary[], model: ThemesSidebarModel, actions: ThemesSidebarActions): void {
	const months = sparklineMonths(themes);
	const list = el.createEl("ul", { cls: "throughline-theme-list" });
	for (const theme of themes) {
		const detail = model.expanded[theme.id];
		renderThemeRow(list, theme, { actions, months, detail, expanded: theme.id in model.expanded });
	}
}

/** The last year up to the latest month any theme was mentioned. */
function sparklineMonths(themes: ThemeSummary[]): string[] {
	const covered = monthsCovered(themes.map((theme) => theme.monthly));
	if (covered.length === 0) return [];
	const last = covered[covered.length - 1];
	const [year, month] = last.split("-").map(Number);
	const first = `${year - 1}-${String(month).padStart(2, "0")}`;
	return monthRange(first, last).slice(-SPARKLINE_MONTHS);
}

function renderTimelineDisplay(el: HTMLElement, themes: ThemeSummary[], actions: ThemesSidebarActions): void {
	const series = themes.slice(0, TIMELINE_THEMES).map((theme) => ({ themeId: theme.id, name: theme.name, monthly: theme.monthly }));
	renderTimeline(el, series, { onSelect: (themeId) => actions.focusTheme(themeId) });
}

function renderMapDisplay(el: HTMLElement, themes: ThemeSummary[], actions: ThemesSidebarActions): void {
	const shown = themes.slice(0, MAP_THEMES);
	const ids = new Set(shown.map((theme) => theme.id));
	const edges = new Map<string, MapEdge>();
	for (const theme of shown) {
		for (const other of theme.related) {
			if (!ids.has(other.id)) continue;
			const key = [theme.id, other.id].sort().join("\n");
			if (!edges.has(key)) edges.set(key, { source: theme.id, target: other.id, strength: other.strength });
		}
	}
	const nodes = shown.map((theme) => ({ id: theme.id, name: theme.name, documents: theme.documents }));
	renderCooccurrenceMap(el, nodes, [...edges.values()], { onSelect: (themeId) => actions.focusTheme(themeId) });
}

interface FilterCaret {
	start: number | null;
	end: number | null;
}

/** When the reader is typing in the filter box, re-rendering must not steal focus or move the caret. */
function rememberFilterCaret(el: HTMLElement): FilterCaret | null {
	const input = el.querySelector<HTMLInputElement>("input.throughline-filter");
	if (!input || el.ownerDocument.activeElement !== input) return null;
	return { start: input.selectionStart, end: input.selectionEnd };
}

function restoreFilterCaret(el: HTMLElement, caret: FilterCaret | null): void {
	if (!caret) return;
	const input = el.querySelector<HTMLInputElement>("input.throughline-filter");
	if (!input) return;
	input.focus();
	if (caret.start !== null && caret.end !== null) input.setSelectionRange(caret.start, caret.end);
}
