// The app's warm start, beside the headless runner's: the app keeps one IndexedDB record per note
// (storableRecord) and restores them in slices. IndexedDB itself cannot run in Node, so the records
// go through V8's serializer (the structured clone IndexedDB uses for values), written to files in
// batches as the app reads them (idb-record-store.ts, 500 records a read); a fresh process
// deserializes one batch per slice, restores the records in slices as the app does, and reconciles.
// What this leaves out: IndexedDB's own reading from disk. Informative rows, no target.

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
import { type BenchRow, NOT_BUILT } from "./report";

type SlicedRestore = (schema: unknown, themes: unknown, records: readonly unknown[], yieldToMain: () => Promise<void>) => Promise<unknown>;
type Reconcile = (index: unknown, listing: NoteStat[]) => { changed?: unknown[]; added?: unknown[] };

const RUNS = 3; // fresh processes; the median is reported
const READ_BATCH = 500; // records per IndexedDB read, as idb-record-store.ts reads them
export const APP_WARM_START_FLAG = "--app-warm-start-child";

interface ChildResult {
	ms: number;
	/** Deserializing every record, one batch per slice (the app reads IndexedDB in batches). */
	deserializeMs: number;
	longestSliceMs: number;
	reads: number;
}

/** In a fresh process: deserialize the records, restore them in slices (yielding to the event loop), reconcile; print the times. */
export async function runAppWarmStartChild(folder: string): Promise<void> {
	const restore = findExport<SlicedRestore>("restoreStoredRecordsInSlices");
	const reconcile = findExport<Reconcile>("reconcile");
	if (!restore || !reconcile) throw new Error(`${NOT_BUILT}: restoreStoredRecordsInSlices, reconcile`);
	const listing = JSON.parse(readFileSync(path.join(folder, "listing.json"), "utf8")) as NoteStat[];
	const files = readdirSync(folder).filter((name) => name.startsWith("batch-")).sort().map((name) => readFileSync(path.join(folder, name))); // IndexedDB reads off the main thread
	const start = now();
	const { yieldToMain, longestMs } = timedYields();
	const meta = deserialize(readFileSync(path.join(folder, "meta.v8"))) as { schema: unknown; themes: unknown };
	const records: unknown[] = [];
	for (const [n, file] of files.entries()) {
		if (n > 0) await yieldToMain();
		records.push(...(deserialize(file) as unknown[]));
	}
	const deserializeMs = now() - start;
	const index = await restore.value(meta.schema, meta.themes, records, yieldToMain);
	const plan = index === null ? null : reconcile.value(index, listing);
	const result: ChildResult = { ms: now() - start, deserializeMs, longestSliceMs: longestMs(), reads: plan ? (plan.changed?.length ?? 0) + (plan.added?.length ?? 0) : -1 };
	process.stdout.write(JSON.stringify(result));
}

function runChild(folder: string): ChildResult {
	const result = runBenchChild<ChildResult>("app warm start", APP_WARM_START_FLAG, [folder]);
	if (result.reads < 0) throw new Error("the engine rejected the records it had just stored");
	return result;
}

const median = (values: number[]): number => values.slice().sort((a, b) => a - b)[values.length >> 1];

/** The app's warm start: time to a restored, reconciled index, and the longest slice on the main thread meanwhile. */
export function measureAppWarmStart(index: ThemeIndexLike | null, vault: BenchVault, progress: (m: string) => void): BenchRow[] {
	const label = "app warm start (per-note records)";
	const storable = findExport<(record: unknown) => unknown>("storableRecord");
	const schema = findExport<number>("INDEX_SCHEMA");
	const documents = (index as { documents?: () => unknown[]; themes?: unknown } | null)?.documents;
	if (!index || !storable || !schema || !documents) return [{ key: "app_warm_start_ms", label, value: null, unit: "ms", target: null, note: `${NOT_BUILT}: storableRecord, INDEX_SCHEMA` }];
	const folder = mkdtempSync(path.join(tmpdir(), "throughline-bench-app-"));
	try {
		progress("app warm start");
		const records = documents.call(index).map((record) => storable.value(record));
		writeFileSync(path.join(folder, "meta.v8"), serialize({ schema: schema.value, themes: (index as unknown as { themes: unknown }).themes }));
		for (let at = 0; at < records.length; at += READ_BATCH) writeFileSync(path.join(folder, `batch-${String(at).padStart(6, "0")}.v8`), serialize(records.slice(at, at + READ_BATCH)));
		writeFileSync(path.join(folder, "listing.json"), JSON.stringify(vault.notes.map((note, i) => ({ path: note.path, size: vault.bytes[i], mtime: note.mtime }))));
		const runs = Array.from({ length: RUNS }, () => runChild(folder));
		const how = `structured clone of ${records.length.toLocaleString("en")} records (IndexedDB's own disk reads not included), restored in slices in a fresh process, median of ${RUNS}`;
		return [
			{ key: "app_warm_start_ms", label, value: median(runs.map((r) => r.ms)), unit: "ms", target: null, note: how },
			{ key: "app_warm_start_slice_ms", label: "app warm start, longest slice", value: median(runs.map((r) => r.longestSliceMs)), unit: "ms", target: null, note: `records deserialized ${READ_BATCH} a slice, as the app reads IndexedDB (${median(runs.map((r) => r.deserializeMs)).toFixed(0)} ms in all), then restored 250 a slice` },
		];
	} catch (error) {
		return [{ key: "app_warm_start_ms", label, value: null, unit: "ms", target: null, note: `error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 160) }];
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
