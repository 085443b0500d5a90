// What the suggestions cost, as a share of the full index (issue 16: at most 10%): what the per-note
// candidates add to a record's word pass (the pass that counts phrases also drives the fingerprint's
// word walk, so it is timed against the walk reading the note alone), tallying them into terms, and
// ranking the vault's terms once. Each step is timed on its own over the bench vault. The ranking is
// run as the app runs it, in slices (suggestion-ranking.ts): its longest slice is what blocks the
// main thread.

import type { FrontmatterParser } from "../src/core/ports";
import type { BenchVault } from "./bench-vault";
import { findExport } from "./engine-loader";
import { findFrontmatterParser, type ThemeIndexLike } from "./engine-pipeline";
import { now } from "./measure";
import { type BenchRow, atMost } from "./report";

type ParseSource = (path: string, raw: string, frontmatter: FrontmatterParser) => unknown;
type ExtractCandidates = (doc: unknown, raw: string, walk?: unknown) => unknown;
interface Walk { finish(raw: string): unknown }
type StartWalk = (excluded?: readonly number[]) => Walk;
interface TalliesLike { add(phrases: unknown, numbers: Int32Array, first: number): void }
interface RecordLike { candidatePhrases: unknown; numbers: Int32Array }
type TalliesClass = new () => TalliesLike;
interface IndexWithSuggestions extends ThemeIndexLike {
	documents(): unknown[];
	suggestionSteps(rejected?: Iterable<string>, limit?: number): Generator<void, unknown[], void>;
}
interface SliceHostLike { now(): number; yieldToMain(): Promise<void> }
type RunInSlices = (steps: Generator<void, unknown, void>, host: SliceHostLike, budgetMs: number, abandoned: () => boolean, onSlice: (ms: number) => void) => Promise<unknown>;

const row = (key: string, label: string, value: number | null, unit: string, target: BenchRow["target"], note: string): BenchRow => ({ key, label, value, unit, target, note });
const SHARE_TARGET = 10; // percent of the full index (the budget for suggestions)
const SLICE_TARGET_MS = 50; // a ranking's slice runs on the main thread: a long task past 50 ms
const FRESH_LIMIT = 21; // a limit no view asks for: the index's cached ranking is not reused

/** Milliseconds of the fused pass (candidates driving the walk) and of the walk alone, over every note; the parse untimed. */
function candidatesMs(vault: BenchVault, parse: ParseSource, extract: ExtractCandidates, startWalk: StartWalk, frontmatter: FrontmatterParser): { fused: number; walkAlone: number } {
	let fused = 0;
	let walkAlone = 0;
	for (const note of vault.notes) {
		const doc = parse(note.path, note.text, frontmatter) as { excluded: readonly number[] };
		let started = now();
		const walk = startWalk(doc.excluded);
		extract(doc, note.text, walk);
		walk.finish(note.text);
		fused += now() - started;
		started = now();
		startWalk(doc.excluded).finish(note.text);
		walkAlone += now() - started;
	}
	return { fused, walkAlone };
}

/** One ranking in slices of the app's budget, the main thread given back between them: its whole time and its longest slice. */
async function rankInSlices(index: IndexWithSuggestions, run: RunInSlices, budgetMs: number): Promise<{ total: number; longest: number; slices: number }> {
	const host = { now, yieldToMain: () => new Promise<void>((resolve) => setImmediate(resolve)) };
	let total = 0;
	let longest = 0;
	let slices = 0;
	await run(index.suggestionSteps([], FRESH_LIMIT), host, budgetMs, () => false, (ms) => {
		total += ms;
		longest = Math.max(longest, ms);
		slices++;
	});
	return { total, longest, slices };
}

export async function suggestionRows(index: ThemeIndexLike | null, indexMs: number | null, vault: BenchVault): Promise<BenchRow[]> {
	const parse = findExport<ParseSource>("parseSource")?.value;
	const extract = findExport<ExtractCandidates>("extractCandidates")?.value;
	const Tallies = findExport<TalliesClass>("PhraseTallies")?.value;
	const startWalk = findExport<StartWalk>("startPrefixWalk")?.value;
	const candidatesAt = findExport<(numbers: Int32Array) => number>("candidatesAt")?.value;
	const runInSlices = findExport<RunInSlices>("runStepsInSlices")?.value;
	const budget = findExport<number>("DEFAULT_SLICE_BUDGET_MS")?.value;
	const full = index as IndexWithSuggestions | null;
	const missing = [!parse && "parseSource", !extract && "extractCandidates", !Tallies && "PhraseTallies", !startWalk && "startPrefixWalk", !candidatesAt && "candidatesAt", !runInSlices && "runStepsInSlices", budget === undefined && "DEFAULT_SLICE_BUDGET_MS", (!full || indexMs === null) && "the full index", full && typeof full.suggestionSteps !== "function" && "ThemeIndex.suggestionSteps"].filter(Boolean);
	if (!parse || !extract || !Tallies || !startWalk || !candidatesAt || !runInSlices || budget === undefined || !full || indexMs === null || missing.length > 0) {
		return [row("suggestions_share_pct", "suggestions' share of the full index", null, "%", atMost(SHARE_TARGET), `missing: ${missing.join(", ")}`)];
	}
	const pass = candidatesMs(vault, parse, extract, startWalk, findFrontmatterParser().parse);
	const candidates = Math.max(0, pass.fused - pass.walkAlone);
	const records = full.documents() as RecordLike[];
	const tallies = new Tallies();
	const started = now();
	for (const record of records) tallies.add(record.candidatePhrases, record.numbers, candidatesAt(record.numbers));
	const tallying = now() - started;
	const sliced = await rankInSlices(full, runInSlices, budget);
	const ranking = sliced.total;
	const share = (100 * (candidates + tallying + ranking)) / indexMs;
	const how = `candidates ${candidates.toFixed(0)} ms (the fused pass ${pass.fused.toFixed(0)} ms less the walk alone ${pass.walkAlone.toFixed(0)} ms), tallies ${tallying.toFixed(0)} ms, one ranking ${ranking.toFixed(1)} ms; full index ${indexMs.toFixed(0)} ms`;
	return [
		row("suggestions_share_pct", "suggestions' share of the full index", share, "%", atMost(SHARE_TARGET), how),
		row("suggestions_rank_ms", "rank the vault's suggestions once", ranking, "ms", null, `${records.length} notes, in ${sliced.slices} slices of the app's ${budget} ms budget (the time between them not counted); cached per revision`),
		row("suggestions_rank_slice_ms", "ranking's longest slice", sliced.longest, "ms", atMost(SLICE_TARGET_MS), "the longest the ranking holds the main thread at once (the app runs it in slices, apart from the sidebar's redraw)"),
	];
}
