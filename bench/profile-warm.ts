// Scratch profiler for warm start alone, as the app starts: a fresh process reads the binary store
// profile-store.ts left in /tmp/t7/store.bin, decodes it and reconciles it with its own listing.
// Build: npx esbuild bench/profile-warm.ts --bundle --platform=node --format=esm --outfile=/tmp/pw.mjs --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);"
// Run:   node /tmp/pw.mjs [store file]   (once per figure: later rounds in one process run warmed-up code)
import { readFileSync } from "node:fs";
import { decodeIndex } from "../src/core/index/binary-store";
import { reconcile } from "../src/core/index/serialize";

const file = process.argv[2] ?? "/tmp/t7/store.bin";
const rounds = Number(process.argv[3] ?? 3);
for (let round = 0; round < rounds; round++) {
	const t0 = performance.now();
	const bytes = readFileSync(file);
	const t1 = performance.now();
	const index = decodeIndex(bytes);
	const t2 = performance.now();
	const listing = index ? index.documents().map((d) => ({ path: d.path, size: d.size, mtime: d.mtime })) : [];
	const t3 = performance.now();
	const plan = index ? reconcile(index, listing) : null;
	const t4 = performance.now();
	const how = round === 0 ? "cold" : "warmed-up code";
	console.log(`round ${round} (${how}): read ${(t1 - t0).toFixed(0)} decode ${(t2 - t1).toFixed(0)} reconcile ${(t4 - t3).toFixed(0)} total ${(t4 - t0 - (t3 - t2)).toFixed(0)} ms; to read ${plan ? plan.changed.length + plan.added.length : "rejected"}`);
}
