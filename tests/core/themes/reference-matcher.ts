// A slow, obviously-correct reference for the theme matcher: tokens by regex, gaps judged by one
// regex on the gap text, every alias form tried at every token. Aliases with symbols (C++, A/B)
// are tried as one sticky regex at every position of the lower-cased text.

import type { ThemeDefinition } from "../../../src/core/model";
import { formsOf } from "../../../src/core/themes/inflect";
import { isLiteralPhrase, literalFormsOf } from "../../../src/core/themes/literal";

const CLOSED = "\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af";
const TOKEN = new RegExp(`[${CLOSED}]|(?:(?![${CLOSED}])[\\p{L}\\p{N}\\p{M}])+`, "gu");
const SOFT = "[ \\t\\r\\-\\u2010-\\u2015\\u2212*_]";
const SOFT_GAP = new RegExp(`^${SOFT}*(?:\\n(?:${SOFT}|[>+\\u2022\\u00b7\\u2023\\u25e6\\u25aa\\u25cf])*)?$`);
const APOSTROPHE = /^['\u2019\u2018\u02bc\u02bb`\u00b4]$/;
const LATIN_OR_OTHER_WORD = new RegExp(`^(?![${CLOSED}])[\\p{L}\\p{N}\\p{M}]$`, "u");

interface Token {
	start: number;
	end: number;
	word: string;
}

export function tokensOf(text: string): Token[] {
	return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, word: m[0].toLowerCase() }));
}

function softGap(spaced: string, a: Token, b: Token): boolean {
	const gap = spaced.slice(a.end, b.start);
	if (SOFT_GAP.test(gap)) return true;
	return APOSTROPHE.test(gap) && LATIN_OR_OTHER_WORD.test(spaced[a.end - 1]) && LATIN_OR_OTHER_WORD.test(spaced[b.start]);
}

export interface Found {
	theme: number;
	start: number;
	end: number;
}

function occurrences(tokens: Token[], spaced: string, words: readonly string[]): Array<[number, number]> {
	const found: Array<[number, number]> = [];
	for (let t = 0; t + words.length <= tokens.length; t++) {
		let ok = true;
		for (let k = 0; k < words.length && ok; k++) {
			ok = tokens[t + k].word === words[k] && (k === 0 || softGap(spaced, tokens[t + k - 1], tokens[t + k]));
		}
		if (ok) found.push([tokens[t].start, tokens[t + words.length - 1].end]);
	}
	return found;
}

const SOFT_CHAR = "[ \\t\\r\\-\\u2010-\\u2015\\u2212*_]";
const LITERAL_GAP = `(?:${SOFT_CHAR}+\\n?${SOFT_CHAR}*|\\n${SOFT_CHAR}*)`; // spaces and dashes, at most one line break
const CLOSED_CHAR = new RegExp(`^[${CLOSED}]$`);
const APOSTROPHES = /['\u2019\u2018\u02bc\u02bb`\u00b4]/g;

/** Lower-cased char by char (where that keeps the length), every apostrophe as `'`. */
function foldedText(text: string): string {
	let out = "";
	for (const ch of text.split("")) {
		const lower = ch.toLowerCase();
		out += lower.length === 1 ? lower : ch;
	}
	return out.replace(APOSTROPHES, "'");
}

/** Is `neighbour` (a char, or undefined past the text) a boundary beside the form's edge char? */
function literalBoundary(neighbour: string | undefined, edge: string): boolean {
	if (neighbour === undefined || CLOSED_CHAR.test(edge)) return true; // closed scripts have no word boundaries
	if (LATIN_OR_OTHER_WORD.test(neighbour)) return false;
	return LATIN_OR_OTHER_WORD.test(edge) || neighbour !== edge;
}

function literalOccurrences(folded: string, form: string): Array<[number, number]> {
	const escaped = form.split(" ").map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join(LITERAL_GAP);
	const pattern = new RegExp(escaped, "y");
	const found: Array<[number, number]> = [];
	for (let at = 0; at < folded.length; at++) {
		pattern.lastIndex = at;
		if (!pattern.test(folded)) continue;
		const end = pattern.lastIndex;
		if (literalBoundary(folded[at - 1], form[0]) && literalBoundary(folded[end], form[form.length - 1])) found.push([at, end]);
	}
	return found;
}

/** Where a phrase (alias or exclusion) occurs: by words, or literally when it holds symbols. */
function phraseOccurrences(phrase: string, tokens: Token[], spaced: string, folded: string): Array<[number, number]> {
	if (isLiteralPhrase(phrase)) return literalFormsOf(phrase).flatMap((form) => literalOccurrences(folded, form));
	return formsOf(phrase).flatMap((f) => occurrences(tokens, spaced, f.words));
}

export function reference(themes: ThemeDefinition[], text: string, excluded: number[]): Found[] {
	let spaced = text;
	for (let i = 0; i < excluded.length; i += 2) spaced = spaced.slice(0, excluded[i]) + " ".repeat(excluded[i + 1] - excluded[i]) + spaced.slice(excluded[i + 1]);
	const tokens = tokensOf(spaced);
	const folded = foldedText(spaced);
	const result: Found[] = [];
	themes.forEach((theme, index) => {
		const aliasHits = [theme.name, ...theme.aliases].flatMap((a) => phraseOccurrences(a, tokens, spaced, folded));
		const fences = theme.exclusions.flatMap((e) => phraseOccurrences(e, tokens, spaced, folded));
		const kept = aliasHits.filter(([s, e]) => !fences.some(([fs, fe]) => fs <= s && e <= fe)).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
		let lastEnd = -1;
		for (const [start, end] of kept) {
			if (start < lastEnd) continue;
			result.push({ theme: index, start, end });
			lastEnd = end;
		}
	});
	return result.sort((a, b) => a.start - b.start || a.theme - b.theme);
}
