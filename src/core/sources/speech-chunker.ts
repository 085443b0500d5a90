// Cuts a stream of speech into readable passages of about 40–120 words, at sentence ends where the
// speaker's words are punctuated and at pause words ("so", "and", "um") where they are not.

import type { PassageSpan } from "../model";
import { isSpaceCode } from "../text/readable";

/** A stretch of transcript text in the raw file, with the second it starts at when known. */
export interface SpeechSegment {
	start: number;
	end: number;
	seconds?: number;
}

const MIN_WORDS = 40; // shorter passages read as fragments
const PAUSE_CUT_WORDS = 70; // unpunctuated speech: from here on, cut before the next pause word
const MAX_WORDS = 120; // longer passages are hard to scan in a sidebar
const PAUSE_WORDS = new Set(["so", "and", "but", "um", "uh", "okay", "ok", "yeah", "well", "now", "anyway", "because", "right", "like", "alright"]);
const LONGEST_PAUSE_WORD = 7; // "alright", "because": longer words are never looked up (lower-casing never shortens a word)

/** Quote, apostrophe, paren and bracket closers after a stop. */
function isCloser(code: number): boolean {
	return code === 34 || code === 39 || code === 41 || code === 0x2019 || code === 0x201d || code === 93;
}

/** True when the word [start, end) closes a sentence. */
function endsSentence(raw: string, start: number, end: number): boolean {
	let j = end - 1;
	while (j > start && isCloser(raw.charCodeAt(j))) j--;
	const code = raw.charCodeAt(j);
	return code === 46 || code === 63 || code === 33 || code === 0x2026;
}

interface Cursor {
	passages: PassageSpan[];
	open: PassageSpan | null;
	words: number;
}

function close(cursor: Cursor): void {
	if (cursor.open) cursor.passages.push(cursor.open);
	cursor.open = null;
	cursor.words = 0;
}

/** Passages cut inside and across segments, wherever the speech pauses. */
export function chunkSpeechByWords(raw: string, segments: readonly SpeechSegment[]): PassageSpan[] {
	const cursor = new WordCursor();
	for (const segment of segments) {
		const end = segment.end;
		let i = segment.start;
		let seconds = segment.seconds; // belongs to the segment's first word only
		while (i < end) {
			let code = raw.charCodeAt(i);
			while (code <= 32 || code === NBSP || code === BOM ? isSpaceCode(code) : false) { // letters take two comparisons
				if (++i >= end) break;
				code = raw.charCodeAt(i);
			}
			if (i >= end) break;
			const wordStart = i;
			i++;
			while (i < end) {
				code = raw.charCodeAt(i);
				if (code <= 32 || code === NBSP || code === BOM ? isSpaceCode(code) : false) break;
				i++;
			}
			addWord(raw, cursor, wordStart, i, seconds);
			seconds = undefined;
		}
	}
	cursor.close();
	return cursor.passages;
}

const NBSP = 0xa0;
const BOM = 0xfeff;

function firstWordStart(raw: string, segment: SpeechSegment): number {
	let i = segment.start;
	while (i < segment.end && isSpaceCode(raw.charCodeAt(i))) i++;
	return i;
}

/** The passage being gathered word by word, held in plain numbers until it closes. */
class WordCursor {
	passages: PassageSpan[] = [];
	/** Start of the open passage; -1 when none is open. */
	start = -1;
	end = 0;
	seconds: number | undefined = undefined;
	words = 0;
	close(): void {
		if (this.start >= 0) {
			const passage: PassageSpan = { start: this.start, end: this.end };
			if (this.seconds !== undefined) passage.seconds = this.seconds;
			this.passages.push(passage);
		}
		this.start = -1;
		this.words = 0;
	}
}

function addWord(raw: string, cursor: WordCursor, start: number, end: number, seconds: number | undefined): void {
	if (cursor.words >= PAUSE_CUT_WORDS && end - start <= LONGEST_PAUSE_WORD && isPauseWord(raw, start, end)) cursor.close(); // words are only counted while a passage is open
	if (cursor.start < 0) {
		cursor.start = start;
		cursor.seconds = seconds;
	}
	cursor.end = end;
	cursor.words++;
	if ((cursor.words >= MIN_WORDS && endsSentence(raw, start, end)) || cursor.words >= MAX_WORDS) cursor.close();
}

const PAUSE_LIST = [...PAUSE_WORDS];
/** ASCII codes a pause word may open with, in either case: any other first letter rules a word out at once. */
const PAUSE_OPENERS: Uint8Array = (() => {
	const table = new Uint8Array(128);
	for (const word of PAUSE_LIST) {
		table[word.charCodeAt(0)] = 1;
		table[word.charCodeAt(0) - 32] = 1; // its capital
	}
	return table;
})();

/** PAUSE_WORDS.has(raw.slice(start, end).toLowerCase()), comparing ASCII codes in place; other text takes the slow road. */
function isPauseWord(raw: string, start: number, end: number): boolean {
	const first = raw.charCodeAt(start);
	if (first < 128 && PAUSE_OPENERS[first] === 0) return false;
	const length = end - start;
	for (const word of PAUSE_LIST) {
		if (word.length !== length) continue;
		let i = 0;
		for (; i < length; i++) {
			const code = raw.charCodeAt(start + i);
			if (code >= 128) return PAUSE_WORDS.has(raw.slice(start, end).toLowerCase()); // lower-casing beyond ASCII (the Kelvin sign) may give ASCII
			if ((code >= 65 && code <= 90 ? code + 32 : code) !== word.charCodeAt(i)) break; // A–Z lower-cased by hand
		}
		if (i === length) return true;
	}
	return false;
}

/** Passages that cut only between segments (cues), so each passage keeps its cue's timestamp. */
export function chunkSpeechBySegments(raw: string, segments: readonly SpeechSegment[]): PassageSpan[] {
	const cursor: Cursor = { passages: [], open: null, words: 0 };
	for (const segment of segments) {
		const words = wordsIn(raw, segment.start, segment.end);
		if (words === 0) continue;
		if (cursor.open && cursor.words >= PAUSE_CUT_WORDS && startsWithPause(raw, segment)) close(cursor);
		if (!cursor.open) {
			cursor.open = { start: segment.start, end: segment.end };
			if (segment.seconds !== undefined) cursor.open.seconds = segment.seconds;
		}
		cursor.open.end = segment.end;
		cursor.words += words;
		const stop = endsSentence(raw, segment.start, trimEnd(raw, segment.start, segment.end));
		if ((cursor.words >= MIN_WORDS && stop) || cursor.words >= MAX_WORDS) close(cursor);
	}
	close(cursor);
	return cursor.passages;
}

function startsWithPause(raw: string, segment: SpeechSegment): boolean {
	const start = firstWordStart(raw, segment);
	let end = start;
	while (end < segment.end && !isSpaceCode(raw.charCodeAt(end))) end++;
	return PAUSE_WORDS.has(raw.slice(start, end).replace(/[,.]$/, "").toLowerCase());
}

function trimEnd(raw: string, start: number, end: number): number {
	while (end > start && isSpaceCode(raw.charCodeAt(end - 1))) end--;
	return end;
}

function wordsIn(raw: string, start: number, end: number): number {
	let words = 0;
	let inWord = false;
	for (let i = start; i < end; i++) {
		const space = isSpaceCode(raw.charCodeAt(i));
		if (!space && !inWord) words++;
		inWord = !space;
	}
	return words;
}
