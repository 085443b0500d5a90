// A checksum over the whole binary store (binary-store.ts), kept in its prefix: a byte damaged
// anywhere (a record's numbers, a date in the header, a stored figure) refuses the file, and the
// vault is indexed again. Structure checks alone let damage through that leaves every count in range.
// Four independent lanes of an FNV-style step over 32-bit words: ~8–10 ms for a 45 MB store, so the
// app sums it in steps (steps.ts) of CHECKSUM_WORDS_PER_STEP words.

import type { Steps } from "../steps";

export const CHECKSUM_WORD = 5; // the prefix word that holds it; every other word is summed
const PREFIX_WORDS = CHECKSUM_WORD + 1;
const PRIME = 0x01000193; // FNV prime: odd, so each step is a bijection and no single change cancels
/** Words summed between two yields: 256 KB, under 0.1 ms once compiled, up to ~3 ms before V8 compiles it on a loaded VM; a multiple of the four lanes. */
export const CHECKSUM_WORDS_PER_STEP = 1 << 16;

/**
 * The checksum of every word but the checksum's own, yielding every `wordsPerStep` words (a multiple
 * of 4): the prefix into one lane, then every lane takes every fourth word.
 */
export function* checksumSteps(words: Int32Array, wordsPerStep = CHECKSUM_WORDS_PER_STEP): Steps<number> {
	let [a, b, c, d] = [0x811c9dc5 | 0, 0x2545f491, 0x1b873593, 0x68e31da4]; // FNV offset basis and three other odd seeds
	for (let k = 0; k < CHECKSUM_WORD && k < words.length; k++) a = Math.imul(a ^ words[k], PRIME); // magic, schema and lengths
	let i = PREFIX_WORDS;
	const end = words.length - 3;
	while (i < end) {
		const stop = Math.min(end, i + wordsPerStep); // i stays on its lane: wordsPerStep is a multiple of 4
		for (; i < stop; i += 4) {
			a = Math.imul(a ^ words[i], PRIME);
			b = Math.imul(b ^ words[i + 1], PRIME);
			c = Math.imul(c ^ words[i + 2], PRIME);
			d = Math.imul(d ^ words[i + 3], PRIME);
		}
		if (i < end) yield;
	}
	for (; i < words.length; i++) a = Math.imul(a ^ words[i], PRIME);
	return (a ^ Math.imul(b, 3) ^ Math.imul(c, 5) ^ Math.imul(d, 7)) | 0; // odd weights: a change in any one lane shows
}

/** Writes the checksum of a store laid out as whole 32-bit words into its prefix, in steps. */
export function* sealStoreSteps(words: Int32Array): Steps<void> {
	words[CHECKSUM_WORD] = yield* checksumSteps(words);
}

/** Whether the store's checksum holds, in steps. */
export function* storeSealedSteps(words: Int32Array): Steps<boolean> {
	return words.length > CHECKSUM_WORD && words[CHECKSUM_WORD] === (yield* checksumSteps(words));
}
