// Scratch profiler for the theme matcher: ~20 MB of realistic text shuffled at word level, timed
// against a floor loop (lower-case + charCodeAt scan) in the same run.
// Run: npx esbuild bench/profile-matcher.ts --bundle --platform=node --format=esm --outfile=/tmp/profm.mjs && node /tmp/profm.mjs
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { ThemeDefinition } from "../src/core/model";
import { compileThemes, findMentions } from "../src/core/themes/matcher";
import { starterPack } from "../src/core/themes/starter-pack";
import { scanPhrases } from "../src/core/themes/scanner";
import { THEME_CATALOG, themeId } from "./theme-catalog";

const TARGET_BYTES = Number(process.env.MB ?? 20) * 1e6; // ~20 MB of text
const DOC_CHARS = 20_000; // documents of ~20 KB, like articles

function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? filesUnder(full) : [full];
	});
}

function rng(seed: number): () => number {
	let s = seed >>> 0;
	return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function buildCorpus(): string[] {
	const sources = [...filesUnder("tests/fixtures/vault"), ...filesUnder("tests/fixtures/sources"), ...filesUnder("/work/shared/seeds").filter((f) => f.endsWith(".txt"))];
	const text = sources.map((f) => readFileSync(f, "utf8")).join("\n\n");
	const lines = text.split("\n");
	const random = rng(42);
	const docs: string[] = [];
	let total = 0;
	let current: string[] = [];
	let size = 0;
	while (total < TARGET_BYTES) {
		// shuffle words within a line, keeping line structure; sometimes keep the line as is (phrases)
		const line = lines[Math.floor(random() * lines.length)];
		let out = line;
		if (random() < 0.5) {
			const words = line.split(" ");
			for (let i = words.length - 1; i > 0; i--) {
				const j = Math.floor(random() * (i + 1));
				[words[i], words[j]] = [words[j], words[i]];
			}
			out = words.join(" ");
		}
		current.push(out);
		size += out.length + 1;
		total += out.length + 1;
		if (size >= DOC_CHARS) {
			docs.push(current.join("\n"));
			current = [];
			size = 0;
		}
	}
	if (current.length) docs.push(current.join("\n"));
	return docs;
}

function catalogThemes(): ThemeDefinition[] {
	return THEME_CATALOG.map((t) => ({ id: themeId(t), name: t.name, path: null, aliases: t.aliases, exclusions: t.exclusions, tags: [] }));
}

function floor(docs: string[]): number {
	let sink = 0;
	for (const doc of docs) {
		const lower = doc.toLowerCase();
		for (let i = 0; i < lower.length; i++) sink = (sink + lower.charCodeAt(i)) | 0;
	}
	return sink;
}

/** Milliseconds: wall clock (performance.now), or this process's CPU time when CPU_TIME is set (the machine is shared). */
function time(fn: () => unknown): number {
	if (process.env.CPU_TIME) {
		const c0 = process.cpuUsage();
		fn();
		const c = process.cpuUsage(c0);
		return (c.user + c.system) / 1000;
	}
	const t0 = performance.now();
	fn();
	return performance.now() - t0;
}

/** Excluded ranges like code spans and links: a few sorted, disjoint ranges per document. */
function someRanges(doc: string, seed: number): number[] {
	const random = rng(seed);
	const ranges: number[] = [];
	let at = 0;
	while (at < doc.length) {
		at += Math.floor(random() * 3000);
		const end = at + Math.floor(random() * 40);
		if (end >= doc.length) break;
		ranges.push(at, end);
		at = end;
	}
	return ranges;
}

/** Compares with the matcher as it was (copied to REFERENCE_DIR) on every document, with and without ranges. */
/** Overlapping, unordered and empty ranges: the scan must read them exactly as before. */
function messyRanges(doc: string, seed: number): number[] {
	const random = rng(seed + 7);
	const ranges: number[] = [];
	for (let k = 0; k < 12; k++) {
		const start = Math.floor(random() * doc.length);
		ranges.push(start, start + Math.floor(random() * 30) - 3);
	}
	return ranges;
}

type Matcher = { compileThemes: typeof compileThemes; findMentions: typeof findMentions };

async function loadReference(): Promise<Matcher | null> {
	const dir = process.env.REFERENCE_DIR;
	return dir ? ((await import(join(dir, "matcher.mjs"))) as Matcher) : null;
}

async function compareWithReference(docs: string[], sets: Array<[string, ThemeDefinition[]]>): Promise<void> {
	const ref = await loadReference();
	if (!ref) return;
	for (const [name, themes] of sets) {
		const fast = compileThemes(themes);
		const slow = ref.compileThemes(themes);
		let differ = 0;
		docs.forEach((doc, d) => {
			for (const excluded of [[], someRanges(doc, d), messyRanges(doc, d)]) {
				const a = JSON.stringify(findMentions(fast, doc, excluded));
				const b = JSON.stringify(ref.findMentions(slow, doc, excluded));
				if (a !== b && differ++ === 0) {
					const fa = findMentions(fast, doc, excluded);
					const fb = ref.findMentions(slow, doc, excluded);
					const key = (m: { theme: number; start: number; end: number }) => `${m.theme}:${m.start}-${m.end}`;
					const only = (x: typeof fa, y: typeof fa) => x.filter((m) => !y.some((o) => key(o) === key(m))).slice(0, 3).map((m) => `${key(m)} ${JSON.stringify(doc.slice(m.start - 20, m.end + 20))}`);
					console.log("ranges", excluded.length, "fast only", only(fa, fb), "reference only", only(fb, fa));
				}
			}
		});
		console.log(`${name}: ${differ} documents differ from the reference`);
	}
}

const docs = buildCorpus();
const chars = docs.reduce((s, d) => s + d.length, 0);
const mb = chars / 1e6;
const sets: Array<[string, ThemeDefinition[]]> = [["starter16", starterPack()], ["catalog40", catalogThemes()]];
await compareWithReference(docs, sets);
const reference = process.env.SKIP_BEFORE ? null : await loadReference();
const rounds = Number(process.env.ROUNDS ?? 5);
console.log(`${docs.length} docs, ${mb.toFixed(1)} M chars`);
for (const [name, themes] of sets) {
	const compiled = compileThemes(themes);
	let mentions = 0;
	for (const doc of docs.slice(0, 50)) findMentions(compiled, doc, []); // warm-up
	const floorMs: number[] = [];
	const matchMs: number[] = [];
	const scanMs: number[] = [];
	const refMs: number[] = [];
	const slow = reference ? reference.compileThemes(themes) : null;
	for (let r = 0; r < rounds; r++) {
		floorMs.push(time(() => floor(docs)));
		if (reference && slow) refMs.push(time(() => {
			for (const doc of docs) reference.findMentions(slow, doc, []);
		}));
		scanMs.push(time(() => {
			for (const doc of docs) scanPhrases(compiled.automaton, doc, []);
		}));
		matchMs.push(time(() => {
			mentions = 0;
			for (const doc of docs) mentions += findMentions(compiled, doc, []).length;
		}));
	}
	const best = (xs: number[]) => Math.min(...xs);
	const f = mb / (best(floorMs) / 1000);
	const m = mb / (best(matchMs) / 1000);
	console.log(`${name}: vocab ${compiled.automaton.vocab.length}, aliases ${compiled.aliases.length}, mentions ${mentions}; floor ${f.toFixed(0)} MB/s, scan alone ${(mb / (best(scanMs) / 1000)).toFixed(0)} MB/s, findMentions ${m.toFixed(0)} MB/s, floor/match ${(f / m).toFixed(2)}x` + (refMs.length ? `; before: ${(mb / (best(refMs) / 1000)).toFixed(0)} MB/s, floor/before ${(f / (mb / (best(refMs) / 1000))).toFixed(2)}x` : ""));
}
