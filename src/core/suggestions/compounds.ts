// Whether two content words side by side read as a noun compound ("inference compute", "test
// accuracy", "frontier labs"): terms of art are nouns, and a lone word the notes set in compounds is
// used as one (Justeson & Katz 1995: technical terms are noun phrases, most of them compounds). Two
// shapes of English are not compounds: a plural and then a word are a subject and its verb
// ("benchmarks saturate"), and a word and then an everyday adverb or comparative ("saturate faster").

import { TokenFlag, type Tokens } from "./tokens";

const SHORTEST_PLURAL = 4; // as terms.ts: "gps", "bus", "ads" are no plurals
const LOWER = 32; // ORed into an ASCII capital, gives its lower case
const [E, I, L, R, S, T, U, Y] = [..."eilrstuy"].map((c) => c.charCodeAt(0)); // letters of the suffixes read

/** Whether raw[start, end) looks like an English plural: four letters or more ending in s, not ss, us or is (as terms.ts `singular`). */
function looksPlural(raw: string, start: number, end: number): boolean {
	if (end - start < SHORTEST_PLURAL || (raw.charCodeAt(end - 1) | LOWER) !== S) return false;
	const before = raw.charCodeAt(end - 2) | LOWER;
	return before !== S && before !== U && before !== I;
}

/** Whether raw[start, end) ends as an adverb or a comparative does: -ly, -er, -est. */
function endsLikeAdverb(raw: string, start: number, end: number): boolean {
	const [last, before] = [raw.charCodeAt(end - 1) | LOWER, raw.charCodeAt(end - 2) | LOWER];
	if ((before === L && last === Y) || (before === E && last === R)) return true;
	return end - start > 3 && (raw.charCodeAt(end - 3) | LOWER) === E && before === S && last === T;
}

/** Whether tokens `from` and `to` (the next one, both content words, no break between) read as a noun compound. */
export function isCompound(raw: string, tokens: Tokens, from: number, to: number): boolean {
	if (looksPlural(raw, tokens.start[from], tokens.end[from])) return false;
	return !(tokens.flags[to] & TokenFlag.Common) || !endsLikeAdverb(raw, tokens.start[to], tokens.end[to]);
}
