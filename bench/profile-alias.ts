// Scratch profiler for the bench's "edit one theme's aliases" row: the 10k vault indexed, then N alias
// additions timed by phase (compile, planThemes, text check), with GC pauses from PerformanceObserver.
// Build: npx esbuild bench/profile-alias.ts --bundle --platform=node --format=esm --outfile=/tmp/pa.mjs --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);"
// Run:   node --expose-gc /tmp/pa.mjs [--count 10000] [--edits 200]
import { grayMatterFrontmatter } from "../src/cli/gray-matter-frontmatter";
import { analyzeNote, type AnalysisContext } from "../src/core/index/analyze";
import { ThemeIndex } from "../src/core/index/theme-index";
import { pathsToReanalyse } from "../src/core/index/theme-change";
import { parseSource } from "../src/core/sources/index";
import { compileThemes } from "../src/core/themes/compile";
import { DEFAULT_SCORING } from "../src/core/themes/scoring";
import type { ThemeDefinition } from "../src/core/model";
import { themeFromNote } from "../src/core/themes/theme-note";
import { generateNote, generateThemeNotes } from "./generate-vault";

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const count = option("--count", 10000);
const edits = option("--edits", 200);
const WARM_UP_ALIASES = ["prompt caching", "mixture of experts", "tokenizers", "checkpoints", "speculative decoding", "quantization", "model cards", "weight decay", "dataset cards", "agentic workflows"];
const NEW_ALIASES = ["bitter lesson", "world models", "sparse features", "reward models", "guardrails", "distillation", "hyperscalers", "corpus", "latent reasoning", "tool calling"];
const print = (line: string): void => void process.stdout.write(`${line}\n`);
const percentile = (values: number[], p: number): number => values.slice().sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))];
const gcPauses: Array<{ start: number; duration: number }> = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) gcPauses.push({ start: e.startTime, duration: e.duration }); }).observe({ entryTypes: ["gc"] });

const definitions: ThemeDefinition[] = generateThemeNotes(20240403).map((note) => {
	const matter = grayMatterFrontmatter(note.text);
	return themeFromNote(note.path, matter.data, note.text.slice(matter.bodyStart));
});
const ctx: AnalysisContext = { frontmatter: grayMatterFrontmatter, compiled: compileThemes(definitions), scoring: DEFAULT_SCORING };
const index = new ThemeIndex(definitions);
const texts = new Map<string, string>();
for (let i = 0; i < count; i++) {
	const note = generateNote(20240403, i);
	texts.set(note.path, note.text);
	index.upsert(analyzeNote(note.path, note.text, ctx, { size: note.text.length, mtime: note.mtime }));
}
const excludedOf = (path: string, raw: string): number[] => parseSource(path, raw, grayMatterFrontmatter).excluded;
const phases = [[], [], []] as number[][];
const totals: number[] = [];
const starts: number[] = [];
let checked = 0;
const alloc: number[][] = [];
for (let i = -option("--warm", 10); i < edits; i++) {
	const added = i < 0 ? (process.argv.includes("--real-warm-up") ? WARM_UP_ALIASES[-i % 10] : `warm up ${i}`) : NEW_ALIASES[i % NEW_ALIASES.length];
	const edited = (i + definitions.length) % definitions.length;
	const themes = definitions.map((theme, t) => (t === edited ? { ...theme, aliases: [...theme.aliases, added] } : theme));
	const h0 = process.memoryUsage().heapUsed;
	const t0 = performance.now();
	compileThemes(themes);
	const t1 = performance.now();
	const h1 = process.memoryUsage().heapUsed;
	const plan = index.planThemes(themes);
	const t2 = performance.now();
	const h2 = process.memoryUsage().heapUsed;
	pathsToReanalyse(plan, (p) => texts.get(p), excludedOf);
	const t3 = performance.now();
	const h3 = process.memoryUsage().heapUsed;
	checked += plan.verify.length;
	if (i >= 0 && h1 >= h0 && h2 >= h1 && h3 >= h2) alloc.push([h1 - h0, h2 - h1, h3 - h2]);
	if (args.includes("--revert")) index.planThemes(definitions); // back, unsampled
	if (i < 20) print(`edit ${i} ${added}: compile ${(t1 - t0).toFixed(2)} plan ${(t2 - t1).toFixed(2)} check ${(t3 - t2).toFixed(2)} verify ${plan.verify.length}`);
	if (i < 0) continue;
	phases[0].push(t1 - t0); phases[1].push(t2 - t1); phases[2].push(t3 - t2); totals.push(t3 - t0); starts.push(t0);
}
setTimeout(() => {
	const names = ["compile", "plan", "check"];
	for (let p = 0; p < 3; p++) print(`${names[p]}: p50 ${percentile(phases[p], 0.5).toFixed(2)} p95 ${percentile(phases[p], 0.95).toFixed(2)} max ${Math.max(...phases[p]).toFixed(2)}`);
	for (let p = 0; p < 3; p++) print(`${names[p]} alloc median ${(percentile(alloc.map((a) => a[p]), 0.5) / 1024).toFixed(0)} KB (${alloc.length} edits)`);
	print(`checked per edit ${(checked / edits).toFixed(1)}`);
	print(`total: p50 ${percentile(totals, 0.5).toFixed(2)} p95 ${percentile(totals, 0.95).toFixed(2)}`);
	const hit = starts.map((s, i) => gcPauses.filter((g) => g.start >= s && g.start < s + totals[i]).reduce((a, g) => a + g.duration, 0));
	const clean = totals.filter((_, i) => hit[i] === 0);
	print(`GC in ${hit.filter((h) => h > 0).length}/${totals.length} edits, mean ${(hit.filter((h) => h > 0).reduce((a, b) => a + b, 0) / Math.max(1, hit.filter((h) => h > 0).length)).toFixed(2)} ms; clean p50 ${percentile(clean, 0.5).toFixed(2)} p95 ${percentile(clean, 0.95).toFixed(2)}`);
}, 50);
