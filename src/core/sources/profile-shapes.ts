// Line shapes the profile counts for telling kinds apart: quotes, icon separators, tagged
// passages, and headings that name a transcript or a digest's sections. Each is read from one line.

import { isDigestHeading, isTranscriptHeading } from "./section-names";

/** The profile's counts these shapes feed. */
export interface ShapeTally {
	markdownHeadings: number;
	quoteLines: number;
	repeatedImageLines: number;
	taggedLines: number;
	transcriptHeadingAt: number;
	digestHeadings: number;
	/** The line is inside a callout other than a quote (`> [!info]`): its ">" lines are not quotes. */
	inOtherCallout: boolean;
	/** Image lines seen, by text: made at the first image line. */
	imageLineCounts: Map<string, number> | null;
}

const LONGEST_CALLOUT_OPENER = 40; // "> [!quote]" and its kin are short
const CALLOUT = /^>\s*\[!([\w-]+)\]/;
const QUOTE_CALLOUTS = new Set(["quote", "cite", "quotation"]); // Obsidian's quote callouts hold someone else's words

/** A `#` heading: counted, and read for what it names. */
export function countHeading(tally: ShapeTally, raw: string, start: number, end: number): void {
	tally.markdownHeadings++;
	const line = raw.slice(start, end);
	if (tally.transcriptHeadingAt < 0 && isTranscriptHeading(line)) tally.transcriptHeadingAt = start;
	if (isDigestHeading(line)) tally.digestHeadings++;
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
