// What the ranking reads of a term's own words: which carry content, how many are common, and how
// often ordinary English would use the term (its background rate, from english.ts).

import { englishRate } from "./english";
import { COMMON_WORDS_SET, STOP_WORDS } from "./stop-words";

const PHRASE_SHARE = 0.1; // a phrase of words is taken to make at most a tenth of its rarest word's uses

/** No term's background rate is lower: a phrase whose rarest word is past the list. */
export const LOWEST_BACKGROUND_RATE = englishRate("") * PHRASE_SHARE;

/** The phrase's words as written ("post-training" is one), stop words left out. */
export function contentWords(phrase: string): string[] {
	return phrase.split(/\s+/).filter((w) => w.length > 0 && !STOP_WORDS.has(w.toLowerCase()));
}

/** How many of the phrase's words are common (everyday or vault-generic). */
export function commonWordsIn(phrase: string): number {
	return contentWords(phrase).filter((w) => COMMON_WORDS_SET.has(w.toLowerCase())).length;
}

/** The share of ordinary English text the term would make: a word's own rate; a phrase's or a compound's, from its rarest word. */
export function backgroundRate(phrase: string): number {
	const words = contentWords(phrase).flatMap((w) => w.split(/[-‐‑]+/)).filter((w) => w.length > 0); // "long-term" is as common as "long term"
	if (words.length === 0) return 1;
	let rarest = 1;
	for (const word of words) rarest = Math.min(rarest, englishRate(word.toLowerCase()));
	return words.length === 1 ? rarest : rarest * PHRASE_SHARE;
}
