// An in-memory vault: a tree of TFolder/TFile with the text of every file, Obsidian's write
// methods, and its events. Writes take effect when called and fire their event synchronously,
// before the returned promise resolves (as in the app, where `await vault.modify()` returns after
// the 'modify' handlers ran). The metadata cache reacts later, on its own schedule.
import { Events } from "./events";
import type { EventRef } from "./events";
import { TAbstractFile, TFile, TFolder } from "./files";
import { normalizePath, parentPath } from "./paths";
import { MemoryAdapter } from "./adapter";

export interface Clock {
	now(): number;
}

export interface DataWriteOptions {
	ctime?: number;
	mtime?: number;
}

const encoder = new TextEncoder();

export class Vault extends Events {
	configDir = ".obsidian";
	adapter: MemoryAdapter;
	/** Fake only: paths that went to the trash, in order. */
	trashed: string[] = [];
	/** Fake only: bumps whenever a file or folder appears, disappears or moves. */
	structureVersion = 0;
	private readonly root: TFolder;
	private readonly byPath = new Map<string, TAbstractFile>();
	private readonly texts = new Map<string, string>();
	private readonly binaries = new Map<string, ArrayBuffer>();

	constructor(private readonly clock: Clock, private readonly vaultName = "Fake vault") {
		super();
		this.root = new TFolder();
		this.root.vault = this;
		this.root.setPathFromVault("/");
		this.byPath.set("/", this.root);
		this.adapter = new MemoryAdapter(this, vaultName);
	}

	override on(name: "create" | "modify" | "delete", callback: (file: TAbstractFile) => unknown, ctx?: unknown): EventRef;
	override on(name: "rename", callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		return super.on(name, callback, ctx);
	}

	getName(): string {
		return this.vaultName;
	}

	getRoot(): TFolder {
		return this.root;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.byPath.get(normalizePath(path)) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const file = this.getAbstractFileByPath(path);
		return file instanceof TFile ? file : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const folder = this.getAbstractFileByPath(path);
		return folder instanceof TFolder ? folder : null;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.byPath.values()];
	}

	getAllFolders(includeRoot = false): TFolder[] {
		return this.getAllLoadedFiles().filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
	}

	getFiles(): TFile[] {
		return this.getAllLoadedFiles().filter((f): f is TFile => f instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
		for (const child of root.children.slice()) {
			cb(child);
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
		}
	}

	async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
		const file = this.addFile(path, options);
		this.storeText(file, data, options);
		this.trigger("create", file);
		return file;
	}

	async createBinary(path: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<TFile> {
		const file = this.addFile(path, options);
		this.binaries.set(file.path, data.slice(0));
		this.stamp(file, data.byteLength, options);
		this.trigger("create", file);
		return file;
	}

	async createFolder(path: string): Promise<TFolder> {
		const normalized = normalizePath(path);
		if (this.byPath.has(normalized)) throw new Error("Folder already exists.");
		return this.ensureFolder(normalized);
	}

	async read(file: TFile): Promise<string> {
		return this.readNow(file);
	}

	/** In memory there is no disk to be stale against, so cachedRead reads the same text. */
	async cachedRead(file: TFile): Promise<string> {
		return this.readNow(file);
	}

	async readBinary(file: TFile): Promise<ArrayBuffer> {
		const binary = this.binaries.get(file.path);
		return binary ? binary.slice(0) : encoder.encode(this.readNow(file)).buffer;
	}

	async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		this.modifyNow(file, data, options);
	}

	async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		this.modifyNow(file, this.readNow(file) + data, options);
	}

	/** Reads, applies `fn` and writes in one step; writes (and fires 'modify') even when unchanged. */
	async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		const next = fn(this.readNow(file));
		this.modifyNow(file, next, options);
		return next;
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		const target = normalizePath(newPath);
		if (!this.byPath.has(file.path)) throw new Error(`File does not exist: ${file.path}`);
		if (this.byPath.has(target)) throw new Error("Destination file already exists!");
		const parent = this.ensureFolder(parentPath(target));
		const moves = this.collectMoves(file, target);
		this.detachFromParent(file);
		parent.children.push(file);
		file.parent = parent;
		for (const move of moves) this.movePath(move.item, move.from, move.to);
		this.structureVersion++;
		for (const move of moves) this.trigger("rename", move.item, move.from);
	}

	async delete(file: TAbstractFile, _force?: boolean): Promise<void> {
		this.removeNow(file);
	}

	async trash(file: TAbstractFile, _system: boolean): Promise<void> {
		this.trashed.push(file.path);
		this.removeNow(file);
	}

	async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
		if (!(file instanceof TFile)) throw new Error("The fake copies files only.");
		return (await this.create(newPath, this.readNow(file))) as unknown as T;
	}

	getResourcePath(file: TFile): string {
		return `app://fake-vault/${encodeURI(file.path)}?${file.stat.mtime}`;
	}

	/** Fake only: the current text, synchronously. */
	readNow(file: TFile): string {
		const text = this.texts.get(file.path);
		if (text === undefined) {
			if (this.binaries.has(file.path)) return new TextDecoder().decode(this.binaries.get(file.path));
			throw new Error(`File does not exist: ${file.path}`);
		}
		return text;
	}

	/** Fake only: writes and fires 'modify', synchronously. */
	modifyNow(file: TFile, data: string, options?: DataWriteOptions): void {
		if (!this.texts.has(file.path) && !this.binaries.has(file.path)) throw new Error(`File does not exist: ${file.path}`);
		this.binaries.delete(file.path);
		this.storeText(file, data, options);
		this.trigger("modify", file);
	}

	/** Fake only: adds a file without firing events (used to build a vault before the app starts). */
	seedFile(path: string, data: string): TFile {
		const file = this.addFile(path, undefined, true);
		this.storeText(file, data, undefined);
		return file;
	}

	private addFile(path: string, options: DataWriteOptions | undefined, makeParents = false): TFile {
		const normalized = normalizePath(path);
		if (this.byPath.has(normalized)) throw new Error("File already exists.");
		const folderPath = parentPath(normalized);
		// Obsidian's create does not promise to make missing folders: the fake refuses, so code that
		// works here also works in the app. Seeding a vault does make them.
		if (!makeParents && !this.byPath.has(folderPath)) throw new Error(`Folder does not exist: ${folderPath}`);
		const parent = this.ensureFolder(folderPath);
		const file = new TFile();
		file.vault = this;
		file.setPathFromVault(normalized);
		file.parent = parent;
		file.stat.ctime = options?.ctime ?? this.clock.now();
		parent.children.push(file);
		this.byPath.set(normalized, file);
		this.structureVersion++;
		return file;
	}

	private ensureFolder(path: string): TFolder {
		const existing = this.byPath.get(path);
		if (existing instanceof TFolder) return existing;
		if (existing) throw new Error(`A file is in the way: ${path}`);
		const parent = this.ensureFolder(parentPath(path));
		const folder = new TFolder();
		folder.vault = this;
		folder.setPathFromVault(path);
		folder.parent = parent;
		parent.children.push(folder);
		this.byPath.set(path, folder);
		this.structureVersion++;
		this.trigger("create", folder);
		return folder;
	}

	private storeText(file: TFile, data: string, options: DataWriteOptions | undefined): void {
		this.texts.set(file.path, data);
		this.stamp(file, encoder.encode(data).byteLength, options);
	}

	/** mtime always moves forward on a write, even when the injected clock stands still. */
	private stamp(file: TFile, size: number, options: DataWriteOptions | undefined): void {
		const now = this.clock.now();
		file.stat.mtime = options?.mtime ?? Math.max(now, file.stat.mtime + 1);
		if (options?.ctime !== undefined) file.stat.ctime = options.ctime;
		file.stat.size = size;
	}

	private collectMoves(file: TAbstractFile, target: string): { item: TAbstractFile; from: string; to: string }[] {
		const moves = [{ item: file, from: file.path, to: target }];
		if (file instanceof TFolder) {
			Vault.recurseChildren(file, (child) => {
				moves.push({ item: child, from: child.path, to: target + child.path.slice(file.path.length) });
			});
		}
		return moves;
	}

	private movePath(item: TAbstractFile, from: string, to: string): void {
		this.byPath.delete(from);
		this.byPath.set(to, item);
		item.setPathFromVault(to);
		for (const store of [this.texts, this.binaries] as Map<string, unknown>[]) {
			if (!store.has(from)) continue;
			store.set(to, store.get(from));
			store.delete(from);
		}
	}

	private detachFromParent(file: TAbstractFile): void {
		const siblings = file.parent?.children;
		if (siblings) siblings.splice(siblings.indexOf(file), 1);
	}

	private removeNow(file: TAbstractFile): void {
		if (file instanceof TFolder && file.isRoot()) throw new Error("Cannot delete the vault root.");
		if (!this.byPath.has(file.path)) throw new Error(`File does not exist: ${file.path}`);
		const doomed: TAbstractFile[] = [];
		if (file instanceof TFolder) Vault.recurseChildren(file, (child) => doomed.push(child));
		doomed.reverse().push(file);
		this.detachFromParent(file);
		for (const item of doomed) {
			this.byPath.delete(item.path);
			this.texts.delete(item.path);
			this.binaries.delete(item.path);
		}
		this.structureVersion++;
		for (const item of doomed) this.trigger("delete", item);
	}

}
