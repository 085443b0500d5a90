// What the suggestions cost, as a share of the full index (issue 16: at most 10%): what the per-note
// candidates add to a record's word pass (the pass that counts phrases also drives the fingerprint's
// word walk, so it is timed against the walk reading the note alone), tallying them into terms, and
// ranking the vault's terms once. Each step is timed on its own over the bench vault.

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
interface TalliesLike { add(record: unknown): void }
type TalliesClass = new () => TalliesLike;
interface IndexWithSuggestions extends ThemeIndexLike {
	documents(): unknown[];
	suggestions(rejected?: Iterable<string>, limit?: number): unknown[];
}

const row = (key: string, label: string, value: number | null, unit: string, target: BenchRow["target"], note: string): BenchRow => ({ key, label, value, unit, target, note });
const SHARE_TARGET = 10; // percent of the full index (the budget for suggestions)
const RANK_TARGET_MS = 50; // one ranking runs on the main thread: no longer than one slice
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

export function suggestionRows(index: ThemeIndexLike | null, indexMs: number | null, vault: BenchVault): BenchRow[] {
	const parse = findExport<ParseSource>("parseSource")?.value;
	const extract = findExport<ExtractCandidates>("extractCandidates")?.value;
	const Tallies = findExport<TalliesClass>("PhraseTallies")?.value;
	const startWalk = findExport<StartWalk>("startPrefixWalk")?.value;
	const full = index as IndexWithSuggestions | null;
	const missing = [!parse && "parseSource", !extract && "extractCandidates", !Tallies && "PhraseTallies", !startWalk && "startPrefixWalk", (!full || indexMs === null) && "the full index", full && typeof full.suggestions !== "function" && "ThemeIndex.suggestions"].filter(Boolean);
	if (!parse || !extract || !Tallies || !startWalk || !full || indexMs === null || missing.length > 0) {
		return [row("suggestions_share_pct", "suggestions' share of the full index", null, "%", atMost(SHARE_TARGET), `missing: ${missing.join(", ")}`)];
	}
	const pass = candidatesMs(vault, parse, extract, startWalk, findFrontmatterParser().parse);
	const candidates = Math.max(0, pass.fused - pass.walkAlone);
	const records = full.documents();
	const tallies = new Tallies();
	let started = now();
	for (const record of records) tallies.add(record);
	const tallying = now() - started;
	started = now();
	full.suggestions([], FRESH_LIMIT);
	const ranking = now() - started;
	const share = (100 * (candidates + tallying + ranking)) / indexMs;
	const how = `candidates ${candidates.toFixed(0)} ms (the fused pass ${pass.fused.toFixed(0)} ms less the walk alone ${pass.walkAlone.toFixed(0)} ms), tallies ${tallying.toFixed(0)} ms, one ranking ${ranking.toFixed(1)} ms; full index ${indexMs.toFixed(0)} ms`;
	return [
		row("suggestions_share_pct", "suggestions' share of the full index", share, "%", atMost(SHARE_TARGET), how),
		row("suggestions_rank_ms", "rank the vault's suggestions once", ranking, "ms", atMost(RANK_TARGET_MS), `${records.length} notes; on the main thread when the sidebar redraws (then cached per revision)`),
	];
}
