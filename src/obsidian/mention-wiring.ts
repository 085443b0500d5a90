// Clickable theme mentions in reading view and Live Preview: only in indexed source notes under the
// size limit, drawn again when the setting or the themes change, and never a stray note for a
// starter theme that has no note yet.

import { editorInfoField, editorLivePreviewField, Notice, type App, type Plugin } from "obsidian";
import type { EditorState } from "@codemirror/state";
import type { ThroughlineSettings } from "../core/settings";
import { findMentions } from "../core/themes/matcher";
import { decorateMentions, type FindMentionsInText, type TextMention } from "../ui/mention-decorator";
import { mentionEditorExtension } from "../ui/mention-editor-extension";
import type { OpenTarget } from "../ui/view-models";
import type { IndexController } from "./index-controller";

/** The command that makes notes of the starter themes (its name in the palette). */
export const INSTALL_STARTER_COMMAND = "Install the starter themes";

/** A starter theme lives in the plugin until installed: say how to get its note, create nothing. */
export function offerStarterThemes(themeName: string): void {
	new Notice(`"${themeName}" is a starter theme without a note yet. Run "Throughline: ${INSTALL_STARTER_COMMAND}" from the command palette to make notes of the starter themes in your themes folder.`);
}

/** Opens a theme's note, or explains how to install it when it is a starter theme without one. */
export function openThemeNote(app: App, themeName: string, themePath: string | null, target: OpenTarget): void {
	if (!themePath) {
		offerStarterThemes(themeName);
		return;
	}
	void app.workspace.openLinkText(themePath, "", target);
}

export interface MentionWiringDeps {
	plugin: Plugin;
	index: IndexController;
	settings: () => ThroughlineSettings;
}

/** True for a note whose mentions are marked: the setting on, an indexed source, not too large. */
function marksNote(deps: MentionWiringDeps, path: string | null | undefined): boolean {
	const settings = deps.settings();
	if (!settings.decorateMentions || !path) return false;
	if (!deps.index.engine.isSource(path) || !deps.index.engine.index.document(path)) return false;
	const file = deps.plugin.app.vault.getFileByPath(path);
	return file !== null && file.stat.size <= settings.decorationMaxChars;
}

/** Listeners told when marks may be stale: the themes were recompiled or a mention setting moved. */
function redrawSignal(deps: MentionWiringDeps): (redraw: () => void) => () => void {
	const listeners = new Set<() => void>();
	let compiled = deps.index.engine.compiled;
	let setting = mentionSettings(deps.settings());
	const check = (): void => {
		const nowCompiled = deps.index.engine.compiled;
		const nowSetting = mentionSettings(deps.settings());
		if (nowCompiled === compiled && nowSetting === setting) return;
		compiled = nowCompiled;
		setting = nowSetting;
		for (const redraw of listeners) redraw();
	};
	deps.plugin.register(deps.index.onChange(check)); // settings changes also touch the index
	return (redraw) => {
		listeners.add(redraw);
		return () => listeners.delete(redraw);
	};
}

function mentionSettings(settings: ThroughlineSettings): string {
	return `${settings.decorateMentions}:${settings.decorationMaxChars}`;
}

export function registerMentionDecorations(deps: MentionWiringDeps): void {
	const { plugin, index } = deps;
	const find = mentionFinder(index);
	plugin.registerMarkdownPostProcessor((el, context) => {
		if (marksNote(deps, context.sourcePath)) decorateMentions(el, find, { onThemeWithoutNote: offerStarterThemes });
	});
	const sourcePathOf = (state: EditorState): string | null => state.field(editorInfoField, false)?.file?.path ?? null;
	plugin.registerEditorExtension(
		mentionEditorExtension({
			findMentionsInText: find,
			isEnabled: (state) => state.field(editorLivePreviewField, false) === true && marksNote(deps, sourcePathOf(state)),
			onOpenTheme: (name, path, target) => openThemeNote(plugin.app, name, path, target),
			onRedrawNeeded: redrawSignal(deps),
		}),
	);
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
