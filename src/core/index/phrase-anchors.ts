// A quick look at a note's raw text before the matcher reads it for touched phrases. The matcher
// finds a form only where each of its words stands in the text, folded code unit by code unit
// (themes/chars.ts); so a text in which no form has even its longest word, as a substring in any
// case, holds no form at all. One case-insensitive regular expression of those words reads text
// about ten times faster than the matcher, and a fingerprint's false positives (a word it never
// held) mostly fail it. It may say yes wrongly, never no wrongly: the matcher confirms every yes.

import { formsOf } from "../themes/inflect";
import { isLiteralPhrase } from "../themes/literal";

const ASCII_WORD = /^[a-z0-9]+$/;
/** The one code unit outside ASCII that folds to an ASCII letter (KELVIN SIGN → "k"); a test pins it. */
export const KELVIN_SIGN = "\u212a";

/** The longest word of a form written in ASCII, or null when it has none. */
function anchorOf(words: readonly string[]): string | null {
	let best: string | null = null;
	for (const word of words) if (ASCII_WORD.test(word) && (best === null || word.length > best.length)) best = word;
	return best;
}

/** The fewest words that cover every form: a word holding another word is found wherever that one is… */
function coveringAnchors(anchors: Set<string>): string[] {
	const sorted = [...anchors].sort((a, b) => a.length - b.length);
	const kept: string[] = [];
	for (const anchor of sorted) if (!kept.some((shorter) => anchor.includes(shorter))) kept.push(anchor);
	return kept;
}

/**
 * A test that is false only when no form of any of `phrases` can occur in a text, or null when no
 * such test can be built (a literal phrase such as "C++", or a form without an ASCII word).
 */
export function anchorTest(phrases: readonly string[]): ((raw: string) => boolean) | null {
	const anchors = new Set<string>();
	for (const phrase of phrases) {
		if (isLiteralPhrase(phrase)) return null;
		for (const form of formsOf(phrase)) {
			const anchor = anchorOf(form.words);
			if (anchor === null) return null;
			anchors.add(anchor);
		}
	}
	const kept = coveringAnchors(anchors);
	if (kept.length === 0) return () => false; // no phrase has a word: the matcher compiles nothing to find
	const pattern = new RegExp(kept.join("|"), "i"); // ASCII letters and digits only: nothing to escape; without the u flag "i" pairs a–z with A–Z alone
	const kelvin = kept.some((anchor) => anchor.includes("k"));
	return (raw) => pattern.test(raw) || (kelvin && raw.includes(KELVIN_SIGN));
}
