// Expands an alias into the forms a text may use, at compile time, instead of stemming the text
// (stemmers over-merge: organization → organ). Only the last word of a phrase is inflected
// ("scaling law" → "scaling laws"); a hyphenated pair also matches written as one word
// ("post-training" → "posttraining"). English rules only fire on plain a–z words; other
// scripts, acronyms with digits and short words keep their exact form.

import { phraseWords } from "../text/chars";

/** One way an alias can be written: its folded words, and whether it is a derived (looser) form. */
export interface AliasForm {
	words: readonly string[]; // shared by every compile that reads the alias (formsOf remembers them): never changed
	derived: boolean;
}

const LATIN_WORD = /^[a-z]+$/;
const MIN_INFLECTED_LENGTH = 3; // "ai", "ml", "rl" stay exact: inflecting them invents words
const VOWELS = "aeiou";

function isConsonant(ch: string | undefined): boolean {
	return ch !== undefined && !VOWELS.includes(ch);
}

function pluralOf(word: string): string[] {
	if (/(s|x|z|ch|sh)$/.test(word)) return [word + "es"];
	if (word.endsWith("y") && isConsonant(word[word.length - 2])) return [word.slice(0, -1) + "ies"];
	return [word + "s"];
}

function singularOf(word: string): string[] {
	if (word.endsWith("ies") && word.length > 4) return [word.slice(0, -3) + "y"];
	if (/(sses|xes|zes|ches|shes)$/.test(word)) return [word.slice(0, -2)];
	if (word.endsWith("s") && !/(ss|us|is)$/.test(word)) return [word.slice(0, -1)];
	return [];
}

/** -ed and -ing forms: scale → scaled, scaling; plan → planned, planning; apply → applied. */
function verbFormsOf(word: string): string[] {
	if (word.endsWith("ing") || word.endsWith("ed")) return [];
	if (word.endsWith("s") && !/(ss|us|is)$/.test(word)) return []; // already a plural or third person
	if (word.endsWith("e") && !word.endsWith("ee")) return [word + "d", word.slice(0, -1) + "ing"];
	if (word.endsWith("y") && isConsonant(word[word.length - 2])) return [word.slice(0, -1) + "ied", word + "ing"];
	const forms = [word + "ed", word + "ing"];
	const n = word.length;
	const shortClosed = n <= 5 && isConsonant(word[n - 1]) && !"wxy".includes(word[n - 1]) && !isConsonant(word[n - 2]) && isConsonant(word[n - 3]);
	if (shortClosed) forms.push(word + word[n - 1] + "ed", word + word[n - 1] + "ing");
	return forms;
}

/** Inflections of one word: plural/singular and verb forms, with the plural of each verb form. */
export function inflectionsOf(word: string): string[] {
	if (!LATIN_WORD.test(word) || word.length < MIN_INFLECTED_LENGTH) return [word];
	const forms = new Set<string>([word]);
	for (const form of [...pluralOf(word), ...singularOf(word), ...verbFormsOf(word)]) forms.add(form);
	if (word.endsWith("ing")) forms.add(word + "s");
	return [...forms];
}

/** Suffix families whose members name the same idea: emergence ~ emergent, interpretability ~ interpretable. */
const SUFFIX_FAMILIES: ReadonlyArray<readonly string[]> = [
	["ence", "ent", "ency"],
	["ance", "ant", "ancy"],
	["ability", "able"],
	["ibility", "ible"],
	["ism", "ist"],
];
const MIN_STEM_LENGTH = 4; // "able" → "" or "ent" → "" are not words

/** Related words by suffix swap, and the bare verb under -able ("interpretable" → "interpret"). */
export function derivationsOf(word: string): string[] {
	if (!LATIN_WORD.test(word)) return [];
	const related = new Set<string>();
	for (const family of SUFFIX_FAMILIES) {
		const suffix = family.find((s) => word.endsWith(s));
		if (!suffix || word.length - suffix.length < MIN_STEM_LENGTH) continue;
		const stem = word.slice(0, -suffix.length);
		for (const other of family) if (other !== suffix) related.add(stem + other);
		if (suffix === "ability" || suffix === "able") related.add(stem);
	}
	related.delete(word);
	return [...related];
}

function withLastWord(words: string[], last: string): string[] {
	return [...words.slice(0, -1), last];
}

const FORMS_REMEMBERED = 8192; // a vault's aliases and exclusions number a few thousand; the memo is cleared past this many
const formsMemo = new Map<string, readonly AliasForm[]>();

/** Every form of an alias the matcher should recognise, exact and inflected, remembered: themes are compiled again on every theme edit, and their aliases rarely change. Shared: never to be changed. */
export function formsOf(alias: string, exactOnly = false): readonly AliasForm[] {
	const key = exactOnly ? `\u0000${alias}` : alias; // NUL never stands in an alias
	let forms = formsMemo.get(key);
	if (forms === undefined) {
		forms = computeForms(alias, exactOnly);
		if (formsMemo.size >= FORMS_REMEMBERED) formsMemo.clear();
		formsMemo.set(key, forms);
	}
	return forms;
}

function computeForms(alias: string, exactOnly: boolean): AliasForm[] {
	const words = phraseWords(alias);
	if (words.length === 0) return [];
	const forms: AliasForm[] = [{ words, derived: false }];
	const joined = /^[^\s-]+-[^\s-]+$/.test(alias.trim()) && words.length === 2 ? [words.join("")] : [];
	if (exactOnly) return forms;
	if (/\d/.test(alias) && words.length === 1) {
		forms.push({ words: [words[0] + "s"], derived: false }); // H100 → H100s, nothing else
		return forms;
	}
	const last = words[words.length - 1];
	for (const form of inflectionsOf(last)) if (form !== last) forms.push({ words: withLastWord(words, form), derived: false });
	for (const single of joined) for (const form of inflectionsOf(single)) forms.push({ words: [form], derived: false });
	if (words.length === 1) {
		for (const related of derivationsOf(last)) {
			for (const form of inflectionsOf(related)) forms.push({ words: [form], derived: true });
		}
	}
	return forms;
}
