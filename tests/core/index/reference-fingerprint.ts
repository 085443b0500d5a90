// The fingerprint built the plain way (a key per distinct folded word and per pair of long words in a
// row outside excluded ranges, a fresh table scan), kept as the reference the property tests compare
// the one-pass walk against.

import { CharClass, classOf, foldOf } from "../../../src/core/text/chars";
import { UNPROBED_WORDS } from "../../../src/core/index/unprobed-words";

const BITS_PER_KEY = 14; // key-set.ts FILTER_BITS_PER_KEY, written out: a reference shares no code
const PROBES = 10; // key-set.ts FILTER_PROBES
const MIN_WORDS = 2;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function foldCode(code: number): number {
	return code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : foldOf(code);
}
function isIdeograph(code: number): boolean {
	return classOf(code) === CharClass.ClosedScript;
}
function isWordChar(code: number): boolean {
	const cls = classOf(code);
	return cls === CharClass.Word || cls === CharClass.ClosedScript;
}

function mix(hash: number): number {
	let h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) | 1;
}

/** A growable open-addressing set of non-zero 32-bit keys, reused between notes. */
class KeySet {
	table = new Int32Array(4096); // a few hundred words fit without growing
	size = 0;
	clear(): void {
		if (this.table.length > 1 << 16) this.table = new Int32Array(4096); // don't hold a giant note's table
		else this.table.fill(0);
		this.size = 0;
	}
	add(key: number): void {
		const k = key | 0 || 1;
		if (UNPROBED.has(k)) return; // by value, whether a word's key or a pair's
		const mask = this.table.length - 1;
		let slot = mix(k) & mask;
		while (this.table[slot] !== 0) {
			if (this.table[slot] === k) return;
			slot = (slot + 1) & mask;
		}
		this.table[slot] = k;
		if (++this.size * 2 > this.table.length) this.grow();
	}
	private grow(): void {
		const old = this.table;
		this.table = new Int32Array(old.length * 2);
		this.size = 0;
		for (const key of old) if (key !== 0) this.add(key);
	}
}

/** Keys no fingerprint holds: the listed function words and fillers (the list is data; its keys are computed here). */
const UNPROBED = new Set(
	UNPROBED_WORDS.map((word) => {
		let hash = FNV_OFFSET;
		for (const char of word) hash = Math.imul(hash ^ char.charCodeAt(0), FNV_PRIME);
		return hash | 0 || 1;
	}),
);

const scratch = new KeySet();

const PAIR_MIN_LENGTH = 4;

function pairKey(first: number, second: number): number {
	return (Math.imul(mix(first), 0x2545f491) ^ second) | 0 || 1;
}

function insideRange(excluded: readonly number[], at: number): boolean {
	for (let r = 0; r < excluded.length; r += 2) if (excluded[r] <= at && at < excluded[r + 1]) return true;
	return false;
}

/** Every word of `raw` as [start, end, key]; an ideograph is a word of its own. */
function wordsOf(raw: string): Array<[number, number, number]> {
	const words: Array<[number, number, number]> = [];
	let hash = FNV_OFFSET;
	let start = -1;
	for (let i = 0; i <= raw.length; i++) {
		const code = i < raw.length ? raw.charCodeAt(i) : 32;
		if (isWordChar(code) && !isIdeograph(code)) {
			if (start < 0) start = i;
			hash = Math.imul(hash ^ foldCode(code), FNV_PRIME);
			continue;
		}
		if (start >= 0) words.push([start, i, hash]);
		if (isIdeograph(code)) words.push([i, i + 1, Math.imul(FNV_OFFSET ^ code, FNV_PRIME)]);
		start = -1;
		hash = FNV_OFFSET;
	}
	return words;
}

function collectWordKeys(raw: string, excluded: readonly number[], keys: KeySet): void {
	let previous = 0; // key of the last visible long word, else 0
	for (const [start, end, key] of wordsOf(raw)) {
		keys.add(key);
		if (insideRange(excluded, start)) continue;
		const first = raw.charCodeAt(start);
		const long = end - start >= PAIR_MIN_LENGTH && !(first >= 48 && first <= 57) && !isIdeograph(first);
		if (long && previous !== 0) keys.add(pairKey(previous, key | 0 || 1));
		previous = long ? key | 0 || 1 : 0;
	}
}

function setKey(bits: Int32Array, key: number): void {
	const size = bits.length * 32;
	const step = mix(key);
	for (let j = 0; j < PROBES; j++) {
		const position = ((key + Math.imul(j, step)) >>> 0) % size;
		bits[position >>> 5] |= 1 << (position & 31);
	}
}

/** The reference fingerprint bits of a whole text whose matcher reads over `excluded` as spaces. */
export function referenceFingerprint(raw: string, excluded: readonly number[] = []): Int32Array {
	scratch.clear();
	collectWordKeys(raw, excluded, scratch);
	const bits = new Int32Array(Math.max(MIN_WORDS, Math.ceil((scratch.size * BITS_PER_KEY) / 32)));
	for (const key of scratch.table) if (key !== 0) setKey(bits, key);
	return bits;
}
