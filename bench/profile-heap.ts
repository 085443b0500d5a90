// Scratch profiler: what the 10k index's heap is made of. In a fresh process, as bench/heap-child.ts:
// index 2,000 notes and drop them, snapshot the heap, index `count` notes, snapshot again, and print
// the difference by node type and constructor (strings by kind: sliced, cons, one-byte, two-byte).
// With SAMPLES=<node type>, prints some names of that type; with KEEP=1, keeps /tmp/{before,after}.heapsnapshot.
// Build (the engine's module list, as bench/run.mjs writes it, then the bundle):
//   { i=0; e=""; for f in src/core/{index,themes,links,sources,engine}/*.ts src/core/work-queue.ts src/cli/gray-matter-frontmatter.ts; do echo "import * as m$i from \"$PWD/$f\";"; e="$e\"$f\": m$i,"; i=$((i+1)); done; echo "export const modules = {$e};"; } > /tmp/bench-engine.ts
//   npx esbuild bench/profile-heap.ts --bundle --platform=node --format=esm --outfile=/tmp/ph.mjs --alias:bench-engine=/tmp/bench-engine.ts --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);"
// Run:   node --expose-gc --max-old-space-size=4000 /tmp/ph.mjs [count]

import { readFileSync, unlinkSync } from "node:fs";
import { writeHeapSnapshot } from "node:v8";
import { streamNotes, utf8Length } from "./bench-vault";
import { loadPipeline } from "./engine-pipeline";
import { generateThemeNotes } from "./generate-vault";
import { touchAggregates, HEAP_WARM_UP } from "./heap-child";
import { collectGarbage } from "./measure";

const SEED = 20240403; // the bench's seed
const count = Number(process.argv[2] ?? 10_000);

interface Snapshot {
	snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
	nodes: number[];
	strings: string[];
}

/** Self size by "type:name" (names of strings folded into their type). */
function tally(file: string): Map<string, { size: number; count: number }> {
	const data = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
	if (!process.env.KEEP) unlinkSync(file);
	const fields = data.snapshot.meta.node_fields;
	const types = data.snapshot.meta.node_types[0];
	const [typeAt, nameAt, sizeAt] = ["type", "name", "self_size"].map((field) => fields.indexOf(field));
	const byKey = new Map<string, { size: number; count: number }>();
	for (let n = 0; n < data.nodes.length; n += fields.length) {
		const type = types[data.nodes[n + typeAt]];
		const key = type === "string" || type === "concatenated string" || type === "sliced string" || type === "code" || type === "hidden" ? type : `${type}:${data.strings[data.nodes[n + nameAt]].slice(0, 40)}`;
		const entry = byKey.get(key) ?? { size: 0, count: 0 };
		entry.size += data.nodes[n + sizeAt];
		entry.count++;
		byKey.set(key, entry);
	}
	if (process.env.SAMPLES) {
		let shown = 0;
		for (let n = 0; n < data.nodes.length && shown < 400; n += fields.length) {
			const type = types[data.nodes[n + typeAt]];
			if (type === process.env.SAMPLES && (n / fields.length) % 97 === 0) {
				console.log(JSON.stringify(data.strings[data.nodes[n + nameAt]].slice(0, 100)));
				shown++;
			}
		}
	}
	return byKey;
}

const pipeline = loadPipeline(generateThemeNotes(SEED));
if (typeof pipeline === "string") throw new Error(pipeline);
const warmUp = pipeline.newIndex();
for (const note of streamNotes(SEED, 0, HEAP_WARM_UP)) warmUp.upsert(pipeline.analyze(note, utf8Length(note.text)));
touchAggregates(warmUp);
collectGarbage();
const before = tally(writeHeapSnapshot("/tmp/before.heapsnapshot"));
const index = pipeline.newIndex();
for (const note of streamNotes(SEED, 0, count)) index.upsert(pipeline.analyze(note, utf8Length(note.text)));
touchAggregates(index);
collectGarbage();
const after = tally(writeHeapSnapshot("/tmp/after.heapsnapshot"));
const rows = [...after].map(([key, entry]) => {
	const old = before.get(key) ?? { size: 0, count: 0 };
	return { key, size: entry.size - old.size, count: entry.count - old.count };
});
rows.sort((a, b) => b.size - a.size);
let total = 0;
for (const row of rows) total += row.size;
console.log(`heap added by an index of ${count} notes: ${(total / 1e6).toFixed(2)} MB (typed arrays' stores are outside the heap)`);
for (const row of rows.slice(0, 40)) console.log(`${(row.size / 1e6).toFixed(2).padStart(8)} MB ${String(row.count).padStart(9)}  ${row.key}`);
if (!index) throw new Error("index vanished");
