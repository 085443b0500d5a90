// The index's local copy (IndexedDB, never data.json): which records changed since the last save,
// saving them in small batches a while after a burst of changes, and the warm start that reads them
// back. Once closed (the plugin unloaded) it saves nothing more: the last save runs, then the store's
// connection closes, and a note read that ends later is read again at the next start.

import { restoreStoredRecordsInSlices, storableRecord, INDEX_SCHEMA } from "../core/index/serialize";
import type { ThemeIndex } from "../core/index/theme-index";
import { debounce } from "obsidian";
import { MemoryRecordStore, type RecordStore } from "./idb-record-store";
import { yieldToMain } from "./yield-to-main";

const SAVE_BATCH = 100; // records serialised per slice: a few ms of work, never a long task
const SAVE_DELAY_MS = 2000; // batch writes to the local store after a burst of changes
/** The store's one entry that is not a note: the schema and the themes the records were made with. */
const META_KEY = "\u0000meta";

export class IndexPersistence {
	store: RecordStore<unknown> = new MemoryRecordStore();
	private readonly dirty = new Set<string>();
	private readonly removed = new Set<string>();
	private saving: Promise<void> = Promise.resolve();
	private closed = false;
	// resetTimer false: saves at most every 2 s, also during a long first pass that never pauses.
	private readonly saveLater = debounce(() => {
		if (!this.closed) this.saving = this.saving.then(() => this.save(this.indexOf()));
	}, SAVE_DELAY_MS, false);

	constructor(private readonly indexOf: () => ThemeIndex) {}

	/** Uses `store` from now on; one opened after close() is closed at once (the plugin unloaded while it opened). */
	attach(store: RecordStore<unknown>): void {
		this.store = store;
		if (this.closed) store.close?.();
	}

	/** Saves what changed a while after the last change. */
	saveSoon(): void {
		this.saveLater();
	}

	/** Runs the last save now, then closes the store; nothing is saved after. */
	close(): void {
		this.saveLater.run();
		this.closed = true;
		const records = this.store;
		void this.saving.finally(() => records.close?.()); // the last save first, then the connection
	}

	/** Settles once every save asked for so far has finished. */
	whenSaved(): Promise<void> {
		return this.saving;
	}

	/** A note's record changed: save it next time. */
	changed(path: string): void {
		this.dirty.add(path);
		this.removed.delete(path);
	}

	/** A note left the index: delete its record next time. */
	gone(path: string): void {
		this.dirty.delete(path);
		this.removed.add(path);
	}

	/** The stored index, or null (none, or old, partial or corrupt: then the store is cleared quietly). */
	async restore(): Promise<ThemeIndex | null> {
		const stored = await this.store.readAll(yieldToMain).catch(() => new Map<string, unknown>()); // read in batches: deserialising 10,000 records at once blocked the main thread for ~115 ms
		if (stored.size === 0) return null;
		const meta = stored.get(META_KEY) as { schema?: unknown; themes?: unknown } | undefined;
		stored.delete(META_KEY);
		const restored = await restoreStoredRecordsInSlices(meta?.schema, meta?.themes, [...stored.values()], yieldToMain); // the app paints and handles input between slices
		if (!restored) await this.store.clear().catch(() => undefined);
		return restored;
	}

	/** Saves changed records in batches, giving the main thread back between them. */
	private async save(index: ThemeIndex): Promise<void> {
		const paths = [...this.dirty];
		const removed = [...this.removed];
		this.dirty.clear();
		this.removed.clear();
		const meta = new Map<string, unknown>([[META_KEY, { schema: INDEX_SCHEMA, themes: index.themes }]]);
		await this.store.write(meta, removed).catch(() => undefined); // the index still works in memory
		for (let at = 0; at < paths.length; at += SAVE_BATCH) {
			const batch = new Map<string, unknown>();
			for (const path of paths.slice(at, at + SAVE_BATCH)) {
				const record = index.document(path);
				if (record) batch.set(path, storableRecord(record));
			}
			await this.store.write(batch, []).catch(() => undefined);
			await yieldToMain();
		}
	}
}
