// Two 32-bit hashes of a phrase's term key (variantKey: lower case, no spaces, hyphens or
// apostrophes, the last word singular), read from the phrase itself without building the key: the
// tallies hash every candidate of every note they add or subtract. Text beyond ASCII (whose lower
// case may change its length) builds the key first; it is rare in candidates.

import { foldCode } from "../text/chars";
import { variantKey } from "./terms";

const SEED_A = -2128831035; // FNV-1a's offset basis, as an int32
const SEED_B = 0x27d4eb2d; // any odd constant unrelated to the first
const PRIME_A = 0x01000193; // FNV-1a's 32-bit prime
const MULTIPLIER_B = 0x5bd1e995; // MurmurHash2's multiplier
const S = 115; // "s"
const SHORTEST_PLURAL = 4; // as terms.ts: "gps", "bus", "ads" keep their s

/** The hashes of the last phrase given to termHashes (a pair of numbers, no object per call). */
export const termHash = { a: 0, b: 0 };

/** Whether an ASCII code separates the words of a key: white space, a hyphen or an apostrophe (terms.ts). */
function separates(code: number): boolean {
	return code <= 32 || code === 45 || code === 39;
}

/** How many characters of the last word (phrase[start, start + length)) the key keeps, as terms.ts `singular` does; negative when "ies" ends in "y" instead. */
function kept(phrase: string, start: number, length: number): number {
	const at = (back: number): number => foldCode(phrase.charCodeAt(start + length - back));
	if (length < SHORTEST_PLURAL || at(1) !== S) return length;
	if (at(2) === 101 && at(3) === 105 && length > SHORTEST_PLURAL) return -(length - 3); // "ies" → "y", told by the sign
	if (at(2) === 101 && at(3) === S && at(4) === S) return length - 2; // "sses"
	if (at(2) === S || at(2) === 117 || at(2) === 105) return length; // "ss", "us", "is"
	return length - 1;
}

/** Hashes the key of an ASCII phrase into termHash. */
function hashAscii(phrase: string): void {
	let end = phrase.length;
	while (end > 0 && separates(phrase.charCodeAt(end - 1))) end--;
	let start = end;
	while (start > 0 && !separates(phrase.charCodeAt(start - 1))) start--;
	let a = SEED_A;
	let b = SEED_B;
	for (let i = 0; i < start; i++) {
		const code = phrase.charCodeAt(i);
		if (separates(code)) continue;
		a = Math.imul(a ^ foldCode(code), PRIME_A);
		b = Math.imul((b + foldCode(code)) | 0, MULTIPLIER_B) ^ (b >>> 13);
	}
	const keep = kept(phrase, start, end - start);
	for (let i = start, stop = start + Math.abs(keep); i < stop; i++) {
		const code = foldCode(phrase.charCodeAt(i));
		a = Math.imul(a ^ code, PRIME_A);
		b = Math.imul((b + code) | 0, MULTIPLIER_B) ^ (b >>> 13);
	}
	if (keep < 0) { // "ies" → "y"
		a = Math.imul(a ^ 121, PRIME_A);
		b = Math.imul((b + 121) | 0, MULTIPLIER_B) ^ (b >>> 13);
	}
	termHash.a = a;
	termHash.b = b | 1; // never 0: a free slot is told by its entry, a key by both hashes (64 bits: no two of a vault's keys share them)
}

/** Hashes a key already built (any text). */
export function hashKey(key: string): void {
	let a = SEED_A;
	let b = SEED_B;
	for (let i = 0; i < key.length; i++) {
		a = Math.imul(a ^ key.charCodeAt(i), PRIME_A);
		b = Math.imul((b + key.charCodeAt(i)) | 0, MULTIPLIER_B) ^ (b >>> 13);
	}
	termHash.a = a;
	termHash.b = b | 1;
}

/** Hashes the phrase's term key (variantKey) into termHash. */
export function termHashes(phrase: string): void {
	for (let i = 0; i < phrase.length; i++) {
		if (phrase.charCodeAt(i) >= 128) {
			hashKey(variantKey(phrase));
			return;
		}
	}
	hashAscii(phrase);
}

