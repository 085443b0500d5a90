// How promising a phrase looks as a theme, from its shape alone: longer phrases, hyphenated terms and
// capitalised names are specific; everyday words are not. Shared by per-note picking and ranking.

const LENGTH_BONUS = [0, 1, 1.6, 1.5, 1.3]; // by word count: "scaling laws" says more than "laws"; terms rarely run past three words
const HYPHEN_BONUS = 1.5; // "post-training", "chain-of-thought": hyphenated coinages are terms of art
const CAPITAL_BONUS = 1.3; // "Constitutional AI" capitalised mid-sentence is a name
const COMMON_WORD_PENALTY = 0.5; // per everyday word in the phrase ("big model" < "reward model")

export interface PhraseShape {
	words: number;
	hyphenated: boolean;
	capitalised: boolean;
	commonWords: number;
}

/** A positive weight; multiply by how often the phrase occurs. */
export function shapeWeight(shape: PhraseShape): number {
	let weight = LENGTH_BONUS[Math.min(shape.words, LENGTH_BONUS.length - 1)];
	if (shape.hyphenated) weight *= HYPHEN_BONUS;
	if (shape.capitalised) weight *= CAPITAL_BONUS;
	return weight * Math.pow(COMMON_WORD_PENALTY, shape.commonWords);
}
