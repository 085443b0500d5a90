// Word counts of readable text without building it: what countWords(readableText(…)) gives, in one
// pass with no strings made. parseSource counts the words of every passage of a vault this way.

import type { Span } from "../model";
import { C, type ReadableSink, firstRangeAfter, isSpaceCode, isWordCode, readSpecial, skipLinePrefix } from "./readable";

/**
 * Counts the words the builder's text would hold (as countWords would count them), without building
 * it. A pending space only ever ends the current token, so a space ends it at once.
 */
class WordTally implements ReadableSink {
	words = 0;
	empty = true;
	/** The current token already holds a word character. */
	counted = false;
	space(): void {
		this.counted = false;
	}
	text(value: string): void {
		for (let i = 0; i < value.length; i++) this.plain(value.charCodeAt(i));
	}
	run(raw: string, start: number, end: number): void {
		for (let i = start; i < end; i++) this.plain(raw.charCodeAt(i));
	}
	plain(code: number): void {
		if (isSpaceCode(code)) {
			this.counted = false;
			return;
		}
		this.empty = false;
		if (!this.counted && isWordCode(code)) {
			this.counted = true;
			this.words++;
		}
	}
	/** Reads plain text and spaces from `i` up to `stop`; returns where markup or a line break stops it. */
	plainText(raw: string, i: number, stop: number): number {
		let counted = this.counted ? 1 : 0;
		let words = this.words;
		let seen = 0; // TEXT_SEEN once a character that is not a space was read
		for (; i < stop; i++) {
			const code = raw.charCodeAt(i);
			const step = code < 128 ? ASCII_STEP[(counted << 7) | code] : TEXT_STEP[(counted << 2) | (isSpaceCode(code) ? TEXT_SPACE : isWordCode(code) ? TEXT_WORD : TEXT_PLAIN)]; // a table, not branches: word edges are unpredictable
			if (step === TEXT_STOP) break;
			words += (step >> 1) & 1;
			counted = step & 1;
			seen |= step;
		}
		this.counted = counted === 1;
		this.words = words;
		if (seen & TEXT_SEEN) this.empty = false;
		return i;
	}
}

const TEXT_PLAIN = 0;
const TEXT_SPACE = 1;
const TEXT_WORD = 2;
const TEXT_MARKUP = 3;

const TEXT_COUNTED = 1; // the current token holds a word character
const TEXT_NEW_WORD = 2; // this character starts a counted word
const TEXT_SEEN = 4; // the text is not empty
/** The word tally's step, by (counted << 2 | kind): the next counted flag, a new word, a non-space. */
const TEXT_STEP: Uint8Array = (() => {
	const table = new Uint8Array(8);
	for (const counted of [0, 1]) {
		table[(counted << 2) | TEXT_PLAIN] = counted | TEXT_SEEN;
		table[(counted << 2) | TEXT_SPACE] = 0;
		table[(counted << 2) | TEXT_WORD] = TEXT_COUNTED | (counted ? 0 : TEXT_NEW_WORD) | TEXT_SEEN;
	}
	return table;
})();

const TEXT_STOP = 8; // markup: the fast loop stops

/** ASCII classes for the word tally: markup (and the line feed, which opens a line prefix) stops its fast loop. */
const TEXT_CLASS: Uint8Array = (() => {
	const table = new Uint8Array(128);
	for (const code of [C.tab, C.cr, C.space]) table[code] = TEXT_SPACE;
	for (let code = 48; code <= 57; code++) table[code] = TEXT_WORD; // 0-9
	for (let code = 65; code <= 90; code++) table[code] = TEXT_WORD; // A-Z
	for (let code = 97; code <= 122; code++) table[code] = TEXT_WORD; // a-z
	for (const code of [C.lf, C.star, C.backtick, C.tilde, C.equals, C.underscore, C.backslash, C.lbracket, C.rbracket, C.lt, C.amp, C.caret]) table[code] = TEXT_MARKUP;
	return table;
})();

/** TEXT_STEP for ASCII codes, by (counted << 7 | code), with TEXT_STOP for markup: one look-up per character. */
const ASCII_STEP: Uint8Array = (() => {
	const table = new Uint8Array(256); // two counted states × 128 codes
	for (const counted of [0, 1]) {
		for (let code = 0; code < 128; code++) {
			const kind = TEXT_CLASS[code];
			table[(counted << 7) | code] = kind === TEXT_MARKUP ? TEXT_STOP : TEXT_STEP[(counted << 2) | kind];
		}
	}
	return table;
})();

/** What readableText would give, measured without building it: its word count, and whether it is empty. */
export function readableWordCount(raw: string, span: Span, excluded?: readonly number[]): { words: number; empty: boolean } {
	const tally = new WordTally();
	const end = Math.min(span.end, raw.length);
	let next = excluded ? firstRangeAfter(excluded, span.start) : 0;
	let i = Math.max(0, span.start);
	let lineStart = true;
	while (i < end) {
		if (excluded && next < excluded.length && excluded[next] <= i) {
			if (excluded[next + 1] > i) {
				tally.space();
				i = excluded[next + 1];
			}
			next += 2;
			continue;
		}
		if (lineStart) {
			lineStart = false;
			const after = skipLinePrefix(raw, i, end);
			if (after !== i) {
				i = after;
				continue;
			}
		}
		i = tally.plainText(raw, i, excluded && next < excluded.length && excluded[next] < end ? excluded[next] : end);
		if (i >= end || (excluded && next < excluded.length && excluded[next] <= i)) continue;
		const code = raw.charCodeAt(i);
		const stop = excluded && next < excluded.length && excluded[next] < end ? excluded[next] : end;
		const step = readSpecial(raw, i, end, code, tally, ignoreFlush, stop); // the tally reads runs as they come: nothing to flush
		if (step > 0) {
			if (code === C.lf) lineStart = true;
			i += step;
			continue;
		}
		tally.plain(code);
		i++;
	}
	return { words: tally.words, empty: tally.empty };
}

function ignoreFlush(): void {}

