// `npm run bench`: generates the synthetic vault, measures the floor, the naive linker and the
// engine in one run on one core, and prints one table (or, with --json, one JSON object).
//   --quick          a 2,000-note vault and no 50k run
//   --json           one JSON object on stdout (progress goes to stderr)
//   --notes N        another vault size;  --seed N  another vault;  --large N  another size for the large heap run
//   --write-vault D  write the generated vault as .md files under D and stop

import { APP_WARM_START_FLAG, runAppWarmStartChild } from "./app-warm-start";
import { HEAP_CHILD_FLAG, runHeapChild } from "./heap-child";
import { SLICES_CHILD_FLAG, runSlicesChild } from "./slices-child";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { measureFloor, measureNaiveBaseline } from "./baselines";
import { BenchVault, buildBenchVault } from "./bench-vault";
import { engineFiles } from "./engine-loader";
import { measureEngine } from "./engine-measures";
import { runWarmStartChild } from "./engine-runtime-measures";
import { MB, megabytesPerSecond } from "./measure";
import { BenchRow, renderJson, renderTable } from "./report";
import { THEME_CATALOG, themePhrases } from "./theme-catalog";
import { measureLeastWordWork } from "./word-pass";

const FULL_NOTES = 10_000; // the reference vault
const QUICK_NOTES = 2_000; // small enough for a busy machine, large enough for stable rates
const LARGE_NOTES = 50_000; // the heavy reader's vault, for the heap figure
const DEFAULT_SEED = 20_240_403; // any fixed number: the same vault on every machine

interface BenchOptions {
	json: boolean;
	quick: boolean;
	notes: number;
	seed: number;
	writeVault: string | null;
	/** Notes in the large vault of the heap run, or null to skip it. */
	largeNotes: number | null;
}

function parseOptions(argv: readonly string[]): BenchOptions {
	const valueOf = (flag: string): string | null => {
		const at = argv.indexOf(flag);
		return at >= 0 && at + 1 < argv.length ? argv[at + 1] : null;
	};
	const quick = argv.includes("--quick");
	return {
		json: argv.includes("--json"),
		quick,
		notes: Number(valueOf("--notes") ?? (quick ? QUICK_NOTES : FULL_NOTES)),
		seed: Number(valueOf("--seed") ?? DEFAULT_SEED),
		writeVault: valueOf("--write-vault"),
		largeNotes: quick ? null : Number(valueOf("--large") ?? LARGE_NOTES),
	};
}

function progress(message: string): void {
	process.stderr.write(`bench: ${message}\n`);
}

function writeVaultToDisk(vault: BenchVault, folder: string): void {
	for (const note of [...vault.themes, ...vault.notes]) {
		const file = path.join(folder, note.path);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, note.text);
	}
	progress(`wrote ${vault.notes.length + vault.themes.length} notes to ${folder}`);
}

function yardstickRows(vault: BenchVault): { rows: BenchRow[]; floorMbS: number; baselineMbS: number } {
	const texts = vault.notes.map((note) => note.text);
	progress("floor: lower-case and read every character");
	const floor = measureFloor(texts, vault.totalBytes);
	const phrases = THEME_CATALOG.flatMap(themePhrases);
	progress(`naive baseline: ${phrases.length} regular expressions per note`);
	const baseline = measureNaiveBaseline(texts, vault.bytes, phrases);
	progress("least per-word work: one fused pass that folds, hashes, probes and dedups every word");
	const wordPass = measureLeastWordWork(texts, vault.totalBytes);
	const rows: BenchRow[] = [
		{ key: "generate_mb_per_s", label: "generator", value: megabytesPerSecond(vault.totalBytes, vault.generateMs), unit: "MB/s", target: null, note: `${vault.notes.length} notes, ${(vault.totalBytes / MB).toFixed(1)} MB in ${(vault.generateMs / 1000).toFixed(1)} s` },
		{ key: "floor_mb_per_s", label: "floor (toLowerCase + charCodeAt)", value: floor.mbPerSecond, unit: "MB/s", target: null, note: `${floor.ms.toFixed(0)} ms for the whole vault` },
		{ key: "baseline_mb_per_s", label: "naive baseline (regex per alias)", value: baseline.mbPerSecond, unit: "MB/s", target: null, note: `${phrases.length} patterns; ${baseline.sampleNote ?? "whole vault"}; ~${(baseline.ms / 1000).toFixed(0)} s for the vault` },
		{ key: "word_pass_mb_per_s", label: "least per-word work (one pass)", value: wordPass.mbPerSecond, unit: "MB/s", target: null, note: `fold, hash, filter probe, dedup set, flags; ${(wordPass.count.words / 1e6).toFixed(1)}M words` },
		{ key: "word_pass_over_floor", label: "least per-word work / floor", value: wordPass.ms / floor.ms, unit: "x", target: null, note: "no parsing, phrases, mentions or records" },
	];
	return { rows, floorMbS: floor.mbPerSecond, baselineMbS: baseline.mbPerSecond };
}

async function main(): Promise<void> {
	const child = process.argv.indexOf("--warm-start-child");
	if (child >= 0) return runWarmStartChild(process.argv[child + 1]); // a fresh process for the warm start figure
	const slicesChild = process.argv.indexOf(SLICES_CHILD_FLAG);
	if (slicesChild >= 0) return runSlicesChild(Number(process.argv[slicesChild + 1]), Number(process.argv[slicesChild + 2])); // and one for the longest slice
	const heapChild = process.argv.indexOf(HEAP_CHILD_FLAG);
	if (heapChild >= 0) return runHeapChild(Number(process.argv[heapChild + 1]), Number(process.argv[heapChild + 2])); // and one for the 50k heap
	const appChild = process.argv.indexOf(APP_WARM_START_FLAG);
	if (appChild >= 0) return runAppWarmStartChild(process.argv[appChild + 1], process.argv[appChild + 2]); // and one for the app's
	const options = parseOptions(process.argv.slice(2));
	progress(`generating ${options.notes} notes (seed ${options.seed})`);
	const vault = buildBenchVault(options.seed, options.notes);
	if (options.writeVault) {
		writeVaultToDisk(vault, options.writeVault);
		return;
	}
	const yardsticks = yardstickRows(vault);
	const engineRows = await measureEngine(vault, {
		floorMbS: yardsticks.floorMbS,
		baselineMbS: yardsticks.baselineMbS,
		largeNotes: options.largeNotes,
		progress,
	});
	const rows = [...yardsticks.rows, ...engineRows];
	const vaultInfo = { notes: options.notes, seed: options.seed, megabytes: Number((vault.totalBytes / MB).toFixed(1)), quick: options.quick, engine_modules: engineFiles().length };
	if (options.json) {
		process.stdout.write(`${renderJson(vaultInfo, rows)}\n`);
		return;
	}
	const title = `Throughline bench: ${options.notes.toLocaleString("en")} notes, ${(vault.totalBytes / MB).toFixed(1)} MB, seed ${options.seed}, one core${options.quick ? " (--quick)" : ""}`;
	process.stdout.write(`${renderTable(title, rows)}\n`);
}


main().catch((error: unknown) => {
	process.stderr.write(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
	process.exitCode = 1;
});
