// The tallies of terms (all the forms of one phrase, by variantKey), in typed arrays: a term is
// found by two 32-bit hashes of its key in an open-addressing table, so a vault's hundred thousand
// terms hold no map entry of their own, and no key string (the key is hashed from any of its forms
// without being built, term-hash.ts). A term no note holds any more keeps its entry, at zero, for
// when it returns. The arrays grow by half, not double: the index's memory is most of its size.

import { CANDIDATE_CAPITALISED, CANDIDATE_COUNT_SHIFT, CANDIDATE_MODIFIER } from "./candidate-entry";
import { hashKey, termHash, termHashes } from "./term-hash";

const FIRST_ENTRIES = 1 << 10; // terms before the arrays first grow
const GROWTH = 1.5; // each growth adds half: at most a third of an array is unused
const MOST_LOAD = 0.7; // slots in use at most, before the slot table doubles: linear probes stay short (3.8 on a miss)
const GOLDEN = 0x9e3779b1; // the golden ratio's multiplier: spreads a pair of hashes over the slots

function grown(old: Int32Array, size: number): Int32Array {
	const bigger = new Int32Array(size);
	bigger.set(old);
	return bigger;
}

export class TermColumns {
	/** Entries in use: every term seen, held or not. */
	size = 0;
	documents: Int32Array = new Int32Array(FIRST_ENTRIES);
	mentions: Int32Array = new Int32Array(FIRST_ENTRIES);
	capitalisedIn: Int32Array = new Int32Array(FIRST_ENTRIES);
	modifierIn: Int32Array = new Int32Array(FIRST_ENTRIES);
	private keyA: Int32Array = new Int32Array(FIRST_ENTRIES);
	private keyB: Int32Array = new Int32Array(FIRST_ENTRIES);
	private slots = new Int32Array(FIRST_ENTRIES * 2); // entry + 1, 0 = free
	private mask = FIRST_ENTRIES * 2 - 1;

	/** The entry of the term a phrase is a form of, or -1 when no note ever held it. */
	findPhrase(phrase: string): number {
		termHashes(phrase);
		return this.slots[this.slotOf(termHash.a, termHash.b)] - 1;
	}

	/** The entry of a term by its key (variantKey), or -1 when no note ever held it. */
	findKey(key: string): number {
		hashKey(key);
		return this.slots[this.slotOf(termHash.a, termHash.b)] - 1;
	}

	/** The entry of the term a phrase is a form of, a new one if needed. */
	entryForPhrase(phrase: string): number {
		termHashes(phrase);
		const { a, b } = termHash;
		const slot = this.slotOf(a, b);
		if (this.slots[slot] !== 0) return this.slots[slot] - 1;
		if (this.size === this.keyA.length) this.grow();
		const entry = this.size++;
		this.keyA[entry] = a;
		this.keyB[entry] = b;
		this.slots[slot] = entry + 1;
		if (this.size > MOST_LOAD * (this.mask + 1)) this.rehash();
		return entry;
	}

	/** One candidate of a note counted `sign` times (its entry: see candidateEntry). */
	count(entry: number, sign: number, candidate: number): void {
		this.documents[entry] += sign;
		this.mentions[entry] += sign * (candidate >>> CANDIDATE_COUNT_SHIFT);
		if (candidate & CANDIDATE_CAPITALISED) this.capitalisedIn[entry] += sign;
		if (candidate & CANDIDATE_MODIFIER) this.modifierIn[entry] += sign;
	}

	private slotOf(a: number, b: number): number {
		let slot = (Math.imul(a ^ b, GOLDEN) >>> 0) & this.mask;
		for (let entry = this.slots[slot]; entry !== 0; entry = this.slots[slot]) {
			if (this.keyA[entry - 1] === a && this.keyB[entry - 1] === b) return slot;
			slot = (slot + 1) & this.mask;
		}
		return slot;
	}

	private grow(): void {
		const size = Math.ceil(this.keyA.length * GROWTH);
		[this.documents, this.mentions, this.capitalisedIn, this.modifierIn] = [grown(this.documents, size), grown(this.mentions, size), grown(this.capitalisedIn, size), grown(this.modifierIn, size)];
		[this.keyA, this.keyB] = [grown(this.keyA, size), grown(this.keyB, size)];
	}

	private rehash(): void {
		this.slots = new Int32Array(this.slots.length * 2);
		this.mask = this.slots.length - 1;
		for (let entry = 0; entry < this.size; entry++) this.slots[this.slotOf(this.keyA[entry], this.keyB[entry])] = entry + 1;
	}
}
