// Readable text from raw markdown: what a reader sees in a passage, with list and quote prefixes,
// emphasis, link targets, HTML tags and excluded ranges removed and whitespace collapsed.
// A single charCode loop (no regex per character): it runs over every passage of a whole vault.

import type { Span } from "../model";
import { isSpaceCode, isWordCode } from "./chars";
import { emphasisRun } from "./emphasis";

export { isSpaceCode, isWordCode };

export const C = {
	tab: 9, lf: 10, cr: 13, space: 32, bang: 33, hash: 35, amp: 38, lparen: 40, rparen: 41, star: 42,
	plus: 43, dash: 45, dot: 46, slash: 47, zero: 48, nine: 57, lt: 60, gt: 62, caret: 94,
	lbracket: 91, backslash: 92, rbracket: 93, underscore: 95, backtick: 96, pipe: 124, tilde: 126,
	equals: 61, nbsp: 160, bullet: 0x2022,
} as const;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", nbsp: " " };
const LONGEST_ENTITY = 6; // "&nbsp;" and "&#39;" are the longest decoded here
const LONGEST_TAG = 2000; // a "<" not closed within this many characters is text, not a tag

/** Index of the first excluded pair whose end lies after `offset` (excluded is flat [s0,e0,s1,e1…]). */
export function firstRangeAfter(excluded: readonly number[], offset: number): number {
	let low = 0;
	let high = excluded.length >> 1;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (excluded[middle * 2 + 1] <= offset) low = middle + 1;
		else high = middle;
	}
	return low * 2;
}

/** Skips a line's leading markers (indent, `>`, list bullet or number, checkbox, heading hashes). */
export function skipLinePrefix(raw: string, i: number, end: number): number {
	while (i < end && (raw.charCodeAt(i) === C.space || raw.charCodeAt(i) === C.tab)) i++;
	while (i < end && raw.charCodeAt(i) === C.gt) {
		i++;
		while (i < end && raw.charCodeAt(i) === C.space) i++;
	}
	const code = raw.charCodeAt(i);
	if ((code === C.dash || code === C.star || code === C.plus || code === C.bullet) && isSpaceCode(raw.charCodeAt(i + 1))) {
		i += 2;
	} else if (code >= C.zero && code <= C.nine) {
		let j = i;
		while (j < end && raw.charCodeAt(j) >= C.zero && raw.charCodeAt(j) <= C.nine && j - i < 9) j++;
		const after = raw.charCodeAt(j);
		if ((after === C.dot || after === C.rparen) && isSpaceCode(raw.charCodeAt(j + 1))) i = j + 2;
	} else if (code === C.hash) {
		let j = i;
		while (j < end && raw.charCodeAt(j) === C.hash) j++;
		if (j - i <= 6 && isSpaceCode(raw.charCodeAt(j))) i = j + 1;
	}
	while (i < end && (raw.charCodeAt(i) === C.space || raw.charCodeAt(i) === C.tab)) i++;
	if (raw.charCodeAt(i) === C.lbracket && raw.charCodeAt(i + 2) === C.rbracket && raw.charCodeAt(i + 3) === C.space) i += 4;
	return i;
}

/** Where readable text goes: a string builder, or a word tally that builds nothing. */
export interface ReadableSink {
	space(): void;
	text(value: string): void;
	/** raw[start, end): plain characters, none of them a space. */
	run(raw: string, start: number, end: number): void;
}

/** Collects output, collapsing every run of whitespace into one space. */
class ReadableBuilder implements ReadableSink {
	private parts: string[] = [];
	private pendingSpace = false;
	private empty = true;
	space(): void {
		if (!this.empty) this.pendingSpace = true;
	}
	text(value: string): void {
		if (value.length === 0) return;
		if (this.pendingSpace) this.parts.push(" ");
		this.parts.push(value);
		this.pendingSpace = false;
		this.empty = false;
	}
	run(raw: string, start: number, end: number): void {
		this.text(raw.slice(start, end));
	}
	result(): string {
		return this.parts.join("");
	}
}

/** ASCII codes readSpecial may act on: whitespace and markup. Every other code below 128 is plain text. */
const MARKUP_ASCII: Uint8Array = (() => {
	const table = new Uint8Array(128);
	for (const code of [C.tab, C.lf, C.cr, C.space, C.star, C.backtick, C.tilde, C.equals, C.underscore, C.backslash, C.lbracket, C.rbracket, C.lt, C.amp, C.caret]) table[code] = 1;
	return table;
})();

function isPlainCode(code: number): boolean {
	return code < 128 ? MARKUP_ASCII[code] === 0 : code !== C.nbsp && code !== 0xfeff;
}

/** The readable text of `span` in `raw`: no markup, no HTML, excluded ranges read as spaces. */
export function readableText(raw: string, span: Span, excluded?: readonly number[]): string {
	const out = new ReadableBuilder();
	walkReadable(raw, span, excluded, out);
	return out.result();
}

function walkReadable(raw: string, span: Span, excluded: readonly number[] | undefined, out: ReadableSink): void {
	const end = Math.min(span.end, raw.length);
	let next = excluded ? firstRangeAfter(excluded, span.start) : 0;
	let i = Math.max(0, span.start);
	let lineStart = true;
	let runStart = -1;
	const flush = (at: number): void => {
		if (runStart >= 0) out.run(raw, runStart, at);
		runStart = -1;
	};
	while (i < end) {
		if (excluded && next < excluded.length && excluded[next] <= i) {
			if (excluded[next + 1] > i) {
				flush(i);
				out.space();
				i = excluded[next + 1];
			}
			next += 2;
			continue;
		}
		if (lineStart) {
			lineStart = false;
			const after = skipLinePrefix(raw, i, end);
			if (after !== i) {
				flush(i);
				i = after;
				continue;
			}
		}
		const code = raw.charCodeAt(i);
		if (isPlainCode(code)) {
			if (runStart < 0) runStart = i;
			const stop = excluded && next < excluded.length && excluded[next] < end ? excluded[next] : end;
			i++;
			while (i < stop && isPlainCode(raw.charCodeAt(i))) i++; // plain text: no call per character
			continue;
		}
		const step = readSpecial(raw, i, end, code, out, flush, excluded && next < excluded.length && excluded[next] < end ? excluded[next] : end);
		if (step > 0) {
			if (code === C.lf) lineStart = true;
			i += step;
			continue;
		}
		if (runStart < 0) runStart = i;
		i++;
	}
	flush(end);
}

/**
 * Handles one markup character at `i`; returns how many characters it consumed, or 0 for plain text.
 * `stop` (at most `end`) is where the next excluded range starts: a run of marks read as text stops there.
 */
export function readSpecial(raw: string, i: number, end: number, code: number, out: ReadableSink, flush: (at: number) => void, stop = end): number {
	if (isSpaceCode(code)) {
		flush(i);
		out.space();
		return 1;
	}
	switch (code) {
		case C.star:
			return readEmphasisMarks(raw, i, code, stop, out, flush);
		case C.backtick:
			flush(i);
			return 1;
		case C.tilde:
		case C.equals:
			if (raw.charCodeAt(i + 1) !== code) return 0;
			flush(i);
			return 2;
		case C.underscore:
			if (isWordCode(raw.charCodeAt(i - 1)) && isWordCode(raw.charCodeAt(i + 1))) return 0; // snake_case: the common case, no search
			return readEmphasisMarks(raw, i, code, stop, out, flush);
		case C.backslash:
			return readEscape(raw, i, out, flush);
		case C.lbracket:
			flush(i);
			return raw.charCodeAt(i + 1) === C.lbracket ? readWikilink(raw, i, end, out) : 1;
		case C.rbracket:
			flush(i);
			return raw.charCodeAt(i + 1) === C.lparen ? skipLinkTarget(raw, i, end) : 1;
		case C.lt:
			return readTag(raw, i, end, out, flush);
		case C.amp:
			return readEntity(raw, i, out, flush);
		case C.caret:
			return readBlockId(raw, i, end, flush);
		default:
			return 0;
	}
}

/** A run of `*` or `_`: dropped when it delimits emphasis, else kept as text (`window.__xss`, `2 * 3`). */
function readEmphasisMarks(raw: string, i: number, code: number, stop: number, out: ReadableSink, flush: (at: number) => void): number {
	const run = emphasisRun(raw, i, code);
	const end = Math.max(i + 1, Math.min(run.end, stop));
	flush(i);
	if (!run.delimits) out.run(raw, i, end);
	return end - i;
}

function readEscape(raw: string, i: number, out: ReadableSink, flush: (at: number) => void): number {
	const following = raw.charCodeAt(i + 1);
	if (following > 32 && following < 127 && !isWordCode(following)) {
		flush(i);
		out.text(raw[i + 1]);
		return 2;
	}
	return 0;
}

function readWikilink(raw: string, i: number, end: number, out: ReadableSink): number {
	const close = raw.indexOf("]]", i + 2);
	const newline = raw.indexOf("\n", i + 2);
	if (close < 0 || close >= end || (newline >= 0 && newline < close)) return 2;
	const inner = raw.slice(i + 2, close);
	const pipe = inner.indexOf("|");
	const shown = pipe >= 0 ? inner.slice(pipe + 1) : inner;
	out.text(shown.replace(/\s+/g, " ").trim());
	return close + 2 - i;
}

/** Skips `](target)` with balanced parentheses, staying on one line. */
function skipLinkTarget(raw: string, i: number, end: number): number {
	let depth = 0;
	for (let j = i + 1; j < end; j++) {
		const code = raw.charCodeAt(j);
		if (code === C.lf) return j - i;
		if (code === C.lparen) depth++;
		else if (code === C.rparen && --depth === 0) return j + 1 - i;
	}
	return end - i;
}

function readTag(raw: string, i: number, end: number, out: ReadableSink, flush: (at: number) => void): number {
	const following = raw.charCodeAt(i + 1);
	const opensTag = following === C.slash || following === C.bang || (following >= 65 && following <= 90) || (following >= 97 && following <= 122);
	if (!opensTag) return 0;
	const close = raw.indexOf(">", i + 1);
	if (close < 0 || close >= end || close - i > LONGEST_TAG) return 0;
	flush(i);
	out.space();
	return close + 1 - i;
}

function readEntity(raw: string, i: number, out: ReadableSink, flush: (at: number) => void): number {
	const semicolon = raw.indexOf(";", i + 1);
	if (semicolon < 0 || semicolon - i > LONGEST_ENTITY) return 0;
	const decoded = ENTITIES[raw.slice(i + 1, semicolon)];
	if (decoded === undefined) return 0;
	flush(i);
	if (decoded === " ") out.space();
	else out.text(decoded);
	return semicolon + 1 - i;
}

/** A block id `^abc-1` closing a line is a link anchor, not text. */
function readBlockId(raw: string, i: number, end: number, flush: (at: number) => void): number {
	if (i > 0 && !isSpaceCode(raw.charCodeAt(i - 1))) return 0;
	let j = i + 1;
	while (j < end && (isWordCode(raw.charCodeAt(j)) || raw.charCodeAt(j) === C.dash)) j++;
	if (j === i + 1) return 0;
	if (j < end && raw.charCodeAt(j) !== C.lf && raw.charCodeAt(j) !== C.cr) return 0;
	flush(i);
	return j - i;
}

/** Words in a text: runs of non-space characters holding at least one letter or digit. */
export function countWords(text: string): number {
	let count = 0;
	let inToken = false;
	let tokenHasWord = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (isSpaceCode(code)) {
			if (inToken && tokenHasWord) count++;
			inToken = false;
			tokenHasWord = false;
			continue;
		}
		inToken = true;
		if (!tokenHasWord && isWordCode(code)) tokenHasWord = true;
	}
	if (inToken && tokenHasWord) count++;
	return count;
}
