// Readable quotes around mentions, kept with the index instead of the note's text: the sentence that
// holds the mention (with the next one when it is short), cut inside its passage; a sentence too long
// to quote, or speech with no punctuation, is cut around the mention at word boundaries.

import type { Span, ThemeMention } from "../model";
import { firstRangeAfter, readableText, skipLinePrefix } from "./readable";
import { CharClass, classOf, isLetterChar } from "./chars";
import { detach } from "./intern";

/** A snippet entry in a record: its end in the snippet text × 4, plus 1 when it opens with "… " and 2 when it closes with " …". */
export const SNIPPET_LEADS = 1;
export const SNIPPET_TRAILS = 2;
const CONTEXT_CHARS = 110; // about eighteen words either side, where no sentence can be found: a thought, short for a sidebar
const TRAILING_PUNCTUATION = " \t)]},.;:!?";
const SHORTEST_QUOTE = 80; // a sentence shorter than this ("Yes, reasoning.") takes in the next one
const LONGEST_QUOTE = 280; // about two sentences of speech; a longer sentence is cut around the mention

export interface SnippetPlan {
	/** Snippet texts in document order, without their ellipses (so that most stay one byte per character). */
	bodies: string[];
	/** Per snippet: SNIPPET_LEADS when it opens with "… ", SNIPPET_TRAILS when it closes with " …". */
	ellipses: number[];
	/** For each mention (in the order given), the index of its snippet. */
	snippetOf: number[];
}

function snapStart(raw: string, start: number, bound: number): number {
	let at = start;
	if (at > bound && isLetterChar(raw.charCodeAt(at - 1))) while (at < raw.length && isLetterChar(raw.charCodeAt(at))) at++;
	while (at < raw.length && TRAILING_PUNCTUATION.includes(raw[at])) at++; // a snippet starts with a word, not ") ,"
	return at;
}

function snapEnd(raw: string, end: number, bound: number): number {
	let at = end;
	if (at < bound && isLetterChar(raw.charCodeAt(at))) while (at > 0 && isLetterChar(raw.charCodeAt(at - 1))) at--;
	return at;
}

/** The sentence (or two short ones) holding the mention inside its bound, else the window around it. */
function windowAround(raw: string, mention: Span, bound: Span): Span {
	const sentence = sentenceAround(raw, mention, bound);
	return sentence ?? charWindowAround(raw, mention, bound);
}

/** The window of CONTEXT_CHARS either side of one mention inside its bound, snapped so that no word is cut. */
function charWindowAround(raw: string, mention: Span, bound: Span): Span {
	const start = snapStart(raw, Math.max(bound.start, mention.start - CONTEXT_CHARS), bound.start);
	const end = snapEnd(raw, Math.min(bound.end, mention.end + CONTEXT_CHARS), bound.end);
	return { start: Math.min(start, mention.start), end: Math.max(end, mention.end) };
}

/** True at a sentence's end: ".", "?" or "!" (closing quotes and brackets after it) then a space and a capital, a digit or a quote. */
function endsSentence(raw: string, at: number, bound: number): number {
	const code = raw.charCodeAt(at);
	if (code !== 46 && code !== 63 && code !== 33) return -1; // . ? !
	let after = at + 1;
	while (after < bound && "\"')]”’".includes(raw[after])) after++;
	if (after >= bound) return after;
	if (!/\s/.test(raw[after])) return -1;
	while (after < bound && /\s/.test(raw[after])) after++;
	return after >= bound || /[A-Z0-9"“'‘([*>-]/.test(raw[after]) ? after : -1; // "e.g. the" and "3.5 models" go on
}

/** Start of the sentence holding `offset`: just after the last sentence end before it, within LONGEST_QUOTE. */
function sentenceStart(raw: string, offset: number, bound: Span): number | null {
	const floor = Math.max(bound.start, offset - LONGEST_QUOTE);
	for (let at = offset - 1; at >= floor; at--) {
		const next = endsSentence(raw, at, bound.end);
		if (next >= 0 && next <= offset) return next;
		if (raw.charCodeAt(at) === 10 && raw.charCodeAt(at - 1) === 10) return at + 1; // a blank line ends a paragraph
	}
	return floor === bound.start ? bound.start : null;
}

/** End of the sentence that goes on from `offset`, within LONGEST_QUOTE of `from`. */
function sentenceEnd(raw: string, offset: number, from: number, bound: Span): number | null {
	const ceiling = Math.min(bound.end, from + LONGEST_QUOTE);
	for (let at = offset; at < ceiling; at++) {
		if (endsSentence(raw, at, bound.end) >= 0) return at + 1;
		if (raw.charCodeAt(at) === 10 && raw.charCodeAt(at + 1) === 10) return at;
	}
	return ceiling === bound.end ? bound.end : null;
}

/** The sentence holding the mention, with the next one when it is short; null when no sentence fits in LONGEST_QUOTE. */
function sentenceAround(raw: string, mention: Span, bound: Span): Span | null {
	const start = sentenceStart(raw, mention.start, bound);
	if (start === null) return null;
	let end = sentenceEnd(raw, mention.end, start, bound);
	if (end === null) return null;
	if (end - start < SHORTEST_QUOTE && end < bound.end) end = sentenceEnd(raw, end + 1, start, bound) ?? end;
	const trimmed = snapStart(raw, start, bound.start);
	return trimmed <= mention.start ? { start: trimmed, end } : null;
}

function ellipsesOf(window: Span, bound: Span): number {
	return (window.start > bound.start ? SNIPPET_LEADS : 0) | (window.end < bound.end ? SNIPPET_TRAILS : 0);
}

function textOf(raw: string, window: Span, bound: Span, excluded: readonly number[]): string {
	const ellipses = ellipsesOf(window, bound);
	return `${ellipses & SNIPPET_LEADS ? "… " : ""}${readableText(raw, window, excluded)}${ellipses & SNIPPET_TRAILS ? " …" : ""}`;
}

/** ASCII codes that read as themselves anywhere but at a line's start: letters, digits and . , ; : ! ? ' " ( ) - / % */
const PLAIN_ASCII: Uint8Array = (() => {
	const plain = new Uint8Array(128);
	for (let code = 0; code < 128; code++) if (classOf(code) === CharClass.Word) plain[code] = 1;
	for (const mark of ".,;:!?'\"()-/%") plain[mark.charCodeAt(0)] = 1;
	return plain;
})();

/** A character readableText keeps as it is: a letter or digit of any script, plain punctuation, curly quotes, dashes, an ellipsis. */
function readsAsItself(code: number): boolean {
	if (code < 128) return PLAIN_ASCII[code] === 1;
	return classOf(code) === CharClass.Word || (code >= 0x2013 && code <= 0x2014) || (code >= 0x2018 && code <= 0x2019) || (code >= 0x201c && code <= 0x201d) || code === 0x2026;
}

/**
 * raw[window] when readableText would give it unchanged (words and plain punctuation with single
 * spaces between them, no line prefix, no excluded range), else null: the common case, without a builder.
 */
function plainText(raw: string, window: Span, excluded: readonly number[]): string | null {
	if (window.start < 0 || window.end > raw.length || window.start >= window.end) return null;
	const next = firstRangeAfter(excluded, window.start);
	if (next < excluded.length && excluded[next] < window.end) return null;
	const start = skipLinePrefix(raw, window.start, window.end); // readableText drops a line's prefix (indent, bullet, quote)
	let end = window.end;
	while (end > start && raw.charCodeAt(end - 1) === 32) end--; // and trailing spaces
	if (start >= end) return null;
	const plain = PLAIN_ASCII; // a local: a module binding is loaded and checked at every use
	for (let i = start; i < end; i++) {
		const code = raw.charCodeAt(i);
		if (code < 128 ? plain[code] === 0 && (code !== 32 || raw.charCodeAt(i + 1) === 32) : !readsAsItself(code)) return null; // readableText joins runs of spaces
	}
	return raw.slice(start, end);
}

/** The readable text of one snippet's window: readableText's result, found without a builder when the text is plain. */
export function snippetBody(raw: string, window: Span, excluded: readonly number[]): string {
	return plainText(raw, window, excluded) ?? readableText(raw, window, excluded);
}

/**
 * Plans one quote per mention, in the order given (a theme's best passage first). `boundOf(mention)`
 * is the passage span holding it (or the whole text when it lies outside every passage); a quote
 * never crosses its bound. Two mentions quoting the same window in a row share it.
 */
export function planSnippets(raw: string, mentions: readonly ThemeMention[], boundOf: (mention: ThemeMention) => Span, excluded: readonly number[]): SnippetPlan {
	const windows: Array<{ window: Span; bound: Span }> = [];
	const snippetOf = mentions.map((mention) => {
		const bound = boundOf(mention);
		const window = windowAround(raw, mention, bound);
		const last = windows[windows.length - 1];
		if (!last || last.window.start !== window.start || last.window.end !== window.end) windows.push({ window, bound });
		return windows.length - 1;
	});
	return { bodies: windows.map((w) => snippetBody(raw, w.window, excluded)), ellipses: windows.map((w) => ellipsesOf(w.window, w.bound)), snippetOf };
}

/** One snippet around `mention`, for a mention whose snippet was not kept (the note's text read again). */
export function snippetAt(raw: string, mention: Span, bound: Span, excluded: readonly number[] = []): string {
	const clamped = { start: Math.max(0, Math.min(bound.start, mention.start)), end: Math.min(raw.length, Math.max(bound.end, mention.end)) };
	return detach(textOf(raw, windowAround(raw, mention, clamped), clamped, excluded));
}
