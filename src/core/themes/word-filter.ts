// The word filter: one byte per slice of the word-hash space, so that the scan settles most words
// with a single load. Each bit says that some vocabulary word (or pair of words) hashes to the
// slice; a set bit may be a collision, a clear bit is certain. Phrases that begin with an everyday
// word ("the bitter lesson", "at scale") are announced by their first two words together, so a
// lone "the" or "at" costs the scan nothing.

/** Some vocabulary word hashes here (wanted while a phrase is under way). */
export const FILTER_WORD = 1;
/** Some first word of an alias or exclusion form hashes here. */
export const FILTER_START = 2;
/** Some one-word form hashes here: the word is a mention (or an exclusion) by itself. */
export const FILTER_LONE = 4;
/** Some pair of first and second words of a form hashes here (see pairSlot). */
export const FILTER_PAIR = 8;

const FILTER_SLOTS_PER_WORD = 16; // ≤ 1/16 of the slots set: ~94% of other words are rejected by one byte
const FILTER_MIN_BITS = 10; // 1 KB for the smallest theme sets
const FILTER_MAX_BITS = 20; // 1 MB at most, however large the vocabulary
export const PAIR_MIX = 0x2c1b3c6d; // odd multiplier: spreads the first word's hash before the second is mixed in

/** The filter slot of two consecutive words, by their hashes. */
export function pairSlot(firstHash: number, secondHash: number, shift: number): number {
	return (Math.imul(firstHash, PAIR_MIX) ^ secondHash) >>> shift;
}

/**
 * Builds the filter from the vocabulary's hashes (hashes[0, vocabCount)) and every form's words:
 * form f's words have the ids ids[w, w + forms[f].length), w counting every form's words in a row.
 */
export function buildWordFilter(hashes: Int32Array, vocabCount: number, forms: ReadonlyArray<readonly string[]>, ids: Int32Array): { wordFilter: Uint8Array; filterShift: number } {
	let bits = FILTER_MIN_BITS;
	while (bits < FILTER_MAX_BITS && 1 << bits < (vocabCount + forms.length) * FILTER_SLOTS_PER_WORD) bits++;
	const wordFilter = new Uint8Array(1 << bits);
	const filterShift = 32 - bits;
	for (let id = 0; id < vocabCount; id++) wordFilter[hashes[id] >>> filterShift] |= FILTER_WORD;
	let w = 0;
	for (const words of forms) {
		const first = hashes[ids[w]];
		wordFilter[first >>> filterShift] |= words.length === 1 ? FILTER_START | FILTER_LONE : FILTER_START;
		if (words.length > 1) wordFilter[pairSlot(first, hashes[ids[w + 1]], filterShift)] |= FILTER_PAIR;
		w += words.length;
	}
	return { wordFilter, filterShift };
}
