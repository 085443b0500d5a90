// The tokenizer as it was before the one-pass rewrite, kept as a reference for the property test.
// Words of a note's readable passages as parallel typed arrays (no string per word): where each
// word is, two hashes of its folded form, and flags that say how it may take part in a phrase.

import type { PassageSpan } from "../../../../src/core/model";
import { firstRangeAfter } from "../../../../src/core/text/readable";
import { foldCode, isLetterChar } from "../../../../src/core/text/chars";
import { COMMON_WORDS_SET, FILLER_WORDS, STOP_WORDS } from "../../../../src/core/suggestions/stop-words";

export const T_BREAK = 1; // punctuation, a blank line or a passage edge lies before this word
export const T_STOP = 2;
export const T_COMMON = 4;
export const T_SKIP = 8; // a number, a filler, a lone letter: never inside a phrase
export const T_CAPITAL = 16; // capitalised and not the first word of a sentence or line
export const T_HYPHEN = 32;
export const T_SENTENCE_START = 64; // the first word of a sentence or line

export interface Tokens {
	length: number;
	start: Int32Array;
	end: Int32Array;
	hashA: Int32Array;
	hashB: Int32Array;
	flags: Uint8Array;
}

const HYPHEN = 45;
const APOSTROPHE = 39;

function joinerCode(code: number): number {
	if (code === 0x2019) return APOSTROPHE; // curly apostrophe
	if (code === 0x2010 || code === 0x2011) return HYPHEN; // typographic hyphens
	return code;
}

const isLetterCode = isLetterChar; // closed scripts (CJK, Thai…) are left out: they have no stop-word list here

function hashA(h: number, code: number): number {
	return Math.imul(h ^ code, 0x01000193);
}
function hashB(h: number, code: number): number {
	return Math.imul((h + code) | 0, 0x5bd1e995) ^ (h >>> 13);
}
const SEED_A = 0x811c9dc5;
const SEED_B = 0x27d4eb2d;

function wordKey(a: number, b: number): number {
	return (a >>> 0) * 0x200000 + (b >>> 11);
}

let vocabulary: Map<number, number> | null = null;

/** Flags of the listed words, by hash, built once. */
function wordFlags(): Map<number, number> {
	if (vocabulary) return vocabulary;
	const map = new Map<number, number>();
	const add = (words: ReadonlySet<string>, flag: number): void => {
		for (const word of words) {
			let a = SEED_A;
			let b = SEED_B;
			for (let i = 0; i < word.length; i++) {
				const code = foldCode(joinerCode(word.charCodeAt(i)));
				a = hashA(a, code);
				b = hashB(b, code);
			}
			const key = wordKey(a, b);
			map.set(key, (map.get(key) ?? 0) | flag);
		}
	};
	add(STOP_WORDS, T_STOP);
	add(FILLER_WORDS, T_SKIP);
	add(COMMON_WORDS_SET, T_COMMON);
	vocabulary = map;
	return map;
}

function emptyTokens(capacity: number): Tokens {
	return { length: 0, start: new Int32Array(capacity), end: new Int32Array(capacity), hashA: new Int32Array(capacity), hashB: new Int32Array(capacity), flags: new Uint8Array(capacity) };
}

function grow(tokens: Tokens): Tokens {
	const bigger = emptyTokens(tokens.start.length * 2);
	bigger.length = tokens.length;
	bigger.start.set(tokens.start);
	bigger.end.set(tokens.end);
	bigger.hashA.set(tokens.hashA);
	bigger.hashB.set(tokens.hashB);
	bigger.flags.set(tokens.flags);
	return bigger;
}

/** End of the word starting at `start` (letters with inner hyphens and apostrophes), before `limit`. */
function wordEnd(raw: string, start: number, limit: number): number {
	let i = start;
	while (i < limit) {
		const code = raw.charCodeAt(i);
		if (isLetterCode(code)) i++;
		else {
			const joiner = joinerCode(code);
			if ((joiner === HYPHEN || joiner === APOSTROPHE) && i + 1 < limit && isLetterCode(raw.charCodeAt(i + 1))) i += 2;
			else break;
		}
	}
	return i;
}

/** Adds one word; `startsSentence` and `broken` describe what came before it. */
function addWord(tokens: Tokens, raw: string, start: number, end: number, startsSentence: boolean, broken: boolean): void {
	let stop = end;
	if (stop - start > 2 && joinerCode(raw.charCodeAt(stop - 2)) === APOSTROPHE && foldCode(raw.charCodeAt(stop - 1)) === 115) stop -= 2; // possessive 's
	let a = SEED_A;
	let b = SEED_B;
	let letters = 0;
	let hyphen = false;
	for (let i = start; i < stop; i++) {
		const code = foldCode(joinerCode(raw.charCodeAt(i)));
		if (code === HYPHEN) hyphen = true;
		else if (code > 57 || code < 48) letters++;
		a = hashA(a, code);
		b = hashB(b, code);
	}
	let flags = wordFlags().get(wordKey(a, b)) ?? 0;
	if (letters === 0 || (stop - start === 1 && !(flags & T_STOP))) flags |= T_SKIP; // numbers, lone letters
	if (broken) flags |= T_BREAK;
	if (hyphen) flags |= T_HYPHEN;
	const first = raw.charCodeAt(start);
	if (!startsSentence && first !== foldCode(first) && (first < 48 || first > 57)) flags |= T_CAPITAL;
	if (startsSentence) flags |= T_SENTENCE_START;
	const n = tokens.length;
	tokens.start[n] = start;
	tokens.end[n] = stop;
	tokens.hashA[n] = a;
	tokens.hashB[n] = b;
	tokens.flags[n] = flags;
	tokens.length = n + 1;
}

let scratch = emptyTokens(4096); // reused between notes; grows with the longest note

/** The words of the passages, outside excluded ranges. Valid until the next call. */
export function tokenize(raw: string, passages: readonly PassageSpan[], excluded: readonly number[]): Tokens {
	if (scratch.start.length > 1 << 18) scratch = emptyTokens(4096); // let a giant note's arrays go
	scratch.length = 0;
	for (const passage of passages) scratch = tokenizeSpan(scratch, raw, passage.start, Math.min(passage.end, raw.length), excluded);
	return scratch;
}

function tokenizeSpan(tokens: Tokens, raw: string, from: number, to: number, excluded: readonly number[]): Tokens {
	let next = firstRangeAfter(excluded, from);
	let broken = true;
	let startsSentence = true;
	let newlines = 0;
	let i = from;
	while (i < to) {
		const limit = next < excluded.length ? Math.min(to, excluded[next]) : to;
		if (i >= limit) {
			i = Math.max(i, excluded[next + 1]);
			next += 2;
			broken = true;
			continue;
		}
		const code = raw.charCodeAt(i);
		if (isLetterCode(code)) {
			const end = wordEnd(raw, i, limit);
			if (tokens.length === tokens.start.length) tokens = grow(tokens);
			addWord(tokens, raw, i, end, startsSentence, broken || newlines > 1);
			broken = startsSentence = false;
			newlines = 0;
			i = end;
			continue;
		}
		if (code === 10) {
			newlines++;
			startsSentence = true; // a new line usually starts a new thought (lists, highlights, captions)
		} else if (code !== 32 && code !== 9 && code !== 13 && code !== 0xa0) {
			broken = true;
			if (code === 46 || code === 33 || code === 63 || code === 58) startsSentence = true; // . ! ? :
		}
		i++;
	}
	return tokens;
}
