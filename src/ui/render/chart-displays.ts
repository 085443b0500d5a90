// The sidebar's timeline and map displays, and the passages a click on them opens (shown above the chart).
import { renderCooccurrenceMap, type MapEdge, type MapNode } from "../charts/cooccurrence-map";
import { renderTimeline } from "../charts/timeline";
import type { PassageSlice, SliceModel, ThemeSummary, ThemesSidebarActions } from "../view-models";
import { createButton, plural } from "./interaction";
import type { KeyedParts } from "./keyed-parts";
import { renderDocumentPage } from "./passages";

/** Every theme shown, one heat strip each, in the sidebar's order. */
export function renderTimelineDisplay(parts: KeyedParts, themes: ThemeSummary[], slice: PassageSlice | null, actions: ThemesSidebarActions, acts: number): void {
	const series = themes.map((theme) => ({ themeId: theme.id, name: theme.name, monthly: theme.monthly }));
	const selected = slice?.kind === "period" ? { themeId: slice.themeId, from: slice.from } : null;
	const key = `timeline ${acts} ${JSON.stringify([series, selected])}`;
	parts.part("body", key, (el) => {
		renderTimeline(el, series, {
			selected,
			onSelect: (themeId) => actions.focusTheme(themeId),
			onOpenPeriod: actions.openSlice ? (themeId, from, to) => actions.openSlice?.({ kind: "period", themeId, from, to }) : undefined,
		});
	});
}

const TIES_PER_THEME = 3; // each theme's strongest ties: the map shows structure, not every pair (the list shows five)

/** Each theme's strongest ties to other shown themes, each pair once. */
export function mapEdges(themes: ThemeSummary[]): MapEdge[] {
	const ids = new Set(themes.map((theme) => theme.id));
	const edges = new Map<string, MapEdge>();
	for (const theme of themes) {
		for (const other of theme.related.filter((r) => ids.has(r.id)).slice(0, TIES_PER_THEME)) {
			if (!ids.has(other.id)) continue;
			const key = [theme.id, other.id].sort().join("\n");
			if (!edges.has(key)) edges.set(key, { source: theme.id, target: other.id, strength: other.strength, shared: other.shared });
		}
	}
	return [...edges.values()];
}

export function renderMapDisplay(parts: KeyedParts, themes: ThemeSummary[], slice: PassageSlice | null, actions: ThemesSidebarActions, acts: number): void {
	const nodes: MapNode[] = themes.map((theme) => ({ id: theme.id, name: theme.name, documents: theme.documents }));
	const edges = mapEdges(themes);
	const selectedPair = slice?.kind === "pair" ? slice.themeIds : null;
	const width = parts.width();
	const key = `map ${acts} ${width} ${JSON.stringify([nodes, edges, selectedPair])}`; // a wider sidebar lays the map out again
	parts.part("body", key, (el) => {
		renderCooccurrenceMap(el, nodes, edges, {
			selectedPair,
			onSelect: (themeId) => actions.focusTheme(themeId),
			onOpenPair: actions.openSlice ? (a, b) => actions.openSlice?.({ kind: "pair", themeIds: [a, b] }) : undefined,
		});
	});
}

/** "Scaling, Jan–Mar 2024 · 12 notes", a close button, then the notes a page at a time. */
export function renderSlice(el: HTMLElement, slice: SliceModel, actions: ThemesSidebarActions): void {
	const box = el.createDiv({ cls: "throughline-slice", attr: { role: "region", "aria-label": `Passages: ${slice.title}` } });
	const header = box.createDiv({ cls: "throughline-slice-header" });
	const heading = header.createDiv({ cls: "throughline-slice-heading" });
	heading.createSpan({ cls: "throughline-slice-title", text: slice.title });
	const total = slice.detail.totalDocuments ?? slice.detail.documents.length;
	const what = slice.slice.kind === "pair" ? "with passages on both" : "dated then";
	heading.createSpan({ cls: "throughline-muted", text: ` · ${plural(total, "note", "notes")} ${what}` });
	createButton(header, "×", "Close these passages", () => actions.openSlice?.(null), "throughline-slice-close clickable-icon");
	if (slice.detail.documents.length === 0) {
		box.createDiv({ cls: "throughline-muted", text: "No passages here any more: the notes changed since." });
		return;
	}
	renderDocumentPage(box, slice.detail, actions, "slice");
}
