// The command palette: sentence case, no default hotkeys. Each command calls one service.

import { MarkdownView, Notice, type Editor, type Plugin } from "obsidian";
import type { ThemeChoice } from "../ui/modals/theme-picker-modal";

/** What the commands call; the plugin wires each to its service. */
export interface CommandActions {
	openThemesSidebar(): void;
	openNoteThemes(): void;
	rebuildIndex(): void;
	previewLinks(): void;
	removeAllLinks(): void;
	importFiles(): void;
	importClipboard(): void;
	installStarterThemes(): void;
	createThemeFromSelection(selection: string): void;
	/** Opens the theme picker, then adds the selection as an alias of the chosen theme. */
	addSelectionAsAlias(selection: string): void;
	/** The themes the active note is linked to (for "exclude this note from a theme"). */
	linkedThemesOf(path: string): ThemeChoice[];
	excludeNoteFromTheme(path: string, themes: ThemeChoice[]): void;
}

function selectionOf(editor: Editor): string {
	return editor.getSelection().trim();
}

export function registerCommands(plugin: Plugin, actions: CommandActions): void {
	plugin.addCommand({ id: "open-themes-sidebar", name: "Open themes sidebar", callback: () => actions.openThemesSidebar() });
	plugin.addCommand({ id: "open-note-themes", name: "Open note themes", callback: () => actions.openNoteThemes() });
	plugin.addCommand({ id: "rebuild-index", name: "Rebuild index", callback: () => actions.rebuildIndex() });
	plugin.addCommand({ id: "link-themes-preview", name: "Link themes (preview)", callback: () => actions.previewLinks() });
	plugin.addCommand({ id: "remove-all-links", name: "Remove all theme links", callback: () => actions.removeAllLinks() });
	plugin.addCommand({ id: "import-files", name: "Import transcripts or highlights…", callback: () => actions.importFiles() });
	plugin.addCommand({ id: "import-clipboard", name: "Import from clipboard", callback: () => actions.importClipboard() });
	plugin.addCommand({ id: "install-starter-themes", name: "Install the starter themes", callback: () => actions.installStarterThemes() });
	plugin.addCommand({
		id: "create-theme-from-selection",
		name: "Create theme from selection",
		editorCheckCallback: (checking, editor) => {
			if (!selectionOf(editor)) return false;
			if (!checking) actions.createThemeFromSelection(selectionOf(editor));
			return true;
		},
	});
	plugin.addCommand({
		id: "add-selection-as-alias",
		name: "Add selection as an alias of a theme",
		editorCheckCallback: (checking, editor) => {
			if (!selectionOf(editor)) return false;
			if (!checking) actions.addSelectionAsAlias(selectionOf(editor));
			return true;
		},
	});
	plugin.addCommand({
		id: "exclude-note-from-theme",
		name: "Exclude this note from a theme",
		checkCallback: (checking) => {
			const file = plugin.app.workspace.getActiveViewOfType(MarkdownView)?.file ?? plugin.app.workspace.getActiveFile();
			if (!file) return false;
			const themes = actions.linkedThemesOf(file.path);
			if (checking) return themes.length > 0;
			if (themes.length === 0) new Notice("This note is not linked to any theme.");
			else actions.excludeNoteFromTheme(file.path, themes);
			return true;
		},
	});
}
