// Scratch profiler: how fast could ONE fused pass be? Times, on the bench's generated vault, the
// floor (lower-case + scan) beside loops that do only the per-word work every design of the index
// needs (no parsing, no passages, no records): fold and hash each word; then also probe a word
// filter for the matcher; then also add each word (and each pair of long words) to a dedup set for
// the fingerprint; then also look up the word's stop-word flags. Each loop is a lower bound on the
// whole index's time, so its MB/s is an upper bound on what a fused rewrite could reach.
// Build: npx esbuild bench/profile-ceiling.ts --bundle --platform=node --format=esm --outfile=/tmp/pc.mjs --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);"
// Run:   node /tmp/pc.mjs [notes]

import { KeySet } from "../src/core/index/key-set";
import { SCAN_SPECIAL, SCAN_TABLE, foldOf } from "../src/core/themes/chars";
import { buildBenchVault, utf8Length } from "./bench-vault";

const count = Number(process.argv[2] ?? 2000);
const vault = buildBenchVault(20240403, count);
const texts = vault.notes.map((note) => note.text);
const mb = texts.reduce((sum, text) => sum + utf8Length(text), 0) / 1e6;
let sink = 0;

const FILTER_MASK = (1 << 16) - 1; // a 64 KB byte filter, as the matcher's
const filter = new Uint8Array(FILTER_MASK + 1);
for (let n = 0; n < 600; n++) filter[(Math.imul(n, 0x9e3779b1) >>> 7) & FILTER_MASK] = 1; // ~600 alias words
const RECENT_MASK = (1 << 11) - 1;
const recentA = new Int32Array(RECENT_MASK + 1);
const recentFlags = new Int32Array(RECENT_MASK + 1);
const keys = new KeySet();

function floor(text: string): void {
	const lower = text.toLowerCase();
	let sum = 0;
	for (let i = 0; i < lower.length; i++) sum = (sum + lower.charCodeAt(i)) | 0;
	sink ^= sum;
}

/** Level 1: fold and hash every word. 2: + filter probe. 3: + fingerprint set (word, long pairs). 4: + listed flags. */
function fused(text: string, level: number): void {
	const table = SCAN_TABLE;
	const special = SCAN_SPECIAL;
	if (level >= 3) keys.clear();
	let words = 0;
	let hits = 0;
	let previous = 0;
	let i = 0;
	const length = text.length;
	while (i < length) {
		const code = text.charCodeAt(i);
		let entry = table[code];
		if (entry >= special) entry = foldOf(code);
		if (entry === 0) {
			i++;
			continue;
		}
		let hash = Math.imul(0x811c9dc5 ^ entry, 0x01000193);
		let end = i + 1;
		for (; end < length; end++) {
			const next = table[text.charCodeAt(end)];
			if (next === 0 || next >= special) break;
			hash = Math.imul(hash ^ next, 0x01000193);
		}
		words++;
		if (level >= 2 && filter[(hash >>> 7) & FILTER_MASK] !== 0) hits++;
		if (level >= 3) {
			keys.add(hash);
			if (end - i >= 4) {
				if (previous !== 0) keys.add(Math.imul(previous, 0x2545f491) ^ hash);
				previous = hash;
			} else previous = 0;
		}
		if (level >= 4) {
			const slot = (hash ^ (hash >>> 13)) & RECENT_MASK;
			if (recentA[slot] !== hash) {
				recentA[slot] = hash;
				recentFlags[slot] = hash & 3;
			}
			hits += recentFlags[slot];
		}
		i = end + 1;
	}
	sink ^= words ^ hits ^ keys.size;
}

function timed(label: string, work: (text: string) => void, floorMs: number): number {
	for (let round = 0; round < 2; round++) for (let n = 0; n < 300; n++) work(texts[n]); // warm-up
	let best = Infinity;
	for (let round = 0; round < 3; round++) {
		const started = performance.now();
		for (const text of texts) work(text);
		best = Math.min(best, performance.now() - started);
	}
	console.log(`${label.padEnd(44)} ${(mb / (best / 1000)).toFixed(0).padStart(6)} MB/s  ${best.toFixed(0).padStart(5)} ms  ${floorMs > 0 ? `${(best / floorMs).toFixed(2)}× floor` : ""}`);
	return best;
}

console.log(`${texts.length} notes, ${mb.toFixed(1)} MB (best of 3 rounds)`);
const floorMs = timed("floor (lower-case + scan)", floor, 0);
timed("fold + hash every word", (text) => fused(text, 1), floorMs);
timed("  + matcher's filter probe", (text) => fused(text, 2), floorMs);
timed("  + fingerprint set (words, long pairs)", (text) => fused(text, 3), floorMs);
timed("  + listed-word flags", (text) => fused(text, 4), floorMs);
console.log(`(sink ${sink & 1})`);
