// Suggested themes: terms recurring across notes that no theme covers yet, best first. A term is
// all the written forms of one phrase (terms.ts), an acronym joined with its expansion. It ranks by
// how many notes it recurs in and by how much more often the vault uses it than ordinary English
// (english.ts); a lone everyday word, a word nearly every note holds, and a phrase of such words
// alone are never suggested. A phrase mostly explained by a longer one gives way to the longer one.
// Terms are named by their entries in the tallies while ranking: a key string is built only for the
// few finalists (a vault of 10,000 notes has thousands of recurring terms).

import type { ThemeDefinition } from "../model";
import { type Steps, runSteps, stepEndsAt } from "../steps";
import { type Coverage, coverageOf, coveredBy } from "./coverage";
import { isEveryday } from "./english";
import { type PhraseTallies, type PhraseTally } from "./phrase-tallies";
import { type TermGroup, bestScored, groupKey, isProseWord } from "./score-terms";
import { contentWords } from "./term-facts";
import { recurringGroups } from "./term-groups";
import { acronymOf, singular, variantKey } from "./terms";
import { COMMON_WORDS_SET, FILLER_PHRASES, FILLER_WORDS, STOP_WORDS } from "./stop-words";

export { isCovered, themePhraseStems } from "./coverage";

export const MIN_SUGGESTION_DOCUMENTS = 3; // a theme recurs: two notes may share a phrase by chance
const SMALL_VAULT = 20; // in a vault of fewer notes, two notes sharing a term are already a fifth of it
const MIN_FORM_DOCUMENTS = 2; // in a small vault, two notes sharing a term are a recurrence
const EXPLAINED_SHARE = 0.8; // a shorter phrase used 80% of the time inside a longer one adds nothing
const UBIQUITOUS_SHARE = 0.5; // a word in more than half the notes is the vault's subject, not a theme in it
const MIN_NOTES_FOR_UBIQUITY = 10; // in a smaller vault every shared word looks ubiquitous
const FINALISTS_PER_PLACE = 4; // terms ranked by figures alone, per place asked for, before the costlier checks
export const DEFAULT_SUGGESTION_LIMIT = 20; // a list a reader can review in one sitting

export interface Suggestion {
	/** The term as most notes write it. */
	phrase: string;
	/** Its variant key (terms.ts): what identifies it across forms. */
	key: string;
	documents: number;
	mentions: number;
	score: number;
	/** Every form the notes use, the shown one first; an acronym's expansion among them. */
	variants: string[];
}

/** What the ranking reads of the vault besides the tallies. */
export interface VaultSize {
	documents: number;
	words: number;
}

/** Never a suggestion, whatever its counts: fillers, stop-word edges, numbers, everyday words alone. */
export function isUnsuitable(phrase: string): boolean {
	const words = phrase.toLowerCase().split(" ");
	if (words.length === 0 || words.length > 4) return true;
	if (STOP_WORDS.has(words[0]) || STOP_WORDS.has(words[words.length - 1])) return true;
	if (words.some((w) => FILLER_WORDS.has(w) || /^[\d\-'.,:]*$/.test(w))) return true; // fillers, numbers, timestamps
	if (FILLER_PHRASES.some((filler) => ` ${words.join(" ")} `.includes(` ${filler} `))) return true;
	if (words.length === 1 && acronymOf(phrase) === null && everydayForm(words[0])) return true; // "learning", "code", "tasks", "argued"
	return words.every((w) => COMMON_WORDS_SET.has(w) || STOP_WORDS.has(w)); // "good people", "kind of a lot"
}

/** Whether the word is an everyday word or an inflection of one ("tasks", "argued", "largest"). */
function everydayForm(word: string): boolean {
	const bases = [word, singular(word)];
	for (const suffix of ["ed", "d", "ing", "est", "er", "ly"]) if (word.endsWith(suffix) && word.length > suffix.length + 2) bases.push(word.slice(0, -suffix.length), `${word.slice(0, -suffix.length)}e`);
	return bases.some(isEveryday);
}

/** The keys of terms found in more than half the notes of a large enough vault (`entries`: the recurring terms), and of the themes' shared subject. */
function* ubiquitousKeys(entries: Int32Array, vault: VaultSize, coverage: Coverage, tallies: PhraseTallies): Steps<Set<string>> {
	const ubiquitous = new Set(coverage.subject);
	if (vault.documents < MIN_NOTES_FOR_UBIQUITY) return ubiquitous;
	const { documents } = tallies.figures;
	for (let i = 0; i < entries.length; i++) {
		if (documents[entries[i]] > UBIQUITOUS_SHARE * vault.documents) ubiquitous.add(tallies.keyOf(entries[i]));
		if (stepEndsAt(i)) yield;
	}
	return ubiquitous;
}

/** Whether a word of the phrase is neither everyday, nor generic, nor one nearly every note holds. */
function hasDistinctiveWord(phrase: string, ubiquitous: ReadonlySet<string>): boolean {
	return contentWords(phrase).some((w) => !COMMON_WORDS_SET.has(w) && !ubiquitous.has(variantKey(w)) && (acronymOf(w) !== null || !isEveryday(w.toLowerCase())));
}

/** Terms that mostly occur inside a longer recurring term, by first entry. */
function explainedByLonger(groups: readonly TermGroup[]): Set<number> {
	const byPhrase = new Map(groups.map((g) => [g.shape.toLowerCase(), g]));
	const explained = new Set<number>();
	for (const longer of groups) {
		const words = longer.shape.toLowerCase().split(" ");
		for (let size = 1; size < words.length; size++) {
			for (let at = 0; at + size <= words.length; at++) {
				const shorter = byPhrase.get(words.slice(at, at + size).join(" "));
				if (shorter && longer.documents >= EXPLAINED_SHARE * shorter.documents && longer.mentions >= EXPLAINED_SHARE * shorter.mentions) explained.add(shorter.entries[0]);
			}
		}
	}
	return explained;
}

/** The keys of rejected terms: each rejected form, as a term. */
export function refusedKeys(rejected: Iterable<string>): Set<string> {
	const keys = new Set<string>();
	for (const phrase of rejected) keys.add(variantKey(phrase));
	keys.delete("");
	return keys;
}

/** The entries of the rejected terms some note ever held. */
function refusedEntries(rejected: Iterable<string>, tallies: PhraseTallies): Set<number> {
	const entries = new Set<number>();
	for (const key of refusedKeys(rejected)) entries.add(tallies.termOfKey(key));
	entries.delete(-1);
	return entries;
}

/** The best suggestions among the vault's terms, leaving out covered and rejected ones. */
export function rankSuggestions(tallies: PhraseTallies, vault: VaultSize, themes: readonly ThemeDefinition[], rejected: Iterable<string> = [], limit = DEFAULT_SUGGESTION_LIMIT): Suggestion[] {
	return runSteps(rankingSteps(tallies, vault, themes, rejected, limit));
}

/**
 * rankSuggestions in steps (steps.ts): it reads every recurring term, thousands in a large vault, so
 * the app runs it in slices. The tallies must not change between two steps.
 */
export function* rankingSteps(tallies: PhraseTallies, vault: VaultSize, themes: readonly ThemeDefinition[], rejected: Iterable<string> = [], limit = DEFAULT_SUGGESTION_LIMIT): Steps<Suggestion[]> {
	const fewest = vault.documents < SMALL_VAULT ? MIN_FORM_DOCUMENTS : MIN_SUGGESTION_DOCUMENTS;
	const coverage = coverageOf(themes);
	yield; // the themes' coverage is built once per list of themes
	const groups = yield* recurringGroups(tallies, fewest, refusedEntries(rejected, tallies));
	const ubiquitous = yield* ubiquitousKeys(groups.entries, vault, coverage, tallies);
	const finalists = yield* bestScored(groups, vault.words, Math.max(limit, 1) * FINALISTS_PER_PLACE);
	yield; // the finalists' checks below read a few dozen terms' words
	const explained = explainedByLonger(finalists.map((s) => s.group));
	const chosen = finalists.filter(({ group }) => !explained.has(group.entries[0]) && !ubiquitous.has(groupKey(group)) && !isProseWord(group) && !isUnsuitable(group.shape) && hasDistinctiveWord(group.shape, ubiquitous) && !coveredBy(group.shape, coverage)).slice(0, limit);
	const forms = tallies.formsOf(chosen.flatMap((s) => s.group.entries));
	return chosen.map(({ group, score }) => suggestionOf(group, score, forms, coverage)).filter((s): s is Suggestion => s !== null);
}

/** The suggestion of a chosen group: shown as most notes write it; null when one of its forms is covered. */
function suggestionOf(group: TermGroup, score: number, forms: ReadonlyMap<number, PhraseTally[]>, coverage: Coverage): Suggestion | null {
	const all = group.entries.flatMap((entry) => forms.get(entry) ?? []);
	if (all.some((form) => coveredBy(form.phrase, coverage))) return null;
	const shown = group.entries.flatMap((entry) => (forms.get(entry) ?? []).slice(0, 1))[0]?.phrase ?? group.shape;
	const variants: string[] = [];
	const seen = new Set<string>();
	for (const form of [{ phrase: shown }, ...all]) {
		if (seen.has(form.phrase.toLowerCase())) continue;
		seen.add(form.phrase.toLowerCase());
		variants.push(form.phrase);
	}
	return { phrase: shown, key: groupKey(group), documents: group.documents, mentions: group.mentions, score, variants };
}
