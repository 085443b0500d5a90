import { writeHeapSnapshot } from "node:v8";
import { grayMatterFrontmatter } from "../src/cli/gray-matter-frontmatter";
import { analyzeNote, type AnalysisContext } from "../src/core/index/analyze";
import { ThemeIndex } from "../src/core/index/theme-index";
import { compileThemes } from "../src/core/themes/compile";
import { DEFAULT_SCORING } from "../src/core/themes/scoring";
import { themeFromNote } from "../src/core/themes/theme-note";
import { generateNote, generateThemeNotes } from "./generate-vault";
const definitions = generateThemeNotes(20240403).map((note) => {
	const matter = grayMatterFrontmatter(note.text);
	return themeFromNote(note.path, matter.data, note.text.slice(matter.bodyStart));
});
const ctx: AnalysisContext = { frontmatter: grayMatterFrontmatter, compiled: compileThemes(definitions), scoring: DEFAULT_SCORING };
const index = new ThemeIndex(definitions);
for (let i = 0; i < 10000; i++) {
	const note = generateNote(20240403, i);
	index.upsert(analyzeNote(note.path, note.text, ctx, { size: note.text.length, mtime: note.mtime }));
}
index.allThemeStats();
(globalThis as { gc?: () => void }).gc?.();
console.log(process.memoryUsage().heapUsed / 1e6, process.memoryUsage().arrayBuffers / 1e6);
writeHeapSnapshot("/tmp/full.heapsnapshot");
console.log(index.size);
