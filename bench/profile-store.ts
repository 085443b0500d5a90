// Scratch profiler for the index's design figures on the generated vault: heap held by the index,
// the stored form's size, warm start, alias edits (notes re-read and time) and a transcript edit.
// Build: npx esbuild bench/profile-store.ts --bundle --platform=node --format=esm --outfile=/tmp/ps.mjs --alias:obsidian=./tests/fake-obsidian/index.ts --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);"
// Run:   node --expose-gc /tmp/ps.mjs [--notes N] [--skip-alias]

import { readFileSync, writeFileSync } from "node:fs";
import { grayMatterFrontmatter } from "../src/cli/gray-matter-frontmatter";
import { parseSource } from "../src/core/sources/parse-source";
import type { ThemeDefinition } from "../src/core/model";
import { type AnalysisContext, analyzeNote } from "../src/core/index/analyze";
import { decodeIndex, encodeIndex } from "../src/core/index/binary-store";
import { reconcile } from "../src/core/index/serialize";
import { ThemeIndex } from "../src/core/index/theme-index";
import { compileThemes } from "../src/core/themes/compile";
import { DEFAULT_SCORING } from "../src/core/themes/scoring";
import { buildBenchVault, transcriptNear, utf8Length } from "./bench-vault";
import { THEME_CATALOG, themeId } from "./theme-catalog";
import { MB, memoryHeldBytes, now, percentile } from "./measure";

const args = process.argv.slice(2);
const notes = Number(args[args.indexOf("--notes") + 1]) || 10_000;
const print = (line: string): void => void process.stdout.write(`${line}\n`);
const NEW_ALIASES = ["bitter lesson", "world models", "sparse features", "reward models", "guardrails", "distillation", "hyperscalers", "corpus", "latent reasoning", "tool calling"];
const COMMON_ALIASES = ["model", "learning", "people", "the"];

const vault = buildBenchVault(20_240_403, notes);
const themes: ThemeDefinition[] = THEME_CATALOG.map((t) => ({ id: themeId(t), name: t.name, path: `Themes/${t.name}.md`, aliases: t.aliases.slice(), exclusions: t.exclusions.slice(), tags: [themeId(t)] }));
const contextOf = (list: ThemeDefinition[]): AnalysisContext => ({ frontmatter: grayMatterFrontmatter, compiled: compileThemes(list), scoring: DEFAULT_SCORING });
const context = contextOf(themes);
const byPath = new Map(vault.notes.map((n, i) => [n.path, i]));
const analyze = (i: number, ctx = context): ReturnType<typeof analyzeNote> => analyzeNote(vault.notes[i].path, vault.notes[i].text, ctx, { size: vault.bytes[i], mtime: vault.notes[i].mtime });

function indexAll(): { index: ThemeIndex; ms: number; heapMb: number } {
	for (let i = 0; i < 300; i++) analyze(i);
	const before = memoryHeldBytes();
	const start = now();
	const index = new ThemeIndex(themes);
	for (let i = 0; i < vault.notes.length; i++) index.upsert(analyze(i));
	index.allThemeStats();
	index.suggestions();
	const ms = now() - start;
	return { index, ms, heapMb: (memoryHeldBytes() - before) / MB };
}

function warmStart(index: ThemeIndex): void {
	const file = "/tmp/t7/store.bin";
	let start = now();
	const bytes = encodeIndex(index);
	const writeMs = now() - start;
	writeFileSync(file, bytes);
	const listing = vault.notes.map((n, i) => ({ path: n.path, size: vault.bytes[i], mtime: n.mtime }));
	const samples: number[] = [];
	for (let round = 0; round < 3; round++) {
		memoryHeldBytes();
		start = now();
		const restored = decodeIndex(readFileSync(file));
		const plan = restored ? reconcile(restored, listing) : null;
		samples.push(now() - start);
		print(`  warm start round ${round}: ${samples[round].toFixed(0)} ms (in this process, its heap full); to read ${plan ? plan.changed.length + plan.added.length : "rejected"}`);
	}
	print(`store ${(bytes.length / MB).toFixed(1)} MB (encoded in ${writeMs.toFixed(0)} ms); warm start median ${percentile(samples, 0.5).toFixed(0)} ms`);
}

function aliasEdit(index: ThemeIndex, aliases: readonly string[], rounds: number): void {
	const samples: number[] = [];
	const counts: number[] = [];
	for (let i = 0; i < rounds; i++) {
		const added = aliases[i % aliases.length];
		const edited = themes.map((t, k) => (k === i % themes.length ? { ...t, aliases: [...t.aliases, added] } : t));
		const start = now();
		const ctx = contextOf(edited);
		const t1 = now();
		const plan = index.planThemes(edited);
		const t2 = now();
		const textOf = (p: string): string => vault.notes[byPath.get(p) as number].text;
		const paths = [...plan.reread, ...plan.verify.filter((p) => plan.holdsTouchedPhrase(textOf(p), () => parseSource(p, textOf(p), grayMatterFrontmatter).excluded))];
		const t3 = now();
		for (const path of paths) index.upsert(analyze(byPath.get(path) as number, ctx));
		if (i < aliases.length) print(`    compile ${(t1 - start).toFixed(1)} plan ${(t2 - t1).toFixed(1)} check ${plan.verify.length} texts ${(t3 - t2).toFixed(1)} analyse ${(now() - t3).toFixed(1)} ms`);
		samples.push(now() - start);
		counts.push(paths.length);
		if (i < aliases.length) print(`  + '${added}' to ${themes[i % themes.length].id}: ${paths.length} notes, ${samples[i].toFixed(1)} ms`);
	}
	index.setThemes(themes);
	print(`alias edit: ${rounds} rounds, p50 ${percentile(samples, 0.5).toFixed(1)} ms, p95 ${percentile(samples, 0.95).toFixed(1)} ms, notes re-read avg ${(counts.reduce((a, b) => a + b, 0) / rounds).toFixed(1)}`);
}

function transcriptEdit(index: ThemeIndex): void {
	const at = transcriptNear(vault, 150 * 1024);
	const note = vault.notes[at];
	const analyseMs: number[] = [];
	const upsertMs: number[] = [];
	for (let i = 0; i < 50; i++) {
		const middle = note.text.length >> 1;
		const text = `${note.text.slice(0, middle)} edit ${i} about scaling laws ${note.text.slice(middle)}`;
		const start = now();
		const record = analyzeNote(note.path, text, context, { size: utf8Length(text), mtime: note.mtime + i + 1 });
		const mid = now();
		index.upsert(record);
		upsertMs.push(now() - mid);
		analyseMs.push(now() - start);
	}
	print(`transcript edit (${(vault.bytes[at] / 1024).toFixed(0)} KB): total p50 ${percentile(analyseMs, 0.5).toFixed(1)} p95 ${percentile(analyseMs, 0.95).toFixed(1)} ms; upsert alone p50 ${percentile(upsertMs, 0.5).toFixed(2)} p95 ${percentile(upsertMs, 0.95).toFixed(2)} ms`);
	const small = index.documents()[5];
	const removeMs: number[] = [];
	for (let i = 0; i < 50; i++) {
		const start = now();
		index.remove(small.path);
		index.upsert(small);
		removeMs.push(now() - start);
	}
	print(`remove + re-add of a small note: p50 ${percentile(removeMs, 0.5).toFixed(3)} p95 ${percentile(removeMs, 0.95).toFixed(3)} ms`);
}

/** Heap freed by emptying one field of every record (destroys the index: call last). */
function heapByField(index: ThemeIndex): void {
	const fields = ["fingerprint", "candidates", "snippets", "passages", "mentions", "decisions", "matches", "mentionThemes", "tags"];
	const memory = (): { heap: number; buffers: number } => {
		memoryHeldBytes();
		const usage = process.memoryUsage();
		return { heap: usage.heapUsed, buffers: usage.arrayBuffers };
	};
	let last = memory();
	print(`heap now ${(last.heap / MB).toFixed(1)} MB, array buffers ${(last.buffers / MB).toFixed(1)} MB`);
	for (const field of fields) {
		for (const record of index.documents()) (record as unknown as Record<string, unknown>)[field] = field === "fingerprint" ? null : [];
		const next = memory();
		print(`  ${field}: heap ${((last.heap - next.heap) / MB).toFixed(1)} MB, buffers ${((last.buffers - next.buffers) / MB).toFixed(1)} MB`);
		last = next;
	}
	const phrases = (index as unknown as { phrases: { size: number } }).phrases;
	print(`  distinct candidate phrases in tallies: ${phrases.size}`);
}

function fieldSizes(index: ThemeIndex): void {
	const totals = new Map<string, number>();
	for (const record of index.documents()) {
		for (const [key, value] of Object.entries(record)) {
			const size = ArrayBuffer.isView(value) ? value.byteLength : JSON.stringify(value)?.length ?? 0;
			totals.set(key, (totals.get(key) ?? 0) + size);
		}
	}
	print(`serialised size by field (MB): ${[...totals].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / MB).toFixed(2)}`).join(", ")}`);
}

print(`vault: ${notes} notes, ${(vault.totalBytes / MB).toFixed(0)} MB`);
const { index, ms, heapMb } = indexAll();
print(`full index ${(ms / 1000).toFixed(1)} s, heap ${heapMb.toFixed(1)} MB (array buffers now ${(process.memoryUsage().arrayBuffers / MB).toFixed(1)} MB)`);
if (args.includes("--heap-only")) {
	heapByField(index);
	process.exit(0);
}
fieldSizes(index);
warmStart(index);
transcriptEdit(index);
if (!args.includes("--skip-alias")) {
	aliasEdit(index, NEW_ALIASES, 20);
	aliasEdit(index, COMMON_ALIASES, 4);
}
if (args.includes("--heap-fields")) heapByField(index);
