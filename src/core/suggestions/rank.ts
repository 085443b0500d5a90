// Suggested themes: terms recurring across notes that no theme covers yet, best first. A term is
// all the written forms of one phrase (terms.ts), an acronym joined with its expansion. It ranks by
// how many notes it recurs in and by how much more often the vault uses it than ordinary English
// (english.ts); a lone everyday word, a word nearly every note holds, and a phrase of such words
// alone are never suggested. A phrase mostly explained by a longer one gives way to the longer one.

import type { ThemeDefinition } from "../model";
import { phraseWords } from "../themes/chars";
import { isEveryday } from "./english";
import { type PhraseTallies, type TermTally } from "./phrase-tallies";
import { type TermGroup, bestScored, isProseWord } from "./score-terms";
import { contentWords } from "./term-facts";
import { acronymOf, initialsOf, singular, variantKey } from "./terms";
import { COMMON_WORDS_SET, FILLER_PHRASES, FILLER_WORDS, STOP_WORDS } from "./stop-words";

export const MIN_SUGGESTION_DOCUMENTS = 3; // a theme recurs: two notes may share a phrase by chance
const SMALL_VAULT = 20; // in a vault of fewer notes, two notes sharing a term are already a fifth of it
const MIN_FORM_DOCUMENTS = 2; // in a small vault, two notes sharing a term are a recurrence
const EXPLAINED_SHARE = 0.8; // a shorter phrase used 80% of the time inside a longer one adds nothing
const SUBJECT_THEMES = 3; // a word that the aliases of three themes or more qualify ("AI safety", "AI agents", "AI policy") is the vault's subject
const SHORTEST_EXPANDED_ACRONYM = 3; // "LLM" finds "large language models"; two letters ("VC") name too many phrases to pair safely
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

/** Word runs of every theme's name, aliases and tags, stemmed. */
export function themePhraseStems(themes: readonly ThemeDefinition[]): string[][] {
	return themes.flatMap((t) => [t.name, t.id, ...t.aliases, ...t.tags.map((tag) => tag.replace(/[/_-]+/g, " "))].map(stems)).filter((s) => s.length > 0);
}

/** The initials of every theme phrase of two words or more: an acronym spelling one is covered ("RL"). */
function themeInitials(themes: readonly ThemeDefinition[]): Set<string> {
	const initials = new Set<string>();
	for (const theme of themes) for (const alias of [theme.name, ...theme.aliases]) initials.add(initialsOf(alias));
	initials.delete("");
	return initials;
}

/** Whether a theme already covers the phrase: it contains an alias, is a run of words inside one, or is an acronym of one. */
export function isCovered(phrase: string, themeStems: readonly string[][], initials: ReadonlySet<string> = new Set()): boolean {
	const letters = acronymOf(phrase);
	if (letters !== null && initials.has(letters)) return true;
	const words = stems(phrase);
	const joined = words.join("");
	return themeStems.some((alias) => containsRun(words, alias) || (words.length > 1 && containsRun(alias, words)) || alias.join("") === joined);
}

/** What the themes cover, in sets read once per list of themes (a ranking checks dozens of terms against hundreds of aliases). */
interface Coverage {
	stems: string[][];
	/** Each theme phrase's stems, joined by spaces: a term holding one of them is covered. */
	phrases: Set<string>;
	/** Every run of words inside a theme phrase, joined by spaces: a term that is one is covered. */
	runs: Set<string>;
	/** Each theme phrase's stems written as one word ("posttraining"). */
	joined: Set<string>;
	initials: Set<string>;
	subject: Set<string>;
}

const coverages = new WeakMap<readonly ThemeDefinition[], Coverage>();

function coverageOf(themes: readonly ThemeDefinition[]): Coverage {
	const known = coverages.get(themes);
	if (known) return known;
	const stems = themePhraseStems(themes);
	const coverage: Coverage = { stems, phrases: new Set(), runs: new Set(), joined: new Set(), initials: themeInitials(themes), subject: subjectWords(themes) };
	for (const alias of stems) {
		coverage.phrases.add(alias.join(" "));
		coverage.joined.add(alias.join(""));
		for (let from = 0; from < alias.length; from++) for (let to = from + 1; to <= alias.length; to++) coverage.runs.add(alias.slice(from, to).join(" "));
	}
	coverages.set(themes, coverage);
	return coverage;
}

/** isCovered, by set lookups: a term's runs of words against the theme phrases, the term against their runs. */
function coveredBy(phrase: string, coverage: Coverage): boolean {
	const letters = acronymOf(phrase);
	if (letters !== null && coverage.initials.has(letters)) return true;
	const words = stems(phrase);
	if (coverage.joined.has(words.join("")) || (words.length > 1 && coverage.runs.has(words.join(" ")))) return true;
	for (let from = 0; from < words.length; from++) for (let to = from + 1; to <= words.length; to++) if (coverage.phrases.has(words.slice(from, to).join(" "))) return true;
	return false;
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

/** Words inside the phrases of several themes: the subject the themes share, covered by all of them. */
function subjectWords(themes: readonly ThemeDefinition[]): Set<string> {
	const themesOf = new Map<string, Set<string>>();
	for (const theme of themes) {
		for (const alias of theme.aliases) {
			const words = phraseWords(alias);
			if (words.length < 2) continue;
			for (const word of words) themesOf.set(word, (themesOf.get(word) ?? new Set()).add(theme.id));
		}
	}
	return new Set([...themesOf].filter(([word, ids]) => ids.size >= SUBJECT_THEMES && !STOP_WORDS.has(word)).map(([word]) => variantKey(word)));
}

/** Whether the word is an everyday word or an inflection of one ("tasks", "argued", "largest"). */
function everydayForm(word: string): boolean {
	const bases = [word, singular(word)];
	for (const suffix of ["ed", "d", "ing", "est", "er", "ly"]) if (word.endsWith(suffix) && word.length > suffix.length + 2) bases.push(word.slice(0, -suffix.length), `${word.slice(0, -suffix.length)}e`);
	return bases.some(isEveryday);
}

/** Terms found in more than half the notes of a large enough vault, and the themes' shared subject: single words, by key. */
function ubiquitousKeys(terms: readonly TermTally[], vault: VaultSize, coverage: Coverage): Set<string> {
	const ubiquitous = new Set(coverage.subject);
	if (vault.documents < MIN_NOTES_FOR_UBIQUITY) return ubiquitous;
	for (const term of terms) if (term.documents > UBIQUITOUS_SHARE * vault.documents) ubiquitous.add(term.key);
	return ubiquitous;
}

/** Whether a word of the phrase is neither everyday, nor generic, nor one nearly every note holds. */
function hasDistinctiveWord(phrase: string, ubiquitous: ReadonlySet<string>): boolean {
	return contentWords(phrase).some((w) => !COMMON_WORDS_SET.has(w) && !ubiquitous.has(variantKey(w)) && (acronymOf(w) !== null || !isEveryday(w.toLowerCase())));
}

/** Terms with each acronym's expansion folded into it ("LLMs" + "large language models"). */
function groupAcronyms(terms: readonly TermTally[]): TermGroup[] {
	const groups = new Map<string, TermGroup>();
	const byLetters = new Map<string, TermGroup>();
	for (const term of terms) {
		const shape = term.shape;
		const group: TermGroup = { keys: [term.key], documents: term.documents, mentions: term.mentions, capitalisedIn: term.capitalisedIn, modifierIn: term.modifierIn, shape };
		groups.set(term.key, group);
		const letters = acronymOf(shape);
		if (letters !== null && letters.length >= SHORTEST_EXPANDED_ACRONYM) byLetters.set(letters, group);
	}
	const firstLetters = new Set([...byLetters.keys()].map((letters) => letters[0]));
	for (const term of terms) {
		if (!firstLetters.has(term.shape[0]?.toLowerCase() ?? "") || term.shape.indexOf(" ") < 0) continue; // an expansion starts with its acronym's first letter and has words
		const acronym = byLetters.get(initialsOf(term.shape));
		if (!acronym || acronym.keys[0] === term.key) continue;
		acronym.keys.push(term.key);
		acronym.documents += term.documents; // a note holding both counts twice: rare, and only in this sum
		acronym.mentions += term.mentions;
		groups.delete(term.key);
	}
	return [...groups.values()];
}

/** Terms that mostly occur inside a longer recurring term, by key. */
function explainedByLonger(groups: readonly TermGroup[]): Set<string> {
	const byPhrase = new Map(groups.map((g) => [g.shape.toLowerCase(), g]));
	const explained = new Set<string>();
	for (const longer of groups) {
		const words = longer.shape.toLowerCase().split(" ");
		for (let size = 1; size < words.length; size++) {
			for (let at = 0; at + size <= words.length; at++) {
				const shorter = byPhrase.get(words.slice(at, at + size).join(" "));
				if (shorter && longer.documents >= EXPLAINED_SHARE * shorter.documents && longer.mentions >= EXPLAINED_SHARE * shorter.mentions) explained.add(shorter.keys[0]);
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

/** The best suggestions among the vault's terms, leaving out covered and rejected ones. */
export function rankSuggestions(tallies: PhraseTallies, vault: VaultSize, themes: readonly ThemeDefinition[], rejected: Iterable<string> = [], limit = DEFAULT_SUGGESTION_LIMIT): Suggestion[] {
	const fewest = vault.documents < SMALL_VAULT ? MIN_FORM_DOCUMENTS : MIN_SUGGESTION_DOCUMENTS;
	const terms = tallies.recurringTerms(fewest);
	const coverage = coverageOf(themes);
	const ubiquitous = ubiquitousKeys(terms, vault, coverage);
	const refused = refusedKeys(rejected);
	const groups = groupAcronyms(terms).filter((g) => g.documents >= fewest && !g.keys.some((k) => refused.has(k)));
	const finalists = bestScored(groups, vault.words, Math.max(limit, 1) * FINALISTS_PER_PLACE);
	const explained = explainedByLonger(finalists.map((s) => s.group));
	const chosen = finalists.filter(({ group }) => !explained.has(group.keys[0]) && !ubiquitous.has(group.keys[0]) && !isProseWord(group) && !isUnsuitable(group.shape) && hasDistinctiveWord(group.shape, ubiquitous) && !coveredBy(group.shape, coverage)).slice(0, limit);
	const forms = tallies.formsOf(chosen.flatMap((s) => s.group.keys));
	return chosen.map(({ group, score }) => suggestionOf(group, score, forms, coverage)).filter((s): s is Suggestion => s !== null);
}

/** The suggestion of a chosen group: shown as most notes write it; null when one of its forms is covered. */
function suggestionOf(group: TermGroup, score: number, forms: ReadonlyMap<string, ReturnType<PhraseTallies["formsOf"]> extends Map<string, infer V> ? V : never>, coverage: Coverage): Suggestion | null {
	const all = group.keys.flatMap((key) => forms.get(key) ?? []);
	if (all.some((form) => coveredBy(form.phrase, coverage))) return null;
	const shown = group.keys.flatMap((key) => (forms.get(key) ?? []).slice(0, 1))[0]?.phrase ?? group.shape;
	const variants: string[] = [];
	const seen = new Set<string>();
	for (const form of [{ phrase: shown }, ...all]) {
		if (seen.has(form.phrase.toLowerCase())) continue;
		seen.add(form.phrase.toLowerCase());
		variants.push(form.phrase);
	}
	return { phrase: shown, key: group.keys[0], documents: group.documents, mentions: group.mentions, score, variants };
}
