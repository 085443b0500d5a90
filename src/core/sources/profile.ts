// Counts of telltale line shapes in a note's body, computed once and read by every detector.

import { lineStats, measureUtf8Line, utf8Of } from "../text/char-codes";
import { type SourceText, contentStart, contentEnd, isBlankLine } from "./source-text";

export interface SourceProfile {
	lines: number;
	blankLines: number;
	words: number;
	/** Sentence ends: ".", "?" or "!" followed by a space or the line's end. */
	sentenceEnds: number;
	longestLine: number;
	/** Lines starting with "*  " (whisper's YouTube markdown). */
	starLines: number;
	/** `00:00:01,000 --> 00:00:02,000` timing lines (SRT, VTT). */
	cueTimingLines: number;
	/** `[00:00:00.000 --> 00:00:02.240]` lines (whisper.cpp). */
	bracketCueLines: number;
	/** Lines opening with `[01:04](http…)` or `- [01:04](http…)`. */
	timestampLinkLines: number;
	/** Lines opening with a speaker label or an escaped/bracketed stamp (`**Ann:**`, `\[22:06\]`). */
	speakerLines: number;
	stampLines: number;
	/** `([View Highlight](…))`, `([Location 12](…))`, `([Time 0:30:37](…))` links. */
	readwiseLinks: number;
	snipdTimeLinks: number;
	headphoneLines: number;
	kindleSeparators: number;
	kindleEntryLines: number;
	kindleLocations: number;
	markdownHeadings: number;
	/** Short isolated lines in Title Case or ALL CAPS without closing punctuation. */
	plainHeadings: number;
	bulletLines: number;
	logseqProperties: number;
	/** Lines of 15 words or more (prose). */
	proseLines: number;
}

const CUE_TIMING = /^\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}\s*-->\s*\d{1,2}:\d{2}/;
const BRACKET_CUE = /^\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s*-->\s*\d{1,2}:\d{2}/;
const TIMESTAMP_LINK = /^(?:[-*+]\s+)?\[\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]\(https?:/;
const SPEAKER = /^(?:\*\*|__)?[A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,3}(?: \(\d{1,2}:\d{2}(?::\d{2})?\))?(?::\*\*|\*\*:|:__|__:|:)\s/;
const STAMP = /^(?:\*\*[^*]{1,40}\*\*:?\s*|[A-Z][\w. ]{0,40}:\s*)?(?:\\?\[|\()\d{1,2}:\d{2}(?::\d{2})?(?:\\?\]|\))/;
const READWISE_LINK = /\(\[(?:View Highlight|Location \d+|Page \d+|Time \d[\d:]*)\]\(/g;
const KINDLE_ENTRY = /^-\s?Your (?:Highlight|Note|Bookmark|Clip)/;
const LOGSEQ_PROPERTY = /^[\w-]+:: /;
const BULLET = /^(?:[-*+•]|\d{1,3}[.)])\s/;
const MIN_PROSE_WORDS = 15; // a line this long is prose rather than a label or heading
const MAX_HEADING_WORDS = 12; // longer lines read as sentences, not headings

export function profileSource(source: SourceText): SourceProfile {
	const profile = emptyProfile(source.lineStarts.length);
	const raw = source.raw;
	const finders = documentFinders(source);
	const utf8 = utf8Of(source.bodyStart === 0 ? raw : raw.slice(source.bodyStart)); // byte loops beat charCodeAt loops
	let byteLine = 0;
	for (let index = 0; index < source.lineStarts.length; index++) {
		const lineStart = source.lineStarts[index];
		const start = contentStart(source, index);
		const end = contentEnd(source, index);
		const byteLineStart = byteLine;
		const newline = utf8.bytes.indexOf(LINE_FEED, byteLine);
		const byteLineEnd = newline < 0 || newline >= utf8.length ? utf8.length : newline;
		byteLine = byteLineEnd + 1;
		if (start >= end && isBlankLine(source, index)) {
			profile.blankLines++;
			continue;
		}
		measureUtf8Line(utf8.bytes, utf8ContentStart(utf8.bytes, byteLineStart, byteLineEnd), utf8ContentEnd(utf8.bytes, byteLineStart, byteLineEnd));
		const words = lineStats.words;
		profile.words += words;
		profile.longestLine = Math.max(profile.longestLine, end - lineStart);
		profile.sentenceEnds += lineStats.sentenceEnds;
		if (words >= MIN_PROSE_WORDS) profile.proseLines++;
		const line = classifyLine(profile, raw, start, end, raw.charCodeAt(lineStart), finders);
		if (words > 0 && words <= MAX_HEADING_WORDS && end - start <= 100 && isPlainHeading(source, index, line ?? raw.slice(start, end), words)) profile.plainHeadings++;
	}
	return profile;
}

const LINE_FEED = 10;

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

/** Where the next occurrence of a rare needle lies, so each line asks in constant time whether it holds one. */
class NextOccurrence {
	private at = -1;
	constructor(private readonly raw: string, private readonly needle: string, from: number) {
		this.at = raw.indexOf(needle, from);
	}
	/** True when the needle lies wholly inside [start, end); lines must be asked in order. */
	within(start: number, end: number): boolean {
		if (this.at >= 0 && this.at < start) this.at = this.raw.indexOf(this.needle, start);
		return this.at >= 0 && this.at + this.needle.length <= end;
	}
}

interface DocumentFinders {
	linkTarget: NextOccurrence;
	kindleLink: NextOccurrence;
	logseqProperty: NextOccurrence;
	/** The body holds a clock time (`1:02`) somewhere: stamp lines are possible. */
	hasClock: boolean;
}

function documentFinders(source: SourceText): DocumentFinders {
	const raw = source.raw;
	return {
		linkTarget: new NextOccurrence(raw, "](", source.bodyStart),
		kindleLink: new NextOccurrence(raw, "kindle://", source.bodyStart),
		logseqProperty: new NextOccurrence(raw, ":: ", source.bodyStart),
		hasClock: CLOCK.test(source.bodyStart === 0 ? raw : raw.slice(source.bodyStart)),
	};
}

const CLOCK = /\d:\d{2}/;
const CAPITAL_A = 65;
const CAPITAL_Z = 90;

/** Counts the line's shapes; a regex runs only when the line's first character allows a match. Returns the line text when it was needed. */
function classifyLine(profile: SourceProfile, raw: string, start: number, end: number, firstRawCode: number, finders: DocumentFinders): string | null {
	const first = raw.charCodeAt(start);
	if (first >= 97 && first <= 122 && !finders.linkTarget.within(start, end) && !finders.kindleLink.within(start, end) && !finders.logseqProperty.within(start, end)) return null; // speech and prose lines: nothing to count
	let line: string | null = null;
	const text = (): string => (line ??= raw.slice(start, end));
	const capital = first >= CAPITAL_A && first <= CAPITAL_Z;
	if (first === 42 && firstRawCode === 42 && end - start >= 3 && raw.charCodeAt(start + 1) === 32 && raw.charCodeAt(start + 2) === 32) profile.starLines++; // "*  "
	if (first >= 48 && first <= 57 && CUE_TIMING.test(text())) profile.cueTimingLines++;
	if (first === 91 && BRACKET_CUE.test(text())) profile.bracketCueLines++;
	const hasLinkTarget = finders.linkTarget.within(start, end);
	if (hasLinkTarget && (first === 91 || first === 45 || first === 42 || first === 43) && TIMESTAMP_LINK.test(text())) profile.timestampLinkLines++;
	if ((capital || first === 42 || first === 95) && SPEAKER.test(text())) profile.speakerLines++;
	if (finders.hasClock && (capital || first === 42 || first === 92 || first === 91 || first === 40) && STAMP.test(text())) profile.stampLines++;
	if (hasLinkTarget) countLinks(profile, text());
	if (first === 0xd83c && raw.charCodeAt(start + 1) === 0xdfa7) profile.headphoneLines++; // "🎧"
	if (first === 61 && raw.startsWith("==========", start) && end - start >= 10) profile.kindleSeparators++;
	if (first === 45 && KINDLE_ENTRY.test(text())) profile.kindleEntryLines++;
	if (finders.kindleLink.within(start, end)) profile.kindleLocations++;
	if (first === 35 && /^#{1,6}\s/.test(text())) profile.markdownHeadings++;
	if ((first === 45 || first === 42 || first === 43 || first === 0x2022 || (first >= 48 && first <= 57)) && BULLET.test(text())) profile.bulletLines++;
	if (finders.logseqProperty.within(start, end) && LOGSEQ_PROPERTY.test(text())) profile.logseqProperties++;
	return line;
}

function countLinks(profile: SourceProfile, line: string): void {
	const links = line.match(READWISE_LINK);
	if (links) profile.readwiseLinks += links.length;
	if (line.includes("([Time ") && line.includes("snipd")) profile.snipdTimeLinks++;
}

export function countSentenceEnds(line: string): number {
	let count = 0;
	for (let i = 0; i < line.length; i++) {
		const code = line.charCodeAt(i);
		if (code !== 46 && code !== 63 && code !== 33) continue;
		const next = line.charCodeAt(i + 1);
		if (Number.isNaN(next) || next === 32 || next === 9 || next === 34 || next === 0x201d || next === 41) count++;
	}
	return count;
}

/** A short line standing alone between blank lines, in Title Case or ALL CAPS, not ending a sentence. */
export function isPlainHeading(source: SourceText, index: number, line: string, words: number): boolean {
	if (words === 0 || words > MAX_HEADING_WORDS || line.length > 100) return false;
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

function emptyProfile(lines: number): SourceProfile {
	return {
		lines, blankLines: 0, words: 0, sentenceEnds: 0, longestLine: 0, starLines: 0, cueTimingLines: 0,
		bracketCueLines: 0, timestampLinkLines: 0, speakerLines: 0, stampLines: 0, readwiseLinks: 0,
		snipdTimeLinks: 0, headphoneLines: 0, kindleSeparators: 0, kindleEntryLines: 0, kindleLocations: 0,
		markdownHeadings: 0, plainHeadings: 0, bulletLines: 0, logseqProperties: 0, proseLines: 0,
	};
}
