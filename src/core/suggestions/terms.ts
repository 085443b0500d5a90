// How the written forms of one term are recognised as one: "GPT-4", "GPT 4" and "gpt4"; "LLM" and
// "LLMs"; "pre-training" and "pretraining". And how an acronym finds its expansion ("LLMs" and
// "large language models"): the initials of the expansion's words, function words aside.

import { foldCode } from "../text/chars";
import { STOP_WORDS } from "./stop-words";

const SHORTEST_PLURAL = 4; // "gps", "bus", "ads" keep their s: a plural is folded from four letters on
const ACRONYM_LETTERS = /^[A-Z][A-Z0-9]{1,5}s?$/; // "AI", "LLMs", "RLHF", "GPT4": capitals, maybe digits, maybe a plural s
const LETTER_OR_DIGIT = /[a-z0-9]/;

/** The singular of an English plural, or the word itself. Lower case. */
export function singular(word: string): string {
	if (word.length < SHORTEST_PLURAL || !word.endsWith("s")) return word;
	if (word.endsWith("ies") && word.length > SHORTEST_PLURAL) return `${word.slice(0, -3)}y`;
	if (word.endsWith("sses")) return word.slice(0, -2);
	if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) return word;
	return word.slice(0, -1);
}

/** Whether a character separates the words of a term's key: white space, a hyphen or an apostrophe. */
function separates(code: number): boolean {
	return code <= 32 || code === 45 || code === 39 || code === 0x2010 || code === 0x2011 || code === 0x2019 || code === 0xa0;
}

/**
 * One key for every way of writing a term: lower case, no spaces, hyphens or apostrophes, the last
 * word singular. A loop over the characters, no regex: the tallies key every new phrase, and a warm
 * start keys every stored one.
 */
export function variantKey(phrase: string): string {
	let key = "";
	let lastWord = 0; // where the last word starts in `key`
	let between = true;
	for (let i = 0; i < phrase.length; i++) {
		const code = phrase.charCodeAt(i);
		if (separates(code)) {
			between = true;
			continue;
		}
		if (between) lastWord = key.length;
		between = false;
		key += String.fromCharCode(foldCode(code));
	}
	return key.slice(0, lastWord) + singular(key.slice(lastWord));
}

/** The letters of an acronym as written ("LLMs" → "llm"), or null when the form is no acronym. */
export function acronymOf(surface: string): string | null {
	const first = surface.charCodeAt(0);
	if (first < 65 || first > 90 || surface.length > 7) return null; // an acronym opens with a capital and is short: most terms stop here
	if (!ACRONYM_LETTERS.test(surface)) return null;
	const letters = surface.endsWith("s") ? surface.slice(0, -1) : surface;
	return /[A-Z].*[A-Z]|[A-Z]{2}/.test(letters) ? letters.toLowerCase() : null;
}

/** The initials of a phrase's words, function words aside ("reinforcement learning from human feedback" → "rlhf"); "" for one word. */
export function initialsOf(phrase: string): string {
	if (!/[\s\-‐‑]/.test(phrase)) return ""; // one word: most terms stop here
	const words = phrase.toLowerCase().split(/[\s\-‐‑]+/).filter((w) => w.length > 0 && !STOP_WORDS.has(w));
	if (words.length < 2) return "";
	let initials = "";
	for (const word of words) if (LETTER_OR_DIGIT.test(word[0])) initials += word[0];
	return initials.length === words.length ? initials : "";
}
