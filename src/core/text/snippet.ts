// A short readable excerpt around a match, cut at word boundaries, for views and reports.

import { readableText } from "./readable";

export interface SnippetParts {
	/** Readable text before the match, starting with "…" when cut. */
	before: string;
	/** The match as readable text. */
	match: string;
	/** Readable text after the match, ending with "…" when cut. */
	after: string;
}

const ELLIPSIS = "…";
const RAW_CONTEXT_FACTOR = 3; // markup shrinks when made readable: read this many raw chars per wanted char

/** Context on both sides of [start, end), about `maxChars` in all, never cut inside a word. */
export function snippetParts(raw: string, start: number, end: number, maxChars: number, excluded?: readonly number[]): SnippetParts {
	const match = readableText(raw, { start, end }, excluded);
	const budget = Math.max(0, maxChars - match.length);
	const reach = Math.max(budget, 1) * RAW_CONTEXT_FACTOR;
	const beforeFull = readableText(raw, { start: Math.max(0, start - reach), end: start }, excluded);
	const afterFull = readableText(raw, { start: end, end: Math.min(raw.length, end + reach) }, excluded);
	const gapBefore = start > 0 && /\s/.test(raw[start - 1] ?? "") ? " " : "";
	const gapAfter = end < raw.length && /\s/.test(raw[end] ?? "") ? " " : "";
	let beforeBudget = Math.floor(budget / 2);
	let afterBudget = budget - beforeBudget;
	if (afterFull.length < afterBudget) beforeBudget += afterBudget - afterFull.length;
	if (beforeFull.length < beforeBudget) afterBudget += beforeBudget - beforeFull.length;
	const before = tailAtWord(beforeFull, beforeBudget);
	const after = headAtWord(afterFull, afterBudget);
	return {
		before: before.length > 0 ? before + gapBefore : "",
		match,
		after: after.length > 0 ? gapAfter + after : "",
	};
}

/** The snippet as one string. */
export function snippetAround(raw: string, start: number, end: number, maxChars: number, excluded?: readonly number[]): string {
	const parts = snippetParts(raw, start, end, maxChars, excluded);
	return `${parts.before}${parts.match}${parts.after}`;
}

/** The last ≤ `limit` characters of text, starting at a word; "…" marks a cut. */
function tailAtWord(text: string, limit: number): string {
	if (text.length <= limit) return text;
	if (limit <= 1) return "";
	let cut = text.length - limit + 1;
	while (cut < text.length && text[cut - 1] !== " ") cut++;
	const kept = text.slice(cut).trimStart();
	return kept.length > 0 ? ELLIPSIS + kept : "";
}

/** The first ≤ `limit` characters of text, ending at a word; "…" marks a cut. */
function headAtWord(text: string, limit: number): string {
	if (text.length <= limit) return text;
	if (limit <= 1) return "";
	let cut = limit - 1;
	while (cut > 0 && text[cut] !== " ") cut--;
	const kept = text.slice(0, cut).trimEnd();
	return kept.length > 0 ? kept + ELLIPSIS : "";
}
