// Compiles theme definitions into one phrase automaton over words: every alias and exclusion is
// expanded into its forms, every distinct folded word gets an id in a hash table keyed by the same
// hash the scanner computes on the fly, and phrases become paths in a trie of word ids. Phrases
// whose symbols are part of the name (C++, A/B testing) go to the literal matcher instead.

import type { ThemeDefinition } from "../model";
import { phraseWords } from "../text/chars";
import { formsOf } from "./inflect";
import { APPEND, DROP, buildAutomaton, type OutputRule, type PendingForms, type PhraseAutomaton } from "./automaton";
import { buildLiteralMatcher, isLiteralPhrase, literalForm, literalFormsOf, type LiteralForm, type LiteralMatcher } from "./literal";
import { type SignalGroups, type ThemeSignals, compileSignals } from "./signals";

export { type PhraseAutomaton, transitionSlot } from "./automaton";

/** How much one occurrence of an alias says about its theme. */
export const WEIGHT_WEAK = 1; // a generic word ("scale", "data"): supports, never links alone
export const WEIGHT_MEDIUM = 2; // a specific word ("interpretability", "benchmark")
export const WEIGHT_STRONG = 3; // a specific phrase or term ("scaling laws", "RLHF")

/** A theme with optional specificity for its aliases (starter pack, theme-note markers), its domain and contexts. */
export interface WeightedThemeDefinition extends ThemeSignals {
	/** Weight (1–3) by lower-cased alias or name; unlisted phrases get a default by shape. */
	aliasWeights?: Record<string, number>;
	/** Aliases matched only as written, without inflections (lower-cased). */
	exactAliases?: string[];
}

export interface CompiledAlias {
	theme: number;
	phrase: string;
	words: readonly string[];
	weight: number;
	/** Context rules (indices into signals.rules) its mentions must pass. */
	contexts?: readonly number[];
	/** An acronym ("XAI"): it counts only where the text writes it in one case ("XAI", "xai"), never "xAI". */
	acronym?: boolean;
}

export interface CompiledExclusion {
	theme: number;
	phrase: string;
}

export interface CompiledThemes {
	themes: ThemeDefinition[];
	aliases: CompiledAlias[];
	exclusions: CompiledExclusion[];
	/** A reader's tag (lower-case, no `#`) → the themes it signals. */
	tagThemes: Map<string, number[]>;
	automaton: PhraseAutomaton;
	/** Aliases and exclusions whose symbols must stand in the text (C++, A/B testing). */
	literals: LiteralMatcher;
	/** Domains and context words, matched as hidden themes numbered after `themes`. */
	signals: SignalGroups;
}

/** Everyday words that say little alone, whatever theme lists them. */
const GENERIC_WORDS = new Set(
	("ai model models system systems data work job jobs safe scale policy power change future risk time " +
		"people human control law laws rule rules value values test open source learn learning train " +
		"training compute think agent predict reason problem problems thing things world market help " +
		"use user users build make new good better big large small fast slow level levels")
		.split(" "),
);
const ACRONYM = /^[A-Z][A-Z0-9]{2,}s?$/; // RLHF, TSMC, MMLU: specific by construction

/** Two capitals or more and nothing lower-case but a plural s: AI, XAI, GPUs (not Nvidia, not H100s' digits alone). */
function isCasedAcronym(phrase: string): boolean {
	const bare = phrase.trim().replace(/s$/, "");
	return /^[A-Z][A-Z0-9]*$/.test(bare) && bare.replace(/[^A-Z]/g, "").length >= 2;
}

const WORD_SEPARATOR = /[\s\-\u2010-\u2015'\u2019]/; // a phrase of several words, not one CJK word of several characters

function defaultWeight(phrase: string, words: readonly string[]): number {
	if (isLiteralPhrase(phrase)) return WEIGHT_STRONG; // C++, A/B testing, node.js: specific by construction
	if (words.length >= 2 && WORD_SEPARATOR.test(phrase.trim())) return WEIGHT_STRONG;
	if (ACRONYM.test(phrase.trim())) return WEIGHT_STRONG;
	return GENERIC_WORDS.has(words[0]) ? WEIGHT_WEAK : WEIGHT_MEDIUM;
}

/** The weight an alias gets when its theme lists none for it. */
export function defaultAliasWeight(phrase: string): number {
	return defaultWeight(phrase, phraseWords(phrase));
}

/** `lower` is the phrase trimmed and lower-cased, as aliasWeights and exactAliases list it. */
function weightOf(theme: WeightedThemeDefinition, phrase: string, lower: string, words: readonly string[], isName: boolean): number {
	const listed = theme.aliasWeights?.[lower];
	if (listed !== undefined) return Math.min(WEIGHT_STRONG, Math.max(WEIGHT_WEAK, Math.round(listed)));
	if (isName && defaultWeight(phrase, words) === WEIGHT_WEAK) return WEIGHT_MEDIUM; // the reader named it: not generic to them
	return defaultWeight(phrase, words);
}

function addAlias(state: CompileState, themeIndex: number, phrase: string, isName: boolean): void {
	const theme = state.themes[themeIndex];
	const lower = phrase.trim().toLowerCase();
	const exact = theme.exactAliases?.includes(lower) ?? false;
	if (isLiteralPhrase(phrase)) return addLiteralAlias(state, themeIndex, phrase, lower, isName, exact);
	const forms = formsOf(phrase, exact);
	if (forms.length === 0) return;
	const weight = weightOf(theme, phrase, lower, forms[0].words, isName);
	const aliasIndex = state.aliases.push({ theme: themeIndex, phrase: phrase.trim(), words: forms[0].words, weight, ...aliasMarks(state, themeIndex, phrase, lower) }) - 1;
	for (const form of forms) {
		const output = form.derived ? derivedAlias(state, aliasIndex, form.words) : aliasIndex;
		state.pending.words.push(form.words);
		state.pending.outputs.push(output);
	}
}

/** The alias a derived form of alias `aliasIndex` counts as (one per distinct form, a step lighter), added after it. */
function derivedAlias(state: CompileState, aliasIndex: number, words: readonly string[]): number {
	const phrase = words.length === 1 ? words[0] : words.join(" ");
	for (let i = aliasIndex + 1; i < state.aliases.length; i++) if (state.aliases[i].phrase === phrase) return i; // an alias's derived forms are few
	const { theme, weight, contexts, acronym } = state.aliases[aliasIndex];
	return state.aliases.push({ theme, phrase, words, weight: Math.max(WEIGHT_WEAK, weight - 1), ...(contexts ? { contexts } : {}), ...(acronym ? { acronym } : {}) }) - 1;
}

/** The context rules and the acronym mark an alias carries (none for most). */
function aliasMarks(state: CompileState, themeIndex: number, phrase: string, lower: string): Pick<CompiledAlias, "contexts" | "acronym"> {
	const contexts = state.signals.rulesByAlias[themeIndex]?.get(lower);
	return { ...(contexts ? { contexts } : {}), ...(isCasedAcronym(phrase) ? { acronym: true } : {}) };
}

/** A literal alias: its forms go to the literal matcher, one output per form and theme (the weightiest alias). */
function addLiteralAlias(state: CompileState, themeIndex: number, phrase: string, lower: string, isName: boolean, exact: boolean): void {
	const words = phraseWords(phrase);
	const weight = weightOf(state.themes[themeIndex], phrase, lower, words, isName);
	const aliasIndex = state.aliases.push({ theme: themeIndex, phrase: phrase.trim(), words, weight, ...aliasMarks(state, themeIndex, phrase, lower) }) - 1;
	for (const form of literalFormsOf(phrase, exact)) {
		const key = `${themeIndex} ${form}`;
		const rival = state.literalAliases.get(key);
		if (rival === undefined || state.aliases[rival.output].weight < weight) state.literalAliases.set(key, literalForm(form, aliasIndex));
	}
}

function addExclusion(state: CompileState, themeIndex: number, phrase: string): void {
	const literal = isLiteralPhrase(phrase);
	const forms = literal ? [] : formsOf(phrase);
	if (!literal && forms.length === 0) return;
	const index = state.exclusions.push({ theme: themeIndex, phrase: phrase.trim() }) - 1;
	for (const form of forms) {
		state.pending.words.push(form.words);
		state.pending.outputs.push(-(index + 1));
	}
	if (literal) for (const form of literalFormsOf(phrase)) state.literalExclusions.set(`${themeIndex} ${form}`, literalForm(form, -(index + 1)));
}

interface CompileState {
	/** The themes, then one hidden theme per signal group. */
	themes: WeightedThemeDefinition[];
	signals: SignalGroups;
	aliases: CompiledAlias[];
	exclusions: CompiledExclusion[];
	pending: PendingForms;
	/** Literal forms by theme and form, so a theme keeps one alias (and one exclusion) per form. */
	literalAliases: Map<string, LiteralForm>;
	literalExclusions: Map<string, LiteralForm>;
}

const KEYS_REMEMBERED = 8192; // as inflect.ts's memo of forms: cleared past this many
const phraseKeys = new Map<string, string>();

/** What decides that two phrases of a theme are the same alias (remembered: every theme edit compiles every alias again). */
function phraseKey(phrase: string): string {
	let key = phraseKeys.get(phrase);
	if (key === undefined) {
		key = isLiteralPhrase(phrase) ? `literal ${literalFormsOf(phrase, true)[0]}` : phraseWords(phrase).join(" ");
		if (phraseKeys.size >= KEYS_REMEMBERED) phraseKeys.clear();
		phraseKeys.set(phrase, key);
	}
	return key;
}

/** A node's outputs keep one alias per theme (the weightiest) and each exclusion once. */
function keepOutputs(aliases: readonly CompiledAlias[]): OutputRule {
	return (list, from, to, output) => {
		for (let i = from; i < to; i++) if (list[i] === output) return DROP;
		if (output < 0) return APPEND;
		const { theme, weight } = aliases[output];
		for (let i = from; i < to; i++) {
			const rival = list[i];
			if (rival >= 0 && aliases[rival].theme === theme) return aliases[rival].weight < weight ? i : DROP;
		}
		return APPEND;
	};
}

/** Compiles themes (starter pack or theme notes) into the matcher's automaton. */
export function compileThemes(themes: ThemeDefinition[]): CompiledThemes {
	const signals = compileSignals(themes);
	const hidden = signals.groups.map((phrases, g): WeightedThemeDefinition => ({ id: `throughline-signal-${g}`, name: phrases[0], path: null, aliases: phrases, exclusions: [], tags: [] }));
	const state: CompileState = { themes: [...themes, ...hidden], signals, aliases: [], exclusions: [], pending: { words: [], outputs: [] }, literalAliases: new Map(), literalExclusions: new Map() };
	const tagThemes = new Map<string, number[]>();
	themes.forEach((theme, index) => {
		const seen = new Set<string>();
		const addPhrase = (phrase: string, isName: boolean): void => {
			const key = phraseKey(phrase);
			if (!key || seen.has(key)) return;
			seen.add(key);
			addAlias(state, index, phrase, isName);
		};
		addPhrase(theme.name, true);
		for (const alias of theme.aliases) addPhrase(alias, false);
		for (const exclusion of theme.exclusions) addExclusion(state, index, exclusion);
		for (const tag of theme.tags) addTagTheme(tagThemes, tag, index);
		addTagTheme(tagThemes, theme.id, index);
		addTagTheme(tagThemes, theme.name, index);
	});
	hidden.forEach((group, g) => addSignalGroup(state, themes.length + g, group.aliases));
	const automaton = buildAutomaton(state.pending, keepOutputs(state.aliases));
	const literals = buildLiteralMatcher([...state.literalAliases.values(), ...state.literalExclusions.values()]);
	return { themes, aliases: state.aliases, exclusions: state.exclusions, tagThemes, automaton, literals, signals };
}

/** A signal group's phrases, as aliases of its hidden theme (after every real theme's, so theirs keep their indices). */
function addSignalGroup(state: CompileState, themeIndex: number, phrases: readonly string[]): void {
	const seen = new Set<string>();
	for (const phrase of phrases) {
		const key = phraseKey(phrase);
		if (!key || seen.has(key)) continue;
		seen.add(key);
		addAlias(state, themeIndex, phrase, false);
	}
}

/** Theme `index` is signalled by the tag (once, however many of its labels normalise to it). */
function addTagTheme(tagThemes: Map<string, number[]>, label: string, index: number): void {
	const tag = normaliseTag(label);
	if (!tag) return;
	const list = tagThemes.get(tag);
	if (list === undefined) tagThemes.set(tag, [index]);
	else if (!list.includes(index)) list.push(index);
}

/** A tag as compared with theme tags: lower-case, no `#`, spaces as hyphens. */
export function normaliseTag(tag: string): string {
	return tag.trim().replace(/^#/, "").toLowerCase().replace(/\s+/g, "-");
}
