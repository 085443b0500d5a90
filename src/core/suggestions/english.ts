// How often a word is used in ordinary English, from SUBTLEX-US ranks (english-ranks.ts, generated):
// the background a vault's terms are judged against. A word's rank is its place in the list, most
// frequent first; words past the list are rare. Zipf's law turns a rank into a rate per word.

import { ENGLISH_RANKED_WORDS } from "./english-ranks";

/** Words ranked below this are everyday English: alone they never make a theme (the eval's definition too). */
export const EVERYDAY_RANK = 5000;
const ZIPF_CONSTANT = 0.1; // English: the word of rank r makes about 0.1 / r of running text
const RARE_RANK = 40_000; // the rank a word past the list is taken to have (the list's 10,000th is used ~3 times a million words)

let ranks: Map<string, number> | null = null;

function rankTable(): Map<string, number> {
	if (ranks) return ranks;
	ranks = new Map();
	const words = ENGLISH_RANKED_WORDS.split(" ");
	for (let i = 0; i < words.length; i++) if (!ranks.has(words[i])) ranks.set(words[i], i);
	return ranks;
}

/** The word's rank in English (0: the most frequent), RARE_RANK for a word past the list. Lower case. */
export function englishRank(word: string): number {
	return rankTable().get(word) ?? RARE_RANK;
}

/** Among the 5,000 most frequent words of spoken English. Lower case. */
export function isEveryday(word: string): boolean {
	return englishRank(word) < EVERYDAY_RANK;
}

/** Share of running English text that is this word (Zipf's law over its rank). */
export function englishRate(word: string): number {
	return ZIPF_CONSTANT / (englishRank(word) + 1);
}

/** The everyday words, for the tokenizer's word flags. */
export function everydayWords(): string[] {
	return ENGLISH_RANKED_WORDS.split(" ").slice(0, EVERYDAY_RANK);
}
