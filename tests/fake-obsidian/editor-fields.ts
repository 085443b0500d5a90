// Obsidian's CodeMirror state fields that plugins read. In the app, editorLivePreviewField is true
// in Live Preview and false in source mode; the fake's editors are always in Live Preview.
import { StateField } from "@codemirror/state";

export const editorLivePreviewField = StateField.define<boolean>({
	create: () => true,
	update: (value) => value,
});

/** The note an editor shows (Obsidian's MarkdownFileInfo); the fake's editors show no file unless a test sets one. */
export const editorInfoField = StateField.define<{ file: { path: string } | null } | null>({
	create: () => null,
	update: (value) => value,
});
