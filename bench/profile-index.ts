// Scratch profiler for analyzeNote end to end: builds a ~20 MB corpus (the bench's generated vault
// plus varied fixtures and long synthetic transcripts), times each stage and the whole analysis in
// CPU and wall time beside the floor (lower-case + charCodeAt scan), and with ORIG=<bundle of the
// older engine> --check compares SourceDocument and DocumentRecord JSON on the corpus and on
// thousands of mutated fixtures, and the ranked suggestions over the corpus.
// Build: npx esbuild bench/profile-index.ts --bundle --platform=node --format=esm --outfile=/tmp/pi.mjs --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);"
// Run:   node /tmp/pi.mjs [--rounds N] [--check] [--generated-only]

import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { grayMatterFrontmatter } from "../src/cli/gray-matter-frontmatter";
import type { ThemeDefinition } from "../src/core/model";
import type { FrontmatterParser, FrontmatterResult } from "../src/core/ports";
import { analyzeNote, type AnalysisContext } from "../src/core/index/analyze";
import { buildRecord } from "../src/core/index/build-record";
import { type DocumentRecord, HEADER, H_CANDIDATES, H_FINGERPRINT, H_MENTIONS, H_PASSAGES, H_SNIPPETS, MENTION_STRIDE, PASSAGE_STRIDE, storedMentions } from "../src/core/index/record";
import { buildFingerprint } from "../src/core/index/fingerprint";
import { detectFormat, makeSourceText, mergeRanges, parseSource, profileSource, readMetadata, scanExcluded, tidyPassages } from "../src/core/sources/index";
import { readableWordCount } from "../src/core/text/readable-words";
import { extractCandidates } from "../src/core/suggestions/candidates";
import { PhraseTallies } from "../src/core/suggestions/phrase-tallies";
import { rankSuggestions } from "../src/core/suggestions/rank";
import { compileThemes } from "../src/core/themes/compile";
import { findMentions } from "../src/core/themes/matcher";
import { DEFAULT_SCORING, decideThemes } from "../src/core/themes/scoring";
import { generateNote } from "./generate-vault";
import { SeededRandom } from "./prng";
import { THEME_CATALOG, themeId } from "./theme-catalog";

interface CorpusNote {
	path: string;
	text: string;
	matter: FrontmatterResult;
	bytes: number;
	generated: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Engine = any;

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf("--rounds") + 1]) || 3; // timed passes after one warm-up
const FIXTURE_ROOTS = ["tests/fixtures/sources", "tests/fixtures/vault"];
const print = (line: string): void => void process.stdout.write(`${line}\n`);

function listFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? listFiles(full) : [full];
	});
}

function fixtureTexts(): Array<{ path: string; text: string }> {
	return FIXTURE_ROOTS.flatMap((root) => listFiles(root).map((file) => ({ path: file, text: readFileSync(file, "utf8") })));
}

function varied(text: string, random: SeededRandom): string {
	for (let tries = 0; tries < 20; tries++) {
		const at = random.int(Math.floor(text.length / 2), text.length - 1);
		const code = text.charCodeAt(at);
		if (code >= 97 && code <= 122) return text.slice(0, at) + String.fromCharCode(code - 32) + text.slice(at + 1);
	}
	return `${text}\n`;
}

function buildCorpus(generatedOnly: boolean): CorpusNote[] {
	const random = new SeededRandom(7);
	const notes: Array<{ path: string; text: string; generated: boolean }> = [];
	let total = 0;
	const seeds = fixtureTexts();
	for (let round = 0; !generatedOnly && total < 4_000_000; round++) {
		for (const seed of seeds) {
			const text = round === 0 ? seed.text : varied(seed.text, random);
			notes.push({ path: seed.path, text, generated: false });
			total += text.length;
		}
	}
	for (let index = 0; total < 20_000_000; index++) {
		const note = generateNote(42, index);
		notes.push({ path: note.path, text: note.text, generated: true });
		total += note.text.length;
	}
	return notes.map((note) => {
		const text = JSON.parse(JSON.stringify(note.text)) as string; // a flat string, as read from disk
		return { path: note.path, text, matter: grayMatterFrontmatter(text), bytes: Buffer.byteLength(text, "utf8"), generated: note.generated };
	});
}

export function catalogDefinitions(): ThemeDefinition[] {
	return THEME_CATALOG.map((theme) => ({ id: themeId(theme), name: theme.name, path: `Themes/${theme.name}.md`, aliases: theme.aliases.slice(), exclusions: theme.exclusions.slice(), tags: [themeId(theme)] }));
}

let currentMatter: FrontmatterResult = { data: null, bodyStart: 0, problem: null };
const cachedFrontmatter: FrontmatterParser = () => currentMatter; // YAML parsing is the port's cost, not the engine's

let sink = 0;
function floorPass(text: string): void {
	const lower = text.toLowerCase();
	let sum = 0;
	for (let i = 0; i < lower.length; i++) sum = (sum + lower.charCodeAt(i)) | 0;
	sink ^= sum;
}

interface Spent {
	cpu: number;
	wall: number;
}

const CURRENT: Engine = { parseSource, findMentions, decideThemes, buildRecord, extractCandidates, buildFingerprint, analyzeNote };

function stageTimes(corpus: readonly CorpusNote[], ctx: AnalysisContext, engine: Engine): Map<string, Spent> {
	const { parseSource, findMentions, decideThemes, buildRecord, extractCandidates, buildFingerprint, analyzeNote } = engine;
	const spent = new Map<string, Spent>();
	const timed = <T>(name: string, work: () => T): T => {
		const cpu = process.cpuUsage();
		const wall = performance.now();
		const result = work();
		const used = process.cpuUsage(cpu);
		const entry = spent.get(name) ?? { cpu: 0, wall: 0 };
		entry.cpu += (used.user + used.system) / 1000;
		entry.wall += performance.now() - wall;
		spent.set(name, entry);
		return result;
	};
	for (let round = 0; round <= rounds; round++) {
		if (round === 1) spent.clear(); // the first round warms up
		for (const note of corpus) {
			currentMatter = note.matter;
			timed("floor (lower-case + scan)", () => floorPass(note.text));
			const doc = timed("parseSource", () => parseSource(note.path, note.text, cachedFrontmatter));
			const found = timed("findMentions", () => findMentions(ctx.compiled, note.text, doc.excluded));
			const decided = timed("decideThemes", () => decideThemes(doc, note.text, found, ctx.compiled, ctx.scoring));
			timed("buildRecord (all)", () => buildRecord(doc, note.text, decided, { size: note.bytes, mtime: 0 }));
			timed("  candidates alone", () => extractCandidates(doc, note.text));
			timed("  fingerprint alone", () => buildFingerprint(note.text));
			timed("analyzeNote (whole)", () => analyzeNote(note.path, note.text, ctx, { size: note.bytes, mtime: 0 }));
		}
	}
	return spent;
}

function report(corpus: readonly CorpusNote[], ctx: AnalysisContext, label: string, engine: Engine = CURRENT): void {
	const mb = corpus.reduce((sum, note) => sum + note.bytes, 0) / 1e6;
	const spent = stageTimes(corpus, ctx, engine);
	print(`${label}: ${corpus.length} notes, ${mb.toFixed(1)} MB, ${rounds} rounds`);
	print(`${"stage".padEnd(28)} ${"CPU MB/s".padStart(9)} ${"wall MB/s".padStart(10)} ${"CPU ms".padStart(8)}`);
	const floor = spent.get("floor (lower-case + scan)")!;
	for (const [name, s] of spent) {
		print(`${name.padEnd(28)} ${((mb * rounds) / (s.cpu / 1000)).toFixed(1).padStart(9)} ${((mb * rounds) / (s.wall / 1000)).toFixed(1).padStart(10)} ${(s.cpu / rounds).toFixed(0).padStart(8)}`);
	}
	const whole = spent.get("analyzeNote (whole)")!;
	print(`analyzeNote / floor: CPU ${(whole.cpu / floor.cpu).toFixed(2)}×, wall ${(whole.wall / floor.wall).toFixed(2)}×`);
	const stages = ["parseSource", "findMentions", "decideThemes", "buildRecord (all)"].reduce((sum, name) => sum + spent.get(name)!.cpu, 0);
	print(`sum of stages / floor: CPU ${(stages / floor.cpu).toFixed(2)}×   (sink ${sink & 1})`);
}

const TRICKY = ["\r\n", "\n", "\n\n", "# ", "## Highlights\n", "- ", "> ", "```\n", "  ", "\t", "*  ", "[[a|b]]", "](http://x.y/z)", " ^id-1", "00:01", " --> ", "<b>", "&amp;", "\u00a0", "\uFEFF", "**Ann:** ", "==========\n", "🎧 ", "\nTitle Case Line\n\n", "1. ", "[01:04](https://y.tv/w?t=64)", "\\[22:06\\]", "`x`", "#tag ", "Category: #x", "::", " so ", ". ", "___", "***\n", "~~~", "%%c%%", "<!-- c -->", "[00:00:00.000 --> 00:00:02.240]", "WEBVTT\n\n", "12\n", "([View Highlight](https://r.io/1))", "scaling laws", "Scaling Laws ", "post-training", "post’s", "don't ", "RLHF", "Reward Hacking", " 3.5 ", "co-op ", "-", "'", "’", "‐", "日本語", "ﬁne", "İ", "ß", "é", "e\u0301", "\u00ad", "\u200b", "um, like, ", "you know ", "Chain-of-Thought", "open source", "?", "!", ":", "A", "Ab"];

function mutatedCases(count: number, seed: number): Array<{ path: string; text: string }> {
	const random = new SeededRandom(seed);
	const seeds = [...fixtureTexts(), ...Array.from({ length: 40 }, (_, i) => ({ path: `gen/${i}.md`, text: generateNote(5, i).text.slice(0, 6000) }))];
	const cases: Array<{ path: string; text: string }> = [];
	for (let i = 0; i < count; i++) {
		const base = random.pick(seeds);
		let text = base.text;
		for (let edit = random.int(1, 8); edit > 0; edit--) {
			const at = random.int(0, text.length);
			if (random.chance(0.2)) text = text.slice(0, at) + text.slice(Math.min(text.length, at + random.int(1, 40)));
			else text = text.slice(0, at) + random.pick(TRICKY) + text.slice(at);
		}
		if (random.chance(0.1)) text = text.replace(/\n/g, "\r\n");
		cases.push({ path: base.path, text });
	}
	return cases;
}

function json(value: unknown): string {
	return JSON.stringify(value, (_, v) => (v instanceof Uint32Array ? Array.from(v) : v));
}

/** A record as a reader sees it: the snippets read through `mentionsOf` (packed or not), every other number as stored. */
function readable(record: DocumentRecord, mentionsOf: (record: DocumentRecord) => unknown[]): unknown {
	const numbers = Array.from(record.numbers);
	const tail = numbers[H_PASSAGES] * PASSAGE_STRIDE + numbers[H_SNIPPETS] + numbers[H_CANDIDATES] + numbers[H_FINGERPRINT];
	const stride = numbers[H_MENTIONS] > 0 ? (numbers.length - HEADER - tail) / numbers[H_MENTIONS] : MENTION_STRIDE; // each engine's own: the layout of mentions changed
	numbers.splice(HEADER, numbers[H_MENTIONS] * stride); // mentions are compared through mentionsOf
	const snippetsFrom = HEADER + numbers[H_PASSAGES] * PASSAGE_STRIDE;
	const fingerprintFrom = snippetsFrom + numbers[H_SNIPPETS] + numbers[H_CANDIDATES];
	if (!process.argv.includes("--with-fingerprints")) [numbers.length, numbers[H_FINGERPRINT]] = [fingerprintFrom, 0]; // its size follows the bits per key
	numbers.splice(snippetsFrom, numbers[H_SNIPPETS]); // snippet ends count in the stored text, packed or not
	return { ...record, snippetText: null, numbers, mentions: mentionsOf(record) };
}

function check(original: Engine, corpus: CorpusNote[], themes: ThemeDefinition[]): void {
	const ctxNow: AnalysisContext = { frontmatter: grayMatterFrontmatter, compiled: compileThemes(themes), scoring: DEFAULT_SCORING };
	const ctxBefore = { frontmatter: grayMatterFrontmatter, compiled: original.compileThemes(themes), scoring: original.DEFAULT_SCORING };
	const cases = [...corpus.map((note) => ({ path: note.path, text: note.text })), ...mutatedCases(20_000, 99)];
	let docDiffs = 0;
	let recordDiffs = 0;
	let candidateDiffs = 0;
	const talliesNow = new PhraseTallies();
	const talliesBefore = new original.PhraseTallies();
	cases.forEach((item, n) => {
		const docNow = json(parseSource(item.path, item.text, grayMatterFrontmatter));
		const docBefore = json(original.parseSource(item.path, item.text, grayMatterFrontmatter));
		if (docNow !== docBefore && docDiffs++ < 3) print(`DOC DIFFERS: ${item.path}\n${JSON.stringify(item.text.slice(0, 300))}\nnow:    ${docNow.slice(0, 1200)}\nbefore: ${docBefore.slice(0, 1200)}`);
		const file = { size: item.text.length, mtime: n };
		const now = analyzeNote(item.path, item.text, ctxNow, file);
		const before = original.analyzeNote(item.path, item.text, ctxBefore, file);
		if (n < corpus.length) {
			talliesNow.add(now);
			talliesBefore.add(before);
		}
		if (json(now.candidatePhrases) !== json(before.candidatePhrases ?? before.candidates)) candidateDiffs++;
		const a = json(readable({ ...now, candidatePhrases: [] }, storedMentions));
		const b = json(readable("candidates" in before ? { ...before, candidatePhrases: [], candidates: null } : { ...before, candidatePhrases: [] }, original.storedMentions ?? storedMentions)); // an older engine named the field `candidates`
		if (a !== b && recordDiffs++ < 3) {
			let at = 0;
			while (a[at] === b[at]) at++;
			print(`RECORD DIFFERS: ${item.path} at ${at}\nnow:    ${a.slice(Math.max(0, at - 200), at + 300)}\nbefore: ${b.slice(Math.max(0, at - 200), at + 300)}`);
		}
	});
	const words = corpus.reduce((sum, item) => sum + item.text.split(/\s+/).length, 0); // rough: both engines see the same count
	const rankedNow = json(rankSuggestions(talliesNow, { documents: corpus.length, words }, themes, [], 200));
	const rankedBefore = json(typeof original.rankSuggestions === "function" && original.rankSuggestions.length >= 5 ? original.rankSuggestions(talliesBefore, { documents: corpus.length, words }, themes, [], 200) : original.rankSuggestions(talliesBefore.recurring(1), themes, [], 200));
	print(`check: ${docDiffs} of ${cases.length} SourceDocuments differ; ${recordDiffs} DocumentRecords differ (candidates aside); ${candidateDiffs} candidate lists differ; top-200 ranked suggestions over the corpus ${rankedNow === rankedBefore ? "identical" : "DIFFER"}`);
}

/** CPU milliseconds per stage of parseSource (the stages as parseReadable runs them). */
function phases(corpus: readonly CorpusNote[]): void {
	const spent = new Map<string, number>();
	const timed = <T>(name: string, work: () => T): T => {
		const started = process.cpuUsage();
		const result = work();
		const used = process.cpuUsage(started);
		spent.set(name, (spent.get(name) ?? 0) + (used.user + used.system) / 1000);
		return result;
	};
	for (let round = 0; round <= rounds; round++) {
		if (round === 1) spent.clear(); // the first round warms up
		for (const note of corpus) {
			const source = timed("lines", () => makeSourceText(note.text, note.matter.bodyStart, note.matter.data));
			const profile = timed("profile", () => profileSource(source));
			const format = timed("detect", () => detectFormat(source, profile));
			const reading = timed(`read ${format.format}`, () => format.read(source, profile));
			const found = timed("scanExcluded", () => scanExcluded(source, { keepFencedCode: format.keepFencedCode }));
			const excluded = timed("mergeRanges", () => mergeRanges([0, source.bodyStart, ...found, ...reading.excluded], note.text.length));
			const tidy = timed("tidyPassages", () => tidyPassages(reading.passages, note.text.length));
			timed("passage words", () => tidy.map((passage) => readableWordCount(note.text, passage, excluded)));
			timed("metadata", () => readMetadata(note.path, source, reading.hints, excluded));
			timed("(floor)", () => floorPass(note.text));
		}
	}
	const total = [...spent.values()].reduce((a, b) => a + b, 0);
	for (const [name, ms] of [...spent].sort((a, b) => b[1] - a[1])) print(`${name.padEnd(28)} ${(ms / rounds).toFixed(0).padStart(6)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%`);
}

/** Only analyzeNote, for a CPU profile. */
function wholeOnly(corpus: readonly CorpusNote[], ctx: AnalysisContext): void {
	const mb = corpus.reduce((sum, note) => sum + note.bytes, 0) / 1e6;
	for (let round = 0; round <= rounds; round++) {
		const cpu = process.cpuUsage();
		for (const note of corpus) {
			currentMatter = note.matter;
			analyzeNote(note.path, note.text, ctx, { size: note.bytes, mtime: 0 });
		}
		const used = process.cpuUsage(cpu);
		print(`round ${round}: ${(mb / ((used.user + used.system) / 1e6)).toFixed(1)} MB/s CPU`);
	}
}

async function main(): Promise<void> {
	const corpus = buildCorpus(args.includes("--generated-only"));
	const themes = catalogDefinitions();
	if (args.includes("--check")) {
		const original = (await import(process.env.ORIG ?? "/tmp/orig-index.mjs")) as Engine;
		return check(original, corpus, themes);
	}
	const ctx: AnalysisContext = { frontmatter: cachedFrontmatter, compiled: compileThemes(themes), scoring: DEFAULT_SCORING };
	if (args.includes("--phases")) return phases(corpus.filter((note) => note.generated));
	if (args.includes("--whole")) return wholeOnly(corpus.filter((note) => note.generated), ctx);
	if (args.includes("--before")) {
		const original = (await import(process.env.ORIG ?? "/tmp/orig-index.mjs")) as Engine;
		const before = { frontmatter: cachedFrontmatter, compiled: original.compileThemes(themes), scoring: original.DEFAULT_SCORING };
		report(corpus.filter((note) => note.generated), before, "BEFORE (original engine), generated vault notes", original);
	}
	report(corpus.filter((note) => note.generated), ctx, "generated vault notes");
	if (!args.includes("--generated-only")) report(corpus, ctx, "all (fixtures + generated)");
}

void main();
