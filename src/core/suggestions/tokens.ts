// Words of a note's readable passages as parallel typed arrays (no string per word): where each
// word is, two hashes of its folded form, and flags that say how it may take part in a phrase.
// The reading loop is the hottest code of record building: its constants are locals or const enums
// (V8 loads and checks a module binding at every use) and a word's letters cost no call.

import type { PassageSpan } from "../model";
import { firstRangeAfter } from "../text/readable";
import { APOSTROPHE, HYPHEN, SCAN_SPECIAL, SCAN_TABLE, foldCode, joinerCode, letterFold } from "../text/chars";
import { TokenFlag, type Vocabulary, WordHash, stepA, stepB, wordFlags } from "./vocabulary";

export { TokenFlag } from "./vocabulary";
export const T_BREAK = TokenFlag.Break;
export const T_STOP = TokenFlag.Stop;
export const T_COMMON = TokenFlag.Common;
export const T_SKIP = TokenFlag.Skip;
export const T_CAPITAL = TokenFlag.Capital;
export const T_HYPHEN = TokenFlag.Hyphen;

/**
 * Another reader of the note's words driven by this tokenizer over the same characters (the index's
 * fingerprint walk): told where each stretch starts and ends, each word read and each closed-script
 * character met between words. `lost` once it cannot follow; it then reads the note on its own.
 */
export interface WordWalk {
	readonly lost: boolean;
	drivenOutside(excluded: readonly number[]): void;
	enter(raw: string, at: number, wordFirst: boolean): boolean;
	leave(at: number): void;
	wordRead(raw: string, from: number, to: number, limit: number, joined: boolean, key: number): void;
	closedScript(code: number): void;
}

export interface Tokens {
	length: number;
	start: Int32Array;
	end: Int32Array;
	hashA: Int32Array;
	hashB: Int32Array;
	flags: Uint8Array;
}

const SPACE = 32; // char codes
const ZERO = 48;
const NINE = 57;

/** Start slot of a pair of 32-bit hashes in an open-addressing table (the caller masks it). */
export function pairSlot(a: number, b: number): number {
	let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return h ^ (h >>> 16);
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

/** Adds a possessive ("model's") as the word without its 's, hashed again over the shorter span. */
function addPossessive(tokens: Tokens, raw: string, start: number, end: number, state: number): void {
	const stop = end - 2;
	let a: number = WordHash.SeedA;
	let b: number = WordHash.SeedB;
	let shape: number = Shape.DigitsOnly;
	for (let i = start; i < stop; i++) {
		const code = foldCode(joinerCode(raw.charCodeAt(i)));
		if (code === HYPHEN) shape |= Shape.Hyphenated;
		else if (code > NINE || code < ZERO) shape &= ~Shape.DigitsOnly;
		a = stepA(a, code);
		b = stepB(b, code);
	}
	addWord(tokens, wordFlags().get(a, b), raw, start, stop, a, b, foldCode(raw.charCodeAt(start)), shape, state);
}

function isPossessive(raw: string, start: number, end: number): boolean {
	return end - start > 2 && joinerCode(raw.charCodeAt(end - 2)) === APOSTROPHE && foldCode(raw.charCodeAt(end - 1)) === 115; // 's
}

/** The joiner (hyphen or apostrophe) at `at` when a letter follows it before `limit`, else 0. */
function joinerAt(raw: string, at: number, code: number, limit: number): number {
	const joiner = joinerCode(code);
	if ((joiner !== HYPHEN && joiner !== APOSTROPHE) || at + 1 >= limit || letterFold(raw.charCodeAt(at + 1)) === 0) return 0;
	return joiner;
}

/** What the stretch's loop learns about a word as it reads it (bits; a const enum, inlined in the loop). */
const enum Shape {
	DigitsOnly = 1, // only digits and hyphens: a number
	Joined = 2, // holds a hyphen or an apostrophe between letters
	Hyphenated = 4,
}

/** Adds the word raw[start, end) read by the stretch's loop: its flags as a listed word, hashes, `fold` of its first letter, shape bits, the state before it. */
function addWord(tokens: Tokens, listedFlags: number, raw: string, start: number, end: number, a: number, b: number, fold: number, shape: number, state: number): void {
	if (shape & Shape.Joined && isPossessive(raw, start, end)) { // the apostrophe of a possessive is a joiner
		addPossessive(tokens, raw, start, end, state);
		return;
	}
	const startsSentence = (state & Reading.Sentence) !== 0;
	const broken = (state & (Reading.Broken | Reading.BlankLine)) !== 0;
	let flags = listedFlags;
	if (shape & Shape.DigitsOnly || (end - start === 1 && !(flags & TokenFlag.Stop))) flags |= TokenFlag.Skip; // numbers, lone letters
	if (broken) flags |= TokenFlag.Break;
	if (shape & Shape.Hyphenated) flags |= TokenFlag.Hyphen;
	const first = raw.charCodeAt(start);
	if (!startsSentence && first !== fold && (first < ZERO || first > NINE)) flags |= TokenFlag.Capital;
	if (startsSentence) flags |= TokenFlag.SentenceStart;
	const n = tokens.length;
	tokens.start[n] = start;
	tokens.end[n] = end;
	tokens.hashA[n] = a;
	tokens.hashB[n] = b;
	tokens.flags[n] = flags;
	tokens.length = n + 1;
}

let scratch = emptyTokens(4096); // reused between notes; grows with the longest note

/**
 * The words of the passages, outside excluded ranges. Valid until the next call. With a `walk`, the
 * fingerprint's prefix walk is driven over the same characters (it reads the rest when finished).
 */
export function tokenize(raw: string, passages: readonly PassageSpan[], excluded: readonly number[], walk: WordWalk | null = null): Tokens {
	if (scratch.start.length > 1 << 18) scratch = emptyTokens(4096); // let a giant note's arrays go
	scratch.length = 0;
	if (walk !== null) walk.drivenOutside(excluded); // the stretches read lie between excluded ranges
	for (const passage of passages) scratch = tokenizeSpan(scratch, raw, passage.start, Math.min(passage.end, raw.length), excluded, walk !== null && !walk.lost ? walk : null);
	return scratch;
}

/** Where the reading stands between two characters, packed in one number kept in a register. */
const enum Reading {
	Broken = 1, // punctuation or an edge since the last word
	Sentence = 2, // a sentence or line starts with the next word
	Newline = 4, // one line break since the last word (counted from this bit up)
	BlankLine = 8, // two or more: a blank line, which breaks a phrase
}

/** The state after a character between words: line breaks start sentences, punctuation breaks phrases. */
function afterGap(state: number, code: number): number {
	if (code === 32) return state; // a space: the most common gap by far
	if (code === 10) return (state | Reading.Sentence) + (state & Reading.BlankLine ? 0 : Reading.Newline); // a new line usually starts a new thought (lists, highlights, captions)
	if (code === 9 || code === 13 || code === 0xa0) return state;
	if (code === 46 || code === 33 || code === 63 || code === 58) return state | Reading.Broken | Reading.Sentence; // . ! ? :
	return state | Reading.Broken;
}

/** The reading state carried from one stretch of a span to the next. */
let spanState = 0;

function tokenizeSpan(tokens: Tokens, raw: string, from: number, to: number, excluded: readonly number[], walk: WordWalk | null): Tokens {
	let next = firstRangeAfter(excluded, from);
	spanState = Reading.Broken | Reading.Sentence;
	let i = from;
	while (i < to) {
		const limit = next < excluded.length ? Math.min(to, excluded[next]) : to;
		if (i < limit) {
			tokens = tokenizeStretch(tokens, raw, i, limit, walk);
			if (walk !== null && walk.lost) walk = null;
			i = limit;
		}
		if (next >= excluded.length) break;
		i = Math.max(i, excluded[next + 1]);
		next += 2;
		spanState |= Reading.Broken;
	}
	return tokens;
}

/** Whether raw[start, end) holds only digits and hyphens (a number, a date, a phone number). */
function onlyDigits(raw: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const code = raw.charCodeAt(i);
		if ((code < ZERO || code > NINE) && joinerCode(code) !== HYPHEN) return false;
	}
	return true;
}

const RECENT_MASK = (1 << 11) - 1; // 2,048 words remembered with their listed flags: 24 KB

/** Hash A, hash B and listed flags of words read lately, by hash A: the listed words recur, and are found here without a probe. */
interface RecentWords {
	a: Int32Array;
	b: Int32Array;
	flags: Int32Array;
}

let recent: RecentWords | null = null;

/** The recent words' table, made once (the vocabulary never changes, so what it remembers stays true). */
function recentWords(listed: Vocabulary): RecentWords {
	const size = RECENT_MASK + 1;
	recent ??= { a: new Int32Array(size), b: new Int32Array(size), flags: new Int32Array(size).fill(listed.get(0, 0)) }; // an empty slot reads as the word whose hashes are 0
	return recent;
}

/** The flags of a word as a listed word (0 for most), from the recent words or else the vocabulary. */
function listedFlags(recent: RecentWords, listed: Vocabulary, a: number, b: number): number {
	const slot = (a ^ (a >>> 13)) & RECENT_MASK;
	if (recent.a[slot] !== a || recent.b[slot] !== b) {
		recent.a[slot] = a;
		recent.b[slot] = b;
		recent.flags[slot] = listed.get(a, b);
	}
	return recent.flags[slot];
}

/** The state after a character between words (`entry` its scan-table entry); a closed-script character is a fingerprint key. */
function gapAt(walk: WordWalk | null, code: number, entry: number, state: number): number {
	if (entry >= SCAN_SPECIAL && walk !== null && SCAN_TABLE[code] >= SCAN_SPECIAL) walk.closedScript(code); // classified now, and still special
	return afterGap(state, code);
}

/** The words of raw[from, limit), a stretch with no excluded range inside; the walk is told where it starts and ends. */
function tokenizeStretch(tokens: Tokens, raw: string, from: number, limit: number, walk: WordWalk | null): Tokens {
	const live = walk !== null && walk.enter(raw, from, letterFold(raw.charCodeAt(from)) !== 0) ? walk : null; // a lost walk reads everything again at the end
	const grown = readStretch(tokens, raw, from, limit, live);
	if (live !== null) live.leave(limit);
	return grown;
}

/**
 * Reads the words of a stretch: letters with inner hyphens and apostrophes, hashed as they are read.
 * One loop with the word's loop inside (a call per word costs a quarter more here, measured).
 */
function readStretch(tokens: Tokens, raw: string, from: number, limit: number, walk: WordWalk | null): Tokens {
	let state = spanState;
	let i = from;
	const [table, special, space, hyphen] = [SCAN_TABLE, SCAN_SPECIAL, SPACE, HYPHEN]; // locals: a module binding is loaded and checked at every use
	const listed = wordFlags();
	const recent = recentWords(listed);
	while (i < limit) {
		const code = raw.charCodeAt(i);
		const entry = table[code];
		const fold = entry < special ? entry : letterFold(code);
		if (fold === 0) {
			state = gapAt(walk, code, entry, state);
			i++;
			continue;
		}
		let a = Math.imul(WordHash.SeedA ^ fold, WordHash.PrimeA); // stepA and stepB, written out: no call per letter
		let b = Math.imul((WordHash.SeedB + fold) | 0, WordHash.MultiplierB) ^ (WordHash.SeedB >>> 13);
		let shape = 0; // Shape bits
		let end = i + 1;
		for (;;) {
			let next = 0;
			for (; end < limit; end++) { // plain letters: one load, two hash steps
				next = table[raw.charCodeAt(end)];
				if (next === 0 || next >= special) break;
				a = Math.imul(a ^ next, WordHash.PrimeA);
				b = Math.imul((b + next) | 0, WordHash.MultiplierB) ^ (b >>> 13);
			}
			if (end >= limit) break;
			const stop = raw.charCodeAt(end);
			if (next >= special) next = letterFold(stop); // a letter met for the first time?
			if (next === 0) {
				next = stop === space ? 0 : joinerAt(raw, end, stop, limit); // an inner hyphen or apostrophe?
				if (next === 0) break;
				shape |= next === hyphen ? Shape.Joined | Shape.Hyphenated : Shape.Joined;
			}
			a = Math.imul(a ^ next, WordHash.PrimeA);
			b = Math.imul((b + next) | 0, WordHash.MultiplierB) ^ (b >>> 13);
			end++;
		}
		if (fold <= NINE && fold >= ZERO && onlyDigits(raw, i, end)) shape |= Shape.DigitsOnly;
		if (tokens.length === tokens.start.length) tokens = grow(tokens);
		addWord(tokens, listedFlags(recent, listed, a, b), raw, i, end, a, b, fold, shape, state);
		if (walk !== null) walk.wordRead(raw, i, end, limit, (shape & Shape.Joined) !== 0, a);
		state = 0;
		i = end < limit && raw.charCodeAt(end) === space ? end + 1 : end; // the space after a word changes nothing
	}
	spanState = state;
	return tokens;
}
