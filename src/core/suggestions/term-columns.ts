// The tallies of terms (all the forms of one phrase, by variantKey), in typed arrays: a term is
// found by two 32-bit hashes of its key in an open-addressing table, so a vault's hundred thousand
// terms hold no string and no map entry of their own (the key is read again from a form when a
// ranking needs it). A term no note holds any more keeps its entry, at zero, for when it returns.

const FIRST_ENTRIES = 1 << 10; // terms before the arrays first double
const SEED_A = -2128831035; // FNV-1a's offset basis, as an int32
const SEED_B = 0x27d4eb2d; // any odd constant unrelated to the first
const PRIME_A = 0x01000193; // FNV-1a's 32-bit prime
const MULTIPLIER_B = 0x5bd1e995; // MurmurHash2's multiplier

function hashA(key: string): number {
	let h = SEED_A;
	for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), PRIME_A);
	return h;
}

function hashB(key: string): number {
	let h = SEED_B;
	for (let i = 0; i < key.length; i++) h = Math.imul((h + key.charCodeAt(i)) | 0, MULTIPLIER_B) ^ (h >>> 13);
	return h | 1; // never 0: a free slot is told by its entry, a key by both hashes (64 bits: no two of a vault's keys share them)
}

function doubled(old: Int32Array, size: number): Int32Array {
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
	private slots = new Int32Array(FIRST_ENTRIES * 2); // entry + 1, 0 = free; at most half full
	private mask = FIRST_ENTRIES * 2 - 1;

	/** The term's entry, or -1 when no note ever held it. */
	find(key: string): number {
		const [a, b] = [hashA(key), hashB(key)];
		return this.slots[this.slotOf(a, b)] - 1;
	}

	/** The term's entry, a new one if needed. */
	entryFor(key: string): number {
		const [a, b] = [hashA(key), hashB(key)];
		const slot = this.slotOf(a, b);
		if (this.slots[slot] !== 0) return this.slots[slot] - 1;
		if (this.size === this.keyA.length) this.grow();
		const entry = this.size++;
		this.keyA[entry] = a;
		this.keyB[entry] = b;
		this.slots[slot] = entry + 1;
		if (this.size * 2 > this.mask + 1) this.rehash();
		return entry;
	}

	count(entry: number, documents: number, mentions: number, capitalisedIn: number, modifierIn: number): void {
		this.documents[entry] += documents;
		this.mentions[entry] += mentions;
		this.capitalisedIn[entry] += capitalisedIn;
		this.modifierIn[entry] += modifierIn;
	}

	private slotOf(a: number, b: number): number {
		let slot = Math.imul(a ^ b, 0x9e3779b1) >>> 0 & this.mask;
		for (let entry = this.slots[slot]; entry !== 0; entry = this.slots[slot]) {
			if (this.keyA[entry - 1] === a && this.keyB[entry - 1] === b) return slot;
			slot = (slot + 1) & this.mask;
		}
		return slot;
	}

	private grow(): void {
		const size = this.keyA.length * 2;
		[this.documents, this.mentions, this.capitalisedIn, this.modifierIn] = [doubled(this.documents, size), doubled(this.mentions, size), doubled(this.capitalisedIn, size), doubled(this.modifierIn, size)];
		[this.keyA, this.keyB] = [doubled(this.keyA, size), doubled(this.keyB, size)];
	}

	private rehash(): void {
		this.slots = new Int32Array(this.slots.length * 2);
		this.mask = this.slots.length - 1;
		for (let entry = 0; entry < this.size; entry++) this.slots[this.slotOf(this.keyA[entry], this.keyB[entry])] = entry + 1;
	}
}
