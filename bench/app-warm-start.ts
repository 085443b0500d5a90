// The app's warm start, beside the headless runner's. The app keeps one IndexedDB record per note
// (storableRecord) and, beside them, one snapshot of the whole index (encodeIndex's bytes, as a
// Uint8Array; src/obsidian/index-snapshot.ts). A warm start decodes the snapshot, takes the records
// saved since it (none here: the snapshot is up to date), and reconciles; the per-note records are
// read only when the snapshot is missing or unusable (the fallback, measured too). IndexedDB itself
// cannot run in Node, so values go through V8's serializer (the structured clone IndexedDB uses),
// written to files; a fresh process reads the files first (IndexedDB reads off the main thread),
// then times deserializing, restoring and reconciling, yielding where the app yields.
// What this leaves out: IndexedDB's own reading from disk.

import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runBenchChild } from "./bench-child";
import { deserialize, serialize } from "node:v8";
import type { NoteStat } from "../src/core/ports";
import type { BenchVault } from "./bench-vault";
import { findExport } from "./engine-loader";
import type { ThemeIndexLike } from "./engine-pipeline";
import { now, timedYields } from "./measure";
import { type BenchRow, NOT_BUILT, atMost } from "./report";

type SlicedRestore = (schema: unknown, themes: unknown, records: readonly unknown[], yieldToMain: () => Promise<void>) => Promise<unknown>;
type Reconcile = (index: unknown, listing: NoteStat[]) => { changed?: unknown[]; added?: unknown[] };
type Encode = (index: unknown) => Uint8Array;
type Decode = (bytes: Uint8Array) => unknown;

const RUNS = 3; // fresh processes (and encodings); the median is reported
const READ_BATCH = 500; // records per IndexedDB read, as idb-record-store.ts reads them
const LONG_TASK_MS = 50; // a main-thread task longer than this is a long task (the bench's slice target)
export const APP_WARM_START_FLAG = "--app-warm-start-child";

/** How the child starts: from the snapshot, or from the per-note records (the fallback). */
type Start = "snapshot" | "records";

interface ChildResult {
	ms: number;
	/** Deserializing the stored values (the records one batch per slice; the snapshot in one go). */
	deserializeMs: number;
	longestSliceMs: number;
	reads: number;
}

const readValue = (folder: string, name: string): Buffer => readFileSync(path.join(folder, name));

/** The snapshot's bytes deserialized, decoded in the same task (as the app's read continues into decodeIndex), then reconciled in a slice of its own. */
async function startFromSnapshot(folder: string, listing: NoteStat[]): Promise<ChildResult> {
	const [decode, reconcile] = [findExport<Decode>("decodeIndex"), findExport<Reconcile>("reconcile")];
	if (!decode || !reconcile) throw new Error(`${NOT_BUILT}: decodeIndex, reconcile`);
	const [metaFile, snapshotFile] = [readValue(folder, "meta.v8"), readValue(folder, "snapshot.v8")]; // IndexedDB reads off the main thread
	const start = now();
	const { yieldToMain, longestMs } = timedYields();
	deserialize(metaFile);
	const bytes = new Uint8Array(deserialize(snapshotFile) as Uint8Array); // a copy of its own, as structured clone makes (Node's is a view into the file)
	const deserializeMs = now() - start;
	const index = decode.value(bytes);
	await yieldToMain(); // the app yields after restoring, and again after compiling the themes
	const plan = index === null ? null : reconcile.value(index, listing);
	return { ms: now() - start, deserializeMs, longestSliceMs: longestMs(), reads: plan ? (plan.changed?.length ?? 0) + (plan.added?.length ?? 0) : -1 };
}

/** The per-note records deserialized one batch per slice, restored in slices, then reconciled. */
async function startFromRecords(folder: string, listing: NoteStat[]): Promise<ChildResult> {
	const [restore, reconcile] = [findExport<SlicedRestore>("restoreStoredRecordsInSlices"), findExport<Reconcile>("reconcile")];
	if (!restore || !reconcile) throw new Error(`${NOT_BUILT}: restoreStoredRecordsInSlices, reconcile`);
	const files = readdirSync(folder).filter((name) => name.startsWith("batch-")).sort().map((name) => readValue(folder, name));
	const metaFile = readValue(folder, "meta.v8");
	const start = now();
	const { yieldToMain, longestMs } = timedYields();
	const meta = deserialize(metaFile) as { schema: unknown; themes: unknown };
	const records: unknown[] = [];
	for (const [n, file] of files.entries()) {
		if (n > 0) await yieldToMain();
		records.push(...(deserialize(file) as unknown[]));
	}
	const deserializeMs = now() - start;
	const index = await restore.value(meta.schema, meta.themes, records, yieldToMain);
	const plan = index === null ? null : reconcile.value(index, listing);
	return { ms: now() - start, deserializeMs, longestSliceMs: longestMs(), reads: plan ? (plan.changed?.length ?? 0) + (plan.added?.length ?? 0) : -1 };
}

/** In a fresh process: start from the snapshot or the records (`start`), print the times. */
export async function runAppWarmStartChild(folder: string, start: string): Promise<void> {
	const listing = JSON.parse(readFileSync(path.join(folder, "listing.json"), "utf8")) as NoteStat[];
	const result = start === "records" ? await startFromRecords(folder, listing) : await startFromSnapshot(folder, listing);
	process.stdout.write(JSON.stringify(result));
}

function runChild(folder: string, start: Start): ChildResult {
	const result = runBenchChild<ChildResult>("app warm start", APP_WARM_START_FLAG, [folder, start]);
	if (result.reads < 0) throw new Error(`the engine rejected the ${start === "records" ? "records" : "snapshot"} it had just stored`);
	return result;
}

const median = (values: number[]): number => values.slice().sort((a, b) => a - b)[values.length >> 1];

/** The store as the app leaves it: the meta entry, the snapshot (encoded RUNS times, timed), the records in read batches, and the vault's listing. */
function writeStore(folder: string, index: ThemeIndexLike, vault: BenchVault, encode: Encode, storable: (record: unknown) => unknown, schema: number): { encodeMs: number[]; records: number } {
	const encodeMs: number[] = [];
	let bytes: Uint8Array = new Uint8Array(0);
	for (let run = 0; run < RUNS; run++) {
		const start = now();
		bytes = encode(index);
		encodeMs.push(now() - start);
	}
	writeFileSync(path.join(folder, "snapshot.v8"), serialize(bytes));
	const themes = (index as unknown as { themes: unknown }).themes;
	writeFileSync(path.join(folder, "meta.v8"), serialize({ schema, themes, sinceSnapshot: [] }));
	const records = (index as unknown as { documents(): unknown[] }).documents().map(storable);
	for (let at = 0; at < records.length; at += READ_BATCH) writeFileSync(path.join(folder, `batch-${String(at).padStart(6, "0")}.v8`), serialize(records.slice(at, at + READ_BATCH)));
	writeFileSync(path.join(folder, "listing.json"), JSON.stringify(vault.notes.map((note, i) => ({ path: note.path, size: vault.bytes[i], mtime: note.mtime }))));
	return { encodeMs, records: records.length };
}

/** The app's warm start from its snapshot, the fallback from its records, and the snapshot's encoding: times, and the longest main-thread slice. */
export function measureAppWarmStart(index: ThemeIndexLike | null, vault: BenchVault, progress: (m: string) => void): BenchRow[] {
	const label = "app warm start (snapshot)";
	const [storable, schema, encode] = [findExport<(record: unknown) => unknown>("storableRecord"), findExport<number>("INDEX_SCHEMA"), findExport<Encode>("encodeIndex")];
	const documents = (index as { documents?: () => unknown[] } | null)?.documents;
	if (!index || !storable || !schema || !encode || !documents) return [{ key: "app_warm_start_ms", label, value: null, unit: "ms", target: atMost(200), note: `${NOT_BUILT}: storableRecord, INDEX_SCHEMA, encodeIndex` }];
	const folder = mkdtempSync(path.join(tmpdir(), "throughline-bench-app-"));
	try {
		progress("app warm start");
		const stored = writeStore(folder, index, vault, encode.value, storable.value, schema.value);
		const snapshot = Array.from({ length: RUNS }, () => runChild(folder, "snapshot"));
		const records = Array.from({ length: RUNS }, () => runChild(folder, "records"));
		const mb = (readFileSync(path.join(folder, "snapshot.v8")).length / 1024 / 1024).toFixed(1);
		const of = (runs: ChildResult[], key: keyof ChildResult): number => median(runs.map((r) => r[key]));
		const count = stored.records.toLocaleString("en");
		return [
			{ key: "app_warm_start_ms", label, value: of(snapshot, "ms"), unit: "ms", target: atMost(200), note: `a ${mb} MB snapshot of ${count} notes as structured clone keeps it (IndexedDB's own disk reads not included), decoded and reconciled in a fresh process, median of ${RUNS}` },
			{ key: "app_warm_start_slice_ms", label: "app warm start (snapshot), longest slice", value: of(snapshot, "longestSliceMs"), unit: "ms", target: atMost(LONG_TASK_MS), note: `deserializing (${of(snapshot, "deserializeMs").toFixed(0)} ms) and decoding the snapshot: one task` },
			{ key: "app_snapshot_encode_ms", label: "app snapshot, encoding", value: median(stored.encodeMs), unit: "ms", target: atMost(LONG_TASK_MS), note: `encodeIndex over ${count} notes, one main-thread task in the app's save; median of ${RUNS} (${stored.encodeMs.map((ms) => ms.toFixed(0)).join(", ")} ms)` },
			{ key: "app_warm_start_records_ms", label: "app warm start, fallback (per-note records)", value: of(records, "ms"), unit: "ms", target: null, note: `without a usable snapshot: structured clone of ${count} records, restored in slices in a fresh process, median of ${RUNS}` },
			{ key: "app_warm_start_records_slice_ms", label: "app warm start, fallback, longest slice", value: of(records, "longestSliceMs"), unit: "ms", target: null, note: `records deserialized ${READ_BATCH} a slice, as the app reads IndexedDB (${of(records, "deserializeMs").toFixed(0)} ms in all), then restored 250 a slice` },
		];
	} catch (error) {
		return [{ key: "app_warm_start_ms", label, value: null, unit: "ms", target: atMost(200), note: `error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 160) }];
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
