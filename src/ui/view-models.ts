// Plain data the views render, and the callbacks they call back with. The lead maps the index to these;
// renderers take nothing else, so they can be tested with a DOM and no app.
import type { DocumentKind } from "../core/model";

export type ThemeSort = "count" | "recency" | "name";
export type ThemesDisplay = "list" | "timeline" | "map";
export type SidebarState = "ready" | "indexing" | "empty-vault" | "no-theme-notes";
/** Where a click should open a note, as Obsidian's Keymap.isModEvent answers: false = current tab. */
export type OpenTarget = false | "tab" | "split" | "window";

export interface MonthlyCount {
	/** `YYYY-MM`. */
	month: string;
	count: number;
}

export interface RelatedTheme {
	id: string;
	name: string;
	/** 0..1, how strongly the two themes occur together (e.g. Jaccard of their documents). */
	strength: number;
	/** Passages where both themes are mentioned. */
	shared: number;
}

export interface ThemeSummary {
	id: string;
	name: string;
	/** Vault path of the theme note, or null for a starter-pack theme with no note. */
	path: string | null;
	linkedDocuments: number;
	documents: number;
	mentions: number;
	/** Latest date of a document mentioning the theme, `YYYY-MM-DD`, or null. */
	lastDate: string | null;
	monthly: MonthlyCount[];
	related: RelatedTheme[];
}

export interface PhraseSuggestion {
	phrase: string;
	/** What identifies the term across its forms; expanded suggestions are remembered by it. */
	key?: string;
	/** Every form the notes use (the aliases of a theme made from it). */
	variants?: string[];
	documents: number;
	mentions: number;
}

/** The sentence of a note around its use of a suggested term. */
export interface SuggestionQuoteView {
	text: string;
	matchStart: number;
	matchEnd: number;
}

/** What a reader needs to judge a suggestion, shown when its row is expanded. */
export interface SuggestionEvidenceView {
	documents: number;
	/** Earliest date of a note holding it, `YYYY-MM-DD`, or null. */
	since: string | null;
	sources: Array<{ path: string; title: string; date: string | null; form: string; quote?: SuggestionQuoteView | null }>;
	/** Some source's quote has not been read from its note yet (undefined above, null when it has none). */
	quotesPending?: boolean;
	/** Names of the themes linked to the same notes, most shared first. */
	withThemes: string[];
}

/** What the index knows, for the themes sidebar. */
export interface ThemesSidebarData {
	state: SidebarState;
	progress?: { done: number; total: number };
	themes: ThemeSummary[];
	suggestions: PhraseSuggestion[];
}

/** The sidebar's own state, kept by the view. */
export interface ThemesSidebarUiState {
	sort: ThemeSort;
	filter: string;
	display: ThemesDisplay;
	/** Details of the expanded themes, by theme id. */
	expanded: Record<string, ThemeDetailModel>;
	/** Evidence of the expanded suggestions, by key. */
	expandedSuggestions?: Record<string, SuggestionEvidenceView>;
	/** The passages a chart opened (a theme in a month, two themes together), shown above the chart. */
	slice?: SliceModel | null;
}

/** What a click on a chart asks to read: one theme in a span of months, or the passages two themes share. */
export type PassageSlice = { kind: "period"; themeId: string; from: string; to: string } | { kind: "pair"; themeIds: [string, string] };

export interface SliceModel {
	slice: PassageSlice;
	/** "Scaling, Jan–Mar 2024", "Scaling and Compute". */
	title: string;
	detail: ThemeDetailModel;
}

export type ThemesSidebarModel = ThemesSidebarData & ThemesSidebarUiState;

export interface PassageView {
	line: number;
	col: number;
	seconds?: number;
	/** The matched text as in the file. */
	match: string;
	/** A snippet around the match. */
	text: string;
	/** Where the match lies within `text` (end exclusive), for highlighting. */
	matchStart: number;
	matchEnd: number;
}

export interface DocumentPassages {
	path: string;
	title: string;
	kind: DocumentKind;
	date: string | null;
	passages: PassageView[];
}

export interface ThemeDetailModel {
	themeId: string;
	/** The first documents, best first; more are asked for as the reader scrolls on (`showMore`). */
	documents: DocumentPassages[];
	/** Every document there is to show, when more exist than `documents` holds. */
	totalDocuments?: number;
}

export interface NoteThemeView {
	id: string;
	name: string;
	/** Theme note path, or null for a starter-pack theme. */
	path: string | null;
	linked: boolean;
	score: number;
	/** Plain words: why the engine linked or did not link this note. */
	why: string;
	passages: PassageView[];
}

export interface RelatedNote {
	path: string;
	title: string;
	shared: string[];
}

export interface NoteThemesModel {
	path: string;
	title: string;
	kind: DocumentKind;
	themes: NoteThemeView[];
	related: RelatedNote[];
	/** What could not be read in the note, in plain words (malformed YAML, binary content, …). */
	problems?: string[];
}

/** Something that can be dragged into a note to insert a link. */
export type DragTarget = { kind: "theme"; name: string; path: string | null } | { kind: "document"; path: string; title: string };

/** Callbacks every passage list needs. */
export interface PassageActions {
	openPassage(path: string, line: number, col: number, matchLength: number, target: OpenTarget): void;
	openDocument(path: string, target: OpenTarget): void;
	/** Show Obsidian's page preview for a document. */
	hoverDocument(event: MouseEvent, path: string, targetEl: HTMLElement): void;
	/** The link text to put on the clipboard of a drag, e.g. `[[Scaling laws]]`. */
	linkFor(target: DragTarget): string;
}

export interface ThemesSidebarActions extends PassageActions {
	setSort(sort: ThemeSort): void;
	setFilter(filter: string): void;
	setDisplay(display: ThemesDisplay): void;
	toggleExpand(themeId: string): void;
	/** Show this theme expanded in the list (from a chart or a related-theme chip). */
	focusTheme(themeId: string): void;
	openTheme(themeId: string, target: OpenTarget): void;
	acceptSuggestion(phrase: string, variants?: string[]): void;
	rejectSuggestion(phrase: string, variants?: string[]): void;
	/** Show or hide a suggestion's evidence. */
	toggleSuggestion?(key: string): void;
	/** Render the next documents of an expanded theme (its id) or of the open slice ("slice"). */
	showMore?(target: string): void;
	/** Show the passages of a chart's cell or tie above the chart; null closes them. */
	openSlice?(slice: PassageSlice | null): void;
	installStarterPack(): void;
}

export interface NoteThemesActions extends PassageActions {
	openTheme(themeId: string, target: OpenTarget): void;
	excludeTheme(path: string, themeId: string): void;
}
