// The fingerprint builder as it was before the one-pass rewrite (a key per prefix, a fresh table scan),
// kept as the reference the property tests compare the fast walk against.

import { CharClass, classOf, foldOf } from "../../../src/core/themes/chars";

const PREFIX_LIMIT = 4;
const BITS_PER_KEY = 10;
const PROBES = 4;
const MIN_BITS = 256;
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

const scratch = new KeySet();

function collectPrefixKeys(raw: string, keys: KeySet): void {
	let hash = FNV_OFFSET;
	let length = 0;
	for (let i = 0; i <= raw.length; i++) {
		const code = i < raw.length ? raw.charCodeAt(i) : 32;
		if (isIdeograph(code)) {
			if (length === 1) keys.add(hash);
			keys.add(Math.imul(FNV_OFFSET ^ code, FNV_PRIME));
			length = 0;
			hash = FNV_OFFSET;
		} else if (isWordChar(code)) {
			if (length < PREFIX_LIMIT) {
				hash = Math.imul(hash ^ foldCode(code), FNV_PRIME);
				if (++length >= 2) keys.add(hash);
			}
		} else {
			if (length === 1) keys.add(hash);
			length = 0;
			hash = FNV_OFFSET;
		}
	}
}

function nextPowerOfTwo(value: number): number {
	let power = MIN_BITS;
	while (power < value) power *= 2;
	return power;
}

function setKey(bits: Uint32Array, key: number): void {
	const mask = bits.length * 32 - 1;
	const step = mix(key);
	for (let j = 0; j < PROBES; j++) {
		const position = (key + Math.imul(j, step)) & mask;
		bits[position >>> 5] |= 1 << (position & 31);
	}
}


/** The reference fingerprint bits of a whole text. */
export function referenceFingerprint(raw: string): Uint32Array {
	scratch.clear();
	collectPrefixKeys(raw, scratch);
	const bits = new Uint32Array(nextPowerOfTwo(scratch.size * BITS_PER_KEY) / 32);
	for (const key of scratch.table) if (key !== 0) setKey(bits, key);
	return bits;
}
