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
	const cursor: Cursor = { passages: [], open: null, words: 0 };
	for (const segment of segments) {
		let i = segment.start;
		const segmentFirstWord = firstWordStart(raw, segment);
		while (i < segment.end) {
			while (i < segment.end && isSpaceCode(raw.charCodeAt(i))) i++;
			if (i >= segment.end) break;
			const wordStart = i;
			while (i < segment.end && !isSpaceCode(raw.charCodeAt(i))) i++;
			addWord(raw, cursor, wordStart, i, wordStart === segmentFirstWord ? segment.seconds : undefined);
		}
	}
	close(cursor);
	return cursor.passages;
}

function firstWordStart(raw: string, segment: SpeechSegment): number {
	let i = segment.start;
	while (i < segment.end && isSpaceCode(raw.charCodeAt(i))) i++;
	return i;
}

function addWord(raw: string, cursor: Cursor, start: number, end: number, seconds: number | undefined): void {
	if (cursor.open && cursor.words >= PAUSE_CUT_WORDS && end - start <= LONGEST_PAUSE_WORD && PAUSE_WORDS.has(raw.slice(start, end).toLowerCase())) close(cursor);
	if (!cursor.open) {
		cursor.open = { start, end };
		if (seconds !== undefined) cursor.open.seconds = seconds;
	}
	cursor.open.end = end;
	cursor.words++;
	if ((cursor.words >= MIN_WORDS && endsSentence(raw, start, end)) || cursor.words >= MAX_WORDS) close(cursor);
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
