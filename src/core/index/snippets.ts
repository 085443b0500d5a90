// Readable snippets around mentions, cut at word boundaries and kept with the index instead of the
// note's text. Mentions close to each other share one snippet, so a dense transcript stays small.

import type { Span, ThemeMention } from "../model";
import { readableText } from "../text/readable";
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
	return { bodies: windows.map((w) => readableText(raw, w.window, excluded)), ellipses: windows.map((w) => ellipsesOf(w.window, w.bound)), snippetOf };
}

/** One snippet around `mention`, for a mention whose snippet was not kept (the note's text read again). */
export function snippetAt(raw: string, mention: Span, bound: Span, excluded: readonly number[] = []): string {
	const clamped = { start: Math.max(0, Math.min(bound.start, mention.start)), end: Math.min(raw.length, Math.max(bound.end, mention.end)) };
	return detach(textOf(raw, windowAround(raw, mention, clamped), clamped, excluded));
}
