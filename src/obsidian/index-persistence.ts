// The index's local copy (IndexedDB, never data.json): which records changed since the last save,
// saving them in small batches a while after a burst of changes, a snapshot of the whole index now
// and then (index-snapshot.ts), and the warm start that reads them back. Once closed (the plugin
// unloaded) it saves nothing more: the last save runs, then the store's connection closes, and a
// note read that ends later is read again at the next start.

import { encodeIndexSteps } from "../core/index/binary-store";
import { restoreStoredRecordsInSlices, storableRecord } from "../core/index/serialize";
import type { ThemeIndex } from "../core/index/theme-index";
import { runStepsInSlices } from "../core/steps";
import { DEFAULT_SLICE_BUDGET_MS, type SliceHost } from "../core/work-queue";
import { debounce } from "obsidian";
import { MemoryRecordStore, type RecordStore } from "./idb-record-store";
import { META_KEY, SNAPSHOT_KEY, SNAPSHOT_STALE_AFTER, isNoteKey, restoreSnapshot, storeMeta } from "./index-snapshot";
import { yieldToMain } from "./yield-to-main";

const SAVE_BATCH = 100; // records serialised per slice: a few ms of work, never a long task
const SAVE_DELAY_MS = 2000; // batch writes to the local store after a burst of changes

/** The app's own clock and yield, between slices of decoding or encoding the snapshot. */
const APP_HOST: SliceHost = { now: () => performance.now(), yieldToMain };

export class IndexPersistence {
	store: RecordStore<unknown> = new MemoryRecordStore();
	private readonly dirty = new Set<string>();
	private readonly removed = new Set<string>();
	/** Paths saved since the snapshot was encoded (kept only while the store holds a snapshot). */
	private readonly sinceSnapshot = new Set<string>();
	/** Whether the store holds a snapshot: restored from, or written in, this session. */
	private snapshotKept = false;
	/** Set when a first pass has ended: a snapshot of an index still being filled is never written. */
	private indexWhole = false;
	/** Set when the store refused a snapshot (e.g. over quota): not encoded again for nothing this session. */
	private snapshotRefused = false;
	private saving: Promise<void> = Promise.resolve();
	private closed = false;
	// resetTimer false: saves at most every 2 s, also during a long first pass that never pauses.
	private readonly saveLater = debounce(() => {
		if (!this.closed) this.saving = this.saving.then(() => this.save(this.indexOf()));
	}, SAVE_DELAY_MS, false);

	/** `host`: the clock and the yield that slice the snapshot's decoding and encoding (a fake one in tests). */
	constructor(private readonly indexOf: () => ThemeIndex, private readonly host: SliceHost = APP_HOST) {}

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

	/** A first pass has ended: the index is whole, and a snapshot is written soon if none is kept or it is out of date. */
	indexComplete(): void {
		this.indexWhole = true;
		if (this.snapshotDue()) this.saveSoon();
	}

	/** Empties the store (a rebuild), after the save under way: no records, no snapshot until the next first pass ends. */
	clear(): Promise<void> {
		this.saving = this.saving.then(async () => {
			this.indexWhole = false;
			this.snapshotKept = false;
			this.sinceSnapshot.clear();
			await this.store.clear().catch(() => undefined);
		});
		return this.saving;
	}

	/** The stored index, or null (none, or old, partial or corrupt: then the store is cleared quietly). Never throws. */
	async restore(): Promise<ThemeIndex | null> {
		const snapshot = await restoreSnapshot(this.store, this.host, () => this.closed).catch(() => null);
		if (!snapshot) return this.closed ? null : this.restoreRecords(); // closed: the plugin unloads, nothing is restored
		this.snapshotKept = true;
		for (const path of snapshot.sinceSnapshot) this.sinceSnapshot.add(path);
		return snapshot.index;
	}

	/** The index from the per-note records alone, restored in slices. */
	private async restoreRecords(): Promise<ThemeIndex | null> {
		const stored = await this.store.readAll(yieldToMain).catch(() => new Map<string, unknown>()); // read in batches: deserialising 10,000 records at once blocked the main thread for ~115 ms
		if (stored.size === 0) return null;
		const meta = stored.get(META_KEY) as { schema?: unknown; themes?: unknown } | undefined;
		const records = [...stored].filter(([key]) => isNoteKey(key)).map(([, record]) => record); // never the meta or a snapshot
		const restored = await restoreStoredRecordsInSlices(meta?.schema, meta?.themes, records, yieldToMain); // the app paints and handles input between slices
		if (!restored) await this.store.clear().catch(() => undefined);
		return restored;
	}

	/** Whether a save should write a snapshot: the index is whole, and none is kept or it is out of date. */
	private snapshotDue(): boolean {
		return this.indexWhole && !this.snapshotRefused && (!this.snapshotKept || this.sinceSnapshot.size >= SNAPSHOT_STALE_AFTER);
	}

	/**
	 * Saves changed records in batches, giving the main thread back between them: first the meta entry
	 * (listing the paths as saved since the snapshot) with the deletions, then the records, then, when
	 * one is due and no change came meanwhile (a pass still under way would outdate it at once), a snapshot.
	 */
	private async save(index: ThemeIndex): Promise<void> {
		const paths = [...this.dirty];
		const removed = [...this.removed];
		this.dirty.clear();
		this.removed.clear();
		if (this.snapshotKept) for (const path of [...paths, ...removed]) this.sinceSnapshot.add(path);
		await this.store.write(storeMeta(index.themes, this.sinceSnapshot), removed).catch(() => undefined); // the index still works in memory
		await this.writeRecords(index, paths);
		if (this.snapshotDue() && this.dirty.size === 0 && this.removed.size === 0) await this.writeSnapshot(index);
	}

	/**
	 * The whole index as one entry, with a meta entry listing nothing since, in one transaction. It is
	 * encoded in slices (encodeIndexSteps), reading the live index between them: once the index has
	 * changed (another index, or its revision moved) the snapshot would mix two states, so it is
	 * dropped and written at a later save, asked for here (the change's own save asks too).
	 */
	private async writeSnapshot(index: ThemeIndex): Promise<void> {
		const revision = index.revision;
		const changed = (): boolean => this.indexOf() !== index || index.revision !== revision;
		const encoded = await runStepsInSlices(encodeIndexSteps(index), this.host, DEFAULT_SLICE_BUDGET_MS, changed);
		if (!encoded || changed()) {
			if (!this.closed) this.saveSoon();
			return;
		}
		try {
			await this.store.write(new Map<string, unknown>([...storeMeta(index.themes, []), [SNAPSHOT_KEY, encoded.value]]), []);
		} catch {
			this.snapshotRefused = true; // the per-note records go on alone; a save never rejects (the next one chains on it)
			return;
		}
		this.snapshotKept = true;
		this.sinceSnapshot.clear(); // every path saved so far was saved before the snapshot was encoded
	}

	private async writeRecords(index: ThemeIndex, paths: readonly string[]): Promise<void> {
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
