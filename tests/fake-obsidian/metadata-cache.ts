// The metadata cache: parses notes after they change, on a later tick (as Obsidian's worker does),
// then fires 'changed' (file, text, cache) and, once nothing is pending, 'resolved'.
// An unchanged text fires nothing, as in Obsidian (its cache is keyed by content hash).
import type { CachedMetadata } from "obsidian";
import { Events } from "./events";
import type { EventRef } from "./events";
import { TAbstractFile, TFile } from "./files";
import { LinkResolver } from "./link-resolver";
import { computeMetadata } from "./metadata/compute";
import type { Vault } from "./vault";

export class MetadataCache extends Events {
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	private readonly caches = new Map<string, { text: string; cache: CachedMetadata }>();
	private readonly queued = new Set<TFile>();
	private readonly idleWaiters: (() => void)[] = [];
	private flushScheduled = false;
	private readonly resolver: LinkResolver;

	constructor(private readonly vault: Vault) {
		super();
		this.resolver = new LinkResolver(vault);
		for (const file of vault.getMarkdownFiles()) this.caches.set(file.path, this.parse(file));
		this.resolveAll();
		vault.on("create", (file) => this.enqueue(file));
		vault.on("modify", (file) => this.enqueue(file));
		vault.on("rename", (file, oldPath) => this.moved(file, oldPath));
		vault.on("delete", (file) => this.deleted(file));
	}

	override on(name: "changed", callback: (file: TFile, data: string, cache: CachedMetadata) => unknown, ctx?: unknown): EventRef;
	override on(name: "deleted", callback: (file: TFile, prevCache: CachedMetadata | null) => unknown, ctx?: unknown): EventRef;
	override on(name: "resolve", callback: (file: TFile) => unknown, ctx?: unknown): EventRef;
	override on(name: "resolved", callback: () => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		return super.on(name, callback, ctx);
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path)?.cache ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path)?.cache ?? null;
	}

	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		return this.resolver.resolve(linkpath, sourcePath);
	}

	fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
		return this.resolver.linktext(file, sourcePath, omitMdExtension);
	}

	/** Fake only: resolves once every queued note is parsed and its events have fired. */
	settle(): Promise<void> {
		if (this.queued.size === 0) return Promise.resolve();
		return new Promise((resolve) => this.idleWaiters.push(resolve));
	}

	private enqueue(file: TAbstractFile): void {
		if (!(file instanceof TFile) || file.extension !== "md") return;
		this.queued.add(file);
		if (this.flushScheduled) return;
		this.flushScheduled = true;
		setTimeout(() => this.flush(), 0); // parsed on a later task, like Obsidian's worker
	}

	private flush(): void {
		this.flushScheduled = false;
		const files = [...this.queued];
		this.queued.clear();
		const changed: TFile[] = [];
		for (const file of files) {
			if (this.vault.getFileByPath(file.path) !== file) continue; // deleted meanwhile
			const previous = this.caches.get(file.path);
			const entry = this.parse(file);
			if (previous && previous.text === entry.text) continue;
			this.caches.set(file.path, entry);
			changed.push(file);
		}
		this.resolveAll();
		for (const file of changed) {
			const entry = this.caches.get(file.path);
			if (!entry) continue;
			this.trigger("changed", file, entry.text, entry.cache);
			this.trigger("resolve", file);
		}
		if (this.queued.size > 0) return;
		this.trigger("resolved");
		for (const resolve of this.idleWaiters.splice(0)) resolve();
	}

	private parse(file: TFile): { text: string; cache: CachedMetadata } {
		const text = this.vault.readNow(file);
		return { text, cache: computeMetadata(text) };
	}

	private moved(file: TAbstractFile, oldPath: string): void {
		const entry = this.caches.get(oldPath);
		if (entry) {
			this.caches.delete(oldPath);
			if (file instanceof TFile && file.extension === "md") this.caches.set(file.path, entry);
		} else if (file instanceof TFile && file.extension === "md") {
			this.enqueue(file);
		}
		this.resolveAll();
	}

	private deleted(file: TAbstractFile): void {
		if (!(file instanceof TFile)) return;
		const entry = this.caches.get(file.path);
		this.caches.delete(file.path);
		this.resolveAll();
		if (entry) this.trigger("deleted", file, entry.cache);
	}

	/** Recounts resolvedLinks and unresolvedLinks for every note. */
	private resolveAll(): void {
		this.resolvedLinks = {};
		this.unresolvedLinks = {};
		for (const [path, { cache }] of this.caches) {
			const resolved: Record<string, number> = {};
			const unresolved: Record<string, number> = {};
			for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])]) {
				const linkpath = ref.link.split("#")[0];
				if (linkpath === "") continue; // a link to a heading in the same note
				const target = this.resolver.resolve(linkpath, path);
				const counts = target ? resolved : unresolved;
				const key = target ? target.path : linkpath;
				counts[key] = (counts[key] ?? 0) + 1;
			}
			this.resolvedLinks[path] = resolved;
			this.unresolvedLinks[path] = unresolved;
		}
	}
}
