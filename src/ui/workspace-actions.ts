// The view actions that only need the workspace: opening a note at a passage with the match selected,
// and the link text a drag inserts. The lead adds the ones that need the index and the writer.
import { MarkdownView, Notice, type App } from "obsidian";
import { wikiLinkFor } from "./render/interaction";
import type { DragTarget, OpenTarget } from "./view-models";

/** Opens the note and selects the match (1-based line and column), scrolled into the middle of the view. */
export async function openPassageInWorkspace(app: App, path: string, line: number, col: number, matchLength: number, target: OpenTarget): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) {
		new Notice(`Throughline could not find ${path}; it may have been moved or deleted.`);
		return;
	}
	const leaf = app.workspace.getLeaf(target);
	await leaf.openFile(file, { active: true, eState: { line: Math.max(0, line - 1) } });
	const view = leaf.view;
	if (!(view instanceof MarkdownView)) return;
	const from = { line: Math.max(0, line - 1), ch: Math.max(0, col - 1) };
	const to = { line: from.line, ch: from.ch + matchLength };
	view.editor.setSelection(from, to);
	view.editor.scrollIntoView({ from, to }, true);
}

export async function openDocumentInWorkspace(app: App, path: string, target: OpenTarget): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) {
		new Notice(`Throughline could not find ${path}; it may have been moved or deleted.`);
		return;
	}
	await app.workspace.getLeaf(target).openFile(file, { active: true });
}

/** The shortest unambiguous link, as Obsidian itself would write it, falling back to a plain wikilink. */
export function linkTextFor(app: App, target: DragTarget, sourcePath = ""): string {
	const path = target.path;
	const file = path ? app.vault.getFileByPath(path) : null;
	if (!file) return wikiLinkFor(target);
	const linktext = app.metadataCache.fileToLinktext(file, sourcePath, true);
	const alias = target.kind === "document" && target.title !== file.basename ? `|${target.title}` : "";
	return `[[${linktext}${alias}]]`;
}
