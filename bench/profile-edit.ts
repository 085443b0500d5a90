// Scratch profiler for the bench's "edit one transcript" row: the generated transcript nearest 150 KB,
// edited in its middle N times and re-analysed into a ThemeIndex; p50/p95 in CPU and wall time, and
// the split by stage (parseSource / findMentions / decideThemes / buildRecord / upsert).
// Build: npx esbuild bench/profile-edit.ts --bundle --platform=node --format=esm --outfile=/tmp/pe.mjs --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);"
// Run:   node /tmp/pe.mjs [--count 2000|10000] [--edits 200] [--index-notes N] [--note I] [--split] [--parse-only] [--flat] [--theme-notes] [--mark]
//   --split: time each stage; --parse-only: parseSource alone; --note I: that note only (10k vault: 7141, 2k vault: 1836);
//   --flat: a sequential string instead of the edit's cons string; --theme-notes: themes read from the generated theme notes;
//   --mark: prints markers around the first edits (for --trace-deopt). GC pauses inside edits are reported from PerformanceObserver.

import { grayMatterFrontmatter } from "../src/cli/gray-matter-frontmatter";
import { analyzeNote, type AnalysisContext } from "../src/core/index/analyze";
import { buildRecord } from "../src/core/index/build-record";
import { ThemeIndex } from "../src/core/index/theme-index";
import { parseSource } from "../src/core/sources/index";
import { compileThemes } from "../src/core/themes/compile";
import { findMentions } from "../src/core/themes/matcher";
import { DEFAULT_SCORING, decideThemes } from "../src/core/themes/scoring";
import type { ThemeDefinition } from "../src/core/model";
import { THEME_CATALOG, themeId } from "./theme-catalog";
import { themeFromNote } from "../src/core/themes/theme-note";
import { type GeneratedNote, generateNote, generateThemeNotes } from "./generate-vault";

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const count = option("--count", 2000);
const edits = option("--edits", 200);
const indexNotes = option("--index-notes", 1e9); // notes kept in memory and indexed, as the bench holds its whole vault
const TARGET_BYTES = 150 * 1024; // the bench's EDIT_TRANSCRIPT_BYTES
/** As engine-pipeline.ts catalogDefinitions (not imported: that file pulls the bench's engine loader). */
const catalogDefinitions = (): ThemeDefinition[] =>
	THEME_CATALOG.map((theme) => ({ id: themeId(theme), name: theme.name, path: `Themes/${theme.name}.md`, aliases: theme.aliases.slice(), exclusions: theme.exclusions.slice(), tags: [themeId(theme)] }));
/** The vault's generated theme notes read as the bench's pipeline reads them (themeFromNote). */
const themeNoteDefinitions = (): ThemeDefinition[] =>
	generateThemeNotes(20240403).map((note) => {
		const matter = grayMatterFrontmatter(note.text);
		return themeFromNote(note.path, matter.data, note.text.slice(matter.bodyStart));
	});
const print = (line: string): void => void process.stdout.write(`${line}\n`);

/** The transcript nearest the target, chosen as transcriptNear does, and the first few notes for the index. */
function pickSubject(): { subject: GeneratedNote; bytes: number; others: GeneratedNote[] } {
	let best: GeneratedNote | null = null;
	let bestBytes = 0;
	const others: GeneratedNote[] = [];
	const only = option("--note", -1); // a known subject's index: skips the search (10k vault: the transcript nearest 150 KB)
	for (let i = only < 0 ? 0 : only; i < (only < 0 ? count : only + 1); i++) {
		const note = generateNote(20240403, i);
		if (i < indexNotes) others.push(note);
		if (note.kind !== "transcript") continue;
		const bytes = Buffer.byteLength(note.text, "utf8");
		if (!best || Math.abs(bytes - TARGET_BYTES) < Math.abs(bestBytes - TARGET_BYTES)) {
			best = note;
			bestBytes = bytes;
		}
	}
	if (!best) throw new Error("no transcript");
	return { subject: best, bytes: bestBytes, others };
}

const percentile = (values: number[], p: number): number => {
	const sorted = values.slice().sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
};
const cpuMs = (): number => {
	const used = process.cpuUsage();
	return (used.user + used.system) / 1000;
};

const gcPauses: Array<{ start: number; duration: number; kind: number }> = [];
new PerformanceObserver((list) => {
	for (const entry of list.getEntries()) gcPauses.push({ start: entry.startTime, duration: entry.duration, kind: ((entry as unknown as { detail: { kind: number } }).detail).kind });
}).observe({ entryTypes: ["gc"] });

/** Which edits a GC pause fell in, and the percentiles of the edits it did not touch. */
function gcReport(starts: number[], wall: number[]): void {
	setTimeout(() => {
		const touched = starts.map((start, i) => gcPauses.filter((pause) => pause.start >= start && pause.start < start + wall[i]).reduce((sum, pause) => sum + pause.duration, 0));
		const clean = wall.filter((_, i) => i >= 20 && touched[i] === 0);
		const hit = touched.slice(20).filter((ms) => ms > 0);
		print(`GC: ${hit.length} of ${wall.length - 20} edits hold a pause, mean ${(hit.reduce((a, b) => a + b, 0) / Math.max(1, hit.length)).toFixed(2)} ms; kinds ${[...new Set(gcPauses.map((p) => p.kind))].join(",")}`);
		print(`edits without GC: p50 ${percentile(clean, 0.5).toFixed(2)} p95 ${percentile(clean, 0.95).toFixed(2)} ms`);
	}, 50);
}

function main(): void {
	const { subject, bytes, others } = pickSubject();
	print(`subject ${subject.path} ${subject.format} ${(bytes / 1024).toFixed(0)} KB; vault ${count}`);
	const definitions = args.includes("--theme-notes") ? themeNoteDefinitions() : catalogDefinitions(); // --theme-notes: as the bench reads them
	const compiled = compileThemes(definitions);
	const ctx: AnalysisContext = { frontmatter: grayMatterFrontmatter, compiled, scoring: DEFAULT_SCORING };
	const index = new ThemeIndex(definitions);
	for (const note of others) index.upsert(analyzeNote(note.path, note.text, ctx, { size: note.text.length, mtime: note.mtime }));
	index.upsert(analyzeNote(subject.path, subject.text, ctx, { size: bytes, mtime: subject.mtime }));
	const wall: number[] = [];
	const starts: number[] = [];
	const cpu: number[] = [];
	const stages = [0, 0, 0, 0, 0];
	const names = ["parseSource", "findMentions", "decideThemes", "buildRecord", "upsert"];
	if (args.includes("--mark")) print("edits begin");
	for (let i = 0; i < edits; i++) {
		if (args.includes("--mark") && i === 3) print("edit 3");
		const middle = subject.text.length >> 1;
		const edited = `${subject.text.slice(0, middle)} edit ${i} about scaling laws ${subject.text.slice(middle)}`;
		const text = args.includes("--flat") ? (JSON.parse(JSON.stringify(edited)) as string) : edited; // --flat: a sequential string, as a file read gives
		const facts = { size: Buffer.byteLength(text, "utf8"), mtime: subject.mtime + i + 1 };
		const c0 = cpuMs();
		const t0 = performance.now();
		starts.push(t0);
		if (args.includes("--parse-only")) {
			parseSource(subject.path, text, ctx.frontmatter);
		} else if (args.includes("--split")) {
			const doc = parseSource(subject.path, text, ctx.frontmatter);
			const t1 = performance.now();
			const found = findMentions(compiled, text, doc.excluded);
			const t2 = performance.now();
			const decided = decideThemes(doc, text, found, compiled, DEFAULT_SCORING);
			const t3 = performance.now();
			const record = buildRecord(doc, text, decided, facts);
			const t4 = performance.now();
			index.upsert(record);
			const t5 = performance.now();
			if (i >= 20) [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4].forEach((ms, k) => (stages[k] += ms)); // first edits warm up
		} else {
			index.upsert(analyzeNote(subject.path, text, ctx, facts));
		}
		wall.push(performance.now() - t0);
		cpu.push(cpuMs() - c0);
	}
	const tail = (xs: number[]): number[] => xs.slice(20);
	print(`first edits: ${wall.slice(0, 12).map((ms) => ms.toFixed(1)).join(" ")} ms; p95 of the first 50 (the bench's sample): ${percentile(wall.slice(0, 50), 0.95).toFixed(2)} ms`);
	gcReport(starts, wall);
	print(`wall p50 ${percentile(tail(wall), 0.5).toFixed(2)} p95 ${percentile(tail(wall), 0.95).toFixed(2)} max ${Math.max(...tail(wall)).toFixed(2)} ms`);
	print(`cpu  p50 ${percentile(tail(cpu), 0.5).toFixed(2)} p95 ${percentile(tail(cpu), 0.95).toFixed(2)} ms`);
	if (args.includes("--split")) print(names.map((name, k) => `${name} ${(stages[k] / (edits - 20)).toFixed(2)}`).join(" | ") + " ms mean");
}

main();
