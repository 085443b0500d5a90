// A small fingerprint of a note's words: a Bloom filter of word-prefix hashes. When a theme gains
// an alias, only the notes whose fingerprint may hold the alias's words are read again.
// Prefixes (2–4 characters of every word) make it blind to inflection: "scale" finds "scaling".
// Words and folding are the matcher's own (themes/chars.ts), so the filter never misses a match.

import { CharClass, classOf, foldOf } from "../themes/chars";
import { FNV_OFFSET, FNV_PRIME, PREFIX_LIMIT, type PrefixWalk, mix, startPrefixWalk } from "./prefix-walk";

export { type PrefixWalk, startPrefixWalk } from "./prefix-walk";

export interface WordFingerprint {
	/** Bloom filter bits; its length in bits is a power of two. */
	bits: Uint32Array;
}

const BITS_PER_KEY = 10; // with 4 probes: about 1% false positives
const PROBES = 4;
const MIN_BITS = 256; // an empty or tiny note still gets a usable filter

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
	const walk = startPrefixWalk();
	return fingerprintOfWalk(walk, raw);
}

/** The fingerprint of `raw` from a walk others drove part of the way: it reads the rest itself. */
export function fingerprintOfWalk(walk: PrefixWalk, raw: string): WordFingerprint {
	const keys = walk.finish(raw);
	const bits = new Uint32Array(nextPowerOfTwo(keys.size * BITS_PER_KEY) / 32);
	for (let n = 0; n < keys.size; n++) setKey(bits, keys.keys[n]);
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
