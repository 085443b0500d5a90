// Compiles theme definitions into one phrase automaton over words: every alias and exclusion is
// expanded into its forms, every distinct folded word gets an id in a hash table keyed by the same
// hash the scanner computes on the fly, and phrases become paths in a trie of word ids. Phrases
// whose symbols are part of the name (C++, A/B testing) go to the literal matcher instead.

import type { ThemeDefinition } from "../model";
import { hashWord, phraseWords } from "./chars";
import { formsOf } from "./inflect";
import { buildLiteralMatcher, isLiteralPhrase, literalForm, literalFormsOf, type LiteralForm, type LiteralMatcher } from "./literal";
import { buildWordFilter } from "./word-filter";

/** How much one occurrence of an alias says about its theme. */
export const WEIGHT_WEAK = 1; // a generic word ("scale", "data"): supports, never links alone
export const WEIGHT_MEDIUM = 2; // a specific word ("interpretability", "benchmark")
export const WEIGHT_STRONG = 3; // a specific phrase or term ("scaling laws", "RLHF")

/** A theme with optional specificity for its aliases (starter pack, theme-note markers). */
export interface WeightedThemeDefinition extends ThemeDefinition {
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
}

export interface CompiledExclusion {
	theme: number;
	phrase: string;
}

/** The word-level trie the scanner walks. Outputs: alias index ≥ 0, exclusion i as -(i + 1). */
export interface PhraseAutomaton {
	hashKeys: Int32Array;
	hashIds: Int32Array;
	hashMask: number;
	vocab: string[];
	rootNext: Int32Array;
	/** Transitions below the root: open addressing on key node × vocabulary size + word id. */
	nextKeys: Int32Array;
	nextNodes: Int32Array;
	nextMask: number;
	outputs: Array<Int32Array | null>;
	maxWords: number;
	/** One byte per slice of the hash space, for the scan's fast path: see word-filter.ts. */
	wordFilter: Uint8Array;
	/** The filter's slot of a hash is `hash >>> filterShift` (its high bits). */
	filterShift: number;
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

const WORD_SEPARATOR = /[\s\-\u2010-\u2015'\u2019]/; // a phrase of several words, not one CJK word of several characters

function defaultWeight(phrase: string, words: readonly string[]): number {
	if (isLiteralPhrase(phrase)) return WEIGHT_STRONG; // C++, A/B testing, node.js: specific by construction
	if (words.length >= 2 && WORD_SEPARATOR.test(phrase.trim())) return WEIGHT_STRONG;
	if (ACRONYM.test(phrase.trim())) return WEIGHT_STRONG;
	return GENERIC_WORDS.has(words[0]) ? WEIGHT_WEAK : WEIGHT_MEDIUM;
}

interface PendingForm {
	words: readonly string[];
	output: number;
}

function weightOf(theme: WeightedThemeDefinition, phrase: string, words: readonly string[], isName: boolean): number {
	const listed = theme.aliasWeights?.[phrase.trim().toLowerCase()];
	if (listed !== undefined) return Math.min(WEIGHT_STRONG, Math.max(WEIGHT_WEAK, Math.round(listed)));
	if (isName && defaultWeight(phrase, words) === WEIGHT_WEAK) return WEIGHT_MEDIUM; // the reader named it: not generic to them
	return defaultWeight(phrase, words);
}

function addAlias(state: CompileState, themeIndex: number, phrase: string, isName: boolean): void {
	const theme = state.themes[themeIndex];
	const exact = theme.exactAliases?.includes(phrase.trim().toLowerCase()) ?? false;
	if (isLiteralPhrase(phrase)) return addLiteralAlias(state, themeIndex, phrase, isName, exact);
	const forms = formsOf(phrase, exact);
	if (forms.length === 0) return;
	const weight = weightOf(theme, phrase, forms[0].words, isName);
	const aliasIndex = state.aliases.push({ theme: themeIndex, phrase: phrase.trim(), words: forms[0].words, weight }) - 1;
	const derivedIndex = new Map<string, number>();
	for (const form of forms) {
		let output = aliasIndex;
		if (form.derived) {
			const key = form.words.join(" ");
			output = derivedIndex.get(key) ?? state.aliases.push({ theme: themeIndex, phrase: key, words: form.words, weight: Math.max(WEIGHT_WEAK, weight - 1) }) - 1;
			derivedIndex.set(key, output);
		}
		state.pending.push({ words: form.words, output });
	}
}

/** A literal alias: its forms go to the literal matcher, one output per form and theme (the weightiest alias). */
function addLiteralAlias(state: CompileState, themeIndex: number, phrase: string, isName: boolean, exact: boolean): void {
	const words = phraseWords(phrase);
	const weight = weightOf(state.themes[themeIndex], phrase, words, isName);
	const aliasIndex = state.aliases.push({ theme: themeIndex, phrase: phrase.trim(), words, weight }) - 1;
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
	for (const form of forms) state.pending.push({ words: form.words, output: -(index + 1) });
	if (literal) for (const form of literalFormsOf(phrase)) state.literalExclusions.set(`${themeIndex} ${form}`, literalForm(form, -(index + 1)));
}

interface CompileState {
	themes: WeightedThemeDefinition[];
	aliases: CompiledAlias[];
	exclusions: CompiledExclusion[];
	pending: PendingForm[];
	/** Literal forms by theme and form, so a theme keeps one alias (and one exclusion) per form. */
	literalAliases: Map<string, LiteralForm>;
	literalExclusions: Map<string, LiteralForm>;
}

/** What decides that two phrases of a theme are the same alias. */
function phraseKey(phrase: string): string {
	return isLiteralPhrase(phrase) ? `literal ${literalFormsOf(phrase, true)[0]}` : phraseWords(phrase).join(" ");
}

/** Compiles themes (starter pack or theme notes) into the matcher's automaton. */
export function compileThemes(themes: ThemeDefinition[]): CompiledThemes {
	const state: CompileState = { themes, aliases: [], exclusions: [], pending: [], literalAliases: new Map(), literalExclusions: new Map() };
	const tagThemes = new Map<string, number[]>();
	themes.forEach((theme, index) => {
		const seen = new Set<string>();
		for (const [phrase, isName] of [[theme.name, true] as const, ...theme.aliases.map((a) => [a, false] as const)]) {
			const key = phraseKey(phrase);
			if (!key || seen.has(key)) continue;
			seen.add(key);
			addAlias(state, index, phrase, isName);
		}
		for (const exclusion of theme.exclusions) addExclusion(state, index, exclusion);
		for (const tag of new Set([...theme.tags, theme.id, theme.name].map(normaliseTag))) {
			if (!tag) continue;
			const list = tagThemes.get(tag) ?? [];
			if (!list.includes(index)) list.push(index);
			tagThemes.set(tag, list);
		}
	});
	const automaton = buildAutomaton(state.pending, state.aliases);
	const literals = buildLiteralMatcher([...state.literalAliases.values(), ...state.literalExclusions.values()]);
	return { themes, aliases: state.aliases, exclusions: state.exclusions, tagThemes, automaton, literals };
}

/** A tag as compared with theme tags: lower-case, no `#`, spaces as hyphens. */
export function normaliseTag(tag: string): string {
	return tag.trim().replace(/^#/, "").toLowerCase().replace(/\s+/g, "-");
}

function buildVocabulary(pending: PendingForm[]): { vocab: string[]; ids: Map<string, number> } {
	const ids = new Map<string, number>();
	for (const form of pending) for (const word of form.words) if (!ids.has(word)) ids.set(word, ids.size);
	return { vocab: [...ids.keys()], ids };
}

function buildHashTable(vocab: string[]): { hashKeys: Int32Array; hashIds: Int32Array; hashMask: number } {
	let size = 16;
	while (size < vocab.length * 4) size *= 2; // load ≤ 1/4: most lookups end at the first probe
	const hashKeys = new Int32Array(size);
	const hashIds = new Int32Array(size).fill(-1);
	vocab.forEach((word, id) => {
		const hash = hashWord(word);
		let slot = hash & (size - 1);
		while (hashIds[slot] !== -1) slot = (slot + 1) & (size - 1);
		hashKeys[slot] = hash;
		hashIds[slot] = id;
	});
	return { hashKeys, hashIds, hashMask: size - 1 };
}

/** Adds an output to a trie node, keeping one alias per theme (the weightiest) and one exclusion per theme. */
function addOutput(lists: number[][], node: number, output: number, aliases: CompiledAlias[]): void {
	const list = (lists[node] ??= []);
	if (list.includes(output)) return;
	if (output >= 0) {
		const theme = aliases[output].theme;
		const rival = list.findIndex((o) => o >= 0 && aliases[o].theme === theme);
		if (rival >= 0) {
			if (aliases[list[rival]].weight < aliases[output].weight) list[rival] = output;
			return;
		}
	}
	list.push(output);
}

function buildAutomaton(pending: PendingForm[], aliases: CompiledAlias[]): PhraseAutomaton {
	const { vocab, ids } = buildVocabulary(pending);
	const vocabSize = Math.max(1, vocab.length);
	const rootNext = new Int32Array(vocabSize).fill(-1);
	const next = new Map<number, number>();
	const lists: number[][] = [[]];
	let nodes = 1;
	let maxWords = 1;
	for (const form of pending) {
		let node = 0;
		for (const word of form.words) {
			const id = ids.get(word) as number;
			const found = node === 0 ? rootNext[id] : next.get(node * vocabSize + id) ?? -1;
			if (found >= 0) node = found;
			else {
				const created = nodes++;
				if (node === 0) rootNext[id] = created;
				else next.set(node * vocabSize + id, created);
				node = created;
			}
		}
		maxWords = Math.max(maxWords, form.words.length);
		addOutput(lists, node, form.output, aliases);
	}
	const outputs: Array<Int32Array | null> = [];
	for (let node = 0; node < nodes; node++) outputs.push(lists[node]?.length ? Int32Array.from(lists[node]) : null);
	return { ...buildHashTable(vocab), vocab, rootNext, ...buildTransitionTable(next), outputs, maxWords, ...buildWordFilter(pending) };
}

/** Slot of a transition key in a table of `mask + 1` slots (multiplicative hashing). */
export function transitionSlot(key: number, mask: number): number {
	return Math.imul(key, 0x9e3779b1) >>> 16 & mask;
}

function buildTransitionTable(next: Map<number, number>): { nextKeys: Int32Array; nextNodes: Int32Array; nextMask: number } {
	let size = 16;
	while (size < next.size * 2) size *= 2; // load ≤ 1/2: short probe runs
	const nextKeys = new Int32Array(size).fill(-1);
	const nextNodes = new Int32Array(size);
	for (const [key, node] of next) {
		let slot = transitionSlot(key, size - 1);
		while (nextKeys[slot] !== -1) slot = (slot + 1) & (size - 1);
		nextKeys[slot] = key;
		nextNodes[slot] = node;
	}
	return { nextKeys, nextNodes, nextMask: size - 1 };
}

