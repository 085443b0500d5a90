// The word keys of a note's fingerprint (a hash of every distinct folded word, and of every pair of
// long words that follow each other outside excluded ranges), collected in one left-to-right walk.
// The walk can be driven by another pass (the suggestions' tokenizer reads the passages and tells the
// walk where words start and end); the walk reads whatever that pass skipped, so that together they
// see every character once. Words and folding are the matcher's own (themes/chars.ts).

import { CharClass, SCAN_SPECIAL, SCAN_TABLE, classOf } from "../text/chars";
import type { WordWalk } from "../suggestions/tokens";
import { KeySet, mix } from "./key-set";
import { FNV_OFFSET, FNV_PRIME } from "./unprobed-words";

export { KeySet, mix, writeFilter } from "./key-set";
export { FNV_OFFSET, FNV_PRIME } from "./unprobed-words";

export const PAIR_MIN_LENGTH = 4; // both words at least this long: pairs of stop words ("of the") would double the filter for nothing

/** Whether a word takes part in pairs: long, and not a number (numbers and years would add a pair each for nothing). */
export function pairable(length: number, firstCode: number): boolean {
	return length >= PAIR_MIN_LENGTH && (firstCode < 48 || firstCode > 57); // 48–57: ASCII digits
}

/**
 * The key of two words that follow each other (word keys as KeySet stores them): lets a theme edit
 * tell "world models" from a note holding "world" and "models" apart.
 */
export function pairKey(first: number, second: number): number {
	return (Math.imul(mix(first), 0x2545f491) ^ second) | 0 || 1; // an odd multiplier: (a, b) and (b, a) differ
}

const keySet = new KeySet();

/** The key of a folded word, as `wordKey` in fingerprint.ts computes it from a phrase's word. */
function keyOfWord(raw: string, start: number, end: number): number {
	let hash = FNV_OFFSET | 0;
	const table = SCAN_TABLE;
	for (let i = start; i < end; i++) hash = Math.imul(hash ^ table[raw.charCodeAt(i)], 0x01000193); // FNV_PRIME; every unit of a word was classified when the walk met it
	return hash;
}

/**
 * Where the walk stands. Words are maximal runs of word characters (letters, digits, marks); each
 * closed-script character is a key of its own. A driver tells the walk where each stretch it reads
 * starts (`enter`) and ends (`leave`), the words it read (`wordRead`) and the closed-script characters
 * between them (`closedScript`); the walk reads every other character itself (`readTo`).
 */
export class PrefixWalk implements WordWalk {
	/** Start of the word being read, -1 between words. */
	wordStart = -1;
	/** Every character before this offset has been seen. */
	scanned = 0;
	/** A driver went back over text already seen: the keys are rebuilt from scratch at the end. */
	lost = false;
	/** A word the driver already hashed (FNV over its folded codes, as keyOfWord computes): raw[hashedFrom, hashedTo). */
	private hashedFrom = -1;
	private hashedTo = -1;
	private hashedKey = 0;
	/** The note's excluded ranges (flat, sorted): the matcher reads over them as spaces. */
	private excluded: readonly number[] = [];
	/** Index in `excluded` of the first range that ends after the last word seen. */
	private rangeAt = 0;
	/** Key of the last word outside excluded ranges when it was long, else 0. */
	private previousKey = 0;
	/** The driver reads only outside the walk's excluded ranges: its words need no look at them. */
	private driverOutside = false;

	reset(excluded: readonly number[] = this.excluded): void {
		keySet.clear();
		this.wordStart = -1;
		this.scanned = 0;
		this.lost = false;
		this.hashedFrom = this.hashedTo = -1;
		this.excluded = excluded;
		this.rangeAt = 0;
		this.previousKey = 0;
		this.driverOutside = false;
	}

	/** A driver will read only outside `excluded`, sorted ranges: when they are the walk's own, its words are never hidden. */
	drivenOutside(excluded: readonly number[]): void {
		this.driverOutside = excluded === this.excluded;
	}

	/** Whether raw[start] lies in an excluded range (words come in order: the index only moves on). */
	private hidden(start: number): boolean {
		const ranges = this.excluded;
		while (this.rangeAt > 0 && ranges[this.rangeAt - 1] > start) this.rangeAt -= 2; // only after a driver went back
		while (this.rangeAt < ranges.length && ranges[this.rangeAt + 1] <= start) this.rangeAt += 2;
		return this.rangeAt < ranges.length && ranges[this.rangeAt] <= start;
	}

	/** Adds a word's key, and its pair with the word before when both are long and neither is excluded (`outside`: known not to be). */
	private wordSeen(raw: string, key: number, start: number, end: number, outside = false): void {
		keySet.add(key);
		if (!outside && this.excluded.length > 0 && this.hidden(start)) return; // invisible to the matcher: the words around it still follow each other
		if (!pairable(end - start, raw.charCodeAt(start))) {
			this.previousKey = 0;
			return;
		}
		const word = key | 0 || 1; // as KeySet stores it
		if (this.previousKey !== 0) keySet.add(pairKey(this.previousKey, word));
		this.previousKey = word;
	}

	/** The driver read raw[from, to) as one word whose key is `key`: saves reading it again when it ends there. */
	hashedWord(from: number, to: number, key: number): void {
		this.hashedFrom = from;
		this.hashedTo = to;
		this.hashedKey = key;
	}

	private closeWord(raw: string, start: number, end: number): void {
		this.wordSeen(raw, start === this.hashedFrom && end === this.hashedTo ? this.hashedKey : keyOfWord(raw, start, end), start, end);
	}

	/**
	 * A driver starts reading at `at` (first of a stretch it reads itself); `wordFirst` says whether
	 * raw[at] is a word character. False when the walk is lost: the driver then tells it nothing more.
	 */
	enter(raw: string, at: number, wordFirst: boolean): boolean {
		if (!this.catchUp(raw, at)) return false;
		if (this.wordStart >= 0 && !wordFirst) this.endWord(raw, at);
		return true;
	}

	/** The driver's stretch ended before `at`: every character before it was told. */
	leave(at: number): void {
		this.scanned = at;
	}

	/**
	 * The driver read raw[from, to) as word characters split only at the positions of non-word joiners
	 * (`joined` says there are some), inside a stretch ending at `limit`; `key` is its hash when not joined.
	 */
	wordRead(raw: string, from: number, to: number, limit: number, joined: boolean, key: number): void {
		if (!joined && this.wordStart < 0 && to < limit) {
			this.wordSeen(raw, key, from, to, this.driverOutside); // the common case: a plain word, closed by the gap character at `to`
			return;
		}
		let start = this.wordStart >= 0 ? this.wordStart : from;
		if (joined) {
			for (let i = from; i < to; i++) {
				if (SCAN_TABLE[raw.charCodeAt(i)] !== 0) continue;
				this.wordSeen(raw, keyOfWord(raw, start, i), start, i); // a joiner splits the fingerprint's words ("post", "training")
				start = i + 1;
			}
		}
		if (to < limit) {
			this.wordSeen(raw, keyOfWord(raw, start, to), start, to);
			start = -1;
		} else if (!joined && start === from) this.hashedWord(from, to, key);
		this.wordStart = start; // a word at the stretch's end may go on past it
	}

	/** A character of a closed script (a key of its own, a one-character word), met by the driver between words. */
	closedScript(code: number): void {
		keySet.add(Math.imul(FNV_OFFSET ^ code, FNV_PRIME));
		this.previousKey = 0; // the driver reads outside excluded ranges only
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

	/** Reads raw[scanned, to) on its own: one table load and one hash step per character. */
	readTo(raw: string, to: number): void {
		const carried = this.wordStart; // a word begun before this read is read again when it ends
		let wordStart = carried;
		let hash = 0;
		const table = SCAN_TABLE; // locals: a module binding is loaded and checked at every use
		const special = SCAN_SPECIAL;
		const offset = FNV_OFFSET | 0; // an int32, as every hash step makes it
		for (let i = this.scanned; i < to; i++) {
			const code = raw.charCodeAt(i);
			let entry = table[code];
			if (entry >= special) {
				if (classOf(code) === CharClass.ClosedScript) {
					if (wordStart >= 0) this.wordEnded(raw, wordStart, i, carried, hash);
					this.wordSeen(raw, Math.imul(FNV_OFFSET ^ code, FNV_PRIME), i, i + 1);
					wordStart = -1;
					continue;
				}
				entry = table[code];
			}
			if (entry !== 0) {
				if (wordStart < 0) {
					wordStart = i;
					hash = offset;
				}
				hash = Math.imul(hash ^ entry, 0x01000193); // FNV_PRIME, written out
			} else if (wordStart >= 0) {
				this.wordEnded(raw, wordStart, i, carried, hash);
				wordStart = -1;
			}
		}
		this.wordStart = wordStart;
		if (to > this.scanned) this.scanned = to;
	}

	/** A word readTo saw end: its running hash is its key, unless it began before the read. */
	private wordEnded(raw: string, start: number, end: number, carried: number, hash: number): void {
		if (start === carried) this.closeWord(raw, start, end);
		else this.wordSeen(raw, hash, start, end);
	}

	/** Reads the rest of the text and gives the distinct keys, the probed ones first (valid until the next walk starts). */
	finish(raw: string): KeySet {
		if (this.lost) {
			this.reset();
			this.lost = false;
		}
		this.readTo(raw, raw.length);
		this.endWord(raw, raw.length);
		keySet.setAsideUnprobed();
		return keySet;
	}
}

const walk = new PrefixWalk();

/**
 * The walk, emptied for a new note whose matcher reads over `excluded` (flat, sorted ranges) as
 * spaces. There is one: a walk is finished before the next one starts.
 */
export function startPrefixWalk(excluded: readonly number[] = []): PrefixWalk {
	walk.reset(excluded);
	return walk;
}
