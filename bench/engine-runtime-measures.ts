// The figures of the engine at work in an app: warm start from a persisted index, the longest
// slice of background indexing, and the link pass (then a second pass that must write nothing).

import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runBenchChild } from "./bench-child";
import type { NoteStat } from "../src/core/ports";
import { BenchVault } from "./bench-vault";
import { findExport } from "./engine-loader";
import { EnginePipeline, ThemeIndexLike } from "./engine-pipeline";
import { MemoryNoteStore } from "./memory-note-store";
import { now } from "./measure";
import { findScheduler, longestSliceInChild } from "./slices-child";
import { BenchRow, NOT_BUILT, atMost, exactly } from "./report";

const row = (key: string, label: string, value: number | null, unit: string, target: BenchRow["target"], note: string): BenchRow => ({ key, label, value, unit, target, note });

function errorText(error: unknown): string {
	return `error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 160);
}

/** Paths reconcile says must be read again: its `changed` and `added` lists. */
function pathsToRead(plan: { changed?: unknown[]; added?: unknown[] }): number {
	return (plan.changed?.length ?? 0) + (plan.added?.length ?? 0);
}

type Reconcile = (index: unknown, listing: NoteStat[]) => { changed?: unknown[]; added?: unknown[] };

/** How the engine stores its index: bytes (encodeIndex/decodeIndex). */
function storeFormat(): { write(index: unknown): Uint8Array; load(file: string): unknown } | string {
	const encode = findExport<(index: unknown) => Uint8Array>("encodeIndex");
	const decode = findExport<(bytes: Uint8Array) => unknown>("decodeIndex");
	if (!encode || !decode) return "encodeIndex, decodeIndex";
	return { write: encode.value, load: (file) => decode.value(readFileSync(file)) };
}

const WARM_STARTS = 3; // fresh processes; the median is reported

/** In a fresh process (`--warm-start-child <folder>`): read the store, decode it, reconcile with the listing; print the time. */
export function runWarmStartChild(folder: string): void {
	const format = storeFormat();
	const reconcile = findExport<Reconcile>("reconcile");
	if (typeof format === "string" || !reconcile) throw new Error(`${NOT_BUILT}: ${typeof format === "string" ? format : "reconcile"}`);
	const listing = JSON.parse(readFileSync(path.join(folder, "listing.json"), "utf8")) as NoteStat[];
	const start = now();
	const restored = format.load(path.join(folder, "index.store"));
	const reads = restored === null ? -1 : pathsToRead(reconcile.value(restored, listing));
	process.stdout.write(JSON.stringify({ ms: now() - start, reads }));
}

function warmStartInChild(folder: string): { ms: number; reads: number } {
	const result = runBenchChild<{ ms: number; reads: number }>("warm start", "--warm-start-child", [folder]);
	if (result.reads < 0) throw new Error("the engine rejected the store it had just written");
	return result;
}

/**
 * The stored index → temp file; then, in a fresh process as when the app starts (no vault text in
 * memory), read, decode and reconcile it with the vault's listing (no note read). Median of three.
 */
export async function measureWarmStart(pipeline: EnginePipeline | string, index: ThemeIndexLike | null, vault: BenchVault, progress: (m: string) => void): Promise<BenchRow> {
	const label = "warm start (restore + reconcile)";
	const format = storeFormat();
	const reconcile = findExport<Reconcile>("reconcile");
	const missing = [typeof format === "string" && format, !reconcile && "reconcile", typeof pipeline === "string" && pipeline, !index && "an index"].filter(Boolean);
	if (typeof format === "string" || !reconcile || typeof pipeline === "string" || !index) return row("warm_start_ms", label, null, "ms", atMost(200), `${NOT_BUILT}: ${missing.join(", ")}`);
	const folder = mkdtempSync(path.join(tmpdir(), "throughline-bench-"));
	try {
		progress("warm start");
		const file = path.join(folder, "index.store");
		writeFileSync(file, format.write(index));
		const listing: NoteStat[] = vault.notes.map((note, i) => ({ path: note.path, size: vault.bytes[i], mtime: note.mtime }));
		writeFileSync(path.join(folder, "listing.json"), JSON.stringify(listing));
		const runs = Array.from({ length: WARM_STARTS }, () => warmStartInChild(folder));
		const ms = runs.map((run) => run.ms).sort((a, b) => a - b)[WARM_STARTS >> 1];
		const mb = statSync(file).size / 1024 / 1024;
		return row("warm_start_ms", label, ms, "ms", atMost(200), `${mb.toFixed(1)} MB binary store, read and decoded in a fresh process (median of ${WARM_STARTS}); ${runs[0].reads} notes to read again (expected 0)`);
	} catch (error) {
		return row("warm_start_ms", label, null, "ms", atMost(200), errorText(error));
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

/** Background indexing of the whole vault through the app's sliced queue, with setTimeout yields, in a fresh process (slices-child.ts). */
export function measureSlices(pipeline: EnginePipeline | string, vault: BenchVault, progress: (m: string) => void): BenchRow {
	const label = "longest main-thread slice";
	const scheduler = findScheduler();
	if (!scheduler) return row("max_slice_ms", label, null, "ms", atMost(50), `${NOT_BUILT}: a sliced scheduler`);
	if (typeof pipeline === "string") return row("max_slice_ms", label, null, "ms", atMost(50), `${NOT_BUILT}: ${pipeline}`);
	try {
		progress("background indexing through the sliced queue");
		const ms = longestSliceInChild(vault.seed, vault.notes.length);
		return row("max_slice_ms", label, ms, "ms", atMost(50), `${scheduler.file}; ${vault.notes.length} notes read from bytes one at a time in a fresh process, setTimeout(0) between slices`);
	} catch (error) {
		return row("max_slice_ms", label, null, "ms", atMost(50), errorText(error));
	}
}

type HubsOf = (index: unknown, ...rest: unknown[]) => unknown;

/** The index's theme hubs, through whichever builder the engine exports. */
function findHubs(index: ThemeIndexLike): unknown[] | null {
	const methods = index as unknown as Record<string, unknown>;
	for (const name of ["hubs", "themeHubs", "buildHubs"]) {
		const method = methods[name];
		if (typeof method === "function") return (method as () => unknown[]).call(index);
	}
	for (const name of ["buildThemeHubs", "hubsFromIndex", "themeHubs", "buildHubs"]) {
		const found = findExport<HubsOf>(name);
		if (found && typeof found.value === "function") return found.value(index) as unknown[];
	}
	return null;
}

/** planLinks + applyLinkPlan over an in-memory vault, twice: the second pass must write nothing. */
export async function measureLinkPass(pipeline: EnginePipeline | string, index: ThemeIndexLike | null, vault: BenchVault, progress: (m: string) => void): Promise<BenchRow[]> {
	type Plan = (hubs: unknown[], propertyLinks: unknown[], notes: { read(path: string): string | null }, settings: unknown, ledger?: unknown) => unknown;
	type Apply = (plan: unknown, store: MemoryNoteStore, ledger: unknown) => Promise<{ ledger: unknown }>;
	const plan = findExport<Plan>("planLinks");
	const apply = findExport<Apply>("applyLinkPlan");
	const empty = findExport<() => unknown>("emptyLedger");
	const hubs = index ? findHubs(index) : null;
	const fail = (note: string): BenchRow[] => [
		row("link_writes", "link pass: notes written", null, "", null, note),
		row("link_ms", "link pass: time", null, "ms", null, note),
		row("relink_writes", "second link pass: notes written", null, "", exactly(0), note),
	];
	const missing = [!plan && "planLinks", !apply && "applyLinkPlan", !empty && "emptyLedger", typeof pipeline === "string" && pipeline, !hubs && "hubs from the index"].filter(Boolean);
	if (!plan || !apply || !empty || !hubs) return fail(`${NOT_BUILT}: ${missing.join(", ")}`);
	try {
		progress("link pass, twice");
		const store = new MemoryNoteStore([...vault.themes, ...vault.notes]);
		const settings = { themesFolder: "Themes", importerOwnedFolders: [], linkMode: "hub", propertyKey: "themes" };
		const reader = { read: (p: string): string | null => store.peek(p) };
		const start = now();
		const first = await apply.value(plan.value(hubs, [], reader, settings, empty.value()), store, empty.value());
		const ms = now() - start;
		const written = store.writes;
		store.writes = 0;
		await apply.value(plan.value(hubs, [], reader, settings, first.ledger), store, first.ledger);
		return [
			row("link_writes", "link pass: notes written", written, "", null, `hub mode, ${hubs.length} theme hubs`),
			row("link_ms", "link pass: time", ms, "ms", null, "plan + apply over an in-memory NoteStore"),
			row("relink_writes", "second link pass: notes written", store.writes, "", exactly(0), "same hubs, ledger from the first pass"),
		];
	} catch (error) {
		return fail(errorText(error));
	}
}
