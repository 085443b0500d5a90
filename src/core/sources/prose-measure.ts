// The prose counts of a note's body (words, sentence ends, prose lines, plain headings) read every
// character, so they are measured line by line only as far as a detector needs: "at least 300 words"
// stops early, a full count reads on to the end. The counts at any point are exact for the lines read.

import { hasWordsIn, lineStats, measureUtf16Line, measureUtf8Line, utf8Generation, utf8Of } from "../text/char-codes";
import { type SourceText, contentEnd, contentStart, isBlankLine } from "./source-text";

const MIN_PROSE_WORDS = 15; // a line this long is prose rather than a label or heading
export const MAX_HEADING_WORDS = 12; // longer lines read as sentences, not headings
export const MAX_HEADING_CHARS = 100; // longer lines read as sentences, not headings
const LINE_FEED = 10;
const CHARCODE_PREFIX = 4 * 1024; // lines ending this early in the body are measured on the string: a check that stops near 300 words (about 2 KB) never encodes the rest

export class ProseMeasure {
	words = 0;
	sentenceEnds = 0;
	proseLines = 0;
	plainHeadings = 0;
	/** The next body line to measure, and where its UTF-8 bytes start. */
	private line = 0;
	private byteLine = 0;
	private bytes: Uint8Array | null = null;
	private generation = -1;

	constructor(private readonly source: SourceText) {}

	/** Measures lines until `enough` holds or every line is read; returns `enough`'s last answer. */
	until(enough: (measure: ProseMeasure) => boolean): boolean {
		while (!enough(this)) {
			if (this.line >= this.source.lineStarts.length) return false;
			this.measureLine();
		}
		return true;
	}

	/** `proseLines >= least` over the whole body: lines not yet measured are only probed, each up to its MIN_PROSE_WORDS-th word. */
	proseLinesAtLeast(least: number): boolean {
		const source = this.source;
		let lines = this.proseLines;
		for (let index = this.line; index < source.lineStarts.length && lines < least; index++) {
			if (hasWordsIn(source.raw, contentStart(source, index), contentEnd(source, index), MIN_PROSE_WORDS)) lines++;
		}
		return lines >= least;
	}

	/** The most words the lines not yet measured can hold: a word and the space after it take two characters. */
	mostWordsLeft(): number {
		const { lineStarts, raw } = this.source;
		if (this.line >= lineStarts.length) return 0;
		return (raw.length - lineStarts[this.line] + (lineStarts.length - this.line)) / 2; // one more per line: its last word needs no space
	}

	/** Every line measured: the counts are the body's. */
	complete(): this {
		while (this.line < this.source.lineStarts.length) this.measureLine();
		return this;
	}

	/** UTF-8 bytes from the current line on (byte loops beat charCodeAt loops), encoded again from there if the shared buffer was reused since. */
	private bytesFromHere(): Uint8Array {
		if (this.bytes === null || this.generation !== utf8Generation()) {
			const raw = this.source.raw;
			const utf8 = utf8Of(raw.slice(this.source.lineStarts[this.line]));
			this.bytes = utf8.bytes.subarray(0, utf8.length);
			this.generation = utf8Generation();
			this.byteLine = 0;
		}
		return this.bytes;
	}

	private measureLine(): void {
		const source = this.source;
		const index = this.line;
		const start = contentStart(source, index);
		const end = contentEnd(source, index);
		const short = this.bytes === null && source.lineEnds[index] - source.bodyStart <= CHARCODE_PREFIX;
		if (!short) this.stepBytes(start >= end && isBlankLine(source, index));
		this.line++;
		if (start >= end && isBlankLine(source, index)) return;
		if (short) measureUtf16Line(source.raw, start, end);
		const words = lineStats.words;
		this.words += words;
		this.sentenceEnds += lineStats.sentenceEnds;
		if (words >= MIN_PROSE_WORDS) this.proseLines++;
		if (words > 0 && words <= MAX_HEADING_WORDS && end - start <= MAX_HEADING_CHARS && isPlainHeading(source, index, source.raw.slice(start, end), words)) this.plainHeadings++;
	}

	/** Moves past the current line's bytes, measuring them into `lineStats` unless the line is blank. */
	private stepBytes(blank: boolean): void {
		const bytes = this.bytesFromHere();
		const byteLineStart = this.byteLine;
		const newline = bytes.indexOf(LINE_FEED, byteLineStart);
		const byteLineEnd = newline < 0 ? bytes.length : newline;
		this.byteLine = byteLineEnd + 1;
		if (!blank) measureUtf8Line(bytes, utf8ContentStart(bytes, byteLineStart, byteLineEnd), utf8ContentEnd(bytes, byteLineStart, byteLineEnd));
	}
}

/** As contentStart, on UTF-8 bytes: skips spaces, tabs, carriage returns and byte-order marks (EF BB BF). */
function utf8ContentStart(bytes: Uint8Array, start: number, end: number): number {
	let i = start;
	while (i < end) {
		const byte = bytes[i];
		if (byte === 32 || byte === 9 || byte === 13) i++;
		else if (byte === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) i += 3;
		else break;
	}
	return i;
}

/** As contentEnd, on UTF-8 bytes: drops trailing spaces, tabs and carriage returns. */
function utf8ContentEnd(bytes: Uint8Array, start: number, end: number): number {
	while (end > start && (bytes[end - 1] === 32 || bytes[end - 1] === 9 || bytes[end - 1] === 13)) end--;
	return end;
}

/** A short line standing alone between blank lines, in Title Case or ALL CAPS, not ending a sentence. */
export function isPlainHeading(source: SourceText, index: number, line: string, words: number): boolean {
	if (words === 0 || words > MAX_HEADING_WORDS || line.length > MAX_HEADING_CHARS) return false;
	const beforeBlank = index === 0 || isBlankLine(source, index - 1);
	const afterBlank = index + 1 >= source.lineStarts.length || isBlankLine(source, index + 1);
	if (!beforeBlank || !afterBlank) return false;
	if (/[.,;:!?"”)]$/.test(line) || /^[-*+•>#|\d[(<`]/.test(line)) return false;
	const tokens = line.split(/\s+/).filter((token) => /[A-Za-z]/.test(token));
	if (tokens.length === 0) return false;
	const minor = /^(a|an|and|as|at|by|for|from|in|of|on|or|the|to|vs\.?|with|via|into)$/;
	const capitalised = tokens.filter((token) => /^[^a-z]*[A-Z]/.test(token) || minor.test(token));
	return capitalised.length === tokens.length;
}
