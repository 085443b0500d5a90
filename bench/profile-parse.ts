// Scratch (parse speed work): runs parseSource alone over the generated vault notes, for CPU profiles.
// Build: npx esbuild bench/profile-parse.ts --bundle --platform=node --format=esm --outfile=/tmp/sp.mjs --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);"
import { grayMatterFrontmatter } from "../src/cli/gray-matter-frontmatter";
import type { FrontmatterParser, FrontmatterResult } from "../src/core/ports";
import { parseSource } from "../src/core/sources/index";
import { generateNote } from "./generate-vault";

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf("--rounds") + 1]) || 5; // timed passes after one warm-up
const notes: Array<{ path: string; text: string; matter: FrontmatterResult }> = [];
let total = 0;
for (let index = 0; total < 16_000_000; index++) {
	const note = generateNote(42, index);
	const text = JSON.parse(JSON.stringify(note.text)) as string;
	notes.push({ path: note.path, text, matter: grayMatterFrontmatter(text) });
	total += text.length;
}
let current: FrontmatterResult = { data: null, bodyStart: 0, problem: null };
const cached: FrontmatterParser = () => current;
async function main(): Promise<void> {
	const parse = process.env.ORIG ? ((await import(process.env.ORIG)) as { parseSource: typeof parseSource }).parseSource : parseSource; // ORIG: an older engine's bundle
	for (let round = 0; round <= rounds; round++) {
		const cpu = process.cpuUsage();
		for (const note of notes) {
			current = note.matter;
			parse(note.path, note.text, cached);
		}
		const used = process.cpuUsage(cpu);
		process.stdout.write(`round ${round}: ${(total / 1e6 / ((used.user + used.system) / 1e6)).toFixed(1)} MB/s CPU\n`);
	}
}

void main();
