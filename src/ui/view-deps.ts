// What the views need from the rest of the plugin: a narrow interface, never the plugin object itself.
import type { NoteThemesModel, OpenTarget, DragTarget, PassageSlice, SuggestionEvidenceView, ThemeDetailModel, ThemeSort, ThemesDisplay, ThemesSidebarData } from "./view-models";

/** Things the app does when the reader acts in a view; the lead wires them to the index and the writer. */
export interface ViewAppActions {
	openPassage(path: string, line: number, col: number, matchLength: number, target: OpenTarget): void;
	openDocument(path: string, target: OpenTarget): void;
	openTheme(themeId: string, target: OpenTarget): void;
	linkFor(target: DragTarget): string;
	acceptSuggestion(phrase: string, variants?: string[]): void;
	rejectSuggestion(phrase: string, variants?: string[]): void;
	excludeTheme(path: string, themeId: string): void;
	installStarterPack(): void;
}

export interface ThroughlineViewDeps {
	getSidebarData(): ThemesSidebarData;
	/** A theme's passages; only the first `limit` documents are read (all when it is absent). */
	getThemeDetail(themeId: string, limit?: number): ThemeDetailModel;
	/** The passages a chart's cell or tie opens, the first `limit` documents read. */
	getSlice?(slice: PassageSlice, limit: number): ThemeDetailModel;
	/** The evidence of a suggested term, from its forms. */
	getSuggestionEvidence?(variants: string[]): SuggestionEvidenceView;
	/** Reads the quotes of the evidence's sources not read yet; the view draws again when it resolves. */
	loadSuggestionQuotes?(sources: SuggestionEvidenceView["sources"]): Promise<void>;
	getNoteThemes(path: string): NoteThemesModel | null;
	/** Why a note has no model (a theme note, an excluded folder, still indexing), in plain words. */
	whyNotIndexed?(path: string): string;
	/** Bumped by the index on every change; views re-render only when it moved. */
	revision(): number;
	/** Calls back after the index changed; returns a function that stops listening. */
	onIndexChanged(callback: () => void): () => void;
	actions: ViewAppActions;
	/** Sidebar defaults from the settings. */
	sidebarDefaults?: { sort: ThemeSort; display: ThemesDisplay };
}

/** A plain copy of the actions that works whether the lead passes an object literal or a class instance. */
export function forwardAppActions(actions: ViewAppActions): ViewAppActions {
	return {
		openPassage: (path, line, col, matchLength, target) => actions.openPassage(path, line, col, matchLength, target),
		openDocument: (path, target) => actions.openDocument(path, target),
		openTheme: (themeId, target) => actions.openTheme(themeId, target),
		linkFor: (target) => actions.linkFor(target),
		acceptSuggestion: (phrase, variants) => actions.acceptSuggestion(phrase, variants),
		rejectSuggestion: (phrase, variants) => actions.rejectSuggestion(phrase, variants),
		excludeTheme: (path, themeId) => actions.excludeTheme(path, themeId),
		installStarterPack: () => actions.installStarterPack(),
	};
}
