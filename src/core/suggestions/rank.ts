// Suggested themes: phrases recurring across notes that no theme covers yet, best first. A phrase
// mostly explained by a longer one ("reward" inside "reward hacking") gives way to the longer one.

import type { ThemeDefinition } from "../model";
import { phraseWords } from "../themes/chars";
import { type PhraseTally } from "./phrase-tallies";
import { shapeWeight } from "./phrase-score";
import { COMMON_WORDS_SET, FILLER_PHRASES, FILLER_WORDS, STOP_WORDS } from "./stop-words";

export const MIN_SUGGESTION_DOCUMENTS = 3; // a theme recurs: two notes may share a phrase by chance
const EXPLAINED_SHARE = 0.8; // a shorter phrase used 80% of the time inside a longer one adds nothing
export const DEFAULT_SUGGESTION_LIMIT = 20; // a list a reader can review in one sitting

export interface Suggestion {
	phrase: string;
	documents: number;
	mentions: number;
	score: number;
}

/** Drops English inflection so "scaling laws" and "scaling law" compare equal. */
function stem(word: string): string {
	const bare = word.replace(/(ings|ing|ies|ied|es|ed|s)$/, "");
	return bare.length >= 3 ? bare.replace(/e$/, "") : word;
}

function stems(phrase: string): string[] {
	return phraseWords(phrase).map(stem);
}

function containsRun(outer: string[], inner: string[]): boolean {
	if (inner.length === 0 || inner.length > outer.length) return false;
	for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((w, j) => outer[i + j] === w)) return true;
	return false;
}

/** Word runs of every theme's name and aliases, stemmed. */
export function themePhraseStems(themes: readonly ThemeDefinition[]): string[][] {
	return themes.flatMap((t) => [t.name, t.id, ...t.aliases].map(stems)).filter((s) => s.length > 0);
}

/** Whether a theme already covers the phrase: it contains an alias, or is a run of words inside one. */
export function isCovered(phrase: string, themeStems: readonly string[][]): boolean {
	const words = stems(phrase);
	const joined = words.join("");
	return themeStems.some((alias) => containsRun(words, alias) || (words.length > 1 && containsRun(alias, words)) || alias.join("") === joined);
}

/** Never a suggestion, whatever its counts: fillers, stop-word edges, numbers. */
export function isUnsuitable(phrase: string): boolean {
	const words = phrase.split(" ");
	if (words.length === 0 || words.length > 4) return true;
	if (STOP_WORDS.has(words[0]) || STOP_WORDS.has(words[words.length - 1])) return true;
	if (words.some((w) => FILLER_WORDS.has(w) || /^[\d\-'.,:]*$/.test(w))) return true; // fillers, numbers, timestamps
	if (FILLER_PHRASES.some((filler) => ` ${phrase} `.includes(` ${filler} `))) return true;
	return words.every((w) => COMMON_WORDS_SET.has(w) || STOP_WORDS.has(w)); // "good people", "kind of a lot"
}

function scoreOf(tally: PhraseTally): number {
	const words = tally.phrase.split(" ");
	const weight = shapeWeight({
		words: words.length,
		hyphenated: tally.phrase.includes("-"),
		capitalised: tally.capitalisedIn * 2 >= tally.documents,
		commonWords: words.filter((w) => COMMON_WORDS_SET.has(w)).length,
	});
	return weight * tally.documents * (1 + Math.log10(tally.mentions / tally.documents)); // repeated use inside notes helps a little
}

function explainedByLonger(eligible: PhraseTally[]): Set<string> {
	const byPhrase = new Map(eligible.map((t) => [t.phrase, t]));
	const explained = new Set<string>();
	for (const longer of eligible) {
		const words = longer.phrase.split(" ");
		for (let size = 1; size < words.length; size++) {
			for (let at = 0; at + size <= words.length; at++) {
				const shorter = byPhrase.get(words.slice(at, at + size).join(" "));
				if (shorter && longer.documents >= EXPLAINED_SHARE * shorter.documents && longer.mentions >= EXPLAINED_SHARE * shorter.mentions) explained.add(shorter.phrase);
			}
		}
	}
	return explained;
}

/** The best suggestions among recurring phrases, leaving out covered and rejected ones. */
export function rankSuggestions(recurring: readonly PhraseTally[], themes: readonly ThemeDefinition[], rejected: Iterable<string> = [], limit = DEFAULT_SUGGESTION_LIMIT): Suggestion[] {
	const refused = new Set([...rejected].map((r) => r.trim().toLowerCase()));
	const themeStems = themePhraseStems(themes);
	const eligible = recurring.filter((t) => t.documents >= MIN_SUGGESTION_DOCUMENTS && !refused.has(t.phrase) && !isUnsuitable(t.phrase) && !isCovered(t.phrase, themeStems));
	const explained = explainedByLonger(eligible);
	return eligible
		.filter((t) => !explained.has(t.phrase))
		.map((t) => ({ phrase: t.phrase, documents: t.documents, mentions: t.mentions, score: scoreOf(t) }))
		.sort((a, b) => b.score - a.score || b.documents - a.documents || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0))
		.slice(0, limit);
}
