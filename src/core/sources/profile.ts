// Counts of telltale line shapes in a note's body, computed once and read by every detector.

import { NextOccurrence } from "./next-occurrence";
import { ProseMeasure } from "./prose-measure";
import { type ShapeTally, countHeading, countImage, countQuote, countSpeaker, endsWithTag, hasClock, opensWithTime, recurringLabels, topLabelLines } from "./profile-shapes";
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
	/** Lines opening with a speaker label or an escaped/bracketed stamp (`**Ann:**`, `\[22:06\]`, `[Speaker 1] [00:00]`), or a stamped label alone (`Ann (00:01:02):`). */
	speakerLines: number;
	stampLines: number;
	/** Lines opening with ">" (quotes, and `[!quote]` callouts), not the lines of other callouts (`[!info]`). */
	quoteLines: number;
	/** How often the most repeated image line repeats (an icon between a web page's copied highlights). */
	repeatedImageLines: number;
	/** Lines ending in an inline `#tag` (or holding only tags), headings aside. */
	taggedLines: number;
	/** Where the first `#`–`###` heading naming a transcript starts (`## Full Transcript`), or -1. */
	transcriptHeadingAt: number;
	/** That heading names the recording's whole transcript ("Full", "Complete", "Raw"). */
	wholeTranscriptHeading: boolean;
	/** Headings naming a digest's sections (`Key Insights`, `Core Ideas`, `Cast of Characters`). */
	digestHeadings: number;
	/** Where the first `#` or `##` "Highlights" heading starts, or -1. */
	highlightsHeadingAt: number;
	/** The first heading after the title is `## Summary`. */
	opensWithSummary: boolean;
	/** An unfilled note template's blanks: headings with nothing under them before a heading of their level or higher, bare list markers. */
	emptySections: number;
	/** `([View Highlight](…))`, `([Location 12](…))`, `([Time 0:30:37](…))` links, and other links into Readwise's highlights. */
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
	/** Characters of the non-blank lines' text, and of those that are list items: how much of a note its lists carry, with no word counted. */
	textChars: number;
	listChars: number;
	/** Speaker lines opened by the three most frequent labels: a dialogue's few voices, not a list's many field names. */
	topSpeakerLines: number;
	/** Labels opening at least three speaker lines each: a dialogue has two voices or more, a repeated field label ("**Quick Take:**") one. */
	recurringSpeakers: number;
	/** Lines ending in "?", headings aside: the open questions of a reader's notes. */
	questionLines: number;
	/** The body holds a clock time (`1:02`) somewhere. */
	hasClock: boolean;
	/** `words >= count`, reading the body only as far as needed (likewise below). */
	wordsAtLeast(count: number): boolean;
	proseLinesAtLeast(count: number): boolean;
	plainHeadingsAtLeast(count: number): boolean;
	/** `sentenceEnds * wordsPerSentence < words`, reading only until the answer is settled. */
	sentencesSparserThan(wordsPerSentence: number): boolean;
}

const CUE_TIMING = /^\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}\s*-->\s*\d{1,2}:\d{2}/;
const BRACKET_CUE = /^\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s*-->\s*\d{1,2}:\d{2}/;
const TIMESTAMP_LINK = /^(?:[-*+]\s+)?\[\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]\(https?:/;
const SPEAKER = /^(?:\*\*|__)?[A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,3}(?: \(\d{1,2}:\d{2}(?::\d{2})?\))?(?::\*\*|\*\*:|:__|__:|:)\s/;
const STAMP = /^(?:\*\*[^*]{1,40}\*\*:?\s*|[A-Z][\w. ]{0,40}:\s*|\[[A-Z][^\]\n]{0,30}\]\s*)?(?:\\?\[|\()\d{1,2}:\d{2}(?::\d{2})?(?:\\?\]|\))/;
/** A speaker's label and stamp alone on a line, the turn's words below it (`Lenny Rachitsky (00:00:00):`, Otter's `Speaker 1  0:00`). */
const STAMPED_LABEL = /^[A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,3}[ \t]*[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?:?(?=[ \t]*(?:\r|\n|$))/;
const READWISE_LINK = /\(\[(?:View Highlight|Location \d+|Page \d+|Time \d[\d:]*)\]\(/g;
/** A link to a highlight in Readwise (a Kindle location, a Reader highlight), whatever its text. */
const READWISE_TARGET = /\]\(https?:\/\/(?:read\.)?readwise\.io\/(?:to_kindle|read|open)\b/g;
const KINDLE_ENTRY = /^-\s?Your (?:Highlight|Note|Bookmark|Clip)/;
const LOGSEQ_PROPERTY = /^[\w-]+:: /;
const BULLET = /^(?:[-*+•]|\d{1,3}[.)])\s/;
const HEADING = /^#{1,6}\s/;

/** The profile's counts; those behind `words` need every character and are measured on first read (see ProseMeasure). */
export function profileSource(source: SourceText): SourceProfile {
	const profile = new LazyProfile(source);
	const raw = source.raw;
	const finders = documentFinders(source);
	profile.hasClock = finders.hasClock;
	for (let index = 0; index < source.lineStarts.length; index++) {
		const lineStart = source.lineStarts[index];
		const start = contentStart(source, index);
		const end = contentEnd(source, index);
		if (start >= end && isBlankLine(source, index)) {
			profile.blankLines++;
			profile.inOtherCallout = false; // a blank line closes a callout
			continue;
		}
		profile.longestLine = Math.max(profile.longestLine, end - lineStart);
		profile.textChars += end - start;
		if (raw.charCodeAt(start) !== HASH_CODE) profile.openHeadingLevel = 0; // text under the last heading: its section is not empty
		if (raw.charCodeAt(end - 1) === QUESTION_MARK && raw.charCodeAt(start) !== HASH_CODE) profile.questionLines++;
		classifyLine(profile, raw, start, end, raw.charCodeAt(lineStart), finders);
	}
	return profile;
}

/** A profile whose prose counts are measured only when a detector first asks for one: most formats are told apart by line shapes alone. */
class LazyProfile implements SourceProfile, ShapeTally {
	lines: number;
	blankLines = 0;
	longestLine = 0;
	starLines = 0;
	cueTimingLines = 0;
	bracketCueLines = 0;
	timestampLinkLines = 0;
	speakerLines = 0;
	stampLines = 0;
	readwiseLinks = 0;
	snipdTimeLinks = 0;
	headphoneLines = 0;
	kindleSeparators = 0;
	kindleEntryLines = 0;
	kindleLocations = 0;
	markdownHeadings = 0;
	bulletLines = 0;
	logseqProperties = 0;
	quoteLines = 0;
	repeatedImageLines = 0;
	taggedLines = 0;
	transcriptHeadingAt = -1;
	wholeTranscriptHeading = false;
	digestHeadings = 0;
	highlightsHeadingAt = -1;
	opensWithSummary = false;
	emptySections = 0;
	/** The level of the last heading while no text has followed it, else 0. */
	openHeadingLevel = 0;
	questionLines = 0;
	hasClock = false;
	/** Speaker lines by label: made at the first. */
	speakerLabels: Map<string, number> | null = null;
	get recurringSpeakers(): number {
		return recurringLabels(this.speakerLabels);
	}
	get topSpeakerLines(): number {
		return topLabelLines(this.speakerLabels);
	}
	textChars = 0;
	listChars = 0;
	/** The line is inside a callout other than a quote (`> [!info]`): its ">" lines are not quotes. */
	inOtherCallout = false;
	/** Image lines seen, by text: made at the first image line. */
	imageLineCounts: Map<string, number> | null = null;
	private readonly prose: ProseMeasure;
	constructor(source: SourceText) {
		this.lines = source.lineStarts.length;
		this.prose = new ProseMeasure(source);
	}
	get words(): number {
		return this.prose.complete().words;
	}
	get sentenceEnds(): number {
		return this.prose.complete().sentenceEnds;
	}
	get proseLines(): number {
		return this.prose.complete().proseLines;
	}
	get plainHeadings(): number {
		return this.prose.complete().plainHeadings;
	}
	wordsAtLeast(count: number): boolean {
		return this.prose.until((measure) => measure.words >= count);
	}
	proseLinesAtLeast(count: number): boolean {
		return this.prose.proseLinesAtLeast(count);
	}
	plainHeadingsAtLeast(count: number): boolean {
		return this.prose.until((measure) => measure.plainHeadings >= count);
	}
	sentencesSparserThan(wordsPerSentence: number): boolean {
		return !this.prose.until((measure) => measure.sentenceEnds * wordsPerSentence >= measure.words + measure.mostWordsLeft()); // settled once the words still unread cannot tip it
	}
}

interface DocumentFinders {
	linkTarget: NextOccurrence;
	kindleLink: NextOccurrence;
	logseqProperty: NextOccurrence;
	hash: NextOccurrence;
	/** The body holds a clock time (`1:02`) somewhere: stamp lines are possible. */
	hasClock: boolean;
}

const KINDLE_LINK_COLON = 6; // "kindle://": its ":" is rarer than its "k"

function documentFinders(source: SourceText): DocumentFinders {
	const raw = source.raw;
	return {
		linkTarget: new NextOccurrence(raw, "](", source.bodyStart),
		kindleLink: new NextOccurrence(raw, "kindle://", source.bodyStart, KINDLE_LINK_COLON),
		logseqProperty: new NextOccurrence(raw, ":: ", source.bodyStart),
		hash: new NextOccurrence(raw, "#", source.bodyStart),
		hasClock: hasClock(raw, source.bodyStart),
	};
}

const CAPITAL_A = 65;
const CAPITAL_Z = 90;
const GT = 62; // ">"
const BANG = 33; // "!"
const HASH_CODE = 35; // "#"
const QUESTION_MARK = 63; // "?"
const MAX_STAMPED_LABEL = 60; // a name of four words and a stamp: longer lines are text

/**
 * `anchored` (a "^" pattern with no end assertion) tested on raw.slice(start, end) without the slice:
 * its sticky twin runs in place, and a match that stays inside the line is one the slice holds too.
 * Only a match running past the line's end is checked again on the slice.
 */
function opensLine(anchored: RegExp, raw: string, start: number, end: number): boolean {
	const sticky = STICKY.get(anchored) as RegExp;
	sticky.lastIndex = start;
	if (!sticky.test(raw)) return false; // no match in the whole text: none in the line
	return sticky.lastIndex <= end || anchored.test(raw.slice(start, end));
}

const STICKY = new Map<RegExp, RegExp>(
	[CUE_TIMING, BRACKET_CUE, TIMESTAMP_LINK, SPEAKER, STAMP, STAMPED_LABEL, KINDLE_ENTRY, HEADING, BULLET, LOGSEQ_PROPERTY].map((pattern) => [pattern, new RegExp(pattern.source.slice(1), "y")]), // each source opens with "^" and has no top-level "|"
);

/** Counts the line's shapes; a regex runs only when the line's first character allows a match. */
function classifyLine(profile: LazyProfile, raw: string, start: number, end: number, firstRawCode: number, finders: DocumentFinders): void {
	const first = raw.charCodeAt(start);
	if (first !== GT) profile.inOtherCallout = false; // a line without ">" closes a callout
	if (first >= 97 && first <= 122 && !finders.linkTarget.within(start, end) && !finders.kindleLink.within(start, end) && !finders.logseqProperty.within(start, end) && !finders.hash.within(start, end)) return; // speech and prose lines: nothing to count
	const capital = first >= CAPITAL_A && first <= CAPITAL_Z;
	if (first === 42 && firstRawCode === 42 && end - start >= 3 && raw.charCodeAt(start + 1) === 32 && raw.charCodeAt(start + 2) === 32) profile.starLines++; // "*  "
	if (first >= 48 && first <= 57 && opensLine(CUE_TIMING, raw, start, end)) profile.cueTimingLines++;
	if (first === 91 && opensLine(BRACKET_CUE, raw, start, end)) profile.bracketCueLines++;
	const hasLinkTarget = finders.linkTarget.within(start, end);
	if (hasLinkTarget && (first === 91 || first === 45 || first === 42 || first === 43) && opensLine(TIMESTAMP_LINK, raw, start, end)) profile.timestampLinkLines++;
	const doubled = (first === 42 || first === 95) && raw.charCodeAt(start + 1) === first; // "**" or "__": the only way either pattern opens with "*" or "_"
	const speaker = (capital || doubled) && opensLine(SPEAKER, raw, start, end);
	if (speaker) countSpeaker(profile, raw, start, end);
	if (finders.hasClock) countStamps(profile, raw, start, end, first, capital || (doubled && first === 42), speaker);
	if (hasLinkTarget) countLinks(profile, raw.slice(start, end));
	if (first === 0xd83c && raw.charCodeAt(start + 1) === 0xdfa7 && opensWithTime(raw, start + 2, end)) profile.headphoneLines++; // "🎧 06:20": a snip's time, not a newsletter's "🎧 New podcast episode"
	if (first === 61 && raw.startsWith("==========", start) && end - start >= 10) profile.kindleSeparators++;
	if (first === 45 && opensLine(KINDLE_ENTRY, raw, start, end)) profile.kindleEntryLines++;
	if (finders.kindleLink.within(start, end)) profile.kindleLocations++;
	if (first === HASH_CODE && opensLine(HEADING, raw, start, end)) countHeading(profile, raw, start, end);
	else {
		profile.openHeadingLevel = 0; // a `#tag` line is text under the heading
		if (finders.hash.within(start, end) && endsWithTag(raw, start, end)) profile.taggedLines++;
	}
	if ((first === 45 || first === 42 || first === 43) && end - start === 1) profile.emptySections++; // a bare "-": a template's list item left empty
	if ((first === 45 || first === 42 || first === 43 || first === 0x2022 || (first >= 48 && first <= 57)) && opensLine(BULLET, raw, start, end)) {
		profile.bulletLines++;
		profile.listChars += end - start;
	}
	if (finders.logseqProperty.within(start, end) && opensLine(LOGSEQ_PROPERTY, raw, start, end)) profile.logseqProperties++;
	if (first === GT) countQuote(profile, raw, start, end);
	else if (first === BANG && raw.charCodeAt(start + 1) === 91) countImage(profile, raw.slice(start, end)); // "!["
}

/** A stamp opening a turn (`\[22:06\]`, `Ann: (1:02)`, `[Speaker 1] [00:00]`), or a stamped label alone on its line. */
function countStamps(profile: LazyProfile, raw: string, start: number, end: number, first: number, labelled: boolean, speaker: boolean): void {
	if ((labelled || first === 92 || first === 91 || first === 40) && opensLine(STAMP, raw, start, end)) profile.stampLines++;
	else if (!speaker && first >= CAPITAL_A && first <= CAPITAL_Z && end - start <= MAX_STAMPED_LABEL && opensLine(STAMPED_LABEL, raw, start, end)) {
		profile.speakerLines++;
		profile.stampLines++;
	}
}

function countLinks(profile: LazyProfile, line: string): void {
	const links = line.match(READWISE_LINK);
	if (links) profile.readwiseLinks += links.length;
	else if (line.includes("readwise.io/")) profile.readwiseLinks += line.match(READWISE_TARGET)?.length ?? 0; // a custom template's `— [Location 12](…)`
	if (line.includes("([Time ") && line.includes("snipd")) profile.snipdTimeLinks++;
}

export { isPlainHeading } from "./prose-measure";
