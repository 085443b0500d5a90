// Scratch profiler for parseSource: builds a ~20 MB corpus in memory (fixtures varied and grown,
// synthetic long transcripts and articles, notes from the bench's vault generator), times parseSource
// per detected format, and with ORIG=<bundle of an older parseSource> checks both give identical
// documents on the corpus and on thousands of mutated fixtures.
// Build: npx esbuild bench/profile-sources.ts --bundle --platform=node --format=esm --outfile=/tmp/prof.mjs
// Run:   node [--cpu-prof] /tmp/prof.mjs [--rounds N] [--no-generated]

import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { grayMatterFrontmatter } from "../src/cli/gray-matter-frontmatter";
import type { SourceDocument } from "../src/core/model";
import type { FrontmatterParser, FrontmatterResult } from "../src/core/ports";
import { detectFormat, makeSourceText, mergeRanges, parseSource, profileSource, readMetadata, scanExcluded, tidyPassages } from "../src/core/sources";
import { countWordsIn } from "../src/core/text/char-codes";
import { readableWordCount } from "../src/core/text/readable-words";
import { generateNote } from "./generate-vault";
import { SeededRandom } from "./prng";

interface CorpusNote {
	path: string;
	text: string;
	matter: FrontmatterResult;
	bytes: number;
	format: string;
}

type Parse = (path: string, raw: string, frontmatter: FrontmatterParser) => SourceDocument;

const KB = 1024;
const FIXTURE_ROOTS = ["tests/fixtures/sources", "tests/fixtures/vault"];
const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf("--rounds") + 1]) || 3; // timed passes per format after one warm-up

function print(line: string): void {
	process.stdout.write(`${line}\n`);
}

function listFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? listFiles(full) : [full];
	});
}

/** A distinct copy: one letter's case flipped at a seeded spot, so no two corpus strings are equal. */
function varied(text: string, random: SeededRandom): string {
	for (let tries = 0; tries < 20; tries++) {
		const at = random.int(Math.floor(text.length / 2), text.length - 1);
		const code = text.charCodeAt(at);
		if (code >= 97 && code <= 122) return text.slice(0, at) + String.fromCharCode(code - 32) + text.slice(at + 1);
	}
	return `${text}\n`;
}

function fixtureTexts(): Array<{ path: string; text: string }> {
	return FIXTURE_ROOTS.flatMap((root) => listFiles(root).map((file) => ({ path: file, text: readFileSync(file, "utf8") })));
}

function words(text: string): string[] {
	return text.split(/\s+/).filter((word) => /^[a-z]+$/.test(word));
}

function speech(random: SeededRandom, vocabulary: string[], count: number): string {
	const out: string[] = [];
	for (let i = 0; i < count; i++) out.push(random.pick(vocabulary));
	return out.join(" ");
}

/** Long synthetic notes: a 150 KB whisper-youtube transcript, one-line raw speech, long articles, long cues. */
function longNotes(random: SeededRandom): Array<{ path: string; text: string }> {
	const fixture = (name: string): string => readFileSync(path.join("tests/fixtures/sources", name), "utf8");
	const vocabulary = words(fixture("raw-one-line.txt") + fixture("article-summary.txt"));
	const youtube = fixture("whisper-youtube.md");
	const header = youtube.slice(0, youtube.indexOf("*  "));
	const starLines: string[] = [];
	while (starLines.length * 90 < 150 * KB) starLines.push(`*  ${speech(random, vocabulary, 16)}${random.chance(0.2) ? "." : ""}`);
	const article = fixture("article-summary.txt");
	const srt = fixture("lecture.srt");
	const cpp = fixture("whisper-cpp.txt");
	return [
		{ path: "long/youtube.md", text: `${header}${starLines.join("\n")}\n` },
		{ path: "long/raw-one-line-9k.txt", text: fixture("raw-one-line.txt") },
		{ path: "long/raw-one-line-120k.txt", text: speech(random, vocabulary, 20_000) },
		{ path: "long/raw-short-lines.txt", text: fixture("raw-short-lines.txt").repeat(14) },
		{ path: "long/article-30k.txt", text: `${article}\n\n${article.split("\n").slice(1).join("\n").repeat(12)}` },
		{ path: "long/reader-20k.md", text: fixture("readwise-reader-document.md") + fixture("readwise-reader-document.md").split("---").pop()!.repeat(6) },
		{ path: "long/lecture.srt", text: srt.repeat(250) },
		{ path: "long/whisper-cpp.txt", text: cpp.repeat(160) },
	];
}

function buildCorpus(withGenerated: boolean): CorpusNote[] {
	const random = new SeededRandom(7);
	const seeds = [...fixtureTexts(), ...longNotes(random)];
	const notes: Array<{ path: string; text: string }> = [];
	let total = 0;
	for (let round = 0; total < 8_000_000; round++) {
		for (const seed of seeds) {
			const text = round === 0 ? seed.text : varied(seed.text, random);
			notes.push({ path: seed.path, text });
			total += text.length;
		}
	}
	for (let index = 0; withGenerated && total < 20_000_000; index++) {
		const note = generateNote(42, index);
		notes.push({ path: note.path, text: note.text });
		total += note.text.length;
	}
	return notes.map((note) => {
		const text = JSON.parse(JSON.stringify(note.text)) as string; // a flat string, as read from disk
		return { path: note.path, text, matter: grayMatterFrontmatter(text), bytes: Buffer.byteLength(text, "utf8"), format: "" };
	});
}

let currentMatter: FrontmatterResult = { data: null, bodyStart: 0, problem: null };
const cachedFrontmatter: FrontmatterParser = () => currentMatter; // YAML parsing is the port's cost, not the parser's

function parseAll(parse: Parse, notes: readonly CorpusNote[]): number {
	let sink = 0;
	for (const note of notes) {
		currentMatter = note.matter;
		sink += parse(note.path, note.text, cachedFrontmatter).passages.length;
	}
	return sink;
}

function rate(parse: Parse, notes: readonly CorpusNote[]): number {
	parseAll(parse, notes);
	const bytes = notes.reduce((sum, note) => sum + note.bytes, 0);
	const started = process.cpuUsage(); // CPU time, not wall time: the machine is shared and often loaded
	for (let round = 0; round < rounds; round++) parseAll(parse, notes);
	const used = process.cpuUsage(started);
	return (bytes * rounds) / 1e6 / ((used.user + used.system) / 1e6);
}

function report(parse: Parse, corpus: CorpusNote[]): void {
	for (const note of corpus) {
		currentMatter = note.matter;
		note.format = parse(note.path, note.text, cachedFrontmatter).format;
	}
	const groups = new Map<string, CorpusNote[]>();
	for (const note of corpus) groups.set(note.format, [...(groups.get(note.format) ?? []), note]);
	const rows: string[] = [];
	for (const [format, notes] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
		const mb = notes.reduce((sum, note) => sum + note.bytes, 0) / 1e6;
		rows.push(`${format.padEnd(20)} ${String(notes.length).padStart(6)} notes ${mb.toFixed(2).padStart(7)} MB ${rate(parse, notes).toFixed(1).padStart(8)} MB/s`);
	}
	const transcripts = corpus.filter((note) => ["whisper-youtube", "raw", "whisper-cpp", "srt", "vtt", "podcast-transcript"].includes(note.format));
	print(rows.join("\n"));
	print(`${"transcripts".padEnd(20)} ${String(transcripts.length).padStart(6)} notes ${rate(parse, transcripts).toFixed(1).padStart(24)} MB/s`);
	const mb = corpus.reduce((sum, note) => sum + note.bytes, 0) / 1e6;
	print(`${"ALL (mixed order)".padEnd(20)} ${String(corpus.length).padStart(6)} notes ${mb.toFixed(2).padStart(7)} MB ${rate(parse, corpus).toFixed(1).padStart(8)} MB/s`);
}

const TRICKY = ["\r\n", "\n", "\n\n", "# ", "## Highlights\n", "- ", "> ", "```\n", "  ", "\t", "*  ", "[[a|b]]", "](http://x.y/z)", " ^id-1", "00:01", " --> ", "<b>", "&amp;", "\u00a0", "\uFEFF", "**Ann:** ", "==========\n", "🎧 ", "\nTitle Case Line\n\n", "1. ", "[01:04](https://y.tv/w?t=64)", "\\[22:06\\]", "`x`", "#tag ", "Category: #x", "::", " so ", ". ", "___", "***\n", "~~~", "%%c%%", "<!-- c -->", "[00:00:00.000 --> 00:00:02.240]", "WEBVTT\n\n", "12\n", "([View Highlight](https://r.io/1))"];

/** Fixtures with random edits drawn from the markup the readers care about. */
function mutatedCases(count: number): Array<{ path: string; text: string }> {
	const random = new SeededRandom(99);
	const seeds = [...fixtureTexts(), ...Array.from({ length: 40 }, (_, i) => ({ path: `gen/${i}.md`, text: generateNote(5, i).text.slice(0, 6000) }))];
	const cases: Array<{ path: string; text: string }> = [];
	for (let i = 0; i < count; i++) {
		const seed = random.pick(seeds);
		let text = seed.text;
		for (let edit = random.int(1, 6); edit > 0; edit--) {
			const at = random.int(0, text.length);
			if (random.chance(0.2)) text = text.slice(0, at) + text.slice(Math.min(text.length, at + random.int(1, 40)));
			else text = text.slice(0, at) + random.pick(TRICKY) + text.slice(at);
		}
		if (random.chance(0.1)) text = text.replace(/\n/g, "\r\n");
		cases.push({ path: seed.path, text });
	}
	return cases;
}

function check(parse: Parse, original: Parse, corpus: CorpusNote[]): void {
	const cases = [...corpus.map((note) => ({ path: note.path, text: note.text })), ...mutatedCases(20_000)];
	let differences = 0;
	for (const item of cases) {
		const now = JSON.stringify(parse(item.path, item.text, grayMatterFrontmatter));
		const before = JSON.stringify(original(item.path, item.text, grayMatterFrontmatter));
		if (now === before) continue;
		if (differences++ < 3) print(`DIFFERENT: ${item.path}\n${JSON.stringify(item.text.slice(0, 400))}\nnow:    ${now.slice(0, 1500)}\nbefore: ${before.slice(0, 1500)}`);
	}
	print(`check: ${differences} of ${cases.length} documents differ from the original parser`);
}

/** CPU milliseconds per stage of parseSource over the whole corpus (the stages as parseReadable runs them). */
function phases(corpus: readonly CorpusNote[]): void {
	const spent = new Map<string, number>();
	const timed = <T>(name: string, work: () => T): T => {
		const started = process.cpuUsage();
		const result = work();
		const used = process.cpuUsage(started);
		spent.set(name, (spent.get(name) ?? 0) + (used.user + used.system) / 1000);
		return result;
	};
	for (let round = 0; round < rounds + 1; round++) {
		if (round === 1) spent.clear(); // the first round warms up
		for (const note of corpus) {
			const source = timed("lines", () => makeSourceText(note.text, note.matter.bodyStart, note.matter.data));
			const profile = timed("profile", () => profileSource(source));
			const format = timed("detect", () => detectFormat(source, profile));
			const reading = timed(`read ${format.format}`, () => format.read(source, profile));
			const found = timed("scanExcluded", () => scanExcluded(source, { keepFencedCode: format.keepFencedCode }));
			const excluded = timed("mergeRanges", () => mergeRanges([0, source.bodyStart, ...found, ...reading.excluded], note.text.length));
			timed("passage words", () => tidyPassages(reading.passages, note.text.length).map((passage) => readableWordCount(note.text, passage, excluded)));
			timed("metadata", () => readMetadata(note.path, source, reading.hints, excluded));
			timed("(reference) countWordsIn", () => countWordsIn(note.text, 0, note.text.length));
			timed("(reference) toLowerCase", () => note.text.toLowerCase());
		}
	}
	const total = [...spent.values()].reduce((a, b) => a + b, 0);
	for (const [name, ms] of [...spent].sort((a, b) => b[1] - a[1])) print(`${name.padEnd(28)} ${(ms / rounds).toFixed(0).padStart(6)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%`);
}

async function main(): Promise<void> {
	const corpus = buildCorpus(!args.includes("--no-generated"));
	print(`corpus: ${corpus.length} notes, ${(corpus.reduce((sum, note) => sum + note.bytes, 0) / 1e6).toFixed(1)} MB`);
	if (process.env.ORIG) {
		const original = (await import(process.env.ORIG)) as { parseSource: Parse };
		if (args.includes("--check")) return check(parseSource, original.parseSource, corpus);
		print("original:");
		report(original.parseSource, corpus);
	}
	if (args.includes("--check")) return;
	if (args.includes("--phases")) return phases(corpus);
	print("current:");
	report(parseSource, corpus);
}

void main();
