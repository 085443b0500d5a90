// Scratch profiler for warm start alone: reads the store profile-store.ts left in /tmp/t7/store.json,
// restores it and reconciles with the same listing, several rounds, printing each step's time.
// Build: npx esbuild bench/profile-warm.ts --bundle --platform=node --format=esm --outfile=/tmp/pw.mjs --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);"
// Run:   node --expose-gc /tmp/pw.mjs [store file]
import { readFileSync } from "node:fs";
import { reconcile, restoreIndex } from "../src/core/index/serialize";

const file = process.argv[2] ?? "/tmp/t7/store.json";
const gc = (globalThis as { gc?: () => void }).gc;
for (let round = 0; round < 5; round++) {
	gc?.();
	const t0 = performance.now();
	const text = readFileSync(file, "utf8");
	const t1 = performance.now();
	const parsed = JSON.parse(text) as { documents: Array<{ path: string; size: number; mtime: number }> };
	const t2 = performance.now();
	const listing = parsed.documents.map((d) => ({ path: d.path, size: d.size, mtime: d.mtime }));
	const t3 = performance.now();
	const index = restoreIndex(parsed);
	const t4 = performance.now();
	const plan = index ? reconcile(index, listing) : null;
	const t5 = performance.now();
	console.log(`round ${round}: read ${(t1 - t0).toFixed(0)} parse ${(t2 - t1).toFixed(0)} restore ${(t4 - t3).toFixed(0)} reconcile ${(t5 - t4).toFixed(0)} total ${(t5 - t0 - (t3 - t2)).toFixed(0)} ms; to read ${plan ? plan.changed.length + plan.added.length : "rejected"}`);
}

// The binary form of the same index (binary-store.ts), written once and then loaded several rounds.
import { writeFileSync } from "node:fs";
import { decodeIndex, encodeIndex } from "../src/core/index/binary-store";
{
	const index = restoreIndex(JSON.parse(readFileSync(file, "utf8")));
	if (!index) throw new Error("store rejected");
	const t = performance.now();
	const bytes = encodeIndex(index);
	console.log(`binary: ${(bytes.length / 1048576).toFixed(1)} MB, encoded in ${(performance.now() - t).toFixed(0)} ms`);
	writeFileSync("/tmp/t7/store.bin", bytes);
	const listing = index.documents().map((d) => ({ path: d.path, size: d.size, mtime: d.mtime }));
	for (let round = 0; round < 5; round++) {
		gc?.();
		const t0 = performance.now();
		const read = readFileSync("/tmp/t7/store.bin");
		const t1 = performance.now();
		const restored = decodeIndex(read);
		const t2 = performance.now();
		const plan = restored ? reconcile(restored, listing) : null;
		const t3 = performance.now();
		console.log(`binary round ${round}: read ${(t1 - t0).toFixed(0)} decode ${(t2 - t1).toFixed(0)} reconcile ${(t3 - t2).toFixed(0)} total ${(t3 - t0).toFixed(0)} ms; to read ${plan ? plan.changed.length + plan.added.length : "rejected"}`);
	}
}
