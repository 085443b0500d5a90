// The NoteStore port over Obsidian's vault: reads through cachedRead, writes only through
// vault.process (atomic against concurrent edits), removes through the reader's trash setting.

import { normalizePath, TFile, type App } from "obsidian";
import type { NoteStat, NoteStore } from "../core/ports";

export class ObsidianNoteStore implements NoteStore {
	constructor(private readonly app: Pick<App, "vault" | "fileManager">) {}

	list(): NoteStat[] {
		return this.app.vault.getMarkdownFiles().map((file) => ({ path: file.path, size: file.stat.size, mtime: file.stat.mtime }));
	}

	async read(path: string): Promise<string> {
		return this.app.vault.cachedRead(this.fileAt(path));
	}

	exists(path: string): boolean {
		return this.app.vault.getAbstractFileByPath(normalizePath(path)) !== null;
	}

	async process(path: string, edit: (current: string) => string): Promise<string> {
		return this.app.vault.process(this.fileAt(path), edit);
	}

	async create(path: string, text: string): Promise<void> {
		const normalized = normalizePath(path);
		if (this.exists(normalized)) throw new Error(`${normalized} already exists; Throughline never overwrites a note`);
		await this.ensureFolder(normalized);
		await this.app.vault.create(normalized, text);
	}

	async remove(path: string): Promise<void> {
		const file = this.app.vault.getAbstractFileByPath(normalizePath(path));
		if (file instanceof TFile) await this.app.fileManager.trashFile(file);
	}

	private fileAt(path: string): TFile {
		const file = this.app.vault.getAbstractFileByPath(normalizePath(path));
		if (!(file instanceof TFile)) throw new Error(`${path} is not a note in this vault`);
		return file;
	}

	private async ensureFolder(path: string): Promise<void> {
		const slash = path.lastIndexOf("/");
		if (slash <= 0) return;
		const folder = path.slice(0, slash);
		if (this.app.vault.getAbstractFileByPath(folder) === null) await this.app.vault.createFolder(folder);
	}
}
