// Literal aliases: phrases whose punctuation is part of the name (C++, C#, .NET, A/B testing,
// node.js, R&D, p(doom)). The word scan splits text at punctuation, which would reduce "C++" to a
// lone "C", so these are matched apart: each form is found by indexOf of its first run of symbols
// (rare in most text, so most documents cost one indexOf per anchor), then checked char by char
// around it, case-insensitively, with word boundaries outside the alias.
//
// Inside a form, a run of spaces or dashes is a gap: one or more spaces, tabs, hyphens, dashes or
// emphasis marks in the text, with at most one line break. Excluded ranges read as spaces.

import { CharClass, classOf, foldOf } from "../text/chars";
import { inflectionsOf } from "./inflect";

/** A gap in a normalised form (a run of spaces or dashes in the alias). */
const GAP = 0x20;
const APOSTROPHE = 0x27; // every apostrophe, straight or curly, compares as this one
const TRAILING_PUNCTUATION = /[,;:!?]+$/; // "Why now?" names the words, not the question mark
const LATIN_WORD = /^[a-z]+$/;

/** One way a literal alias (or exclusion) can be written, and where its symbols anchor it. */
export interface LiteralForm {
	/** Folded chars; GAP (a space) stands for a run of spaces or dashes. */
	form: string;
	/** The first run of symbols in `form`: what indexOf looks for. */
	anchor: string;
	/** Index of `anchor` in `form`. */
	anchorAt: number;
	/** Alias index ≥ 0, or exclusion i as -(i + 1), as in the phrase automaton. */
	output: number;
}

/** Literal forms grouped by anchor, so each anchor is searched once per text. */
export interface LiteralMatcher {
	groups: Array<{ anchor: string; forms: LiteralForm[] }>;
}

function isSymbol(cls: CharClass): boolean {
	return cls === CharClass.Hard || cls === CharClass.LinePrefix;
}

function isGap(cls: CharClass): boolean {
	return cls === CharClass.Space || cls === CharClass.Dash || cls === CharClass.LineFeed;
}

/** A char as forms compare it: folded, every apostrophe as `'`. */
function keyOf(code: number): number {
	return classOf(code) === CharClass.Apostrophe ? APOSTROPHE : foldOf(code);
}

/** The part of a phrase that counts: trimmed, without trailing sentence punctuation. */
function significantText(phrase: string): string {
	return phrase.trim().replace(TRAILING_PUNCTUATION, "").trim();
}

/** Does the phrase hold a symbol that must stand in the text (C++, A/B), beside at least one letter? */
export function isLiteralPhrase(phrase: string): boolean {
	const text = significantText(phrase);
	let symbols = false;
	let letters = false;
	for (let i = 0; i < text.length; i++) {
		const cls = classOf(text.charCodeAt(i));
		if (isSymbol(cls)) symbols = true;
		else if (cls === CharClass.Word || cls === CharClass.ClosedScript) letters = true;
	}
	return symbols && letters;
}

function normalisedForm(text: string): string {
	let form = "";
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (!isGap(classOf(code))) form += String.fromCharCode(keyOf(code));
		else if (form.charCodeAt(form.length - 1) !== GAP) form += " ";
	}
	return form;
}

/**
 * The forms of a literal phrase, normalised (folded, apostrophes as `'`, gaps as one space). A last
 * word that stands after a gap is inflected ("A/B test" → "A/B tests"); one glued to a symbol
 * (".NET", "node.js") is not.
 */
export function literalFormsOf(phrase: string, exactOnly = false): string[] {
	const base = normalisedForm(significantText(phrase));
	const gapAt = base.lastIndexOf(" ");
	const last = base.slice(gapAt + 1);
	if (exactOnly || gapAt < 0 || !LATIN_WORD.test(last)) return [base];
	return inflectionsOf(last).map((form) => base.slice(0, gapAt + 1) + form);
}

/** A literal form ready to search: its anchor is the first run of symbols. */
export function literalForm(form: string, output: number): LiteralForm {
	let anchorAt = 0;
	while (anchorAt < form.length && !isSymbol(classOf(form.charCodeAt(anchorAt)))) anchorAt++;
	let anchorEnd = anchorAt;
	while (anchorEnd < form.length && isSymbol(classOf(form.charCodeAt(anchorEnd)))) anchorEnd++;
	return { form, anchor: form.slice(anchorAt, anchorEnd), anchorAt, output };
}

/** Groups forms by anchor. */
export function buildLiteralMatcher(forms: LiteralForm[]): LiteralMatcher {
	const byAnchor = new Map<string, LiteralForm[]>();
	for (const form of forms) {
		const list = byAnchor.get(form.anchor) ?? [];
		list.push(form);
		byAnchor.set(form.anchor, list);
	}
	return { groups: [...byAnchor].map(([anchor, list]) => ({ anchor, forms: list })) };
}

/** The text as the matcher reads it: excluded ranges read as spaces. */
class SpacedText {
	readonly length: number;
	/** Sorted, disjoint [start, end) pairs: the ranges exactly as the word scan skips them. */
	private readonly ranges: number[];

	constructor(private readonly text: string, excluded: number[]) {
		this.length = text.length;
		this.ranges = liveRanges(excluded, text.length);
	}

	codeAt(at: number): number {
		const { ranges } = this;
		let low = 0;
		let high = ranges.length / 2; // pairs: find the last range starting at or before `at`
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (ranges[mid * 2] <= at) low = mid + 1;
			else high = mid;
		}
		if (low > 0 && at < ranges[low * 2 - 1]) return GAP;
		return this.text.charCodeAt(at);
	}
}

/**
 * The ranges the word scan skips, in the order given (they may be unsorted, overlapping or empty):
 * a range that ends before the scan meets it is read through, one that starts behind the scan
 * covers only from where the scan stands (see scanner.ts, nextLiveRange).
 */
function liveRanges(excluded: number[], length: number): number[] {
	const live: number[] = [];
	let scanAt = 0;
	let reachedAt = 0;
	for (let k = 0; k + 1 < excluded.length; k += 2) {
		const reached = Math.max(excluded[k], reachedAt);
		if (excluded[k + 1] <= reached) {
			reachedAt = reached;
			continue;
		}
		const start = Math.min(Math.max(excluded[k], scanAt), length);
		if (excluded[k + 1] > start) live.push(start, excluded[k + 1]);
		scanAt = reachedAt = excluded[k + 1];
	}
	return live;
}

/** A walk that found no match (text positions run from -1, before the first char, up). */
const NO_MATCH = -2;

/** Past a gap from `at` on (step +1) or back (step -1): the first position after it, or NO_MATCH when there is none. */
function skipGap(text: SpacedText, at: number, step: number): number {
	let lineFeeds = 0;
	let i = at;
	for (; i >= 0 && i < text.length; i += step) {
		const cls = classOf(text.codeAt(i));
		if (cls === CharClass.LineFeed && ++lineFeeds > 1) break; // a blank line ends a phrase
		if (!isGap(cls)) break;
	}
	return i === at ? NO_MATCH : i;
}

/** Does the neighbour of a form's edge char leave a boundary? Letters may not touch letters, nor a symbol itself. */
function boundaryOk(text: SpacedText, at: number, edge: number): boolean {
	if (at < 0 || at >= text.length) return true;
	const edgeClass = classOf(edge);
	if (edgeClass === CharClass.ClosedScript) return true; // scripts without spaces have no word boundaries
	const neighbour = text.codeAt(at);
	if (classOf(neighbour) === CharClass.Word) return false;
	return edgeClass === CharClass.Word || keyOf(neighbour) !== edge; // "C+" is no mention inside "C++"
}

/** Matches form chars from `from` up to (not including) `to`, moving by `step` from text position `at`: where it stops, or NO_MATCH. */
function walk(text: SpacedText, form: string, from: number, to: number, step: number, at: number): number {
	for (let k = from; k !== to; k += step) {
		const unit = form.charCodeAt(k);
		if (unit === GAP) {
			at = skipGap(text, at, step);
			if (at === NO_MATCH) return NO_MATCH;
		} else {
			if (at < 0 || at >= text.length || keyOf(text.codeAt(at)) !== unit) return NO_MATCH;
			at += step;
		}
	}
	return at;
}

/** The start of the form's occurrence whose anchor stands at `anchorAt` in the text (end in `matchEnd`), or -1. */
let matchEnd = 0;
function matchAt(text: SpacedText, literal: LiteralForm, anchorAt: number): number {
	const { form } = literal;
	const end = walk(text, form, literal.anchorAt, form.length, 1, anchorAt);
	if (end === NO_MATCH) return -1;
	const before = walk(text, form, literal.anchorAt - 1, -1, -1, anchorAt - 1);
	if (before === NO_MATCH) return -1;
	const start = before + 1;
	if (!boundaryOk(text, start - 1, form.charCodeAt(0)) || !boundaryOk(text, end, form.charCodeAt(form.length - 1))) return -1;
	matchEnd = end;
	return start;
}

/** Flat triples (start, end, output) of every literal form's occurrence in `raw`, outside `excluded`. */
export function findLiteralHits(matcher: LiteralMatcher, raw: string, excluded: number[]): number[] {
	const hits: number[] = [];
	let text: SpacedText | null = null; // built on the first anchor found: most texts hold none
	for (const { anchor, forms } of matcher.groups) {
		for (let at = raw.indexOf(anchor); at >= 0; at = raw.indexOf(anchor, at + 1)) {
			text ??= new SpacedText(raw, excluded);
			for (const literal of forms) {
				const start = matchAt(text, literal, at);
				if (start >= 0) hits.push(start, matchEnd, literal.output);
			}
		}
	}
	return hits;
}
