// Words left out of every fingerprint: the function words and speech fillers of English ("the",
// "would", "um"), which nearly every note holds. A filter that says "yes" to them tells a theme edit
// nothing, yet they were about a sixth of a note's keys (2 of the 11.6 MB the bench vault's filters
// took). A probe skips them in turn (treats them as held), so a filter still never misses a phrase:
// "the bitter lesson" is probed by "bitter", "lesson" and their pair; a phrase of function words
// alone is probed by nothing and reconsiders every note. Keys are set aside by value: a pair's key
// that happens to equal a listed word's is left out too, and skipped by probes alike.

import { FILLER_WORDS, STOP_WORDS } from "../suggestions/stop-words";

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** The key of one folded word, as the prefix walk computes it over the text (KeySet's normalisation: 0 marks a free slot). */
export function wordKey(word: string): number {
	let hash = FNV_OFFSET;
	for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
	return hash | 0 || 1;
}

const TABLE_BITS = 10; // 1,024 slots for ~330 keys: most lookups of other words end at an empty slot

/** The listed words' keys, split as the walk splits them (at apostrophes: "can't" is "can" and "t"). */
function unprobedKeys(): Int32Array {
	const words = new Set<string>();
	for (const entry of [...STOP_WORDS, ...FILLER_WORDS]) for (const part of entry.split("'")) if (part.length > 0) words.add(part);
	const table = new Int32Array(1 << TABLE_BITS);
	const mask = table.length - 1;
	for (const word of words) {
		const key = wordKey(word);
		let slot = Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS); // golden-ratio multiplier: spreads FNV's low bits
		while (table[slot] !== 0 && table[slot] !== key) slot = (slot + 1) & mask;
		table[slot] = key;
	}
	return table;
}

const UNPROBED = unprobedKeys();

/** Whether a normalised key (as KeySet stores it) is a listed word's, left out of fingerprints. */
export function isUnprobed(key: number): boolean {
	const table = UNPROBED;
	const mask = table.length - 1;
	for (let slot = Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS); ; slot = (slot + 1) & mask) {
		const found = table[slot];
		if (found === key) return true;
		if (found === 0) return false;
	}
}
