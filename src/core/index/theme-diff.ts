// What a theme edit can change, in terms a record can be tested against without reading its note:
// the alias and exclusion phrases added or removed (probed against the note's fingerprint), the tags
// and names gained or lost (against its tags and exclusions), and whether every note already
// mentioning the theme must be read again (the theme went away, or its weights changed).

import type { ThemeDefinition } from "../model";
import { phraseWords } from "../text/chars";
import { normaliseTag } from "../themes/matcher";
import { type PhraseProbe, phraseProbe } from "./fingerprint";

/** Fields of a theme definition whose change only moves phrases and tags; anything else re-reads its notes. */
const PHRASE_FIELDS = new Set(["id", "name", "path", "aliases", "exclusions", "tags"]);

export interface ThemeTouch {
	/** Phrases whose forms a note must hold to be affected. */
	probes: PhraseProbe[];
	/** The phrases the probes stand for (a note that holds none of them cannot change by this touch). */
	phrases: string[];
	/** Normalised tags gained or lost: a note carrying one is affected. */
	tags: Set<string>;
	/** Normalised ids and names gained or lost: a note excluding one of them is affected. */
	names: Set<string>;
	/** Every note that mentions the theme or has a decision about it is affected. */
	everyNote: boolean;
}

/** Tags that signal a theme, as the compiler reads them. */
export function themeTags(theme: ThemeDefinition): Set<string> {
	return new Set([...theme.tags, theme.id, theme.name].map(normaliseTag).filter((t) => t.length > 0));
}

function symmetricDifference<T>(a: Iterable<T>, b: Iterable<T>): Set<T> {
	const left = new Set(a);
	const right = new Set(b);
	const out = new Set<T>();
	for (const value of left) if (!right.has(value)) out.add(value);
	for (const value of right) if (!left.has(value)) out.add(value);
	return out;
}

function sameSequence(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** Name and aliases that changed, with every phrase of the same words (the compiler keeps one per words). */
function touchedPhrases(before: ThemeDefinition, after: ThemeDefinition): Set<string> {
	const old = [before.name, ...before.aliases];
	const now = [after.name, ...after.aliases];
	const touched = symmetricDifference(old, now);
	if (!sameSequence(old.filter((p) => !touched.has(p)), now.filter((p) => !touched.has(p)))) return new Set([...old, ...now]); // reordered: which duplicate wins may change
	const keys = new Set([...touched].map((p) => phraseWords(p).join(" ")));
	for (const phrase of [...old, ...now]) if (keys.has(phraseWords(phrase).join(" "))) touched.add(phrase);
	return touched;
}

/**
 * Whether two JSON-like values read the same (key order aside; an undefined value and a missing key
 * alike), without writing either out: every theme edit compares every theme, and JSON texts of them
 * all were garbage. Anything JSON would not keep as it is (NaN, undefined in an array) reads as a change.
 */
export function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a)) {
		const other = b as unknown[];
		if (a.length !== other.length) return false;
		for (let i = 0; i < a.length; i++) if (a[i] === undefined || !sameJson(a[i], other[i])) return false;
		return true;
	}
	const left = a as Record<string, unknown>;
	const right = b as Record<string, unknown>;
	for (const key in left) if (Object.prototype.hasOwnProperty.call(left, key) && !sameJson(left[key], ownValue(right, key))) return false;
	for (const key in right) if (Object.prototype.hasOwnProperty.call(right, key) && right[key] !== undefined && ownValue(left, key) === undefined) return false;
	return true;
}

function ownValue(record: Record<string, unknown>, key: string): unknown {
	return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function otherFieldsChanged(before: ThemeDefinition, after: ThemeDefinition): boolean {
	const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
	for (const key of keys) {
		if (PHRASE_FIELDS.has(key)) continue;
		const a = (before as unknown as Record<string, unknown>)[key];
		const b = (after as unknown as Record<string, unknown>)[key];
		if (!sameJson(a, b)) return true;
	}
	return false;
}

function everything(theme: ThemeDefinition): string[] {
	return [theme.name, ...theme.aliases, ...theme.exclusions];
}

/** What changing `before` into `after` (either may be missing: added or removed) can affect. */
export function themeTouch(before: ThemeDefinition | undefined, after: ThemeDefinition | undefined): ThemeTouch {
	const namesOf = (t: ThemeDefinition | undefined): string[] => (t ? [t.id, t.name].map(normaliseTag) : []);
	const names = symmetricDifference(namesOf(before), namesOf(after));
	const tags = symmetricDifference(before ? themeTags(before) : [], after ? themeTags(after) : []);
	if (!before || !after) {
		const phrases = after ? everything(after) : []; // a removed theme's notes all hold its mentions or decisions
		return { probes: phrases.map(phraseProbe), phrases, tags, names, everyNote: true };
	}
	if (otherFieldsChanged(before, after)) {
		const phrases = [...new Set([...everything(before), ...everything(after)])];
		return { probes: phrases.map(phraseProbe), phrases, tags, names, everyNote: true };
	}
	const phrases = [...new Set([...touchedPhrases(before, after), ...symmetricDifference(before.exclusions, after.exclusions)])];
	return { probes: phrases.map(phraseProbe), phrases, tags, names, everyNote: false };
}
