// Counts of telltale line shapes in a note's body, computed once and read by every detector.

import { countWords } from "../text/readable";
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
	for (let index = 0; index < source.lineStarts.length; index++) {
		if (isBlankLine(source, index)) {
			profile.blankLines++;
			continue;
		}
		const start = contentStart(source, index);
		const end = contentEnd(source, index);
		const line = raw.slice(start, end);
		const words = countWords(line);
		profile.words += words;
		profile.longestLine = Math.max(profile.longestLine, end - source.lineStarts[index]);
		profile.sentenceEnds += countSentenceEnds(line);
		if (words >= MIN_PROSE_WORDS) profile.proseLines++;
		classifyLine(profile, line, raw.charCodeAt(source.lineStarts[index]));
		if (isPlainHeading(source, index, line, words)) profile.plainHeadings++;
	}
	return profile;
}

function classifyLine(profile: SourceProfile, line: string, firstRawCode: number): void {
	const first = line.charCodeAt(0);
	if (line.startsWith("*  ") && firstRawCode === 42) profile.starLines++;
	if (first >= 48 && first <= 57 && CUE_TIMING.test(line)) profile.cueTimingLines++;
	if (first === 91 && BRACKET_CUE.test(line)) profile.bracketCueLines++;
	if (TIMESTAMP_LINK.test(line)) profile.timestampLinkLines++;
	if (SPEAKER.test(line)) profile.speakerLines++;
	if (STAMP.test(line)) profile.stampLines++;
	if (line.includes("](")) {
		const links = line.match(READWISE_LINK);
		if (links) profile.readwiseLinks += links.length;
		if (line.includes("([Time ") && line.includes("snipd")) profile.snipdTimeLinks++;
	}
	if (line.startsWith("🎧")) profile.headphoneLines++;
	if (line.startsWith("==========")) profile.kindleSeparators++;
	if (first === 45 && KINDLE_ENTRY.test(line)) profile.kindleEntryLines++;
	if (line.includes("kindle://")) profile.kindleLocations++;
	if (first === 35 && /^#{1,6}\s/.test(line)) profile.markdownHeadings++;
	if (BULLET.test(line)) profile.bulletLines++;
	if (LOGSEQ_PROPERTY.test(line)) profile.logseqProperties++;
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
