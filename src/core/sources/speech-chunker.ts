// Cuts a stream of speech into readable passages of about 40–120 words, at sentence ends where the
// speaker's words are punctuated and at pause words ("so", "and", "um") where they are not.

import type { PassageSpan } from "../model";
import { isSpaceCode } from "../text/readable";
import { PlainSpaces } from "./plain-spaces";

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
	const chunker = new WordChunker(raw, PlainSpaces.spanning(raw, segments));
	for (const segment of segments) chunker.add(segment.start, segment.end, segment.seconds);
	return chunker.finish();
}

/** chunkSpeechByWords fed one segment at a time, as a reader finds them: no segment objects are kept. */
export class WordChunker {
	private readonly cursor = new WordCursor();
	constructor(private readonly raw: string, private readonly spaces = new PlainSpaces(raw, 0, raw.length)) {}

	add(start: number, end: number, seconds: number | undefined): void {
		if (this.spaces.onlySpaceBetweenWords(start, end)) addWordsBetweenSpaces(this.raw, this.cursor, start, end, seconds);
		else addWordsOf(this.raw, this.cursor, start, end, seconds);
	}

	finish(): PassageSpan[] {
		this.cursor.close();
		return this.cursor.passages;
	}
}

/** The segment's words, where isSpaceCode says a word ends; `seconds` belongs to its first word only. */
function addWordsOf(raw: string, cursor: WordCursor, start: number, end: number, seconds: number | undefined): void {
	let wordStart = -1; // start of the word being read; -1 between words
	for (let i = start; i < end; i++) {
		const code = raw.charCodeAt(i);
		if (code > 32 && code !== NBSP && code !== BOM) { // letters, the common case, take three comparisons
			if (wordStart < 0) wordStart = i;
		} else if (isSpaceCode(code)) {
			if (wordStart >= 0) {
				addWord(raw, cursor, wordStart, i, seconds);
				seconds = undefined;
				wordStart = -1;
			}
		} else if (wordStart < 0) wordStart = i; // a control character reads as part of a word
	}
	if (wordStart >= 0) addWord(raw, cursor, wordStart, end, seconds);
}

/** addWordsOf for a segment whose only space character is " ": words found between spaces by native search. */
function addWordsBetweenSpaces(raw: string, cursor: WordCursor, start: number, end: number, seconds: number | undefined): void {
	for (let i = start; i < end; ) {
		let space = raw.indexOf(" ", i);
		if (space < 0 || space > end) space = end;
		if (space > i) {
			addWord(raw, cursor, i, space, seconds);
			seconds = undefined;
		}
		i = space + 1;
	}
}

const NBSP = 0xa0;
const BOM = 0xfeff;

/** 1 for the ASCII codes isSpaceCode counts as space (tab, line feed, carriage return, space), else 0. */
const ASCII_SPACE: Uint8Array = (() => {
	const table = new Uint8Array(128); // one entry per ASCII code
	for (let code = 0; code < 128; code++) table[code] = isSpaceCode(code) ? 1 : 0;
	return table;
})();

/** isSpaceCode beyond ASCII, as 1 or 0. */
function spaceBeyondAscii(code: number): number {
	return code === NBSP || code === BOM ? 1 : 0;
}

function firstWordStart(raw: string, start: number, end: number): number {
	let i = start;
	while (i < end && isSpaceCode(raw.charCodeAt(i))) i++;
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
	const chunker = new SegmentChunker(raw);
	for (const segment of segments) chunker.add(segment.start, segment.end, segment.seconds);
	return chunker.finish();
}

/** chunkSpeechBySegments fed one segment at a time, as a reader finds them: no segment objects are kept. */
export class SegmentChunker {
	private readonly cursor: Cursor = { passages: [], open: null, words: 0 };
	private readonly spaces: PlainSpaces;
	constructor(private readonly raw: string) {
		this.spaces = new PlainSpaces(raw, 0, raw.length);
	}

	add(start: number, end: number, seconds: number | undefined): void {
		const raw = this.raw;
		const cursor = this.cursor;
		const words = this.spaces.onlySpaceBetweenWords(start, end) ? wordsBetweenSpaces(raw, start, end) : wordsIn(raw, start, end);
		if (words === 0) return;
		if (cursor.open && cursor.words >= PAUSE_CUT_WORDS && startsWithPause(raw, start, end)) close(cursor);
		if (!cursor.open) {
			cursor.open = { start, end };
			if (seconds !== undefined) cursor.open.seconds = seconds;
		}
		cursor.open.end = end;
		cursor.words += words;
		const stop = endsSentence(raw, start, trimEnd(raw, start, end));
		if ((cursor.words >= MIN_WORDS && stop) || cursor.words >= MAX_WORDS) close(cursor);
	}

	finish(): PassageSpan[] {
		close(this.cursor);
		return this.cursor.passages;
	}
}

function startsWithPause(raw: string, segmentStart: number, segmentEnd: number): boolean {
	const start = firstWordStart(raw, segmentStart, segmentEnd);
	let end = start;
	while (end < segmentEnd && !isSpaceCode(raw.charCodeAt(end))) end++;
	return PAUSE_WORDS.has(raw.slice(start, end).replace(/[,.]$/, "").toLowerCase());
}

function trimEnd(raw: string, start: number, end: number): number {
	while (end > start && isSpaceCode(raw.charCodeAt(end - 1))) end--;
	return end;
}

/** wordsIn for a span whose only space character is " ". */
function wordsBetweenSpaces(raw: string, start: number, end: number): number {
	let words = 0;
	for (let i = start; i < end; ) {
		let space = raw.indexOf(" ", i);
		if (space < 0 || space > end) space = end;
		if (space > i) words++;
		i = space + 1;
	}
	return words;
}

/** Words (runs of characters that are not spaces) in [start, end): counted without branches, as word edges are unpredictable. */
function wordsIn(raw: string, start: number, end: number): number {
	let words = 0;
	let spaceBefore = 1;
	for (let i = start; i < end; i++) {
		const code = raw.charCodeAt(i);
		const space = code < 128 ? ASCII_SPACE[code] : spaceBeyondAscii(code);
		words += spaceBefore & (space ^ 1);
		spaceBefore = space;
	}
	return words;
}
