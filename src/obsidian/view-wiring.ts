// Builds what the views and commands need from the services: the narrow ThroughlineViewDeps
// (data getters, revision, actions) and the mention finder for reading view and Live Preview.

import type { App } from "obsidian";
import type { ThroughlineSettings } from "../core/settings";
import { findMentions } from "../core/themes/matcher";
import type { FindMentionsInText, TextMention } from "../ui/mention-decorator";
import type { ThroughlineViewDeps, ViewAppActions } from "../ui/view-deps";
import { linkTextFor, openDocumentInWorkspace, openPassageInWorkspace } from "../ui/workspace-actions";
import type { IndexController } from "./index-controller";
import type { ThemeActions } from "./theme-actions";
import { noteThemes, sidebarData, themeDetail } from "./view-data";

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
		},
		linkFor: (target) => linkTextFor(app, target),
		acceptSuggestion: (phrase) => void themes.acceptSuggestion(phrase),
		rejectSuggestion: (phrase) => void themes.rejectSuggestion(phrase).then(() => index.touch()),
		excludeTheme: (path, id) => void themes.excludeTheme(path, id, themeById(index, id)?.name ?? id),
		installStarterPack: () => void themes.installStarterPack(),
	};
}

export function buildViewDeps(deps: ViewWiringDeps): ThroughlineViewDeps {
	const { index, settings } = deps;
	return {
		getSidebarData: () =>
			sidebarData(index.engine.index, {
				ready: index.ready,
				progress: index.progress,
				fromStarterPack: index.engine.loaded.fromStarterPack,
				rejected: settings().rejectedSuggestions,
			}),
		getThemeDetail: (id) => themeDetail(index.engine.index, id),
		getNoteThemes: (path) => noteThemes(index.engine.index, path),
		revision: () => index.revision,
		onIndexChanged: (callback) => index.onChange(callback),
		actions: viewActions(deps),
		sidebarDefaults: { sort: settings().sidebarSort, display: "list" },
	};
}

/** Finds theme mentions in a piece of rendered text, with the current themes. */
export function mentionFinder(index: IndexController): FindMentionsInText {
	return (text) => {
		const compiled = index.engine.compiled;
		if (!compiled) return [];
		return findMentions(compiled, text, []).map((m): TextMention => {
			const theme = compiled.themes[m.theme];
			return { start: m.start, end: m.end, themeName: theme?.name ?? "", themePath: theme?.path ?? null };
		});
	};
}
