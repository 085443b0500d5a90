// A term's score: how many notes it recurs in, how often within them, how much more often the vault
// uses it than ordinary English (keyness), and its shape (a phrase, a hyphenated coinage, a name).
// Scoring reads a term's words, so the best are found by a bound first: a term whose best possible
// score cannot reach the best so far is never read (a vault holds tens of thousands of terms).

import { type Steps, stepEndsAt } from "../steps";
import { phraseWords } from "../text/chars";
import { shapeWeight } from "./phrase-score";
import { LOWEST_BACKGROUND_RATE, backgroundRate, commonWordsIn } from "./term-facts";
import { acronymOf, variantKey } from "./terms";

const PLAIN_WORD_WEIGHT = 0.5; // a lone lower-case word ("output", "text") is more often a word of the field than a term in it
const SCORED_PER_STEP = 32; // scoring reads a term's words and their English ranks: about ten times a plain item's work
const HIGHEST_SHAPE_WEIGHT = shapeWeight({ words: 2, hyphenated: true, capitalised: true, commonWords: 0 }); // no shape weighs more

/** The figures a term (with its acronym or expansion folded in) is scored by. */
export interface TermGroup {
	/** The terms' entries in the tallies, the acronym's (or the one term's) first. */
	entries: number[];
	documents: number;
	mentions: number;
	capitalisedIn: number;
	/** Notes that set the first term, a lone word, before another noun ("inference compute"; compounds.ts). */
	modifierIn: number;
	/** One of the first term's forms, as written. */
	shape: string;
	/** The first term's variant key, read from its shape when first asked (groupKey). */
	key?: string;
}

/** The variant key of a group's first term (what names a suggestion), computed once. */
export function groupKey(group: TermGroup): string {
	group.key ??= variantKey(group.shape);
	return group.key;
}

export interface ScoredGroup {
	group: TermGroup;
	score: number;
}

/** Repeated use inside notes helps a little. */
function repeated(documents: number, mentions: number): number {
	return 1 + Math.log10(Math.max(1, mentions / documents));
}

/** How far the vault uses the term more than English would at `rate`: the log of observed over expected, smoothed. */
function keyness(mentions: number, words: number, rate: number): number {
	return Math.max(Math.log((mentions + 1) / (words * rate + 1)), 0);
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
	return weight * word * group.documents * repeated(group.documents, group.mentions) * keyness(group.mentions, vaultWords, backgroundRate(group.shape));
}

/** A score no term of these figures can beat, whatever its words: from numbers alone. */
function scoreBound(documents: number, mentions: number, vaultWords: number): number {
	return HIGHEST_SHAPE_WEIGHT * documents * repeated(documents, mentions) * keyness(mentions, vaultWords, LOWEST_BACKGROUND_RATE);
}

function before(a: ScoredGroup, b: ScoredGroup): boolean {
	return a.score > b.score || (a.score === b.score && groupKey(a.group) < groupKey(b.group));
}

/** The groups to rank, by index: their figures, and each group built only when it is scored (most never are). */
export interface GroupSource {
	size: number;
	documents(index: number): number;
	mentions(index: number): number;
	group(index: number): TermGroup;
}

/** The `count`-th largest of the first `size` values, or -Infinity when there are no more than `count`. */
function* kthLargest(values: Float64Array, size: number, count: number): Steps<number> {
	if (size <= count) return -Infinity;
	const top = new Float64Array(count).fill(-Infinity); // ascending: top[0] is the smallest kept
	for (let i = 0; i < size; i++) {
		if (stepEndsAt(i)) yield;
		const value = values[i];
		if (value <= top[0]) continue;
		let at = 0;
		while (at + 1 < count && top[at + 1] < value) {
			top[at] = top[at + 1];
			at++;
		}
		top[at] = value;
	}
	return top[0];
}

/** Adds a scored group to `best` (sorted, at most `count`) when it belongs there. */
function keep(best: ScoredGroup[], scored: ScoredGroup, count: number): void {
	if (scored.score <= 0 || (best.length >= count && !before(scored, best[best.length - 1]))) return;
	let at = best.length;
	while (at > 0 && before(scored, best[at - 1])) at--;
	best.splice(at, 0, scored);
	if (best.length > count) best.pop();
}

/**
 * The `count` best-scored groups with a positive score, best first (ties by key). A group whose
 * bound is below the best scores cannot be among them: the groups of the `count` highest bounds are
 * scored first, then any other group whose bound reaches the `count`-th score found.
 */
export function* bestScored(source: GroupSource, vaultWords: number, count: number): Steps<ScoredGroup[]> {
	const bounds = new Float64Array(source.size);
	for (let i = 0; i < source.size; i++) {
		bounds[i] = scoreBound(source.documents(i), source.mentions(i), vaultWords);
		if (stepEndsAt(i)) yield;
	}
	const best: ScoredGroup[] = [];
	const scored = new Uint8Array(source.size);
	const score = (i: number): void => {
		scored[i] = 1;
		const group = source.group(i);
		keep(best, { group, score: scoreOf(group, vaultWords) }, count);
	};
	const floor = yield* kthLargest(bounds, source.size, count);
	for (let i = 0, read = 0; i < source.size; i++) {
		if (bounds[i] < floor) continue;
		score(i);
		if (stepEndsAt(read++, SCORED_PER_STEP)) yield; // ties at the floor may be many
	}
	const reach = best.length >= count ? best[best.length - 1].score : -Infinity;
	for (let i = 0, read = 0; i < source.size; i++) {
		if (scored[i] === 0 && bounds[i] >= reach) {
			score(i);
			if (stepEndsAt(read++, SCORED_PER_STEP)) yield;
		}
		if (stepEndsAt(i)) yield;
	}
	return best;
}
