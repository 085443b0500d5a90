// The word keys of a note's fingerprint (a hash of every distinct folded word), collected in one
// left-to-right walk over its text.
// The walk can be driven by another pass (the suggestions' tokenizer reads the passages and tells the
// walk where words start and end); the walk reads whatever that pass skipped, so that together they
// see every character once. Words and folding are the matcher's own (themes/chars.ts).

import { CharClass, SCAN_SPECIAL, SCAN_TABLE, classOf } from "../themes/chars";

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export function mix(hash: number): number {
	let h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) | 1;
}

/**
 * A growable open-addressing set of non-zero 32-bit keys, reused between notes. It remembers the keys
 * in insertion order too, so that building the filter and clearing touch only what was added.
 */
export class KeySet {
	table = new Int32Array(4096); // a few hundred words fit without growing
	keys = new Int32Array(1024);
	size = 0;
	clear(): void {
		if (this.table.length > 1 << 16) {
			this.table = new Int32Array(4096); // don't hold a giant note's table
			this.keys = new Int32Array(1024);
		} else if (this.size * 8 < this.table.length) {
			this.forget();
		} else this.table.fill(0);
		this.size = 0;
	}
	/** Empties the slots of the keys added: cheaper than a fill for a small note. */
	private forget(): void {
		const mask = this.table.length - 1;
		for (let n = 0; n < this.size; n++) {
			let slot = mix(this.keys[n]) & mask;
			while (this.table[slot] !== this.keys[n]) slot = (slot + 1) & mask;
			this.table[slot] = 0; // no tombstones needed: every key is cleared before the next note
		}
	}
	add(key: number): void {
		const k = key | 0 || 1;
		const mask = this.table.length - 1;
		let slot = mix(k) & mask;
		while (this.table[slot] !== 0) {
			if (this.table[slot] === k) return;
			slot = (slot + 1) & mask;
		}
		this.table[slot] = k;
		if (this.size === this.keys.length) this.keys = grown(this.keys);
		this.keys[this.size] = k;
		if (++this.size * 2 > this.table.length) this.grow();
	}
	private grow(): void {
		this.table = new Int32Array(this.table.length * 2);
		const mask = this.table.length - 1;
		for (let n = 0; n < this.size; n++) {
			let slot = mix(this.keys[n]) & mask;
			while (this.table[slot] !== 0) slot = (slot + 1) & mask;
			this.table[slot] = this.keys[n];
		}
	}
}

function grown(values: Int32Array): Int32Array<ArrayBuffer> {
	const bigger = new Int32Array(values.length * 2);
	bigger.set(values);
	return bigger;
}

const keySet = new KeySet();

/** The key of a folded word, as `wordKey` in fingerprint.ts computes it from a phrase's word. */
function addWordKeys(raw: string, start: number, end: number): void {
	let hash = FNV_OFFSET;
	for (let i = start; i < end; i++) hash = Math.imul(hash ^ SCAN_TABLE[raw.charCodeAt(i)], FNV_PRIME); // every unit of a word was classified when the walk met it
	keySet.add(hash);
}

/**
 * Where the walk stands. Words are maximal runs of word characters (letters, digits, marks); each
 * closed-script character is a key of its own. A driver must tell the walk about every character
 * from `scanned` on, in order: `wordAt` for a word character, `gapAt` for any other, or `readTo`.
 */
export class PrefixWalk {
	/** Start of the word being read, -1 between words. */
	wordStart = -1;
	/** Every character before this offset has been seen. */
	scanned = 0;
	/** A driver went back over text already seen: the keys are rebuilt from scratch at the end. */
	lost = false;
	/** A word the driver already hashed (FNV over its folded codes, as addWordKeys would): raw[hashedFrom, hashedTo). */
	private hashedFrom = -1;
	private hashedTo = -1;
	private hashedKey = 0;

	reset(): void {
		keySet.clear();
		this.wordStart = -1;
		this.scanned = 0;
		this.lost = false;
		this.hashedFrom = this.hashedTo = -1;
	}

	/** The driver read raw[from, to) as one word whose key is `key`: saves reading it again when it ends there. */
	hashedWord(from: number, to: number, key: number): void {
		this.hashedFrom = from;
		this.hashedTo = to;
		this.hashedKey = key;
	}

	private closeWord(raw: string, start: number, end: number): void {
		if (start === this.hashedFrom && end === this.hashedTo) keySet.add(this.hashedKey);
		else addWordKeys(raw, start, end);
	}

	/** Catches up to `offset` (reading what the driver skipped); true when the walk stands exactly there. */
	catchUp(raw: string, offset: number): boolean {
		if (offset > this.scanned) this.readTo(raw, offset);
		else if (offset < this.scanned) this.lost = true;
		return !this.lost;
	}

	/** The word ending at `end` (a word character ends a word there, e.g. a hyphen the driver consumed). */
	endWord(raw: string, end: number): void {
		if (this.wordStart >= 0) this.closeWord(raw, this.wordStart, end);
		this.wordStart = -1;
	}

	/** A character that is not a word character, at `at` (the driver already classified it). */
	gapAt(raw: string, at: number, code: number): void {
		if (this.wordStart >= 0) this.endWord(raw, at);
		if (SCAN_TABLE[code] >= SCAN_SPECIAL) keySet.add(Math.imul(FNV_OFFSET ^ code, FNV_PRIME)); // classified and still special: a closed script
		this.scanned = at + 1;
	}

	/** Reads raw[scanned, to) on its own. One table load per character. */
	readTo(raw: string, to: number): void {
		let wordStart = this.wordStart;
		for (let i = this.scanned; i < to; i++) {
			const code = raw.charCodeAt(i);
			let entry = SCAN_TABLE[code];
			if (entry >= SCAN_SPECIAL) {
				const cls = classOf(code);
				if (cls === CharClass.ClosedScript) {
					if (wordStart >= 0) addWordKeys(raw, wordStart, i);
					keySet.add(Math.imul(FNV_OFFSET ^ code, FNV_PRIME));
					wordStart = -1;
					continue;
				}
				entry = SCAN_TABLE[code];
			}
			if (entry !== 0) {
				if (wordStart < 0) wordStart = i;
			} else if (wordStart >= 0) {
				this.closeWord(raw, wordStart, i);
				wordStart = -1;
			}
		}
		this.wordStart = wordStart;
		if (to > this.scanned) this.scanned = to;
	}

	/** Reads the rest of the text and gives the distinct keys (valid until the next walk starts). */
	finish(raw: string): KeySet {
		if (this.lost) {
			this.reset();
			this.lost = false;
		}
		this.readTo(raw, raw.length);
		this.endWord(raw, raw.length);
		return keySet;
	}
}

const walk = new PrefixWalk();

/** The walk, emptied for a new note. There is one: a walk is finished before the next one starts. */
export function startPrefixWalk(): PrefixWalk {
	walk.reset();
	return walk;
}
