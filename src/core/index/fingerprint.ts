// A small fingerprint of a note's words: a Bloom filter of word-prefix hashes. When a theme gains
// an alias, only the notes whose fingerprint may hold the alias's words are read again.
// Prefixes (2–4 characters of every word) make it blind to inflection: "scale" finds "scaling".
// Words and folding are the matcher's own (themes/chars.ts), so the filter never misses a match.

import { CharClass, SCAN_SPECIAL, SCAN_TABLE, classOf, foldOf } from "../themes/chars";

export interface WordFingerprint {
	/** Bloom filter bits; its length in bits is a power of two. */
	bits: Uint32Array;
}

const PREFIX_LIMIT = 4; // "scal" is shared by scale/scales/scaled/scaling; inflections rarely differ sooner
const BITS_PER_KEY = 10; // with 4 probes: about 1% false positives
const PROBES = 4;
const MIN_BITS = 256; // an empty or tiny note still gets a usable filter
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Lower-case form of a char code, exactly as the matcher folds it. */
export function foldCode(code: number): number {
	return code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : foldOf(code);
}

/** A character of a script written without spaces: a word by itself, as the matcher reads it. */
export function isIdeograph(code: number): boolean {
	return classOf(code) === CharClass.ClosedScript;
}

/** Letters, digits and marks of a script written with spaces: cutting next to one may split a word. */
export function isLetterChar(code: number): boolean {
	return classOf(code) === CharClass.Word;
}

/** Letters, digits and marks of any script (closed scripts included), as the matcher reads them. */
export function isWordChar(code: number): boolean {
	const cls = classOf(code);
	return cls === CharClass.Word || cls === CharClass.ClosedScript;
}

function mix(hash: number): number {
	let h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) | 1;
}

/**
 * A growable open-addressing set of non-zero 32-bit keys, reused between notes. It remembers the keys
 * in insertion order too, so that building the filter and clearing touch only what was added.
 */
class KeySet {
	table = new Int32Array(4096); // a few hundred words fit without growing
	keys = new Int32Array(1024);
	size = 0;
	clear(): void {
		if (this.table.length > 1 << 16) {
			this.table = new Int32Array(4096); // don't hold a giant note's table
			this.keys = new Int32Array(1024);
		} else if (this.size * 8 < this.table.length) {
			this.forget();
		} else this.table.fill(0);
		this.size = 0;
	}
	/** Empties the slots of the keys added: cheaper than a fill for a small note. */
	private forget(): void {
		const mask = this.table.length - 1;
		for (let n = 0; n < this.size; n++) {
			let slot = mix(this.keys[n]) & mask;
			while (this.table[slot] !== this.keys[n]) slot = (slot + 1) & mask;
			this.table[slot] = 0; // no tombstones needed: every key is cleared before the next note
		}
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
		if (this.size === this.keys.length) this.keys = grown(this.keys);
		this.keys[this.size] = k;
		if (++this.size * 2 > this.table.length) this.grow();
	}
	private grow(): void {
		this.table = new Int32Array(this.table.length * 2);
		const mask = this.table.length - 1;
		for (let n = 0; n < this.size; n++) {
			let slot = mix(this.keys[n]) & mask;
			while (this.table[slot] !== 0) slot = (slot + 1) & mask;
			this.table[slot] = this.keys[n];
		}
	}
}

function grown(values: Int32Array): Int32Array<ArrayBuffer> {
	const bigger = new Int32Array(values.length * 2);
	bigger.set(values);
	return bigger;
}

/**
 * Words already seen in this note, by the exact content of their first four folded code units
 * (two per 32-bit half; a unit is never 0, so shorter words differ from longer ones): a word seen
 * before adds no new prefix keys, so the prefix hashing and the key set are skipped for it.
 */
class PrefixSeen {
	high = new Int32Array(4096); // first two units
	low = new Int32Array(4096); // third and fourth units
	stamp = new Int32Array(4096); // a slot is filled when its stamp is this note's
	note = 1;
	size = 0;
	clear(): void {
		if (this.high.length > 1 << 16) this.resize(4096);
		if (++this.note === 0x7fffffff) {
			this.stamp.fill(0);
			this.note = 1;
		}
		this.size = 0;
	}
	/** True the first time a word prefix is met in this note. */
	firstTime(high: number, low: number): boolean {
		const mask = this.high.length - 1;
		let slot = mix(high ^ Math.imul(low, 0x9e3779b1)) & mask;
		while (this.stamp[slot] === this.note) {
			if (this.high[slot] === high && this.low[slot] === low) return false;
			slot = (slot + 1) & mask;
		}
		this.stamp[slot] = this.note;
		this.high[slot] = high;
		this.low[slot] = low;
		if (++this.size * 2 > this.high.length) this.rehash();
		return true;
	}
	private rehash(): void {
		const { high, low, stamp, note } = this;
		this.resize(high.length * 2);
		this.size = 0;
		for (let slot = 0; slot < high.length; slot++) if (stamp[slot] === note) this.firstTime(high[slot], low[slot]);
	}
	private resize(length: number): void {
		this.high = new Int32Array(length);
		this.low = new Int32Array(length);
		this.stamp = new Int32Array(length);
		this.note = 1;
	}
}

const scratch = new KeySet();
const seen = new PrefixSeen();

/** Adds the keys of one word whose first folded units are packed in high/low (`length` of them, at most 4). */
function addWordKeys(keys: KeySet, high: number, low: number, length: number): void {
	if (!seen.firstTime(high, low)) return;
	let hash = Math.imul(FNV_OFFSET ^ (high >>> 16), FNV_PRIME);
	if (length === 1) {
		keys.add(hash);
		return;
	}
	hash = Math.imul(hash ^ (high & 0xffff), FNV_PRIME);
	keys.add(hash);
	if (length === 2) return;
	hash = Math.imul(hash ^ (low >>> 16), FNV_PRIME);
	keys.add(hash);
	if (length === 3) return;
	keys.add(Math.imul(hash ^ (low & 0xffff), FNV_PRIME));
}

/**
 * Keys of every word: its 2-, 3- and 4-unit folded prefixes (a one-unit word: itself), and each
 * closed-script character on its own (unfolded). One table load per character.
 */
function collectPrefixKeys(raw: string, keys: KeySet): void {
	let high = 0;
	let low = 0;
	let length = 0;
	for (let i = 0; i < raw.length; i++) {
		const code = raw.charCodeAt(i);
		let fold = SCAN_TABLE[code];
		if (fold >= SCAN_SPECIAL) {
			const cls = classOf(code);
			if (cls === CharClass.ClosedScript) {
				if (length > 0) addWordKeys(keys, high, low, length);
				keys.add(Math.imul(FNV_OFFSET ^ code, FNV_PRIME));
				length = high = low = 0;
				continue;
			}
			fold = cls === CharClass.Word ? foldOf(code) : 0;
		}
		if (fold !== 0) {
			if (length < 2) high |= fold << (length === 0 ? 16 : 0);
			else if (length < PREFIX_LIMIT) low |= fold << (length === 2 ? 16 : 0);
			length++;
		} else if (length > 0) {
			addWordKeys(keys, high, low, length > PREFIX_LIMIT ? PREFIX_LIMIT : length);
			length = high = low = 0;
		}
	}
	if (length > 0) addWordKeys(keys, high, low, length > PREFIX_LIMIT ? PREFIX_LIMIT : length);
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

function hasKey(bits: Uint32Array, key: number): boolean {
	const mask = bits.length * 32 - 1;
	const step = mix(key);
	for (let j = 0; j < PROBES; j++) {
		const position = (key + Math.imul(j, step)) & mask;
		if ((bits[position >>> 5] & (1 << (position & 31))) === 0) return false;
	}
	return true;
}

/** The fingerprint of a note's whole text (frontmatter included: a superset is safe). */
export function buildFingerprint(raw: string): WordFingerprint {
	scratch.clear();
	seen.clear();
	collectPrefixKeys(raw, scratch);
	const bits = new Uint32Array(nextPowerOfTwo(scratch.size * BITS_PER_KEY) / 32);
	for (let n = 0; n < scratch.size; n++) setKey(bits, scratch.keys[n]);
	return { bits };
}

/** Hash of the first word of `chunk`, cut to its prefix key; null when the chunk has no word. */
function chunkKey(chunk: string): number | null {
	let hash = FNV_OFFSET;
	let length = 0;
	for (let i = 0; i < chunk.length && length < PREFIX_LIMIT; i++) {
		const code = chunk.charCodeAt(i);
		if (isIdeograph(code)) return length > 0 ? hash : Math.imul(FNV_OFFSET ^ code, FNV_PRIME);
		if (!isWordChar(code)) {
			if (length > 0) break;
			continue;
		}
		hash = Math.imul(hash ^ foldCode(code), FNV_PRIME);
		length++;
	}
	return length > 0 ? hash : null;
}

/**
 * Whether the note may contain `phrase` (false means surely not). Each space-separated chunk's first
 * word must be there: "post-training" needs only "post", so "posttraining" still counts.
 */
export function mayContainPhrase(fingerprint: WordFingerprint, phrase: string): boolean {
	for (const chunk of phrase.split(/\s+/)) {
		const key = chunkKey(chunk);
		if (key !== null && !hasKey(fingerprint.bits, key | 0 || 1)) return false;
	}
	return true;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The filter as base64 text (little-endian words), for a JSON store. */
export function fingerprintToText(fingerprint: WordFingerprint): string {
	const bytes = new Uint8Array(fingerprint.bits.length * 4);
	fingerprint.bits.forEach((word, i) => {
		for (let b = 0; b < 4; b++) bytes[i * 4 + b] = (word >>> (8 * b)) & 255;
	});
	let out = "";
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		out += BASE64[n >>> 18] + BASE64[(n >>> 12) & 63];
		out += i + 1 < bytes.length ? BASE64[(n >>> 6) & 63] : "=";
		out += i + 2 < bytes.length ? BASE64[n & 63] : "=";
	}
	return out;
}

/** The filter back from base64, or null when the text is not a valid filter. */
export function fingerprintFromText(text: string): WordFingerprint | null {
	if (typeof text !== "string" || text.length % 4 !== 0) return null;
	const clean = text.replace(/=+$/, "");
	const bytes = new Uint8Array(Math.floor((clean.length * 6) / 8));
	let buffer = 0;
	let bitCount = 0;
	let at = 0;
	for (let i = 0; i < clean.length; i++) {
		const value = BASE64.indexOf(clean[i]);
		if (value < 0) return null;
		buffer = ((buffer << 6) | value) & 0xffffff;
		bitCount += 6;
		if (bitCount >= 8) {
			bitCount -= 8;
			bytes[at++] = (buffer >>> bitCount) & 255;
		}
	}
	const words = bytes.length / 4;
	if (!Number.isInteger(words) || words < MIN_BITS / 32 || (words & (words - 1)) !== 0) return null;
	const bits = new Uint32Array(words);
	for (let i = 0; i < words; i++) bits[i] = bytes[i * 4] | (bytes[i * 4 + 1] << 8) | (bytes[i * 4 + 2] << 16) | (bytes[i * 4 + 3] << 24);
	return { bits };
}
