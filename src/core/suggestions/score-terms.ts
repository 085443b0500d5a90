// A term's score: how many notes it recurs in, how often within them, how much more often the vault
// uses it than ordinary English (keyness), and its shape (a phrase, a hyphenated coinage, a name).
// Scoring reads a term's words, so the best are found by a bound first: a term whose best possible
// score cannot reach the best so far is never read (a vault holds tens of thousands of terms).

import { phraseWords } from "../themes/chars";
import { shapeWeight } from "./phrase-score";
import { LOWEST_BACKGROUND_RATE, backgroundRate, commonWordsIn } from "./term-facts";
import { acronymOf } from "./terms";

const PLAIN_WORD_WEIGHT = 0.5; // a lone lower-case word ("output", "text") is more often a word of the field than a term in it
const HIGHEST_SHAPE_WEIGHT = shapeWeight({ words: 2, hyphenated: true, capitalised: true, commonWords: 0 }); // no shape weighs more

/** The figures a term (with its acronym or expansion folded in) is scored by. */
export interface TermGroup {
	keys: string[];
	documents: number;
	mentions: number;
	capitalisedIn: number;
	/** Notes that set it, a lone word, before another noun ("inference compute"; compounds.ts). */
	modifierIn: number;
	/** One of its forms, as written. */
	shape: string;
}

export interface ScoredGroup {
	group: TermGroup;
	score: number;
}

/** Repeated use inside notes helps a little. */
function repeated(group: TermGroup): number {
	return 1 + Math.log10(Math.max(1, group.mentions / group.documents));
}

/** How far the vault uses the term more than English would at `rate`: the log of observed over expected, smoothed. */
function keyness(group: TermGroup, words: number, rate: number): number {
	return Math.max(Math.log((group.mentions + 1) / (words * rate + 1)), 0);
}

/** Whether the group reads as a name: capitalised mid-sentence in half its notes, or an acronym. */
function isName(group: TermGroup): boolean {
	return group.capitalisedIn * 2 >= group.documents || acronymOf(group.shape) !== null;
}

/**
 * Whether the group is a word of ordinary prose: one lower-case word, no coinage, that no note sets
 * before another noun ("trend", "bottleneck"). A word of a field names kinds of things and is
 * compounded ("inference compute", "frontier model"); a name, an acronym or a phrase is a term as it stands.
 */
export function isProseWord(group: TermGroup): boolean {
	return group.modifierIn === 0 && !group.shape.includes("-") && phraseWords(group.shape).length === 1 && !isName(group);
}

export function scoreOf(group: TermGroup, vaultWords: number): number {
	const words = phraseWords(group.shape).length;
	const name = isName(group);
	const weight = shapeWeight({ words, hyphenated: group.shape.includes("-"), capitalised: name, commonWords: commonWordsIn(group.shape) });
	const word = words === 1 && !name ? PLAIN_WORD_WEIGHT : 1;
	return weight * word * group.documents * repeated(group) * keyness(group, vaultWords, backgroundRate(group.shape));
}

/** A score no term of these figures can beat, whatever its words: from numbers alone. */
function scoreBound(group: TermGroup, vaultWords: number): number {
	return HIGHEST_SHAPE_WEIGHT * group.documents * repeated(group) * keyness(group, vaultWords, LOWEST_BACKGROUND_RATE);
}

function before(a: ScoredGroup, b: ScoredGroup): boolean {
	return a.score > b.score || (a.score === b.score && a.group.keys[0] < b.group.keys[0]);
}

/** The `count` best-scored groups with a positive score, best first (ties by key). */
export function bestScored(groups: readonly TermGroup[], vaultWords: number, count: number): ScoredGroup[] {
	const bounded = groups.map((group) => ({ group, bound: scoreBound(group, vaultWords) })).sort((a, b) => b.bound - a.bound);
	const best: ScoredGroup[] = [];
	for (const { group, bound } of bounded) {
		if (best.length >= count && bound < best[best.length - 1].score) break;
		const scored = { group, score: scoreOf(group, vaultWords) };
		if (scored.score <= 0 || (best.length >= count && !before(scored, best[best.length - 1]))) continue;
		let at = best.length;
		while (at > 0 && before(scored, best[at - 1])) at--;
		best.splice(at, 0, scored);
		if (best.length > count) best.pop();
	}
	return best;
}
