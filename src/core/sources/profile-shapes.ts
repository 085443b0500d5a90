// Line shapes the profile counts for telling kinds apart: quotes, icon separators, tagged
// passages, speakers by label, clock times, and headings that name a transcript, highlights or a
// digest's sections. Each is read from one line.

import type { SourceProfile } from "./profile";
import { isDigestHeading, isHighlightsHeading, isSummaryHeading, transcriptHeading } from "./section-names";

/** The profile's counts these shapes feed, and the state they keep between lines. */
export type ShapeTally = Pick<
	SourceProfile,
	"markdownHeadings" | "quoteLines" | "repeatedImageLines" | "taggedLines" | "transcriptHeadingAt" | "wholeTranscriptHeading" | "digestHeadings" | "highlightsHeadingAt" | "opensWithSummary" | "emptySections" | "speakerLines"
> & {
	/** The level of the last heading while no text has followed it, else 0. */
	openHeadingLevel: number;
	/** The line is inside a callout other than a quote (`> [!info]`): its ">" lines are not quotes. */
	inOtherCallout: boolean;
	/** Image lines seen, by text: made at the first image line. */
	imageLineCounts: Map<string, number> | null;
	/** Speaker lines by label: made at the first. */
	speakerLabels: Map<string, number> | null;
};

const LONGEST_LABEL = 60; // a name of four words, in bold
const MAIN_SPEAKERS = 3; // a host and a guest or two
const RECURRING_TURNS = 3; // a voice that speaks three times is in the conversation

/** Speaker lines opened by the MAIN_SPEAKERS most frequent labels. */
export function topLabelLines(labels: ReadonlyMap<string, number> | null): number {
	return [...(labels?.values() ?? [])].sort((a, b) => b - a).slice(0, MAIN_SPEAKERS).reduce((sum, count) => sum + count, 0);
}

/** Labels opening RECURRING_TURNS speaker lines or more. */
export function recurringLabels(labels: ReadonlyMap<string, number> | null): number {
	return [...(labels?.values() ?? [])].filter((count) => count >= RECURRING_TURNS).length;
}

/** A line opening with a speaker's label (`**Ann:**`, `Ann Lee:`): counted, and by label. */
export function countSpeaker(tally: ShapeTally, raw: string, start: number, end: number): void {
	tally.speakerLines++;
	const colon = raw.indexOf(":", start);
	if (colon < 0 || colon > Math.min(end, start + LONGEST_LABEL)) return;
	const label = raw.slice(start, colon).replace(/[*_]/g, "").trim().toLowerCase();
	tally.speakerLabels ??= new Map();
	tally.speakerLabels.set(label, (tally.speakerLabels.get(label) ?? 0) + 1);
}

const LONGEST_CALLOUT_OPENER = 40; // "> [!quote]" and its kin are short
const CALLOUT = /^>\s*\[!([\w-]+)\]/;
const QUOTE_CALLOUTS = new Set(["quote", "cite", "quotation"]); // Obsidian's quote callouts hold someone else's words

/** A `#` heading: counted, and read for what it names. */
export function countHeading(tally: ShapeTally, raw: string, start: number, end: number): void {
	tally.markdownHeadings++;
	if (tally.markdownHeadings <= 2 && isSummaryHeading(raw.slice(start, end))) tally.opensWithSummary = true; // the title, then the summary
	let level = 1;
	while (level < 6 && raw.charCodeAt(start + level) === 35) level++; // "#"
	if (tally.openHeadingLevel > 0 && level <= tally.openHeadingLevel) tally.emptySections++; // a heading of its level or higher follows at once: nothing was written under it
	tally.openHeadingLevel = level;
	const line = raw.slice(start, end);
	const transcript = tally.transcriptHeadingAt < 0 ? transcriptHeading(line) : null;
	if (transcript) {
		tally.transcriptHeadingAt = start;
		tally.wholeTranscriptHeading = transcript === "whole";
	}
	if (isDigestHeading(line)) tally.digestHeadings++;
	if (tally.highlightsHeadingAt < 0 && isHighlightsHeading(line)) tally.highlightsHeadingAt = start;
}

/** The line ends in `#tag` (a "#" at the line's start or after a space, a letter, then tag characters). Called only when the line holds a "#". */
export function endsWithTag(raw: string, start: number, end: number): boolean {
	const hash = raw.lastIndexOf("#", end - 1); // the line holds one: the search stops inside it
	if (hash < start || hash > end - 2 || !isLetterCode(raw.charCodeAt(hash + 1))) return false;
	if (hash > start && raw.charCodeAt(hash - 1) !== 32 && raw.charCodeAt(hash - 1) !== 9) return false;
	for (let i = hash + 2; i < end; i++) if (!isTagCode(raw.charCodeAt(i))) return false;
	return true;
}

/** A ">" line: a quote, unless it belongs to a callout of another type. */
export function countQuote(tally: ShapeTally, raw: string, start: number, end: number): void {
	const callout = CALLOUT.exec(raw.slice(start, Math.min(end, start + LONGEST_CALLOUT_OPENER)));
	if (callout) tally.inOtherCallout = !QUOTE_CALLOUTS.has(callout[1].toLowerCase());
	if (!tally.inOtherCallout) tally.quoteLines++;
}

/** An image line: how often the most repeated one has been seen. */
export function countImage(tally: ShapeTally, line: string): void {
	tally.imageLineCounts ??= new Map();
	const seen = (tally.imageLineCounts.get(line) ?? 0) + 1;
	tally.imageLineCounts.set(line, seen);
	tally.repeatedImageLines = Math.max(tally.repeatedImageLines, seen);
}

function isLetterCode(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127; // A–Z, a–z, and every letter beyond ASCII
}

/** A character of a tag: letters, digits, "_", "-", "/". */
function isTagCode(code: number): boolean {
	return isLetterCode(code) || (code >= 48 && code <= 57) || code === 95 || code === 45 || code === 47;
}

/** True when the text from `from` on holds a clock time, /\d:\d{2}/, found colon by colon. */
export function hasClock(raw: string, from: number): boolean {
	for (let colon = raw.indexOf(":", from + 1); colon >= 0; colon = raw.indexOf(":", colon + 1)) {
		if (isDigit(raw.charCodeAt(colon - 1)) && isDigit(raw.charCodeAt(colon + 1)) && isDigit(raw.charCodeAt(colon + 2))) return true;
	}
	return false;
}

/** After spaces and an optional "[", a digit: the time of a Snipd snip. */
export function opensWithTime(raw: string, from: number, end: number): boolean {
	let i = from;
	while (i < end && (raw.charCodeAt(i) === 32 || raw.charCodeAt(i) === 91)) i++; // " ", "["
	return isDigit(raw.charCodeAt(i));
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}
