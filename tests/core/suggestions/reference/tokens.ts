// A slow, plain reference for the suggestions' tokenizer (src/core/suggestions/tokens.ts): the words
// of each stretch of a passage found by one regular expression, the gap before each word judged by
// the characters it holds, listed words looked up by their folded text in the stop-word sets.
// Words are what text/chars.ts says they are, written here as a regular expression.

import type { PassageSpan } from "../../../../src/core/model";
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
	start: number[];
	end: number[];
	hashA: number[];
	hashB: number[];
	flags: number[];
}

/** A letter, digit or mark of a script written with spaces (closed scripts and the modifier apostrophes ʻ ʼ are not). */
const LETTER = "(?=[\\p{L}\\p{N}\\p{M}])(?![\\u02bb\\u02bc\\u0e00-\\u0eff\\u1000-\\u109f\\u1780-\\u17ff\\u1100-\\u11ff\\u3040-\\u30ff\\u3130-\\u318f\\u31f0-\\u31ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\uff66-\\uff9f])[\\u0000-\\uffff]"; // one UTF-16 unit: astral letters are no letters to the matcher
/** Letters, joined by single hyphens or apostrophes between letters ("post-training", "model's"). */
const WORD = new RegExp(`(?:${LETTER})+(?:[-\\u2010\\u2011'\\u2019](?:${LETTER})+)*`, "gu");

/** The word's folded text: lower case one character at a time, curly apostrophes and typographic hyphens plain. */
function foldedWord(word: string): string {
	return [...word].map((ch) => (ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch)).join("").replace(/\u2019/g, "'").replace(/[\u2010\u2011]/g, "-");
}

/** The tokenizer's two hashes of a folded word (FNV-1a, and a multiplicative one): what makes two words the same word. */
function hashesOf(folded: string): [number, number] {
	let a = -2128831035; // FNV-1a's offset basis, as an int32
	let b = 0x27d4eb2d;
	for (let i = 0; i < folded.length; i++) {
		const code = folded.charCodeAt(i);
		a = Math.imul(a ^ code, 0x01000193);
		b = Math.imul((b + code) | 0, 0x5bd1e995) ^ (b >>> 13);
	}
	return [a, b];
}

/** What the gap before a word says: punctuation or an edge breaks a phrase, a line or a stop starts a sentence. */
interface GapState {
	broken: boolean;
	sentence: boolean;
	newlines: number;
}

function readGap(state: GapState, gap: string): void {
	for (const ch of gap) {
		if (ch === "\n") {
			state.newlines++;
			state.sentence = true;
		} else if (!/^[ \t\r\u00a0]$/.test(ch)) {
			state.broken = true;
			if (/^[.!?:]$/.test(ch)) state.sentence = true;
		}
	}
}

function flagsOf(word: string, key: string, state: GapState): number {
	let flags = (STOP_WORDS.has(key) ? T_STOP : 0) | (FILLER_WORDS.has(key) ? T_SKIP : 0) | (COMMON_WORDS_SET.has(key) ? T_COMMON : 0);
	if (!/[^0-9-]/.test(key) || (key.length === 1 && !(flags & T_STOP))) flags |= T_SKIP; // numbers, lone letters
	if (state.broken || state.newlines > 1) flags |= T_BREAK;
	if (key.includes("-")) flags |= T_HYPHEN;
	if (state.sentence) flags |= T_SENTENCE_START;
	else if (word[0] !== key[0] && !/[0-9]/.test(word[0])) flags |= T_CAPITAL;
	return flags;
}

function addWord(tokens: Tokens, word: string, at: number, state: GapState): void {
	const folded = foldedWord(word);
	const possessive = folded.length > 2 && folded.endsWith("'s");
	const key = possessive ? folded.slice(0, -2) : folded;
	const [a, b] = hashesOf(key);
	tokens.start.push(at);
	tokens.end.push(at + key.length);
	tokens.hashA.push(a);
	tokens.hashB.push(b);
	tokens.flags.push(flagsOf(word, key, state));
	tokens.length++;
}

/** The stretches of [from, to) outside the excluded ranges (flat, sorted pairs). */
function stretches(from: number, to: number, excluded: readonly number[]): Array<[number, number]> {
	const found: Array<[number, number]> = [];
	let at = from;
	for (let i = 0; i < excluded.length && at < to; i += 2) {
		if (excluded[i + 1] <= at) continue;
		if (excluded[i] > at) found.push([at, Math.min(excluded[i], to)]);
		at = Math.max(at, excluded[i + 1]);
	}
	if (at < to) found.push([at, to]);
	return found;
}

/** The words of the passages, outside excluded ranges. */
export function tokenize(raw: string, passages: readonly PassageSpan[], excluded: readonly number[]): Tokens {
	const tokens: Tokens = { length: 0, start: [], end: [], hashA: [], hashB: [], flags: [] };
	for (const passage of passages) {
		const state: GapState = { broken: true, sentence: true, newlines: 0 };
		for (const [from, to] of stretches(passage.start, Math.min(passage.end, raw.length), excluded)) {
			const text = raw.slice(from, to);
			let read = 0;
			for (const match of text.matchAll(WORD)) {
				readGap(state, text.slice(read, match.index));
				addWord(tokens, match[0], from + match.index, state);
				Object.assign(state, { broken: false, sentence: false, newlines: 0 });
				read = match.index + match[0].length;
			}
			readGap(state, text.slice(read));
			state.broken = true; // an excluded range, or the passage's end, lies next
		}
	}
	return tokens;
}
