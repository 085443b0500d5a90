// The set of a note's fingerprint keys (a growable open-addressing table of 32-bit keys, reused
// between notes) and the Bloom filter written from it.

import { isUnprobed } from "./unprobed-words";

/** murmur3's 32-bit finalizer (its two multipliers): every input bit moves every output bit; odd, so never 0. */
export function mix(hash: number): number {
	let h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) | 1;
}

const SMALL_TABLE = 4096; // slots: a few hundred words fit without growing

/**
 * A growable open-addressing set of non-zero 32-bit keys, reused between notes. It remembers the keys
 * in insertion order too, so that building the filter and clearing touch only what was added.
 */
export class KeySet {
	/** Slots; only [0, mask] is in use, so that a small note after a big one stays in a few cache lines. */
	table = new Int32Array(SMALL_TABLE);
	keys = new Int32Array(1024);
	size = 0;
	/** Keys that go into the filter: keys[0, probed). Those set aside (unprobed-words.ts) follow them. */
	probed = 0;
	private mask = SMALL_TABLE - 1;
	clear(): void {
		if (this.table.length > 1 << 16) {
			this.table = new Int32Array(SMALL_TABLE); // don't hold a giant note's table
			this.keys = new Int32Array(1024);
		} else if (this.size * 8 < this.mask + 1) {
			this.forget();
		} else this.table.fill(0, 0, this.mask + 1);
		this.size = 0;
		this.probed = 0;
		this.mask = SMALL_TABLE - 1; // slots past it may hold old keys: grow() clears what it takes
	}
	/** Empties the slots of the keys added: cheaper than a fill for a small note. */
	private forget(): void {
		for (let n = 0; n < this.size; n++) {
			let slot = mix(this.keys[n]) & this.mask;
			while (this.table[slot] !== this.keys[n]) slot = (slot + 1) & this.mask;
			this.table[slot] = 0; // no tombstones needed: every key is cleared before the next note
		}
	}
	add(key: number): void {
		const k = key | 0 || 1;
		const mask = this.mask;
		let h = Math.imul(k ^ (k >>> 16), 0x85ebca6b); // mix(k), written out: this runs for every word of every note
		h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
		let slot = (h ^ (h >>> 16) | 1) & mask;
		while (this.table[slot] !== 0) {
			if (this.table[slot] === k) return;
			slot = (slot + 1) & mask;
		}
		this.table[slot] = k;
		if (this.size === this.keys.length) this.keys = grown(this.keys);
		this.keys[this.size] = k;
		this.probed = ++this.size; // every key is probed until setAsideUnprobed: a filter without it only holds more
		if (this.size * 2 > mask + 1) this.grow();
	}
	/** Moves the keys of words no probe asks for (unprobed-words.ts) behind the others; `probed` counts the rest. */
	setAsideUnprobed(): void {
		const keys = this.keys;
		let kept = 0;
		for (let n = 0; n < this.size; n++) {
			const key = keys[n];
			if (isUnprobed(key)) continue;
			keys[n] = keys[kept]; // a swap: the set-aside key moves to n, still listed for forget()
			keys[kept++] = key;
		}
		this.probed = kept;
	}
	private grow(): void {
		const slots = (this.mask + 1) * 2;
		if (this.table.length < slots) this.table = new Int32Array(slots);
		else this.table.fill(0, 0, slots);
		this.mask = slots - 1;
		for (let n = 0; n < this.size; n++) {
			let slot = mix(this.keys[n]) & this.mask;
			while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
			this.table[slot] = this.keys[n];
		}
	}
}

/** Bits of a note's fingerprint per distinct key, and probes per key (fingerprint.ts reads these too). */
export const FILTER_BITS_PER_KEY = 14; // with 10 probes: about 0.12% false positives per key; the earlier 16 bits held 0.05% for 1.5 MB more at 10,000 notes (a theme edit checks ~36 notes' text, not ~15)
export const FILTER_PROBES = 10; // the best count for 14 bits per key (14 × ln 2 ≈ 9.7)

/**
 * Writes the Bloom filter of `keys` (the probed ones) into bits[offset, offset + words), which must be zero: exactly the
 * bits of fingerprint.ts's writeFingerprint, whose probe j sits at ((key + j × mix(key)) mod 2^32) mod
 * size. The modulo is a multiplication by 1/size and a correction (a modulo of a number past 2^31 is a
 * slow call in V8), and each probe is computed on its own, so the probes of a key overlap in the CPU.
 */
export function writeFilter(keys: KeySet, bits: Int32Array, offset: number, words: number): void {
	const size = words * 32;
	const inverse = 1 / size;
	for (let n = 0; n < keys.probed; n++) {
		const key = keys.keys[n];
		const step = mix(key);
		for (let j = 0; j < FILTER_PROBES; j++) {
			const unsigned = (key + Math.imul(j, step)) >>> 0;
			let position = unsigned - Math.floor(unsigned * inverse) * size; // exact whole numbers below 2^53; the quotient may be one off
			if (position < 0) position += size;
			else if (position >= size) position -= size;
			bits[offset + (position >>> 5)] |= 1 << (position & 31);
		}
	}
}

function grown(values: Int32Array): Int32Array<ArrayBuffer> {
	const bigger = new Int32Array(values.length * 2);
	bigger.set(values);
	return bigger;
}

