// What the reader's themes already cover: a term holding a theme's name, alias (any inflection) or
// tag, a term that is a run of words inside one, an acronym of a theme phrase ("RL"), and the words
// the phrases of several themes share (the starter pack's "AI": the vault's subject).

import type { ThemeDefinition } from "../model";
import { phraseWords } from "../text/chars";
import { STOP_WORDS } from "./stop-words";
import { acronymOf, initialsOf, variantKey } from "./terms";

const SUBJECT_THEMES = 3; // a word that the aliases of three themes or more qualify ("AI safety", "AI agents", "AI policy") is the vault's subject

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
export interface Coverage {
	stems: string[][];
	/** Each theme phrase's stems, joined by spaces: a term holding one of them is covered. */
	phrases: Set<string>;
	/** Every run of words inside a theme phrase, joined by spaces: a term that is one is covered. */
	runs: Set<string>;
	/** Each theme phrase's stems written as one word ("posttraining"). */
	joined: Set<string>;
	initials: Set<string>;
	/** The keys of the words the themes share: the vault's subject. */
	subject: Set<string>;
}

const coverages = new WeakMap<readonly ThemeDefinition[], Coverage>();

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

export function coverageOf(themes: readonly ThemeDefinition[]): Coverage {
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
export function coveredBy(phrase: string, coverage: Coverage): boolean {
	const letters = acronymOf(phrase);
	if (letters !== null && coverage.initials.has(letters)) return true;
	const words = stems(phrase);
	if (coverage.joined.has(words.join("")) || (words.length > 1 && coverage.runs.has(words.join(" ")))) return true;
	for (let from = 0; from < words.length; from++) for (let to = from + 1; to <= words.length; to++) if (coverage.phrases.has(words.slice(from, to).join(" "))) return true;
	return false;
}
