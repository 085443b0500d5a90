// Readable snippets around mentions, cut at word boundaries and kept with the index instead of the
// note's text. Mentions close to each other share one snippet, so a dense transcript stays small.

import type { Span, ThemeMention } from "../model";
import { firstRangeAfter, readableText, skipLinePrefix } from "../text/readable";
import { CharClass, classOf } from "../themes/chars";
import { isLetterChar } from "./fingerprint";
import { detach } from "./intern";
import { SNIPPET_LEADS, SNIPPET_TRAILS } from "./record";

const CONTEXT_CHARS = 70; // about ten words either side: enough to read the thought, short for a sidebar
const TRAILING_PUNCTUATION = " \t)]},.;:!?";
const LONGEST_SNIPPET = 320; // merged snippets stop growing here; a new one starts

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

/** The window around one mention inside its bound, snapped so that no word is cut. */
function windowAround(raw: string, mention: Span, bound: Span): Span {
	const start = snapStart(raw, Math.max(bound.start, mention.start - CONTEXT_CHARS), bound.start);
	const end = snapEnd(raw, Math.min(bound.end, mention.end + CONTEXT_CHARS), bound.end);
	return { start: Math.min(start, mention.start), end: Math.max(end, mention.end) };
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
 * Plans the snippets of a note's mentions. `boundOf(mention)` is the passage span holding it (or the
 * whole text when it lies outside every passage); a snippet never crosses its bound.
 */
export function planSnippets(raw: string, mentions: readonly ThemeMention[], boundOf: (mention: ThemeMention) => Span, excluded: readonly number[]): SnippetPlan {
	const order = mentions.map((_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start || a - b);
	const windows: Array<{ window: Span; bound: Span }> = [];
	const snippetOf = new Array<number>(mentions.length).fill(0);
	for (const i of order) {
		const bound = boundOf(mentions[i]);
		const window = windowAround(raw, mentions[i], bound);
		const last = windows[windows.length - 1];
		const sameBound = last && last.bound.start === bound.start && last.bound.end === bound.end;
		if (sameBound && window.start <= last.window.end && Math.max(window.end, last.window.end) - last.window.start <= LONGEST_SNIPPET) {
			last.window = { start: last.window.start, end: Math.max(window.end, last.window.end) };
		} else {
			windows.push({ window, bound });
		}
		snippetOf[i] = windows.length - 1;
	}
	return { bodies: windows.map((w) => snippetBody(raw, w.window, excluded)), ellipses: windows.map((w) => ellipsesOf(w.window, w.bound)), snippetOf };
}

/** One snippet around `mention`, for a mention whose snippet was not kept (the note's text read again). */
export function snippetAt(raw: string, mention: Span, bound: Span, excluded: readonly number[] = []): string {
	const clamped = { start: Math.max(0, Math.min(bound.start, mention.start)), end: Math.min(raw.length, Math.max(bound.end, mention.end)) };
	return detach(textOf(raw, windowAround(raw, mention, clamped), clamped, excluded));
}
