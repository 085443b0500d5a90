// Builds what the views need from the services: the narrow ThroughlineViewDeps (data getters,
// revision, actions), with the settings read when a view opens, not once at load.

import type { App } from "obsidian";
import type { ThroughlineSettings } from "../core/settings";
import type { ThroughlineViewDeps, ViewAppActions } from "../ui/view-deps";
import { linkTextFor, openDocumentInWorkspace, openPassageInWorkspace } from "../ui/workspace-actions";
import type { IndexController } from "./index-controller";
import { failureNotice } from "./link-flows";
import { offerStarterThemes } from "./mention-wiring";
import type { ThemeActions } from "./theme-actions";
import { SuggestionQuotes } from "./suggestion-quotes";
import { noteThemes, sidebarData, suggestionEvidence, themeDetail } from "./view-data";
import { sliceDetail } from "./slice-data";

export interface ViewWiringDeps {
	app: App;
	index: IndexController;
	themes: ThemeActions;
	settings: () => ThroughlineSettings;
}

function themeById(index: IndexController, id: string) {
	return index.engine.index.themes.find((t) => t.id === id) ?? null;
}

function viewActions(deps: ViewWiringDeps): ViewAppActions {
	const { app, index, themes } = deps;
	return {
		openPassage: (path, line, col, length, target) => void openPassageInWorkspace(app, path, line, col, length, target),
		openDocument: (path, target) => void openDocumentInWorkspace(app, path, target),
		openTheme: (id, target) => {
			const theme = themeById(index, id);
			if (theme?.path) void openDocumentInWorkspace(app, theme.path, target);
			else if (theme) offerStarterThemes(theme.name);
		},
		linkFor: (target) => linkTextFor(app, target),
		acceptSuggestion: (phrase, variants) => void themes.acceptSuggestion(phrase, variants),
		rejectSuggestion: (phrase, variants) => void themes.rejectSuggestion(phrase, variants).then(() => index.touch()),
		excludeTheme: (path, id) => void themes.excludeTheme(path, id, themeById(index, id)?.name ?? id),
		installStarterPack: () => void themes.installStarterPack().catch(failureNotice("install the starter themes")),
	};
}

export function buildViewDeps(deps: ViewWiringDeps): ThroughlineViewDeps {
	const { index, settings } = deps;
	const quotes = new SuggestionQuotes((path, form) => index.engine.quoteTerm(path, form), () => index.revision);
	return {
		getSidebarData: () =>
			sidebarData(index.engine.index, {
				ready: index.ready,
				progress: index.progress,
				fromStarterPack: index.engine.loaded.fromStarterPack,
				rejected: settings().rejectedSuggestions,
				suggestions: (rejected, limit) => index.suggestions.shown(rejected, limit),
			}),
		getThemeDetail: (id, limit) => themeDetail(index.engine.index, id, limit),
		getSlice: (slice, limit) => sliceDetail(index.engine.index, slice, limit),
		getSuggestionEvidence: (variants) => suggestionEvidence(index.engine.index, variants, (path, form) => quotes.get(path, form)),
		loadSuggestionQuotes: (sources) => quotes.load(sources),
		getNoteThemes: (path) => noteThemes(index.engine.index, path),
		whyNotIndexed: (path) => whyNotIndexed(index, path),
		revision: () => index.viewRevision,
		onIndexChanged: (callback) => index.onChange(callback),
		actions: viewActions(deps),
		get sidebarDefaults() {
			return { sort: settings().sidebarSort, display: "list" as const }; // read as each view opens
		},
	};
}

/** Why a note has no themes model, in plain words for the note themes view. */
function whyNotIndexed(index: IndexController, path: string): string {
	if (index.engine.isThemeNote(path)) return "This is a theme note. Its sources are listed in the themes sidebar.";
	if (!index.engine.isSource(path)) return "This note is not indexed: it is in an excluded folder, or Throughline does not read this kind of note.";
	if (!index.ready || index.busy()) return "Still indexing; this note's themes appear once it has been read.";
	return "This note has not been indexed yet.";
}
