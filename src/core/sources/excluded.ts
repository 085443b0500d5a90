// Ranges of a body the theme matcher must not look into, found in one charCode pass: fenced and
// inline code, URLs, markdown link targets, wikilink targets before "|", HTML tags and comments,
// Obsidian comments, the quoteback footer, timestamps and block ids.

import type { SourceText } from "./source-text";

const C = { lf: 10, cr: 13, space: 32, tab: 9, bang: 33, quote: 34, percent: 37, lparen: 40, rparen: 41, dash: 45, slash: 47, colon: 58, lt: 60, gt: 62, lbracket: 91, rbracket: 93, caret: 94, backtick: 96, tilde: 126, pipe: 124, h: 104 } as const;
const LONGEST_TAG = 2000; // a "<" not closed within this many characters is text, not a tag
const QUOTEBACK = '<div class="quoteback';

export interface ExclusionOptions {
	/** Leave fenced code as content (a whisper JSON note keeps its transcript in a code block). */
	keepFencedCode?: boolean;
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function lineEndFrom(raw: string, i: number): number {
	const newline = raw.indexOf("\n", i);
	return newline < 0 ? raw.length : newline;
}

function isLineStart(raw: string, i: number): boolean {
	for (let j = i - 1; j >= 0; j--) {
		const code = raw.charCodeAt(j);
		if (code === C.lf) return true;
		if (code !== C.space && code !== C.tab && code !== C.gt) return false;
	}
	return true;
}

/**
 * Where an exclusion may start, besides URLs, timestamps and "-->" (found from their rarer ":" with
 * indexOf instead, as "h", digits and "-" are common): a code, tag or block-id character, or one of
 * the pairs "[[", "](", "![", "%%" (a lone bracket, "!" or "%" never starts one, and transcripts hold
 * thousands). V8 scans the expression natively.
 */
const MARK = /[`~<^]|\[\[|\]\(|!\[|%%/g;

/** Where the mark ending at `end` (the expression's lastIndex) starts: one character back, or two for a pair. */
function markStart(raw: string, end: number): number {
	const code = raw.charCodeAt(end - 1);
	return code === C.backtick || code === C.tilde || code === C.lt || code === C.caret ? end - 1 : end - 2;
}
const NONE = -1;

/** Excluded ranges in the body of `source` (the frontmatter is added by the caller). */
export function scanExcluded(source: SourceText, options: ExclusionOptions = {}): number[] {
	const raw = source.raw;
	const out: number[] = [];
	const marks = new RegExp(MARK); // own lastIndex: scans never share state
	const finders = [
		(from: number): number => {
			marks.lastIndex = from;
			return marks.test(raw) ? markStart(raw, marks.lastIndex) : NONE;
		},
		(from: number): number => nextUrl(raw, from),
		(from: number): number => nextTimestamp(raw, from),
		(from: number): number => raw.indexOf("-->", from),
	];
	const next = finders.map((find) => find(source.bodyStart)); // the next place each finder points at
	for (;;) {
		let i = NONE;
		for (const candidate of next) if (candidate !== NONE && (i === NONE || candidate < i)) i = candidate;
		if (i === NONE) return out;
		const end = exclusionAt(raw, i, raw.charCodeAt(i), options);
		if (end > i) out.push(i, end);
		const resume = end > i ? end : skipDigits(raw, i + 1);
		for (let k = 0; k < next.length; k++) if (next[k] !== NONE && next[k] < resume) next[k] = finders[k](resume);
	}
}

/** The next "http://" or "https://" at or after `from`, found by its "://". */
function nextUrl(raw: string, from: number): number {
	for (let colon = raw.indexOf("://", from); colon >= 0; colon = raw.indexOf("://", colon + 1)) {
		if (colon - 5 >= from && raw.startsWith("https", colon - 5)) return colon - 5;
		if (colon - 4 >= from && raw.startsWith("http", colon - 4)) return colon - 4;
	}
	return NONE;
}

/** The next run of one to three digits before a ":" that starts at or after `from`: only there may a timestamp start. */
function nextTimestamp(raw: string, from: number): number {
	for (let colon = raw.indexOf(":", from + 1); colon >= 0; colon = raw.indexOf(":", colon + 1)) {
		let start = colon;
		while (colon - start < 4 && isDigit(raw.charCodeAt(start - 1))) start--; // a fourth digit makes no timecode
		if (colon - start >= 1 && colon - start <= 3 && start >= from) return start;
	}
	return NONE;
}

/** A digit after a digit never starts a timestamp: resume after the run. */
function skipDigits(raw: string, i: number): number {
	while (isDigit(raw.charCodeAt(i)) && isDigit(raw.charCodeAt(i - 1))) i++;
	return i;
}

/** End of an excluded range starting at `i`, or `i` when none starts there. */
function exclusionAt(raw: string, i: number, code: number, options: ExclusionOptions): number {
	switch (code) {
		case C.backtick:
		case C.tilde:
			return codeAt(raw, i, code, options);
		case C.h:
			return urlAt(raw, i);
		case C.rbracket:
			return raw.charCodeAt(i + 1) === C.lparen ? linkTargetAt(raw, i) : i;
		case C.lbracket:
			return raw.charCodeAt(i + 1) === C.lbracket ? wikilinkTargetAt(raw, i) : i;
		case C.bang:
			return raw.charCodeAt(i + 1) === C.lbracket ? imageAt(raw, i) : i;
		case C.lt:
			return tagAt(raw, i);
		case C.percent:
			return raw.charCodeAt(i + 1) === C.percent ? closingAt(raw, i + 2, "%%", i) : i;
		case C.caret:
			return blockIdAt(raw, i);
		case C.dash:
			return raw.startsWith("-->", i) ? i + 3 : i;
		default:
			return isDigit(code) ? timestampAt(raw, i) : i;
	}
}

function closingAt(raw: string, from: number, closing: string, otherwise: number): number {
	const close = raw.indexOf(closing, from);
	return close < 0 ? otherwise : close + closing.length;
}

function codeAt(raw: string, i: number, code: number, options: ExclusionOptions): number {
	let run = i;
	while (raw.charCodeAt(run) === code) run++;
	const length = run - i;
	if (length >= 3 && isLineStart(raw, i)) {
		if (options.keepFencedCode) return lineEndFrom(raw, i);
		const fence = raw.slice(i, run);
		let lineStart = lineEndFrom(raw, run) + 1;
		while (lineStart < raw.length) {
			const lineEnd = lineEndFrom(raw, lineStart);
			if (raw.slice(lineStart, lineEnd).trimStart().startsWith(fence)) return lineEnd;
			lineStart = lineEnd + 1;
		}
		return raw.length;
	}
	if (code !== C.backtick) return i;
	const close = raw.indexOf(raw.slice(i, run), run);
	const lineEnd = lineEndFrom(raw, run);
	return close >= 0 && close <= lineEnd ? close + length : i;
}

function urlAt(raw: string, i: number): number {
	if (!raw.startsWith("http://", i) && !raw.startsWith("https://", i)) return i;
	if (i > 0 && isLetter(raw.charCodeAt(i - 1))) return i;
	let j = i;
	while (j < raw.length) {
		const code = raw.charCodeAt(j);
		if (code <= C.space || code === C.rparen || code === C.gt || code === C.lt || code === C.rbracket || code === C.quote || code === C.pipe || code === 0xa0) break;
		j++;
	}
	return j;
}

function linkTargetAt(raw: string, i: number): number {
	let depth = 0;
	for (let j = i + 1; j < raw.length; j++) {
		const code = raw.charCodeAt(j);
		if (code === C.lf) return i;
		if (code === C.lparen) depth++;
		else if (code === C.rparen && --depth === 0) return j + 1;
	}
	return i;
}

/** An image `![alt](src)` or embed `![[file]]` shows no words of the note's own. */
function imageAt(raw: string, i: number): number {
	const lineEnd = lineEndFrom(raw, i);
	if (raw.charCodeAt(i + 2) === C.lbracket) {
		const close = raw.indexOf("]]", i + 3);
		return close >= 0 && close < lineEnd ? close + 2 : i;
	}
	const textEnd = raw.indexOf("](", i + 2);
	if (textEnd < 0 || textEnd > lineEnd) return i;
	const end = linkTargetAt(raw, textEnd);
	return end > textEnd ? end : i;
}

function wikilinkTargetAt(raw: string, i: number): number {
	const lineEnd = lineEndFrom(raw, i);
	const close = raw.indexOf("]]", i + 2);
	if (close < 0 || close > lineEnd) return i;
	const pipe = raw.indexOf("|", i + 2);
	return pipe >= 0 && pipe < close ? pipe + 1 : i;
}

function tagAt(raw: string, i: number): number {
	if (raw.startsWith("<!--", i)) return closingAt(raw, i + 4, "-->", raw.length);
	const next = raw.charCodeAt(i + 1);
	if (!isLetter(next) && next !== C.slash && next !== C.bang) return i;
	if (raw.startsWith(QUOTEBACK, i)) return quotebackEnd(raw, i);
	const close = raw.indexOf(">", i + 1);
	if (close < 0 || close - i > LONGEST_TAG) return i;
	return close + 1;
}

/** The quoteback footer is boilerplate: it runs to the end of its paragraph. */
function quotebackEnd(raw: string, i: number): number {
	const blank = raw.slice(i).search(/\n[ \t>]*\r?\n/);
	return blank < 0 ? raw.length : i + blank;
}

function blockIdAt(raw: string, i: number): number {
	const before = raw.charCodeAt(i - 1);
	if (i > 0 && before !== C.space && before !== C.tab && before !== C.lf) return i;
	let j = i + 1;
	while (j < raw.length && (isLetter(raw.charCodeAt(j)) || isDigit(raw.charCodeAt(j)) || raw.charCodeAt(j) === C.dash || raw.charCodeAt(j) === 95)) j++;
	if (j === i + 1) return i;
	const after = raw.charCodeAt(j);
	return j >= raw.length || after === C.lf || after === C.cr ? j : i;
}

function timestampAt(raw: string, i: number): number {
	const before = raw.charCodeAt(i - 1);
	if (i > 0 && (isDigit(before) || before === C.colon || isLetter(before))) return i;
	const end = timestampEnd(raw, i);
	if (end === i) return i;
	const after = raw.charCodeAt(end);
	if (isDigit(after) || isLetter(after)) return i;
	return end;
}

/** End of the timecode `\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?` at `i` (greedy, as the regex would match), or `i` when none starts there. */
function timestampEnd(raw: string, i: number): number {
	let j = i;
	while (j - i < 4 && isDigit(raw.charCodeAt(j))) j++; // a fourth digit makes no timecode
	if (j === i || j - i > 3 || raw.charCodeAt(j) !== C.colon || !twoDigits(raw, j + 1)) return i;
	j += 3;
	if (raw.charCodeAt(j) === C.colon && twoDigits(raw, j + 1)) j += 3;
	const mark = raw.charCodeAt(j);
	if ((mark === 46 || mark === 44) && isDigit(raw.charCodeAt(j + 1))) { // "." or "," then one to three digits
		const fraction = j + 1;
		j = fraction;
		while (j - fraction < 3 && isDigit(raw.charCodeAt(j))) j++;
	}
	return j;
}

function twoDigits(raw: string, i: number): boolean {
	return isDigit(raw.charCodeAt(i)) && isDigit(raw.charCodeAt(i + 1));
}

