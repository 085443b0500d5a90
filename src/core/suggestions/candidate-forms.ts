// A note's best phrases turned into candidates: each written as the note writes it mid-sentence,
// and the forms of one term ("GPT-4", "gpt4") merged into the best one's. Terms are told apart by
// the hash of their key read from the note's words (term-hash.ts): a string is built only for the
// phrases kept, not for every phrase weighed.

import type { PhraseCandidate } from "../index/record";
import type { PhraseTable } from "./candidates";
import { hashKey, termHash, termHashOfWords } from "./term-hash";
import { variantKey } from "./terms";
import type { Tokens } from "./tokens";

const KEY_SPREAD = 0x200000; // 2^21: hash A above 21 bits of hash B make one 53-bit number, exact in a double

/**
 * The phrase tokens[from..] as written, one space between words, joiners made plain. A phrase only
 * seen opening sentences loses the capital the sentence gave it ("Scaling laws" → "scaling laws"),
 * and a heading in capitals is lower-cased; a name keeps its own capitals ("OpenAI", "GPT-4").
 */
function surfaceText(raw: string, tokens: Tokens, from: number, words: number, opensSentence: boolean): string {
	const parts: string[] = [];
	for (let t = from; t < from + words; t++) parts.push(wordText(raw, tokens.start[t], tokens.end[t]));
	if (words > 1 && parts.every((part) => part === part.toUpperCase())) return parts.join(" ").toLowerCase(); // "SCALING LAWS", a heading
	if (opensSentence && parts[0].slice(1) === parts[0].slice(1).toLowerCase()) parts[0] = parts[0].toLowerCase();
	return words === 1 ? parts[0] : parts.join(" "); // a lone word may be a slice of the note: PhraseTallies keeps a copy, never it
}

/** The text of raw[start, end), joiners made plain: ASCII as it stands, other text a code at a time. */
function wordText(raw: string, start: number, end: number): string {
	let ascii = true;
	for (let i = start; i < end && ascii; i++) ascii = raw.charCodeAt(i) < 128;
	if (ascii) return raw.slice(start, end);
	let word = "";
	for (let i = start; i < end; i++) word += String.fromCharCode(normaliseJoiner(raw.charCodeAt(i)));
	return word;
}

function normaliseJoiner(code: number): number {
	if (code === 0x2019) return 39; // curly apostrophe
	if (code === 0x2010 || code === 0x2011) return 45; // typographic hyphens
	return code;
}

/** The entries as candidates, best first, the forms of one term merged into the best one's; at most `limit`. */
export function mergedForms(raw: string, tokens: Tokens, table: PhraseTable, entries: readonly number[], limit: number): PhraseCandidate[] {
	const byKey = new Map<number, PhraseCandidate>();
	const out: PhraseCandidate[] = [];
	for (const entry of entries) {
		const shown = table.shown[entry];
		const from = shown >= 0 ? shown : table.first[entry];
		const words = table.words[entry];
		let phrase: string | null = null;
		if (!termHashOfWords(raw, tokens.start, tokens.end, from, words)) hashKey(variantKey((phrase = surfaceText(raw, tokens, from, words, shown < 0))));
		const key = (termHash.a >>> 0) * KEY_SPREAD + (termHash.b >>> 11);
		const uses = table.count[entry];
		const known = byKey.get(key);
		if (known) {
			known.count += uses;
			known.compound ||= table.compound[entry] === 1;
			continue;
		}
		if (out.length === limit) continue;
		phrase ??= surfaceText(raw, tokens, from, words, shown < 0);
		const candidate = { phrase, count: uses, capitalised: table.capitals[entry] * 2 >= uses, compound: table.compound[entry] === 1, offset: tokens.start[from] };
		byKey.set(key, candidate);
		out.push(candidate);
	}
	return out;
}
