// Word and sentence counts over UTF-16 code units or UTF-8 bytes, with the counting kinds of
// chars.ts (what a word is): they run over every character of a vault, so they avoid regular
// expressions and substrings entirely.

import { ASCII_COUNT_KIND, CountKind, countKind } from "./chars";

const OTHER: number = CountKind.Other;
const SPACE: number = CountKind.Space;
const WORD: number = CountKind.Word;
const STOP: number = CountKind.Stop;
const ASCII_LIMIT = 128; // codes below this are classified by table
const ASCII_CLASS = ASCII_COUNT_KIND;
const charClass = (code: number): number => countKind(code);

/** Words (space-separated tokens holding a letter or digit) in raw[start, end). */
export function countWordsIn(raw: string, start: number, end: number): number {
	let words = 0;
	let counted = false; // the current token already holds a word character
	for (let i = start; i < end; i++) {
		const code = raw.charCodeAt(i);
		const kind = code < ASCII_LIMIT ? ASCII_CLASS[code] : charClass(code);
		if (kind === SPACE) counted = false;
		else if (kind === WORD && !counted) {
			counted = true;
			words++;
		}
	}
	return words;
}

/** countWordsIn(raw, start, end) >= least, reading only as far as the word that settles it. */
export function hasWordsIn(raw: string, start: number, end: number, least: number): boolean {
	let words = 0;
	let counted = 0; // the current token already holds a word character
	for (let i = start; i < end && words < least; i++) {
		const code = raw.charCodeAt(i);
		const step = WORD_STEP[(counted << 2) | (code < ASCII_LIMIT ? ASCII_CLASS[code] : charClass(code))];
		words += step >> 1;
		counted = step & 1;
	}
	return words >= least;
}

/** Words and sentence ends of one line's text, as measureUtf8Line leaves them. */
export const lineStats = { words: 0, sentenceEnds: 0 };

/** measureUtf8Line on UTF-16 code units raw[start, end): the same counts, into `lineStats`, with no text encoded. */
export function measureUtf16Line(raw: string, start: number, end: number): void {
	let words = 0;
	let stops = 0;
	let counted = 0;
	for (let i = start; i < end; i++) {
		const code = raw.charCodeAt(i);
		const kind = code < ASCII_LIMIT ? ASCII_CLASS[code] : charClass(code);
		const step = WORD_STEP[(counted << 2) | kind]; // a table, not branches: word edges are unpredictable
		words += step >> 1;
		counted = step & 1;
		if (kind === STOP && closesSentence(raw, i + 1, end)) stops++;
	}
	lineStats.words = words;
	lineStats.sentenceEnds = stops;
}

function closesSentence(raw: string, next: number, end: number): boolean {
	if (next >= end) return true;
	const code = raw.charCodeAt(next);
	return code === 32 || code === 9 || code === 34 || code === 41 || code === 0x201d; // space, tab, '"', ')', '”'
}

/** The UTF-8 bytes of a text: loops over a byte array run several times faster than charCodeAt loops. */
export interface Utf8Text {
	bytes: Uint8Array;
	length: number;
}

const encoder = new TextEncoder();
const MAX_UTF8_PER_UNIT = 3; // one UTF-16 code unit never takes more than three UTF-8 bytes
const KEPT_BUFFER_BYTES = 8 * 1024 * 1024; // reuse a buffer up to this size; larger texts get their own
let sharedBuffer = new Uint8Array(64 * 1024);

let generation = 0;

/** Counts utf8Of calls: bytes got under an older count may have been overwritten. */
export function utf8Generation(): number {
	return generation;
}

/** Encodes `text` into a reused buffer: valid until the next call. */
export function utf8Of(text: string): Utf8Text {
	generation++;
	const needed = text.length * MAX_UTF8_PER_UNIT;
	let bytes = sharedBuffer;
	if (bytes.length < needed) {
		bytes = new Uint8Array(needed);
		if (needed <= KEPT_BUFFER_BYTES) sharedBuffer = bytes;
	}
	return { bytes, length: encoder.encodeInto(text, bytes).written };
}

/** The counting kind of the UTF-8 sequence whose lead byte (≥ 0xC0) is at `i`: that of its code point. */
function utf8LeadClass(bytes: Uint8Array, i: number, lead: number): number {
	if (lead < 0xe0) return charClass(((lead & 0x1f) << 6) | (bytes[i + 1] & 0x3f)); // two bytes: 5 + 6 bits
	if (lead < 0xf0) return charClass(((lead & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f)); // three bytes: 4 + 6 + 6 bits
	return OTHER; // four bytes: beyond UTF-16's single units (emoji, rare ideographs), punctuation to the matcher
}

/** measureLine over UTF-8 bytes [start, end) of one line's text: the same counts, into `lineStats`. */
export function measureUtf8Line(bytes: Uint8Array, start: number, end: number): void {
	let words = 0;
	let stops = 0;
	let counted = 0;
	for (let i = start; i < end; i++) {
		const byte = bytes[i];
		let step = BYTE_STEP[(counted << 8) | byte]; // one look-up per byte: word edges are unpredictable, branches would miss
		if (step >= BYTE_SPECIAL) {
			if (step === BYTE_STOP) {
				if (closesSentenceUtf8(bytes, i + 1, end)) stops++;
				continue; // a stop leaves the word state as it is
			}
			step = WORD_STEP[(counted << 2) | utf8LeadClass(bytes, i, byte)];
		}
		words += step >> 1;
		counted = step & 1;
	}
	lineStats.words = words;
	lineStats.sentenceEnds = stops;
}

/** Word counting's step, by (counted << 2 | class): bit 0 the next counted flag, bit 1 a new word. */
const WORD_STEP: Uint8Array = (() => {
	const table = new Uint8Array(8);
	for (const counted of [0, 1]) {
		table[(counted << 2) | OTHER] = counted;
		table[(counted << 2) | STOP] = counted;
		table[(counted << 2) | SPACE] = 0;
		table[(counted << 2) | WORD] = 1 | (counted ? 0 : 2);
	}
	return table;
})();

const BYTE_SPECIAL = 4; // steps from here on need more than the table: a stop, or the lead byte of a longer character
const BYTE_STOP = 4;
const BYTE_LEAD = 5;

/** WORD_STEP by (counted << 8 | byte) for every byte: continuation bytes keep the state (they belong to the character before). */
const BYTE_STEP: Uint8Array = (() => {
	const table = new Uint8Array(512); // two counted states × 256 byte values
	for (const counted of [0, 1]) {
		for (let byte = 0; byte < 256; byte++) {
			let step: number;
			if (byte < ASCII_LIMIT) step = ASCII_CLASS[byte] === STOP ? BYTE_STOP : WORD_STEP[(counted << 2) | ASCII_CLASS[byte]];
			else step = byte >= 0xc0 ? BYTE_LEAD : counted;
			table[(counted << 8) | byte] = step;
		}
	}
	return table;
})();

function closesSentenceUtf8(bytes: Uint8Array, next: number, end: number): boolean {
	if (next >= end) return true;
	const byte = bytes[next];
	if (byte === 32 || byte === 9 || byte === 34 || byte === 41) return true; // space, tab, '"', ')'
	return byte === 0xe2 && bytes[next + 1] === 0x80 && bytes[next + 2] === 0x9d; // '”'
}
