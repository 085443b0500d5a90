// A small fingerprint of a note's words: a Bloom filter of the hashes of its distinct folded words,
// and of each pair of long words that follow each other outside excluded ranges (the matcher reads
// over those as spaces). When a theme's aliases change, only the notes whose fingerprint may hold
// every word and every long pair of one of the alias's forms (the matcher's own forms: inflections,
// joined hyphen pairs, derivations) are read again. Words and folding are the matcher's own
// (themes/chars.ts), so the filter never misses a match.
// The filter's bits live in a region of an Int32Array (the record's numbers), `words` 32-bit words long.

import { phraseWords } from "../text/chars";
import { formsOf } from "../themes/inflect";
import { isLiteralPhrase, literalFormsOf } from "../themes/literal";
import { FILTER_BITS_PER_KEY, FILTER_PROBES } from "./key-set";
import { type KeySet, mix, pairKey, pairable, startPrefixWalk } from "./prefix-walk";
import { isUnprobed, wordKey } from "./unprobed-words";

export { type PrefixWalk, startPrefixWalk } from "./prefix-walk";
export { wordKey } from "./unprobed-words";

const BITS_PER_KEY = FILTER_BITS_PER_KEY;
const PROBES = FILTER_PROBES;
const MIN_WORDS = 2; // 64 bits: an empty or tiny note still gets a usable filter

/** 32-bit words of the filter of a note with `keyCount` distinct words. */
export function fingerprintWords(keyCount: number): number {
	return Math.max(MIN_WORDS, Math.ceil((keyCount * BITS_PER_KEY) / 32));
}

function setKey(bits: Int32Array, offset: number, words: number, key: number): void {
	const size = words * 32;
	const step = mix(key);
	for (let j = 0; j < PROBES; j++) {
		const position = ((key + Math.imul(j, step)) >>> 0) % size;
		bits[offset + (position >>> 5)] |= 1 << (position & 31);
	}
}

/** Writes the filter of the probed keys into bits[offset, offset + fingerprintWords(keys.probed)), which must be zero. */
export function writeFingerprint(keys: KeySet, bits: Int32Array, offset: number): void {
	const words = fingerprintWords(keys.probed);
	for (let n = 0; n < keys.probed; n++) setKey(bits, offset, words, keys.keys[n]);
}

/** The filter of a whole text on its own (frontmatter included: a superset is safe). */
export function buildFingerprint(raw: string): Int32Array {
	const keys = startPrefixWalk().finish(raw);
	const bits = new Int32Array(fingerprintWords(keys.probed));
	writeFingerprint(keys, bits, 0);
	return bits;
}

/** The forms of a phrase as lists of word keys: a note can hold the phrase only if it holds every word of one form. */
export type PhraseProbe = number[][];

/**
 * The keys of one form: each pair of long words in a row (as the walk adds them), then its words; a
 * key no filter holds (unprobed-words.ts: a listed word's, or a pair's that happens to equal one) is
 * not asked for.
 */
function formKeys(words: readonly string[], withPairs: boolean): number[] {
	const keys = words.map(wordKey);
	const pairs: number[] = [];
	for (let i = 1; withPairs && i < words.length; i++) {
		if (pairable(words[i - 1].length, words[i - 1].charCodeAt(0)) && pairable(words[i].length, words[i].charCodeAt(0))) pairs.push(pairKey(keys[i - 1], keys[i]));
	}
	return [...pairs, ...keys].filter((key) => !isUnprobed(key)); // pairs first: the rarest keys, so most filters are ruled out at the first probe
}

/** Every form the matcher may recognise for an alias or exclusion (a superset of what it compiles). */
export function phraseProbe(phrase: string): PhraseProbe {
	const literal = isLiteralPhrase(phrase); // a literal phrase may be matched across symbols: its words alone are probed
	const forms = literal ? literalFormsOf(phrase).map(phraseWords) : formsOf(phrase).map((form) => form.words);
	const seen = new Set<string>();
	const probe: PhraseProbe = [];
	for (const words of forms) {
		const key = words.join(" ");
		if (words.length === 0 || seen.has(key)) continue;
		seen.add(key);
		probe.push(formKeys(words, !literal));
	}
	return probe;
}

/** Probes flattened for a sweep over thousands of filters: each key with its step, forms as runs. */
export interface FlatProbes {
	keys: Int32Array;
	steps: Int32Array;
	/** End (exclusive) in keys of each form; a form is held when every one of its keys is. */
	formEnds: Int32Array;
}

export function flattenProbes(probes: readonly PhraseProbe[]): FlatProbes {
	const forms = probes.flat();
	const keys = new Int32Array(forms.reduce((sum, form) => sum + form.length, 0));
	const formEnds = new Int32Array(forms.length);
	let at = 0;
	forms.forEach((form, f) => {
		for (const key of form) keys[at++] = key;
		formEnds[f] = at;
	});
	return { keys, steps: keys.map(mix), formEnds };
}

const FORMS_PER_MASK = 31; // forms judged together in the first pass: one bit each of a 32-bit mask

/** Bit `position` of a filter's bits (1 or 0), where position = unsigned mod size. */
function bitAt(bits: Int32Array, offset: number, unsigned: number, size: number, inverse: number): number {
	let position = unsigned - Math.floor(unsigned * inverse) * size; // unsigned mod size without the slow modulo past 2^31 (the quotient may be one off)
	if (position < 0) position += size;
	else if (position >= size) position -= size;
	return (bits[offset + (position >>> 5)] >>> (position & 31)) & 1;
}

/**
 * The first pass over forms first … last - 1: the first two probes of each form's first key (its
 * rarest), read without a branch between them so the loads overlap; a bit per form still possible.
 */
function survivors(bits: Int32Array, offset: number, size: number, inverse: number, flat: FlatProbes, first: number, last: number): number {
	let alive = 0;
	for (let f = first; f < last; f++) {
		const k = f === 0 ? 0 : flat.formEnds[f - 1];
		if (k === flat.formEnds[f]) {
			alive |= 1 << (f - first); // a form without keys is held by every filter
			continue;
		}
		const key = flat.keys[k];
		const both = bitAt(bits, offset, key >>> 0, size, inverse) & bitAt(bits, offset, (key + flat.steps[k]) >>> 0, size, inverse);
		alive |= both << (f - first);
	}
	return alive;
}

/** Whether form f holds every probe of every key (the full test, for the few forms the first pass leaves). */
function formHeld(bits: Int32Array, offset: number, size: number, inverse: number, flat: FlatProbes, f: number): boolean {
	for (let k = f === 0 ? 0 : flat.formEnds[f - 1]; k < flat.formEnds[f]; k++) {
		for (let j = 0; j < PROBES; j++) {
			if (bitAt(bits, offset, (flat.keys[k] + Math.imul(j, flat.steps[k])) >>> 0, size, inverse) === 0) return false;
		}
	}
	return true;
}

/** Whether the filter at bits[offset, offset + words) may hold one form of any flattened probe (false means surely not). */
export function mayContainAny(bits: Int32Array, offset: number, words: number, flat: FlatProbes): boolean {
	const size = words * 32;
	const inverse = 1 / size;
	const forms = flat.formEnds.length;
	for (let first = 0; first < forms; first += FORMS_PER_MASK) {
		const last = Math.min(forms, first + FORMS_PER_MASK);
		const alive = survivors(bits, offset, size, inverse, flat, first, last);
		if (alive === 0) continue;
		for (let f = first; f < last; f++) if ((alive >>> (f - first)) & 1 && formHeld(bits, offset, size, inverse, flat, f)) return true;
	}
	return false;
}

/** Whether a whole-text filter may hold the phrase in one of its forms. */
export function mayContainPhrase(bits: Int32Array, phrase: string): boolean {
	return mayContainAny(bits, 0, bits.length, flattenProbes([phraseProbe(phrase)]));
}
