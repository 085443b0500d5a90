// Scratch profiler for the bench's "full index" (analyzeNote + ThemeIndex.upsert + aggregates) on the
// generated vault. Build: npx esbuild bench/profile-full.ts --bundle --platform=node --format=esm --outfile=/tmp/pf.mjs --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);"
// Run:   node --cpu-prof --cpu-prof-dir=/tmp/prof /tmp/pf.mjs [notes]
import { grayMatterFrontmatter } from "../src/cli/gray-matter-frontmatter";
import { analyzeNote } from "../src/core/index/analyze";
import { ThemeIndex } from "../src/core/index/theme-index";
import { compileThemes } from "../src/core/themes/compile";
import { DEFAULT_SCORING } from "../src/core/themes/scoring";
import { themeFromNote } from "../src/core/themes/theme-note";
import { buildBenchVault } from "./bench-vault";

const count = Number(process.argv[2] ?? 2000);
const vault = buildBenchVault(20240403, count);
const themes = vault.themes.map((note) => {
	const fm = grayMatterFrontmatter(note.text);
	return themeFromNote(note.path, fm.data, note.text.slice(fm.bodyStart));
});
const ctx = { frontmatter: grayMatterFrontmatter, compiled: compileThemes(themes), scoring: DEFAULT_SCORING };
for (let round = 0; round < 3; round++) {
	const cpu0 = process.cpuUsage();
	const t0 = performance.now();
	const index = new ThemeIndex(themes);
	let analyzeMs = 0;
	for (let i = 0; i < vault.notes.length; i++) {
		const a = performance.now();
		const record = analyzeNote(vault.notes[i].path, vault.notes[i].text, ctx, { size: vault.bytes[i], mtime: vault.notes[i].mtime });
		analyzeMs += performance.now() - a;
		index.upsert(record);
	}
	const t1 = performance.now();
	for (const stats of index.allThemeStats()) index.relatedThemes(stats.id);
	index.suggestions();
	const t2 = performance.now();
	const cpu = process.cpuUsage(cpu0);
	const mb = vault.totalBytes / 1048576;
	console.log(`  CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms = ${(mb / ((cpu.user + cpu.system) / 1e6)).toFixed(1)} MB/s CPU`);
	console.log(`round ${round}: ${mb.toFixed(1)} MB, analyze ${analyzeMs.toFixed(0)} ms, upsert ${(t1 - t0 - analyzeMs).toFixed(0)} ms, aggregates ${(t2 - t1).toFixed(0)} ms, total ${(t2 - t0).toFixed(0)} ms = ${(mb / ((t2 - t0) / 1000)).toFixed(1)} MB/s`);
}
