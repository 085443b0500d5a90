// Words of a note's readable passages as parallel typed arrays (no string per word): where each
// word is, two hashes of its folded form, and flags that say how it may take part in a phrase.

import type { PassageSpan } from "../model";
import { firstRangeAfter } from "../text/readable";
import { foldCode } from "../index/fingerprint";
import type { PrefixWalk } from "../index/prefix-walk";
import { CharClass, SCAN_SPECIAL, SCAN_TABLE, classOf, foldOf } from "../themes/chars";
import { COMMON_WORDS_SET, FILLER_WORDS, STOP_WORDS } from "./stop-words";

export const T_BREAK = 1; // punctuation, a blank line or a passage edge lies before this word
export const T_STOP = 2;
export const T_COMMON = 4;
export const T_SKIP = 8; // a number, a filler, a lone letter: never inside a phrase
export const T_CAPITAL = 16; // capitalised and not the first word of a sentence or line
export const T_HYPHEN = 32;

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

function hashA(h: number, code: number): number {
	return Math.imul(h ^ code, 0x01000193);
}
function hashB(h: number, code: number): number {
	return Math.imul((h + code) | 0, 0x5bd1e995) ^ (h >>> 13);
}
const SEED_A = 0x811c9dc5;
const SEED_B = 0x27d4eb2d;

/**
 * Flags of the listed words, keyed by their two hashes (a word's key as wordKey would make it). One
 * Int32Array, two numbers a slot side by side (hash A; hash B >>> 11 shifted above the flags), so a
 * probe touches one cache line; a free slot's second number is 0 (every stored word has a flag).
 */
class Vocabulary {
	private readonly slots: Int32Array;
	private readonly shift: number;
	private readonly mask: number;
	constructor(capacity: number) {
		let bits = 6; // a power of two at least four times the word count: short probes
		while (1 << bits < capacity * 4) bits++;
		this.slots = new Int32Array(2 << bits);
		this.shift = 32 - bits;
		this.mask = (1 << bits) - 1;
	}
	private slot(a: number, packed: number): number {
		let slot = Math.imul(a ^ packed, 0x9e3779b1) >>> this.shift; // the top bits of a multiplicative hash
		for (let held = this.slots[2 * slot + 1]; held !== 0; held = this.slots[2 * slot + 1]) {
			if (this.slots[2 * slot] === a && held >>> FLAG_BITS === packed) return slot;
			slot = (slot + 1) & this.mask;
		}
		return slot;
	}
	add(a: number, b: number, flag: number): void {
		const slot = this.slot(a, b >>> 11);
		this.slots[2 * slot] = a;
		this.slots[2 * slot + 1] |= ((b >>> 11) << FLAG_BITS) | flag;
	}
	/** The word's flags, 0 when it is not listed. */
	get(a: number, b: number): number {
		return this.slots[2 * this.slot(a, b >>> 11) + 1] & FLAG_MASK;
	}
}

const FLAG_BITS = 4; // T_STOP | T_COMMON | T_SKIP fit below bit 4
const FLAG_MASK = (1 << FLAG_BITS) - 1;

/** Start slot of a pair of 32-bit hashes in an open-addressing table (the caller masks it). */
export function pairSlot(a: number, b: number): number {
	let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return h ^ (h >>> 16);
}

let vocabulary: Vocabulary | null = null;

/** Flags of the listed words, by hash, built once. */
function wordFlags(): Vocabulary {
	if (vocabulary) return vocabulary;
	const table = new Vocabulary(STOP_WORDS.size + FILLER_WORDS.size + COMMON_WORDS_SET.size);
	const add = (words: ReadonlySet<string>, flag: number): void => {
		for (const word of words) {
			let a = SEED_A;
			let b = SEED_B;
			for (let i = 0; i < word.length; i++) {
				const code = foldCode(joinerCode(word.charCodeAt(i)));
				a = hashA(a, code);
				b = hashB(b, code);
			}
			table.add(a, b, flag);
		}
	};
	add(STOP_WORDS, T_STOP);
	add(FILLER_WORDS, T_SKIP);
	add(COMMON_WORDS_SET, T_COMMON);
	vocabulary = table;
	return table;
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

/** Adds one word; `startsSentence` and `broken` describe what came before it. */
function addWordSlowly(tokens: Tokens, raw: string, start: number, end: number, startsSentence: boolean, broken: boolean): void {
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
	let flags = wordFlags().get(a, b);
	if (letters === 0 || (stop - start === 1 && !(flags & T_STOP))) flags |= T_SKIP; // numbers, lone letters
	if (broken) flags |= T_BREAK;
	if (hyphen) flags |= T_HYPHEN;
	const first = raw.charCodeAt(start);
	if (!startsSentence && first !== foldCode(first) && (first < 48 || first > 57)) flags |= T_CAPITAL;
	const n = tokens.length;
	tokens.start[n] = start;
	tokens.end[n] = stop;
	tokens.hashA[n] = a;
	tokens.hashB[n] = b;
	tokens.flags[n] = flags;
	tokens.length = n + 1;
}

/** Folded code of a letter (a Word character), 0 for any other character: one table load for most text. */
function letterFold(code: number): number {
	const entry = SCAN_TABLE[code];
	if (entry < SCAN_SPECIAL) return entry;
	return classOf(code) === CharClass.Word ? foldOf(code) : 0; // first sight of a code, or a closed script
}

function isPossessive(raw: string, start: number, end: number): boolean {
	return end - start > 2 && joinerCode(raw.charCodeAt(end - 2)) === APOSTROPHE && foldCode(raw.charCodeAt(end - 1)) === 115; // 's
}

/**
 * Reads the word starting at `start` (letters with inner hyphens and apostrophes, before `limit`),
 * hashing it as it goes, and adds it; returns its end. `fold` is the first letter's folded code.
 */
function readWord(tokens: Tokens, raw: string, start: number, limit: number, fold: number, startsSentence: boolean, broken: boolean, walk: PrefixWalk | null): number {
	if (walk && walk.catchUp(raw, start) && walk.wordStart < 0) walk.wordStart = start; // the walk's words continue across a range's edge
	let a = hashA(SEED_A, fold);
	let b = hashB(SEED_B, fold);
	let letters = fold > 57 || fold < 48 ? 1 : 0;
	let hyphen = false;
	let joined = false;
	let i = start + 1;
	while (i < limit) {
		const code = raw.charCodeAt(i);
		let next = letterFold(code);
		if (next === 0) {
			const joiner = joinerCode(code);
			if ((joiner !== HYPHEN && joiner !== APOSTROPHE) || i + 1 >= limit || letterFold(raw.charCodeAt(i + 1)) === 0) break;
			next = joiner;
			joined = true;
			if (joiner === HYPHEN) hyphen = true;
			if (walk) {
				walk.endWord(raw, i); // a joiner splits the fingerprint's words ("post", "training")
				walk.wordStart = i + 1;
			}
		}
		if (next !== HYPHEN && (next > 57 || next < 48)) letters++;
		a = hashA(a, next);
		b = hashB(b, next);
		i++;
	}
	if (walk) {
		walk.scanned = i;
		if (!joined) walk.hashedWord(start, i, a); // hash A of a word without joiners is its fingerprint key
	}
	if (joined && isPossessive(raw, start, i)) { // the apostrophe of a possessive is a joiner
		addWordSlowly(tokens, raw, start, i, startsSentence, broken);
		return i;
	}
	let flags = wordFlags().get(a, b);
	if (letters === 0 || (i - start === 1 && !(flags & T_STOP))) flags |= T_SKIP; // numbers, lone letters
	if (broken) flags |= T_BREAK;
	if (hyphen) flags |= T_HYPHEN;
	const first = raw.charCodeAt(start);
	if (!startsSentence && first !== fold && (first < 48 || first > 57)) flags |= T_CAPITAL;
	const n = tokens.length;
	tokens.start[n] = start;
	tokens.end[n] = i;
	tokens.hashA[n] = a;
	tokens.hashB[n] = b;
	tokens.flags[n] = flags;
	tokens.length = n + 1;
	return i;
}

let scratch = emptyTokens(4096); // reused between notes; grows with the longest note

/**
 * The words of the passages, outside excluded ranges. Valid until the next call. With a `walk`, the
 * fingerprint's prefix walk is driven over the same characters (it reads the rest when finished).
 */
export function tokenize(raw: string, passages: readonly PassageSpan[], excluded: readonly number[], walk: PrefixWalk | null = null): Tokens {
	if (scratch.start.length > 1 << 18) scratch = emptyTokens(4096); // let a giant note's arrays go
	scratch.length = 0;
	for (const passage of passages) scratch = tokenizeSpan(scratch, raw, passage.start, Math.min(passage.end, raw.length), excluded, walk);
	return scratch;
}

function tokenizeSpan(tokens: Tokens, raw: string, from: number, to: number, excluded: readonly number[], walk: PrefixWalk | null): Tokens {
	let next = firstRangeAfter(excluded, from);
	let broken = true;
	let startsSentence = true;
	let newlines = 0;
	let i = from;
	let limit = next < excluded.length ? Math.min(to, excluded[next]) : to;
	while (i < to) {
		if (i >= limit) {
			i = Math.max(i, excluded[next + 1]);
			next += 2;
			limit = next < excluded.length ? Math.min(to, excluded[next]) : to;
			broken = true;
			continue;
		}
		const code = raw.charCodeAt(i);
		const fold = letterFold(code);
		if (fold !== 0) {
			if (tokens.length === tokens.start.length) tokens = grow(tokens);
			i = readWord(tokens, raw, i, limit, fold, startsSentence, broken || newlines > 1, walk);
			broken = startsSentence = false;
			newlines = 0;
			continue;
		}
		if (walk && walk.catchUp(raw, i)) walk.gapAt(raw, i, code);
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
