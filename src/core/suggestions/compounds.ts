// Whether a lone word is set before another noun as its modifier ("inference compute", "frontier
// model", "token budget"): a word of a field names kinds of things, so its notes compound it (Justeson
// & Katz 1995: technical terms are noun phrases, most of them compounds); a word of ordinary prose
// ("trend", "bottleneck") heads a compound at most ("compute trend") and is otherwise used alone.
// Two shapes of English look like compounds and are not: a plural and then a word are a subject and
// its verb ("benchmarks saturate"); a word and then an everyday adverb or comparative ("saturate
// faster"). A singular noun and its verb ("the metric shows") still reads as a compound: without
// parts of speech, "shows" and "costs" ("inference costs") cannot be told apart.

import { TokenFlag, type Tokens } from "./tokens";

const SHORTEST_PLURAL = 4; // as terms.ts: "gps", "bus", "ads" are no plurals
const LOWER = 32; // ORed into an ASCII capital, gives its lower case
const [E, I, L, R, S, T, U, Y] = [..."eilrstuy"].map((c) => c.charCodeAt(0)); // letters of the suffixes read

/** Whether raw[start, end) ends in s as a plural or a verb's third person does: not ss, us or is (as terms.ts `singular`). */
function endsInS(raw: string, start: number, end: number): boolean {
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

/** Whether the word at token `from` is set before the next word as its modifier (both content words, nothing between). */
export function isModifier(raw: string, tokens: Tokens, from: number): boolean {
	const to = from + 1;
	if (to >= tokens.length || tokens.flags[to] & (TokenFlag.Break | TokenFlag.Skip | TokenFlag.Stop)) return false;
	if (endsInS(raw, tokens.start[from], tokens.end[from])) return false;
	if (!(tokens.flags[to] & TokenFlag.Common)) return true;
	return !endsLikeAdverb(raw, tokens.start[to], tokens.end[to]);
}
