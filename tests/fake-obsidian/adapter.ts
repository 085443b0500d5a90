// The vault's DataAdapter, minimal: paths inside the vault go through the vault (and fire its
// events, as the file watcher would); hidden paths (the config folder, dot-folders) live in a
// separate store the vault does not index, as in Obsidian.
import { TFile, TFolder } from "./files";
import { normalizePath, parentPath } from "./paths";
import type { Vault } from "./vault";

export interface ListedFiles {
	files: string[];
	folders: string[];
}

function isHidden(path: string): boolean {
	return path.split("/").some((part) => part.startsWith("."));
}

export class MemoryAdapter {
	private readonly hiddenTexts = new Map<string, string>();
	private readonly hiddenFolders = new Set<string>();

	constructor(private readonly vault: Vault, private readonly name: string) {}

	getName(): string {
		return this.name;
	}

	async exists(normalizedPath: string, _sensitive?: boolean): Promise<boolean> {
		const path = normalizePath(normalizedPath);
		return this.hiddenTexts.has(path) || this.hiddenFolders.has(path) || this.vault.getAbstractFileByPath(path) !== null;
	}

	async stat(normalizedPath: string): Promise<{ type: "file" | "folder"; ctime: number; mtime: number; size: number } | null> {
		const path = normalizePath(normalizedPath);
		const item = this.vault.getAbstractFileByPath(path);
		if (item instanceof TFile) return { type: "file", ...item.stat };
		if (item instanceof TFolder || this.hiddenFolders.has(path)) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
		const hidden = this.hiddenTexts.get(path);
		return hidden === undefined ? null : { type: "file", ctime: 0, mtime: 0, size: hidden.length };
	}

	async list(normalizedPath: string): Promise<ListedFiles> {
		const path = normalizePath(normalizedPath);
		const folder = this.vault.getFolderByPath(path);
		const listed: ListedFiles = { files: [], folders: [] };
		for (const child of folder?.children ?? []) (child instanceof TFolder ? listed.folders : listed.files).push(child.path);
		const isDirectChild = (candidate: string) => candidate !== path && parentPath(candidate) === path;
		for (const hidden of this.hiddenFolders) if (isDirectChild(hidden)) listed.folders.push(hidden);
		for (const hidden of this.hiddenTexts.keys()) if (isDirectChild(hidden)) listed.files.push(hidden);
		return listed;
	}

	async read(normalizedPath: string): Promise<string> {
		const path = normalizePath(normalizedPath);
		const hidden = this.hiddenTexts.get(path);
		if (hidden !== undefined) return hidden;
		const file = this.vault.getFileByPath(path);
		if (!file) throw new Error(`ENOENT: no such file, open '${path}'`);
		return this.vault.readNow(file);
	}

	async write(normalizedPath: string, data: string): Promise<void> {
		const path = normalizePath(normalizedPath);
		if (isHidden(path)) {
			await this.mkdir(parentPath(path));
			this.hiddenTexts.set(path, data);
			return;
		}
		const file = this.vault.getFileByPath(path);
		if (file) this.vault.modifyNow(file, data);
		else await this.vault.create(path, data);
	}

	async append(normalizedPath: string, data: string): Promise<void> {
		const exists = await this.exists(normalizedPath);
		await this.write(normalizedPath, (exists ? await this.read(normalizedPath) : "") + data);
	}

	async process(normalizedPath: string, fn: (data: string) => string): Promise<string> {
		const next = fn(await this.read(normalizedPath));
		await this.write(normalizedPath, next);
		return next;
	}

	async mkdir(normalizedPath: string): Promise<void> {
		const path = normalizePath(normalizedPath);
		if (path === "/" || (await this.exists(path))) return;
		if (isHidden(path)) {
			await this.mkdir(parentPath(path));
			this.hiddenFolders.add(path);
			return;
		}
		await this.vault.createFolder(path);
	}

	async remove(normalizedPath: string): Promise<void> {
		const path = normalizePath(normalizedPath);
		if (this.hiddenTexts.delete(path)) return;
		const file = this.vault.getFileByPath(path);
		if (!file) throw new Error(`ENOENT: no such file, unlink '${path}'`);
		await this.vault.delete(file);
	}

	async rmdir(normalizedPath: string, _recursive: boolean): Promise<void> {
		const path = normalizePath(normalizedPath);
		if (this.hiddenFolders.delete(path)) return;
		const folder = this.vault.getFolderByPath(path);
		if (folder) await this.vault.delete(folder, true);
	}

	async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		const item = this.vault.getAbstractFileByPath(normalizedPath);
		if (!item) throw new Error(`ENOENT: no such file, rename '${normalizedPath}'`);
		await this.vault.rename(item, normalizedNewPath);
	}

	getResourcePath(normalizedPath: string): string {
		return `app://fake-vault/${encodeURI(normalizePath(normalizedPath))}`;
	}
}
