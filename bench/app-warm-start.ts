// The app's warm start, beside the headless runner's. The app keeps one IndexedDB record per note
// (storableRecord) and, beside them, one snapshot of the whole index (encodeIndex's bytes, as a
// Uint8Array; src/obsidian/index-snapshot.ts). A warm start decodes the snapshot in slices
// (decodeIndexSteps run by runStepsInSlices, the app's budget), takes the records saved since it
// (none here: the snapshot is up to date), and reconciles; the per-note records are read only when
// the snapshot is missing or unusable (the fallback, measured too). IndexedDB itself cannot run in
// Node, so values go through V8's serializer (the structured clone IndexedDB uses), written to files;
// a fresh process reads the files first (IndexedDB reads off the main thread), then times
// deserializing, restoring and reconciling, yielding where the app yields. A save's snapshot is
// encoded in slices too (encodeIndexSteps), timed in a fresh process of its own from a decoded index.
// What this leaves out: IndexedDB's own reading from disk and writing to it.

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
type Steps = Generator<void, unknown, void>;
type StepsOf<A> = (from: A) => Steps;
type RunInSlices = (steps: Steps, host: { now(): number; yieldToMain(): Promise<void> }, budgetMs: number, abandoned: () => boolean, onSlice: (ms: number) => void) => Promise<{ value: unknown } | null>;

const RUNS = 3; // fresh processes (and encodings); the median is reported
const READ_BATCH = 500; // records per IndexedDB read, as idb-record-store.ts reads them
const LONG_TASK_MS = 50; // a main-thread task longer than this is a long task (the bench's slice target)
export const APP_WARM_START_FLAG = "--app-warm-start-child";

/** What the child does: start from the snapshot or from the per-note records (the fallback), or encode a snapshot. */
type Start = "snapshot" | "records" | "encode";

interface ChildResult {
	ms: number;
	/** Deserializing the stored values (the records one batch per slice; the snapshot in one go). */
	deserializeMs: number;
	longestSliceMs: number;
	/** Slices of steps run (runStepsInSlices): how many, their work in all, and the longest of them alone (the snapshot's decoding or encoding). */
	slices: number;
	workMs: number;
	longestStepsSliceMs: number;
	reads: number;
}

/** The app's way of running steps, found by name: the runner, its budget, and a host timing each stretch between yields. */
function slicer(): { run: RunInSlices; budgetMs: number; yields: ReturnType<typeof timedYields>; slices: number[] } {
	const [run, budget] = [findExport<RunInSlices>("runStepsInSlices"), findExport<number>("DEFAULT_SLICE_BUDGET_MS")];
	if (!run || !budget) throw new Error(`${NOT_BUILT}: runStepsInSlices, DEFAULT_SLICE_BUDGET_MS`);
	return { run: run.value, budgetMs: budget.value, yields: timedYields(), slices: [] };
}

function sliceFigures(slices: readonly number[]): Pick<ChildResult, "slices" | "workMs" | "longestStepsSliceMs"> {
	return { slices: slices.length, workMs: slices.reduce((sum, ms) => sum + ms, 0), longestStepsSliceMs: Math.max(0, ...slices) };
}

/** Runs steps in the app's slices, noting each slice. */
function inSlices(steps: Steps, sliced: ReturnType<typeof slicer>): Promise<{ value: unknown } | null> {
	return sliced.run(steps, { now, yieldToMain: sliced.yields.yieldToMain }, sliced.budgetMs, () => false, (ms) => sliced.slices.push(ms));
}

const readValue = (folder: string, name: string): Buffer => readFileSync(path.join(folder, name));

/** The snapshot's bytes deserialized (one task, as IndexedDB's read delivers them), decoded in slices, then reconciled in a slice of its own. */
async function startFromSnapshot(folder: string, listing: NoteStat[]): Promise<ChildResult> {
	const [decodeSteps, reconcile] = [findExport<StepsOf<Uint8Array>>("decodeIndexSteps"), findExport<Reconcile>("reconcile")];
	if (!decodeSteps || !reconcile) throw new Error(`${NOT_BUILT}: decodeIndexSteps, reconcile`);
	const [metaFile, snapshotFile] = [readValue(folder, "meta.v8"), readValue(folder, "snapshot.v8")]; // IndexedDB reads off the main thread
	const start = now();
	const sliced = slicer();
	deserialize(metaFile);
	const bytes = new Uint8Array(deserialize(snapshotFile) as Uint8Array); // a copy of its own, as structured clone makes (Node's is a view into the file)
	const deserializeMs = now() - start;
	const index = (await inSlices(decodeSteps.value(bytes), sliced))?.value ?? null; // yields first: the read's task ends before decoding
	await sliced.yields.yieldToMain(); // the app yields after restoring, and again after compiling the themes
	const plan = index === null ? null : reconcile.value(index, listing);
	const reads = plan ? (plan.changed?.length ?? 0) + (plan.added?.length ?? 0) : -1;
	return { ms: now() - start, deserializeMs, longestSliceMs: sliced.yields.longestMs(), ...sliceFigures(sliced.slices), reads };
}

/** The snapshot decoded at once (not timed), then encoded in slices as a save encodes it; reads is 0 when the sliced bytes are those encodeIndex writes at once, else -1. */
async function encodeSnapshot(folder: string): Promise<ChildResult> {
	const [decode, encode, encodeSteps] = [findExport<Decode>("decodeIndex"), findExport<Encode>("encodeIndex"), findExport<StepsOf<unknown>>("encodeIndexSteps")];
	if (!decode || !encode || !encodeSteps) throw new Error(`${NOT_BUILT}: decodeIndex, encodeIndex, encodeIndexSteps`);
	const index = decode.value(new Uint8Array(deserialize(readValue(folder, "snapshot.v8")) as Uint8Array));
	const sliced = slicer();
	await sliced.yields.yieldToMain(); // the decoding's task ends
	const start = now();
	const bytes = (await inSlices(encodeSteps.value(index), sliced))?.value as Uint8Array;
	const [ms, longestSliceMs] = [now() - start, sliced.yields.longestMs()]; // before encoding at once, to compare
	const same = Buffer.from(bytes).equals(Buffer.from(encode.value(index)));
	return { ms, deserializeMs: 0, longestSliceMs, ...sliceFigures(sliced.slices), reads: same ? 0 : -1 };
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
	const reads = plan ? (plan.changed?.length ?? 0) + (plan.added?.length ?? 0) : -1;
	return { ms: now() - start, deserializeMs, longestSliceMs: longestMs(), ...sliceFigures([]), reads }; // restored in slices of its own (250 records), not of steps
}

/** In a fresh process: start from the snapshot or the records, or encode a snapshot (`start`), print the times. */
export async function runAppWarmStartChild(folder: string, start: string): Promise<void> {
	const listing = JSON.parse(readFileSync(path.join(folder, "listing.json"), "utf8")) as NoteStat[];
	const result = start === "records" ? await startFromRecords(folder, listing) : start === "encode" ? await encodeSnapshot(folder) : await startFromSnapshot(folder, listing);
	process.stdout.write(JSON.stringify(result));
}

function runChild(folder: string, start: Start): ChildResult {
	const result = runBenchChild<ChildResult>(start === "encode" ? "snapshot encoding" : "app warm start", APP_WARM_START_FLAG, [folder, start]);
	if (result.reads < 0 && start === "encode") throw new Error("encoding in slices wrote other bytes than encodeIndex at once");
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
		const encoded = Array.from({ length: RUNS }, () => runChild(folder, "encode"));
		const mb = (readFileSync(path.join(folder, "snapshot.v8")).length / 1024 / 1024).toFixed(1);
		const of = (runs: ChildResult[], key: keyof ChildResult): number => median(runs.map((r) => r[key]));
		const list = (runs: ChildResult[], key: keyof ChildResult): string => runs.map((r) => r[key].toFixed(0)).join(", ");
		const count = stored.records.toLocaleString("en");
		return [
			{ key: "app_warm_start_ms", label, value: of(snapshot, "ms"), unit: "ms", target: atMost(200), note: `a ${mb} MB snapshot of ${count} notes as structured clone keeps it (IndexedDB's own disk reads not included), decoded in ~${of(snapshot, "slices")} slices and reconciled in a fresh process, median of ${RUNS}` },
			{ key: "app_warm_start_slice_ms", label: "app warm start (snapshot), longest slice", value: of(snapshot, "longestSliceMs"), unit: "ms", target: atMost(LONG_TASK_MS), note: `longest main-thread task: deserializing (${of(snapshot, "deserializeMs").toFixed(0)} ms, one task as IndexedDB delivers it), the decoding's slices (longest ${list(snapshot, "longestStepsSliceMs")} ms) or reconciling` },
			{ key: "app_snapshot_encode_ms", label: "app snapshot, encoding", value: of(encoded, "ms"), unit: "ms", target: null, note: `encodeIndexSteps over ${count} notes in ~${of(encoded, "slices")} slices (${of(encoded, "workMs").toFixed(0)} ms of work, the rest waiting for the next task), in a fresh process; at once, encodeIndex took ${median(stored.encodeMs).toFixed(0)} ms` },
			{ key: "app_snapshot_encode_slice_ms", label: "app snapshot, encoding, longest slice", value: of(encoded, "longestSliceMs"), unit: "ms", target: atMost(LONG_TASK_MS), note: `median of ${RUNS} (${list(encoded, "longestSliceMs")} ms); the bytes are those encodeIndex writes at once` },
			{ key: "app_warm_start_records_ms", label: "app warm start, fallback (per-note records)", value: of(records, "ms"), unit: "ms", target: null, note: `without a usable snapshot: structured clone of ${count} records, restored in slices in a fresh process, median of ${RUNS}` },
			{ key: "app_warm_start_records_slice_ms", label: "app warm start, fallback, longest slice", value: of(records, "longestSliceMs"), unit: "ms", target: null, note: `records deserialized ${READ_BATCH} a slice, as the app reads IndexedDB (${of(records, "deserializeMs").toFixed(0)} ms in all), then restored 250 a slice` },
		];
	} catch (error) {
		return [{ key: "app_warm_start_ms", label, value: null, unit: "ms", target: atMost(200), note: `error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 160) }];
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
