// The engine's figures: full index, incremental edits, heap. Each row says "n/a (not built)" while
// the part it needs does not exist, and the error in plain words if the part throws.

import type { ThemeDefinition } from "../src/core/model";
import { BenchVault, transcriptNear, utf8Length } from "./bench-vault";
import { findExport } from "./engine-loader";
import { EnginePipeline, ThemeIndexLike, catalogDefinitions, findFrontmatterParser, loadPipeline } from "./engine-pipeline";
import { measureAppWarmStart } from "./app-warm-start";
import { HEAP_WARM_UP, heapOfIndexInChild, touchAggregates } from "./heap-child";
import { measureLinkPass, measureSlices, measureWarmStart } from "./engine-runtime-measures";
import { MB, memoryAdded, memoryHeld, megabytesPerSecond, now, percentile, timed } from "./measure";
import { BenchRow, NOT_BUILT, atLeast, atMost } from "./report";
import { suggestionRows } from "./suggestions-cost";

export interface EngineMeasureContext {
	floorMbS: number;
	baselineMbS: number;
	/** Notes in the large vault for the heap figure, or null to skip it (--quick). */
	largeNotes: number | null;
	progress: (message: string) => void;
}

const EDIT_REPEATS = 50; // enough samples for a stable p95 (the 48th of 50)
const EDIT_MIN_REPEATS = 3; // fewer samples than this make a p95 meaningless, unless each one takes seconds
const EDIT_BUDGET_MS = 15_000; // a slow engine stops sampling here, so the bench still ends in minutes
const LARGE_RUN_BUDGET_S = 120; // skip the 50k heap run when the measured index rate says it would take longer
const EDIT_TRANSCRIPT_BYTES = 150 * 1024; // the "one 150 KB transcript"
const WARM_UP_NOTES = 300; // notes indexed before the full index, so that it runs optimised code
const WARM_UP_LONGEST = 5; // the longest notes too: the scratch buffers grow to the longest note once
const WARM_UP_ALIAS_EDITS = 20; // as WARM_UP_EDITS: V8 re-optimises compiling, planning and checking over the first edits (the sweep reaches its steady speed after ~20, as profiled once; history holds the profiler); reported apart
const WARM_UP_EDITS = 10; // the first edits take code paths the full index never did (V8 re-optimises them for ~10 edits); reported apart
const KB = 1024;
// Aliases a reader might add to a theme; the edit cycles through the themes, adding one each time.
// Aliases of the same shapes (one word, two or three words) for the unsampled edits, none of them sampled
// and, like those, found in no note: the warm-up runs the code paths the sampled edits run, as the
// transcript's warm-up edits do, and leaves the index as it found it.
const WARM_UP_ALIASES = ["prompt caching", "mixture of experts", "tokenizers", "checkpoints", "speculative decoding", "quantization", "model cards", "weight decay", "dataset cards", "agentic workflows"];
const NEW_ALIASES = ["bitter lesson", "world models", "sparse features", "reward models", "guardrails", "distillation", "hyperscalers", "corpus", "latent reasoning", "tool calling"];

const row = (key: string, label: string, value: number | null, unit: string, target: BenchRow["target"], note: string): BenchRow => ({ key, label, value, unit, target, note });

export function errorText(error: unknown): string {
	return `error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 160);
}

/** The matcher alone (compileThemes + findMentions, no exclusions): informative, no target. */
function matcherRow(vault: BenchVault): BenchRow {
	type Compile = (themes: ThemeDefinition[]) => unknown;
	type FindMentions = (compiled: unknown, raw: string, excluded: number[]) => unknown[];
	const compile = findExport<Compile>("compileThemes");
	const find = findExport<FindMentions>("findMentions");
	if (!compile || !find) return row("match_mb_per_s", "matcher only (findMentions)", null, "MB/s", null, NOT_BUILT);
	try {
		const compiled = compile.value(catalogDefinitions());
		for (const note of vault.notes.slice(0, 300)) find.value(compiled, note.text, []); // warm-up
		let mentions = 0;
		const { ms } = timed(() => {
			for (const note of vault.notes) mentions += find.value(compiled, note.text, []).length;
		});
		return row("match_mb_per_s", "matcher only (findMentions)", megabytesPerSecond(vault.totalBytes, ms), "MB/s", null, `${mentions} mentions; no parsing, scoring or aggregates`);
	} catch (error) {
		return row("match_mb_per_s", "matcher only (findMentions)", null, "MB/s", null, errorText(error));
	}
}

/**
 * Analyses and upserts every note; returns the index, the time taken and what the warm-up left held.
 * The index's own heap is measured in a fresh process (heap-child.ts): here the vault's texts and
 * paths, alive before the index was built, would not count, though the index keeps some of them.
 */
function indexVault(pipeline: EnginePipeline, vault: BenchVault): { index: ThemeIndexLike; ms: number; scratch: { mb: number; split: string } } {
	const beforeWarmUp = memoryHeld();
	warmUp(pipeline, vault);
	const heapBefore = memoryHeld(); // the warm-up index is garbage by now
	const scratch = memoryAdded(beforeWarmUp, heapBefore);
	const index = pipeline.newIndex();
	const start = now();
	for (let i = 0; i < vault.notes.length; i++) index.upsert(pipeline.analyze(vault.notes[i], vault.bytes[i]));
	touchAggregates(index);
	const ms = now() - start;
	return { index, ms, scratch };
}

/**
 * Indexes the first notes and the longest ones into an index that is then dropped: code is optimised,
 * and the engine's scratch buffers, which are reused from note to note and grow to the longest note
 * once, exist before memory is read. They do not grow with the vault, so they are not the index's.
 */
function warmUp(pipeline: EnginePipeline, vault: BenchVault): void {
	const warm = pipeline.newIndex();
	const longest = vault.notes.map((_, i) => i).sort((a, b) => vault.notes[b].text.length - vault.notes[a].text.length).slice(0, WARM_UP_LONGEST);
	const first = Array.from({ length: Math.min(WARM_UP_NOTES, vault.notes.length) }, (_, i) => i);
	for (const i of [...first, ...longest]) warm.upsert(pipeline.analyze(vault.notes[i], vault.bytes[i]));
}

interface IndexOutcome {
	rows: BenchRow[];
	index: ThemeIndexLike | null;
	/** What the warm-up left held: mostly the engine's scratch buffers, sized by the longest note. */
	scratch: { mb: number; split: string } | null;
	/** Milliseconds of the full index, or null when it did not run. */
	ms: number | null;
}

function indexRows(pipeline: EnginePipeline | string, vault: BenchVault, context: EngineMeasureContext): IndexOutcome {
	const fail = (note: string): IndexOutcome => ({
		rows: [
			row("index_mb_per_s", "full index (analyze + ThemeIndex)", null, "MB/s", atLeast(150), note),
			row("index_over_floor", "index time / floor time", null, "x", atMost(4), note),
			row("baseline_over_index", "naive baseline time / index time", null, "x", atLeast(20), note),
		],
		index: null,
		scratch: null,
		ms: null,
	});
	if (typeof pipeline === "string") return fail(`${NOT_BUILT}: ${pipeline}`);
	try {
		context.progress("full index");
		const { index, ms, scratch } = indexVault(pipeline, vault);
		const rate = megabytesPerSecond(vault.totalBytes, ms);
		const how = `${(ms / 1000).toFixed(2)} s for ${(vault.totalBytes / MB).toFixed(0)} MB; ${pipeline.sources}`;
		return {
			rows: [
				row("index_mb_per_s", "full index (analyze + ThemeIndex)", rate, "MB/s", atLeast(150), how),
				row("index_over_floor", "index time / floor time", context.floorMbS / rate, "x", atMost(4), "same text, same run"),
				row("baseline_over_index", "naive baseline time / index time", rate / context.baselineMbS, "x", atLeast(20), "same run; baseline rate from its sample"),
			],
			index,
			scratch,
			ms,
		};
	} catch (error) {
		return fail(errorText(error));
	}
}

/** Another sample while fewer than 50 were taken and the budget lasts; at least a few unless one alone blows it. */
function keepSampling(samples: readonly number[]): boolean {
	if (samples.length >= EDIT_REPEATS) return false;
	const spent = samples.reduce((sum, ms) => sum + ms, 0);
	return spent < EDIT_BUDGET_MS || (samples.length < EDIT_MIN_REPEATS && spent < 2 * EDIT_BUDGET_MS);
}

/** Re-analysing and upserting one ~150 KB transcript after an edit in its middle. */
function editRows(pipeline: EnginePipeline, index: ThemeIndexLike, vault: BenchVault): BenchRow[] {
	const at = transcriptNear(vault, EDIT_TRANSCRIPT_BYTES);
	const note = vault.notes[at];
	const samples: number[] = [];
	let firstEdits = 0;
	for (let i = -WARM_UP_EDITS; i < 0 || keepSampling(samples); i++) {
		const middle = note.text.length >> 1;
		const text = `${note.text.slice(0, middle)} edit ${i} about scaling laws ${note.text.slice(middle)}`;
		const edited = { ...note, text, mtime: note.mtime + i + 1 + WARM_UP_EDITS };
		const size = utf8Length(text); // the app has it from the file's stat
		const start = now();
		index.upsert(pipeline.analyze(edited, size));
		if (i >= 0) samples.push(now() - start);
		else firstEdits = Math.max(firstEdits, now() - start);
	}
	index.upsert(pipeline.analyze(note, vault.bytes[at])); // the vault's own text again: later rows (warm start) compare the index with the vault's listing
	const how = `${samples.length} edits of a ${(vault.bytes[at] / KB).toFixed(0)} KB ${note.format} transcript, after ${WARM_UP_EDITS} unsampled (slowest ${firstEdits.toFixed(1)} ms)`;
	return [
		row("edit_p50_ms", "edit one transcript, p50", percentile(samples, 0.5), "ms", null, how),
		row("edit_p95_ms", "edit one transcript, p95", percentile(samples, 0.95), "ms", atMost(5), how),
	];
}

interface ThemeChangePlanLike {
	reread: string[];
	verify: string[];
}
type ExcludedOf = (path: string, raw: string) => number[] | null;
type PickNotes = (plan: ThemeChangePlanLike, textOf: (path: string) => string | undefined, excludedOf: ExcludedOf) => string[];
type ParseSource = (path: string, raw: string, frontmatter: unknown) => { excluded: number[] };

/** The ranges analysis excludes in a note, as VaultEngine gives them to the text check (parseSource with the bench's frontmatter parser). */
function excludedRanges(): ExcludedOf {
	const parse = findExport<ParseSource>("parseSource");
	const frontmatter = findFrontmatterParser().parse;
	return (path, raw) => (parse ? parse.value(path, raw, frontmatter).excluded : null);
}

/** The notes an alias edit re-analyses, by the predicate VaultEngine uses (theme-change.ts pathsToReanalyse over needsReanalysis), the texts at hand. */
function notesToReanalyse(index: ThemeIndexLike, themes: ThemeDefinition[], textOf: (path: string) => string | undefined, excludedOf: ExcludedOf): { paths: string[]; checked: number } {
	const planner = index as ThemeIndexLike & { planThemes?(themes: readonly ThemeDefinition[]): ThemeChangePlanLike };
	const pick = findExport<PickNotes>("pathsToReanalyse");
	if (typeof planner.planThemes !== "function" || !pick) return { paths: index.setThemes?.(themes) ?? [], checked: 0 };
	const plan = planner.planThemes(themes);
	return { paths: pick.value(plan, textOf, excludedOf), checked: plan.verify.length };
}

/** A theme gains an alias: compile, plan, check the candidates' text, re-analyse what it names. */
function aliasEditRows(pipeline: EnginePipeline, index: ThemeIndexLike, vault: BenchVault): BenchRow[] {
	if (typeof index.setThemes !== "function") {
		return [row("alias_edit_p95_ms", "edit one theme's aliases, p95", null, "ms", atMost(5), `${NOT_BUILT}: ThemeIndex.setThemes`)];
	}
	const byPath = new Map(vault.notes.map((note, i) => [note.path, i]));
	const textOf = (path: string): string | undefined => vault.notes[byPath.get(path) ?? -1]?.text;
	const excludedOf = excludedRanges();
	const samples: number[] = [];
	let reanalysed = 0;
	let checked = 0;
	let slowestUnsampled = 0;
	for (let i = -WARM_UP_ALIAS_EDITS; i < 0 || keepSampling(samples); i++) {
		const added = i < 0 ? WARM_UP_ALIASES[-i % WARM_UP_ALIASES.length] : NEW_ALIASES[i % NEW_ALIASES.length];
		const edited = (i + pipeline.themes.length) % pipeline.themes.length;
		const themes = pipeline.themes.map((theme, t) => (t === edited ? { ...theme, aliases: [...theme.aliases, added] } : theme));
		const start = now();
		const compiled = pipeline.compile(themes);
		const named = notesToReanalyse(index, themes, textOf, excludedOf);
		for (const path of named.paths) {
			const n = byPath.get(path);
			if (n !== undefined) index.upsert(pipeline.analyze(vault.notes[n], vault.bytes[n], compiled));
		}
		if (i < 0) {
			slowestUnsampled = Math.max(slowestUnsampled, now() - start);
			continue;
		}
		samples.push(now() - start);
		reanalysed += named.paths.length;
		checked += named.checked;
	}
	const how = `${samples.length} alias additions after ${WARM_UP_ALIAS_EDITS} unsampled (slowest ${slowestUnsampled.toFixed(1)} ms); per edit ${(checked / samples.length).toFixed(1)} notes' text checked for the phrase, ${(reanalysed / samples.length).toFixed(1)} re-analysed`;
	return [
		row("alias_edit_p50_ms", "edit one theme's aliases, p50", percentile(samples, 0.5), "ms", null, how),
		row("alias_edit_p95_ms", "edit one theme's aliases, p95", percentile(samples, 0.95), "ms", atMost(5), how),
	];
}

function heapRows(pipeline: EnginePipeline | string, vault: BenchVault, context: EngineMeasureContext, indexed: IndexOutcome): BenchRow[] {
	const base = vault.notes.length;
	const indexMbS = indexed.rows[0].value;
	const large = context.largeNotes;
	const projectedS = large === null || indexMbS === null ? 0 : (large / base) * (vault.totalBytes / MB / indexMbS);
	const heapRow = (key: string, label: string, count: number | null, limit: number): BenchRow => {
		if (count === null) return row(key, label, null, "MB", atMost(limit), context.largeNotes === null ? "skipped (--quick)" : "skipped (vault is not 10,000 notes)");
		if (count === large && projectedS > LARGE_RUN_BUDGET_S) return row(key, label, null, "MB", atMost(limit), `skipped: ${projectedS.toFixed(0)} s at the measured index rate (budget ${LARGE_RUN_BUDGET_S} s)`);
		if (typeof pipeline === "string") return row(key, label, null, "MB", atMost(limit), `${NOT_BUILT}: ${pipeline}`);
		try {
			context.progress(`heap of an index of ${count} notes`);
			const memory = heapOfIndexInChild(vault.seed, count);
			return row(key, label, memory.mb, "MB", atMost(limit), `${memory.split}, gc before and after, ${count} notes, in a fresh process after ${HEAP_WARM_UP} notes indexed and dropped (scratch buffers exist already)`);
		} catch (error) {
			return row(key, label, null, "MB", atMost(limit), errorText(error));
		}
	};
	const scratch = indexed.scratch;
	const scratchNote = "held for good once the longest note was read, whatever the vault's size: buffers reused from note to note (a note's phrase table, tokens, keys), plus what the warm-up's 300 notes left in the engine's memos";
	return [
		heapRow("heap_mb_10k", "memory of the index, 10k notes", base === 10_000 ? base : null, 60), // the 60 MB for 10k
		heapRow("heap_mb_50k", "memory of the index, 50k notes", large, 300), // linear beyond: 5 × 60 MB
		row("engine_scratch_mb", "engine's scratch (not the index)", scratch?.mb ?? null, "MB", null, scratch ? `${scratch.split}; ${scratchNote}` : "not measured"),
	];
}

function guarded(rows: () => BenchRow[], fallback: BenchRow[]): BenchRow[] {
	try {
		return rows();
	} catch (error) {
		return fallback.map((r) => ({ ...r, note: errorText(error) }));
	}
}

export async function measureEngine(vault: BenchVault, context: EngineMeasureContext): Promise<BenchRow[]> {
	context.progress("matcher alone");
	const rows: BenchRow[] = [matcherRow(vault)];
	const pipeline = loadPipeline(vault.themes);
	const indexed = indexRows(pipeline, vault, context);
	rows.push(...indexed.rows);
	context.progress("suggestions' cost");
	rows.push(...(await suggestionRows(indexed.index, indexed.ms, vault)));
	const missing = (keys: [string, string, number][]): BenchRow[] =>
		keys.map(([key, label, limit]) => row(key, label, null, "ms", atMost(limit), typeof pipeline === "string" ? `${NOT_BUILT}: ${pipeline}` : "no index (see above)"));
	if (typeof pipeline !== "string" && indexed.index) {
		const index = indexed.index;
		context.progress("incremental edits");
		rows.push(...guarded(() => editRows(pipeline, index, vault), missing([["edit_p95_ms", "edit one transcript, p95", 5]])));
		rows.push(...guarded(() => aliasEditRows(pipeline, index, vault), missing([["alias_edit_p95_ms", "edit one theme's aliases, p95", 5]])));
	} else {
		rows.push(...missing([["edit_p95_ms", "edit one transcript, p95", 5], ["alias_edit_p95_ms", "edit one theme's aliases, p95", 5]]));
	}
	rows.push(await measureWarmStart(pipeline, indexed.index, vault, context.progress));
	rows.push(...measureAppWarmStart(indexed.index, vault, context.progress));
	rows.push(...heapRows(pipeline, vault, context, indexed));
	rows.push(measureSlices(pipeline, vault, context.progress));
	rows.push(...(await measureLinkPass(pipeline, indexed.index, vault, context.progress)));
	return rows;
}
