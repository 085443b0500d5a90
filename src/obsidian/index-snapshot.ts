// The whole index as one binary entry of the local store (binary-store.ts's encodeIndex), beside the
// per-note records: a warm start decodes it in one go instead of reading and restoring every record.
// The per-note records stay what each save updates (small batches, each record whole); the snapshot
// is an extra copy, rewritten now and then, never the only one: missing, of another schema, corrupt
// or too far out of date, it is deleted and the per-note records are read instead.
//
// How a snapshot stays true (the staleness rule): the meta entry lists every path whose per-note
// record was written or deleted after the snapshot was encoded. A save adds its paths to that list in
// the transaction that comes before its records', and a snapshot is written, with an empty list, in
// one transaction after a save's records. A warm start decodes the snapshot, then takes each listed
// path's per-note record over the snapshot's (no record: the note left the index). Once the list
// reaches SNAPSHOT_STALE_AFTER paths, a save whose changes have settled writes a fresh snapshot; a
// warm start that finds a longer list (the app closed first) reads the per-note records instead. What
// changed on disk while the app was closed is then found by reconcile (size and mtime), as before.

import { decodeIndexSteps } from "../core/index/binary-store";
import { INDEX_SCHEMA, RESTORE_BATCH, restoredRecord, validThemes } from "../core/index/serialize";
import type { ThemeDefinition } from "../core/model";
import type { ThemeIndex } from "../core/index/theme-index";
import { runStepsInSlices } from "../core/steps";
import { DEFAULT_SLICE_BUDGET_MS, type SliceHost } from "../core/work-queue";
import type { RecordStore } from "./idb-record-store";

/** The store's entry that is not a note: the schema, the themes, and the paths saved since the snapshot. */
export const META_KEY = "\u0000meta";
/** The snapshot's entry: a Uint8Array, which IndexedDB keeps as bytes (structured clone). */
export const SNAPSHOT_KEY = "\u0000snapshot";
/** Paths saved since the snapshot before it is out of date: taking that many records over its own at a warm start costs about a fortieth of restoring all 10,000. */
export const SNAPSHOT_STALE_AFTER = 250;

/** Whether a key names a note: the store's own entries start with U+0000, which no path holds. */
export function isNoteKey(key: string): boolean {
	return !key.startsWith("\u0000");
}

export interface StoreMeta {
	schema: number;
	themes: readonly ThemeDefinition[];
	/** Paths whose per-note record was written or deleted after the snapshot was encoded (empty when there is none). */
	sinceSnapshot: string[];
}

/** The meta entry to write for `themes` and the paths saved since the snapshot. */
export function storeMeta(themes: readonly ThemeDefinition[], sinceSnapshot: Iterable<string>): Map<string, StoreMeta> {
	return new Map([[META_KEY, { schema: INDEX_SCHEMA, themes, sinceSnapshot: [...sinceSnapshot] }]]);
}

/** The paths saved since the snapshot, from a meta entry of this schema; null when it is missing, of another schema, malformed or too long. */
function sinceSnapshotOf(meta: unknown): string[] | null {
	const { schema, themes, sinceSnapshot } = (typeof meta === "object" && meta !== null ? meta : {}) as Partial<Record<keyof StoreMeta, unknown>>;
	if (schema !== INDEX_SCHEMA || !validThemes(themes) || !Array.isArray(sinceSnapshot)) return null;
	if (sinceSnapshot.length > SNAPSHOT_STALE_AFTER || !sinceSnapshot.every((path) => typeof path === "string" && isNoteKey(path))) return null;
	return sinceSnapshot as string[];
}

/** The snapshot's bytes as the store gives them back: a Uint8Array (an ArrayBuffer is taken too). */
function bytesOf(value: unknown): Uint8Array | null {
	if (value instanceof Uint8Array) return value;
	return value instanceof ArrayBuffer ? new Uint8Array(value) : null;
}

/** Each listed path's per-note record upserted over the snapshot's, or removed when it has none; false when one fails its checks. */
async function applyLaterRecords(index: ThemeIndex, paths: readonly string[], store: RecordStore<unknown>, pause: () => Promise<void>): Promise<boolean> {
	const later = await store.read(paths);
	for (let n = 0; n < paths.length; n++) {
		if (n > 0 && n % RESTORE_BATCH === 0) await pause();
		const value = later.get(paths[n]);
		if (value === undefined) {
			index.remove(paths[n]);
			continue;
		}
		const record = restoredRecord(value);
		if (!record || record.path !== paths[n]) return false;
		index.upsert(record);
	}
	return true;
}

export interface SnapshotStart {
	index: ThemeIndex;
	/** The paths saved since the snapshot, applied: the list the next save extends. */
	sinceSnapshot: string[];
}

/**
 * The index from the snapshot and the per-note records saved after it; null when the store holds no
 * snapshot, or one that cannot be used (then it is deleted, and the next whole index writes a fresh
 * one). Never a half index. The snapshot is decoded in slices (decodeIndexSteps), the main thread
 * given back between them; once `abandoned()` (the plugin unloading) it is dropped unfinished and
 * kept in the store. Throws only when the store cannot be read (e.g. closing at unload).
 */
export async function restoreSnapshot(store: RecordStore<unknown>, host: SliceHost, abandoned: () => boolean): Promise<SnapshotStart | null> {
	const head = await store.read([META_KEY, SNAPSHOT_KEY]);
	if (!head.has(SNAPSHOT_KEY)) return null;
	const sinceSnapshot = sinceSnapshotOf(head.get(META_KEY));
	const bytes = sinceSnapshot ? bytesOf(head.get(SNAPSHOT_KEY)) : null;
	head.clear();
	const decoded = bytes ? await runStepsInSlices(decodeIndexSteps(bytes), host, DEFAULT_SLICE_BUDGET_MS, abandoned) : null;
	if (bytes && !decoded) return null; // abandoned: the snapshot stays for the next start
	const index = decoded?.value ?? null;
	if (index && sinceSnapshot) {
		await host.yieldToMain();
		if (await applyLaterRecords(index, sinceSnapshot, store, () => host.yieldToMain())) return { index, sinceSnapshot };
	}
	await store.write(new Map(), [SNAPSHOT_KEY]).catch(() => undefined); // a snapshot that fails to delete is tried, and refused, again
	return null;
}
