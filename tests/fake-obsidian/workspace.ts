// The workspace: leaves in the main area and both sidebars, views created from the registered
// view types, the active leaf, onLayoutReady, and openLinkText, which records where a link led.
import type { App } from "./app";
import { debounce } from "./debounce";
import { Events } from "./events";
import type { EventRef } from "./events";
import { TFile } from "./files";
import { MarkdownView, EmptyView } from "./views";
import type { View } from "./views";
import { WorkspaceLeaf } from "./leaf";
import type { LeafSide } from "./leaf";
import { parseLinktext, resolveHeadingSubpath } from "./links";

export { WorkspaceLeaf };

/** Fake only: one call of openLinkText, as tests check where a click landed. */
export interface OpenedLink {
	linktext: string;
	sourcePath: string;
	/** Path of the note that opened (created first when the link was unresolved, as Obsidian does). */
	path: string;
	subpath: string;
	/** 0-based line the view scrolled to: eState.line, else the heading's or block's line, else null. */
	line: number | null;
	newLeaf: unknown;
}

export class Workspace extends Events {
	layoutReady = false;
	activeLeaf: WorkspaceLeaf | null = null;
	containerEl: HTMLElement;
	leftSplit = { collapsed: false, expand: () => undefined, collapse: () => undefined, toggle: () => undefined };
	rightSplit = { collapsed: false, expand: () => undefined, collapse: () => undefined, toggle: () => undefined };
	/** Fake only: every openLinkText call, oldest first. */
	openedLinks: OpenedLink[] = [];
	/** Fake only: every leaf, in creation order. */
	leaves: WorkspaceLeaf[] = [];
	requestSaveLayout = debounce(async () => undefined, 2000); // Obsidian saves the layout two seconds after a change
	private readyCallbacks: (() => unknown)[] = [];
	private lastOpenFiles: string[] = [];

	constructor(readonly app: App) {
		super();
		this.containerEl = typeof document === "undefined" ? (undefined as unknown as HTMLElement) : document.createElement("div");
		if (this.containerEl) {
			this.containerEl.className = "workspace";
			document.body?.appendChild(this.containerEl);
		}
	}

	override on(name: "file-open", callback: (file: TFile | null) => unknown, ctx?: unknown): EventRef;
	override on(name: "active-leaf-change", callback: (leaf: WorkspaceLeaf | null) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		return super.on(name, callback, ctx);
	}

	/** Runs now once the layout is ready; until then, queued for triggerLayoutReady(). */
	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.readyCallbacks.push(callback);
	}

	/** Fake only: the app finished loading its layout. */
	triggerLayoutReady(): void {
		if (this.layoutReady) return;
		this.layoutReady = true;
		for (const callback of this.readyCallbacks.splice(0)) callback();
		this.trigger("layout-change");
	}

	getLeaf(newLeaf?: boolean | string, _direction?: string): WorkspaceLeaf {
		if (!newLeaf) {
			const reusable = this.activeLeaf?.side === "root" && !this.activeLeaf.pinned ? this.activeLeaf : this.leaves.find((leaf) => leaf.side === "root" && !leaf.pinned);
			if (reusable) return reusable;
		}
		return this.createLeaf("root");
	}

	getUnpinnedLeaf(): WorkspaceLeaf {
		return this.getLeaf(false);
	}

	getLeftLeaf(_split: boolean): WorkspaceLeaf | null {
		return this.createLeaf("left");
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf | null {
		return this.createLeaf("right");
	}

	async ensureSideLeaf(type: string, side: "left" | "right", options?: { active?: boolean; reveal?: boolean; state?: Record<string, unknown> }): Promise<WorkspaceLeaf> {
		const existing = this.getLeavesOfType(type)[0];
		const leaf = existing ?? this.createLeaf(side);
		if (!existing) await leaf.setViewState({ type, state: options?.state, active: options?.active });
		if (options?.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.view.getViewType() === viewType);
	}

	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	getLeafById(id: string): WorkspaceLeaf | null {
		return this.leaves.find((leaf) => leaf.id === id) ?? null;
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		this.leaves.slice().forEach(callback);
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		this.leaves.filter((leaf) => leaf.side === "root").forEach(callback);
	}

	getMostRecentLeaf(): WorkspaceLeaf | null {
		return this.activeLeaf?.side === "root" ? this.activeLeaf : (this.leaves.find((leaf) => leaf.side === "root") ?? null);
	}

	/** Shows the leaf (its sidebar expands); resolves once its view is loaded. */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		leaf.revealed = true;
		if (leaf.side === "left") this.leftSplit.collapsed = false;
		if (leaf.side === "right") this.rightSplit.collapsed = false;
	}

	setActiveLeaf(leaf: WorkspaceLeaf, _params?: unknown): void {
		if (this.activeLeaf === leaf) return;
		this.activeLeaf = leaf;
		this.trigger("active-leaf-change", leaf);
		const file = this.fileOf(leaf.view);
		if (file) this.fileOpened(file);
	}

	getActiveFile(): TFile | null {
		return this.activeLeaf ? this.fileOf(this.activeLeaf.view) : null;
	}

	getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	getLastOpenFiles(): string[] {
		return this.lastOpenFiles.slice(0, 10); // Obsidian lists the ten most recent
	}

	async openLinkText(linktext: string, sourcePath: string, newLeaf?: boolean | string, openViewState?: { active?: boolean; eState?: { line?: number } & Record<string, unknown> }): Promise<void> {
		const { path, subpath } = parseLinktext(linktext);
		const file = path === "" ? this.app.vault.getFileByPath(sourcePath) : (this.app.metadataCache.getFirstLinkpathDest(path, sourcePath) ?? (await this.createLinkedNote(path)));
		if (!file) throw new Error(`Cannot open ${linktext} from ${sourcePath}`);
		const line = openViewState?.eState?.line ?? this.lineOfSubpath(file, subpath);
		this.openedLinks.push({ linktext, sourcePath, path: file.path, subpath, line, newLeaf });
		await this.getLeaf(newLeaf).openFile(file, openViewState);
	}

	/** Fake only: called by a leaf when a file opened in it. */
	fileOpened(file: TFile | null): void {
		if (file) this.lastOpenFiles = [file.path, ...this.lastOpenFiles.filter((path) => path !== file.path)];
		this.trigger("file-open", file);
	}

	/** Fake only: a leaf left the workspace. */
	leafDetached(leaf: WorkspaceLeaf): void {
		this.leaves.splice(this.leaves.indexOf(leaf), 1);
		if (this.activeLeaf === leaf) {
			this.activeLeaf = null;
			this.trigger("active-leaf-change", null);
		}
		this.trigger("layout-change");
	}

	/** Fake only: a view for `type`, from the registered creators or the built-in ones. */
	createView(leaf: WorkspaceLeaf, type: string): View {
		const creator = this.app.viewRegistry.viewByType[type];
		if (creator) return creator(leaf);
		if (type === "markdown") return new MarkdownView(leaf);
		return new EmptyView(leaf, "empty");
	}

	private createLeaf(side: LeafSide): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side);
		this.leaves.push(leaf);
		if (this.containerEl) this.containerEl.appendChild(leaf.containerEl);
		return leaf;
	}

	private fileOf(view: View): TFile | null {
		const file = (view as { file?: unknown }).file;
		return file instanceof TFile ? file : null;
	}

	private async createLinkedNote(path: string): Promise<TFile> {
		const target = /\.[A-Za-z0-9]+$/.test(path) ? path : `${path}.md`;
		const folder = target.includes("/") ? target.slice(0, target.lastIndexOf("/")) : "";
		if (folder && !this.app.vault.getFolderByPath(folder)) await this.app.vault.createFolder(folder);
		return this.app.vault.create(target, "");
	}

	private lineOfSubpath(file: TFile, subpath: string): number | null {
		const cache = this.app.metadataCache.getFileCache(file);
		if (!cache || subpath === "") return null;
		if (subpath.startsWith("#^")) return cache.blocks?.[subpath.slice(2).toLowerCase()]?.position.start.line ?? null;
		const headings = cache.headings ?? [];
		return headings[resolveHeadingSubpath(headings, subpath)]?.position.start.line ?? null;
	}
}
