// Which `*`, `**`, `_` and `__` runs delimit emphasis, so readable text drops only those: a run must
// stand at a word's edge (`*so*`, `**bold**`) and be paired with a run of the same length in the same
// paragraph. Underscores inside words or identifiers (`snake_case`, `window.__xss`, `__init__`) and
// lone stars (`2 * 3`, `f**k`) are text.

import { isSpaceCode, isWordCode } from "./chars";

const UNDERSCORE = 95;
const LINE_FEED = 10;
const LONGEST_EMPHASIS = 1000; // a pair further apart than this is two stray marks, not one emphasis
const LONGEST_DELIMITER = 3; // `***` is bold italic; longer runs are rules or decoration

/** End of the run of `code` that holds `i`, and whether that run is an emphasis marker. */
export interface EmphasisRun {
	end: number;
	delimits: boolean;
}

export function emphasisRun(raw: string, i: number, code: number): EmphasisRun {
	let start = i;
	while (start > 0 && raw.charCodeAt(start - 1) === code) start--;
	let end = i + 1;
	while (end < raw.length && raw.charCodeAt(end) === code) end++;
	return { end, delimits: delimitsEmphasis(raw, start, end, code) };
}

function delimitsEmphasis(raw: string, start: number, end: number, code: number): boolean {
	const length = end - start;
	if (length > LONGEST_DELIMITER) return false;
	const before = start > 0 ? raw.charCodeAt(start - 1) : LINE_FEED;
	const after = end < raw.length ? raw.charCodeAt(end) : LINE_FEED;
	if (canOpen(before, after)) {
		const close = closerAfter(raw, end, code, length);
		if (close >= 0) return !isDunder(raw, end, close, code, length);
	}
	if (canClose(before, after)) {
		const open = openerBefore(raw, start, code, length);
		if (open >= 0) return !isDunder(raw, open + length, start, code, length);
	}
	return false;
}

/** Opens emphasis: text follows, and no word character comes just before. */
function canOpen(before: number, after: number): boolean {
	return !isSpaceCode(after) && !isWordCode(before);
}

/** Closes emphasis: text comes before, and no word character follows. */
function canClose(before: number, after: number): boolean {
	return !isSpaceCode(before) && !isWordCode(after);
}

/** `__init__`: a double underscore around one identifier is code, not bold. */
function isDunder(raw: string, from: number, to: number, code: number, length: number): boolean {
	if (code !== UNDERSCORE || length !== 2 || to <= from) return false;
	for (let i = from; i < to; i++) {
		const inner = raw.charCodeAt(i);
		if (!((inner >= 97 && inner <= 122) || (inner >= 48 && inner <= 57) || inner === UNDERSCORE)) return false; // a-z, 0-9, _
	}
	return true;
}

/** Start of the closing run of the same length that pairs with an opener ending at `from`, within the paragraph, or -1. */
function closerAfter(raw: string, from: number, code: number, length: number): number {
	const mark = String.fromCharCode(code);
	const limit = Math.min(raw.length, from + LONGEST_EMPHASIS);
	let at = raw.indexOf(mark, from); // native search: it stops at the next mark, which is near
	let checked = from;
	while (at >= 0 && at < limit) {
		if (hasBlankLine(raw, checked, at)) return -1;
		checked = at;
		let end = at + 1;
		while (end < raw.length && raw.charCodeAt(end) === code) end++;
		if (end - at === length) {
			const before = raw.charCodeAt(at - 1);
			const after = end < raw.length ? raw.charCodeAt(end) : LINE_FEED;
			if (canClose(before, after)) return at;
			if (canOpen(before, after)) return -1; // a nearer opener takes the next closer (`.__x … __init__`)
		}
		at = raw.indexOf(mark, end);
	}
	return -1;
}

/** Start of the opening run of the same length that pairs with a closer starting at `to`, within the paragraph, or -1. */
function openerBefore(raw: string, to: number, code: number, length: number): number {
	const mark = String.fromCharCode(code);
	const floor = Math.max(0, to - LONGEST_EMPHASIS);
	let last = to > 0 ? raw.lastIndexOf(mark, to - 1) : -1;
	let checked = to;
	while (last >= floor) {
		let start = last;
		while (start > 0 && raw.charCodeAt(start - 1) === code) start--;
		if (start < floor || hasBlankLine(raw, last + 1, checked)) return -1;
		checked = start;
		const before = start > 0 ? raw.charCodeAt(start - 1) : LINE_FEED;
		if (last + 1 - start === length) {
			const after = raw.charCodeAt(last + 1);
			if (canOpen(before, after)) return start;
			if (canClose(before, after)) return -1; // a nearer closer took that opener (`**a** b**`)
		}
		last = start > 0 ? raw.lastIndexOf(mark, start - 1) : -1;
	}
	return -1;
}

/** True when raw[from, to) holds a blank line (a line break followed by only spaces and another break). */
function hasBlankLine(raw: string, from: number, to: number): boolean {
	let lineBreaks = 0; // line breaks since the last character that is not a space
	for (let i = from; i < to; i++) {
		const code = raw.charCodeAt(i);
		if (code === LINE_FEED) {
			if (++lineBreaks === 2) return true;
		} else if (code !== 32 && code !== 9 && code !== 13) lineBreaks = 0;
	}
	return false;
}
