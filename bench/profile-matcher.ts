// Scratch profiler for the theme matcher: ~20 MB of realistic text shuffled at word level, timed
// against a floor loop (lower-case + charCodeAt scan) in the same run.
// Run: npx esbuild bench/profile-matcher.ts --bundle --platform=node --format=esm --outfile=/tmp/profm.mjs && node /tmp/profm.mjs
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { ThemeDefinition } from "../src/core/model";
import { compileThemes, findMentions } from "../src/core/themes/matcher";
import { starterPack } from "../src/core/themes/starter-pack";
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

function time(fn: () => unknown): number {
	const t0 = performance.now();
	fn();
	return performance.now() - t0;
}

const docs = buildCorpus();
const chars = docs.reduce((s, d) => s + d.length, 0);
const mb = chars / 1e6;
const sets: Array<[string, ThemeDefinition[]]> = [["starter16", starterPack()], ["catalog40", catalogThemes()]];
const rounds = Number(process.env.ROUNDS ?? 5);
console.log(`${docs.length} docs, ${mb.toFixed(1)} M chars`);
for (const [name, themes] of sets) {
	const compiled = compileThemes(themes);
	let mentions = 0;
	for (const doc of docs.slice(0, 50)) findMentions(compiled, doc, []); // warm-up
	const floorMs: number[] = [];
	const matchMs: number[] = [];
	for (let r = 0; r < rounds; r++) {
		floorMs.push(time(() => floor(docs)));
		matchMs.push(time(() => {
			mentions = 0;
			for (const doc of docs) mentions += findMentions(compiled, doc, []).length;
		}));
	}
	const best = (xs: number[]) => Math.min(...xs);
	const f = mb / (best(floorMs) / 1000);
	const m = mb / (best(matchMs) / 1000);
	console.log(`${name}: vocab ${compiled.automaton.vocab.length}, aliases ${compiled.aliases.length}, mentions ${mentions}; floor ${f.toFixed(0)} MB/s, findMentions ${m.toFixed(0)} MB/s, floor/match ${(f / m).toFixed(2)}x`);
}
