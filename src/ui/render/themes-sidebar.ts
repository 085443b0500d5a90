// The themes sidebar: a toolbar (filter, sort, list/timeline/map), then the themes and the suggestions.
// Each part (and each theme row) is redrawn only when what it shows changed (keyed-parts.ts).
import { monthRange, monthsCovered } from "../charts/svg";
import type { ThemeSort, ThemeSummary, ThemesDisplay, ThemesSidebarActions, ThemesSidebarModel } from "../view-models";
import { renderMapDisplay, renderSlice, renderTimelineDisplay } from "./chart-displays";
import { createButton } from "./interaction";
import { identityOf, KeyedParts } from "./keyed-parts";
import { renderSuggestions, renderThemeRow } from "./theme-row";

const SPARKLINE_MONTHS = 12; // a year of history reads at a glance in 64 pixels

const SORT_LABELS: Record<ThemeSort, string> = { count: "Most linked", recency: "Newest", name: "Name" }; // short: they share a row with the display switch
const DISPLAY_LABELS: Record<ThemesDisplay, string> = { list: "List", timeline: "Timeline", map: "Map" };

const partsOf = new WeakMap<HTMLElement, KeyedParts>();

function keyedParts(el: HTMLElement): KeyedParts {
	let parts = partsOf.get(el);
	if (!parts) partsOf.set(el, (parts = new KeyedParts(el)));
	return parts;
}

/** Empties `el` and forgets what was drawn in it: the next render draws everything (a view's close). */
export function resetThemesSidebar(el: HTMLElement): void {
	partsOf.delete(el);
	el.empty();
}

/** Draws the sidebar into `el`, redrawing only the parts whose model changed since the last call on `el`; returns the parts redrawn. */
export function renderThemesSidebar(el: HTMLElement, model: ThemesSidebarModel, actions: ThemesSidebarActions): string[] {
	const caret = rememberFilterCaret(el);
	el.addClass("throughline-themes");
	const parts = keyedParts(el);
	parts.begin();
	const acts = identityOf(actions);
	drawParts(parts, model, actions, acts);
	parts.finish();
	restoreFilterCaret(el, caret);
	return parts.redrawn;
}

function drawParts(parts: KeyedParts, model: ThemesSidebarModel, actions: ThemesSidebarActions, acts: number): void {
	if (model.state === "empty-vault") return void parts.part("state", "empty-vault", renderEmptyVault);
	if (model.state === "indexing") parts.part("state", JSON.stringify(model.progress ?? null), (el) => renderProgress(el, model));
	if (model.state === "no-theme-notes" && model.themes.length === 0) return void parts.part("state", `no-theme-notes ${acts}`, (el) => renderNoThemeNotes(el, actions));
	if (model.state === "no-theme-notes") parts.part("state", `starter ${acts}`, (el) => renderStarterOffer(el, actions));
	const [toolbar] = parts.part("toolbar", String(acts), (el) => renderToolbar(el, model, actions));
	syncToolbar(toolbar as HTMLElement, model);
	const themes = visibleThemes(model.themes, model.filter, model.sort);
	if (themes.length === 0) parts.part("body", `none ${model.filter}`, (el) => renderNoMatch(el, model));
	else if (model.display === "list") renderThemeList(parts, themes, model, actions, acts);
	else {
		const slice = model.slice ?? null;
		if (slice) parts.part("slice", `${acts} ${identityOf(slice.detail)} ${slice.title}`, (el) => renderSlice(el, slice, actions));
		if (model.display === "timeline") renderTimelineDisplay(parts, themes, slice?.slice ?? null, actions, acts);
		else renderMapDisplay(parts, themes, slice?.slice ?? null, actions, acts);
	}
	parts.part("suggestions", `${acts} ${JSON.stringify([model.suggestions, model.expandedSuggestions ?? {}])}`, (el) => renderSuggestions(el, model.suggestions, actions, model.expandedSuggestions));
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
	select.addEventListener("change", () => actions.setSort(select.value as ThemeSort));
	const displays = bar.createDiv({ cls: "throughline-display-switch", attr: { role: "group", "aria-label": "Show themes as" } });
	for (const display of Object.keys(DISPLAY_LABELS) as ThemesDisplay[]) {
		const button = createButton(displays, DISPLAY_LABELS[display], `Show themes as a ${DISPLAY_LABELS[display].toLowerCase()}`, () => actions.setDisplay(display));
		button.setAttr("data-display", display);
	}
}

/** The toolbar stays in place across renders (the reader may be typing in it): only its values follow the model. */
function syncToolbar(bar: HTMLElement, model: ThemesSidebarModel): void {
	const input = bar.querySelector<HTMLInputElement>("input.throughline-filter");
	if (input && input.value !== model.filter && bar.ownerDocument.activeElement !== input) input.value = model.filter;
	const select = bar.querySelector<HTMLSelectElement>("select.throughline-sort");
	if (select) select.value = model.sort;
	for (const button of Array.from(bar.querySelectorAll<HTMLElement>("[data-display]"))) {
		const active = button.getAttribute("data-display") === model.display;
		button.setAttr("aria-pressed", active ? "true" : "false");
		button.toggleClass("is-active", active);
	}
}

const rowsOf = new WeakMap<HTMLElement, KeyedParts>();

/** The list stays; each row is redrawn only when its theme's figures, its expansion or its passages changed. */
function renderThemeList(parts: KeyedParts, themes: ThemeSummary[], model: ThemesSidebarModel, actions: ThemesSidebarActions, acts: number): void {
	const [list] = parts.part("body", `list ${acts}`, (el) => el.createEl("ul", { cls: "throughline-theme-list" })) as HTMLElement[];
	let rows = rowsOf.get(list);
	if (!rows) rowsOf.set(list, (rows = new KeyedParts(list)));
	const months = sparklineMonths(themes);
	const monthsKey = months.join(",");
	rows.begin();
	for (const theme of themes) {
		const detail = model.expanded[theme.id];
		const expanded = theme.id in model.expanded;
		const key = `${expanded} ${identityOf(detail)} ${monthsKey} ${JSON.stringify(theme)}`;
		rows.part(theme.id, key, (el) => renderThemeRow(el, theme, { actions, months, detail, expanded }));
	}
	rows.finish();
	parts.redrawn.push(...rows.redrawn.map((id) => `row:${id}`));
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
