// Follows the vault: create, modify, rename, delete and metadata changes become calls on the
// index controller. A Component, so that every listener is registered and removed with it.

import { Component, TFile, type MetadataCache, type TAbstractFile, type Vault } from "obsidian";

/** What the watcher reports to; the controller queues, batches and deduplicates the work. */
export interface VaultChangeSink {
	noteChanged(path: string): void;
	noteRemoved(path: string): void;
	noteRenamed(oldPath: string, newPath: string): void;
}

function isMarkdown(file: TAbstractFile): file is TFile {
	return file instanceof TFile && file.extension === "md";
}

export class VaultWatcher extends Component {
	constructor(
		private readonly vault: Vault,
		private readonly metadataCache: MetadataCache,
		private readonly sink: VaultChangeSink,
	) {
		super();
	}

	override onload(): void {
		this.registerEvent(this.vault.on("create", (file) => this.changed(file)));
		this.registerEvent(this.vault.on("modify", (file) => this.changed(file)));
		this.registerEvent(this.metadataCache.on("changed", (file) => this.changed(file)));
		this.registerEvent(this.vault.on("delete", (file) => this.removed(file)));
		this.registerEvent(this.vault.on("rename", (file, oldPath) => this.renamed(file, oldPath)));
	}

	private changed(file: TAbstractFile): void {
		if (isMarkdown(file)) this.sink.noteChanged(file.path);
	}

	private removed(file: TAbstractFile): void {
		if (isMarkdown(file)) this.sink.noteRemoved(file.path);
	}

	private renamed(file: TAbstractFile, oldPath: string): void {
		if (isMarkdown(file)) this.sink.noteRenamed(oldPath, file.path);
		else if (oldPath.endsWith(".md")) this.sink.noteRemoved(oldPath);
	}
}
