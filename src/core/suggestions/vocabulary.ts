// The two word hashes of the suggestions' tokenizer, and the listed words (stop words, fillers,
// everyday words) found by them: a table built once, probed for every word of every note.

import { foldCode, joinerCode } from "../text/chars";
import { COMMON_WORDS_SET, FILLER_WORDS, STOP_WORDS } from "./stop-words";

/** Token flags. A const enum: the hot loops get the numbers inlined (a module constant is loaded and checked at every use). */
export const enum TokenFlag {
	Break = 1, // punctuation, a blank line or a passage edge lies before this word
	Stop = 2,
	Common = 4,
	Skip = 8, // a number, a filler, a lone letter: never inside a phrase
	Capital = 16, // capitalised and not the first word of a sentence or line
	Hyphen = 32,
	SentenceStart = 64, // the first word of a sentence or line (its capital says nothing)
}

/** The word hashes' constants, inlined where they are used (see TokenFlag). */
export const enum WordHash {
	SeedA = -2128831035, // 0x811c9dc5, FNV-1a's offset basis, as an int32: hash A of a plain word is its fingerprint key
	SeedB = 0x27d4eb2d, // any odd constant unrelated to the first
	PrimeA = 0x01000193, // FNV-1a's 32-bit prime
	MultiplierB = 0x5bd1e995, // MurmurHash2's multiplier
}

/** One step of hash A over a folded code (FNV-1a). */
export function stepA(h: number, code: number): number {
	return Math.imul(h ^ code, WordHash.PrimeA);
}

/** One step of hash B over a folded code. */
export function stepB(h: number, code: number): number {
	return Math.imul((h + code) | 0, WordHash.MultiplierB) ^ (h >>> 13);
}


const enum Slots {
	FlagBits = 4, // TokenFlag.Stop | Common | Skip fit below bit 4
	FlagMask = 15,
	ListedMask = 32767, // 32 KB of marks for ~5,600 listed words: about one in six marked, one load per word
}

/**
 * Flags of the listed words, keyed by their two hashes. One Int32Array, two numbers a slot side by
 * side (hash A; hash B >>> 11 shifted above the flags), so a probe touches one cache line; a free
 * slot's second number is 0 (every stored word has a flag).
 */
export class Vocabulary {
	private readonly slots: Int32Array;
	private readonly shift: number;
	private readonly mask: number;
	/** Whether some listed word's hash A ends in these bits: most words are not listed and stop here. */
	private readonly listed = new Uint8Array(Slots.ListedMask + 1);
	constructor(capacity: number) {
		let bits = 6; // a power of two at least four times the word count: short probes
		while (1 << bits < capacity * 4) bits++;
		this.slots = new Int32Array(2 << bits);
		this.shift = 32 - bits;
		this.mask = (1 << bits) - 1;
	}
	private slot(a: number, packed: number): number {
		let slot = (Math.imul(a ^ packed, 0x9e3779b1) >>> this.shift) | 0; // the top bits of a multiplicative hash (| 0: an int, not a double)
		for (let held = this.slots[2 * slot + 1]; held !== 0; held = this.slots[2 * slot + 1]) {
			if (this.slots[2 * slot] === a && held >>> Slots.FlagBits === packed) return slot;
			slot = (slot + 1) & this.mask;
		}
		return slot;
	}
	add(a: number, b: number, flag: number): void {
		const slot = this.slot(a, b >>> 11);
		this.slots[2 * slot] = a;
		this.slots[2 * slot + 1] |= ((b >>> 11) << Slots.FlagBits) | flag;
		this.listed[a & Slots.ListedMask] = 1;
	}
	/** The word's flags, 0 when it is not listed. */
	get(a: number, b: number): number {
		if (this.listed[a & Slots.ListedMask] === 0) return 0;
		return this.slots[2 * this.slot(a, b >>> 11) + 1] & Slots.FlagMask;
	}
}

let vocabulary: Vocabulary | null = null;

/** Flags of the listed words, by hash, built once. */
export function wordFlags(): Vocabulary {
	if (vocabulary) return vocabulary;
	const table = new Vocabulary(STOP_WORDS.size + FILLER_WORDS.size + COMMON_WORDS_SET.size);
	const add = (words: ReadonlySet<string>, flag: number): void => {
		for (const word of words) {
			let a: number = WordHash.SeedA;
			let b: number = WordHash.SeedB;
			for (let i = 0; i < word.length; i++) {
				const code = foldCode(joinerCode(word.charCodeAt(i)));
				a = stepA(a, code);
				b = stepB(b, code);
			}
			table.add(a, b, flag);
		}
	};
	add(STOP_WORDS, TokenFlag.Stop);
	add(FILLER_WORDS, TokenFlag.Skip);
	add(COMMON_WORDS_SET, TokenFlag.Common);
	vocabulary = table;
	return table;
}
