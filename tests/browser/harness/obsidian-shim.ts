// The `obsidian` module as the browser bundle sees it: the project's fake, plus the editor state fields
// Obsidian exports that the fake does not have yet (src/main.ts imports editorLivePreviewField).
import { StateField } from "@codemirror/state";

export * from "../../fake-obsidian/index";

/** Obsidian's field saying whether the editor is in Live Preview; the harness opens no editor, so false. */
export const editorLivePreviewField = StateField.define<boolean>({ create: () => false, update: (value) => value });
