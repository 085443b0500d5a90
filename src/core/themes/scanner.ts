// The matcher's scan: one loop over char codes that folds and hashes each word as it reads it.
// Most words are settled by one byte of the compiled word filter: with no phrase under way, a word
// that starts no alias or exclusion costs nothing more; only filter hits look the word up and walk
// the word-level trie. The gaps between words are judged only while a phrase is under way.
//
// Between two words of a phrase the text may hold spaces, tabs, hyphens/dashes, emphasis marks,
// excluded ranges (treated as spaces), an apostrophe between letters, or one line break followed by
// a transcript or quote prefix (`*  `, `> `, `- `); any other punctuation ends the phrase. Words are
// maximal runs of letters, digits and marks of any script; scripts without spaces (CJK, Thai…) are
// one word per character, with an empty soft gap between them.

import { CLASS_TABLE, CharClass, FOLD_TABLE, HASH_SEED, SCAN_SPECIAL, SCAN_TABLE, classOf, foldOf } from "../text/chars";
import { transitionSlot, type PhraseAutomaton } from "./compile";
import { FILTER_LONE, FILTER_PAIR, FILTER_START, FILTER_WORD, PAIR_MIX, pairSlot } from "./word-filter";

const FNV_PRIME = 0x01000193;

/** The phrases under way (trie nodes and where each started), and the phrase ends found so far. */
class PhraseCursor {
	private node: Int32Array;
	private start: Int32Array;
	private spareNode: Int32Array;
	private spareStart: Int32Array;
	/** Phrases under way; 0 once a gap has ended them all. */
	count = 0;
	/** Line feeds in the gap since the last vocabulary word. */
	private lineFeeds = 0;
	/** End of the last vocabulary word when it was a run of letters (an apostrophe may follow), else -1. */
	private lastWordEnd = -1;
	/** Flat triples (start, end, trie node) where some alias or exclusion form ends. */
	readonly hits: number[] = [];
	private readonly width: number;

	/** Ranges before this index start at or before the last apostrophe judged. */
	private rangeIndex = 0;

	constructor(private readonly automaton: PhraseAutomaton, private readonly text: string, private readonly excluded: number[]) {
		const size = automaton.maxWords + 1;
		this.node = new Int32Array(size);
		this.start = new Int32Array(size);
		this.spareNode = new Int32Array(size);
		this.spareStart = new Int32Array(size);
		this.width = Math.max(1, automaton.vocab.length);
	}

	/** A word the filter may know, at [start, end) with its hash: continue and start phrases. */
	word(hash: number, start: number, end: number, joinableEnd: number): void {
		this.lineFeeds = 0;
		this.lastWordEnd = joinableEnd;
		const id = lookup(this.automaton, this.text, hash, start, end);
		if (id < 0) this.count = 0;
		else this.advance(id, start, end);
	}

	/** A gap character of class `cls` at `at` while phrases are under way: does it end them? */
	gap(cls: CharClass, at: number): void {
		if (cls === CharClass.Space || cls === CharClass.Dash) return;
		if (cls === CharClass.LineFeed) {
			if (++this.lineFeeds > 1) this.count = 0; // a blank line ends a phrase
		} else if (cls === CharClass.LinePrefix) {
			if (this.lineFeeds === 0) this.count = 0; // a prefix is soft only after a line break
		} else if (cls === CharClass.Apostrophe) {
			const joins = at === this.lastWordEnd && at + 1 < this.nextRangeStart(at) && isWordAt(this.text, at + 1);
			if (!joins) this.count = 0;
		} else this.count = 0;
	}

	/** Start of the first excluded range (in the given order) that starts after `at`, or the text's length. */
	private nextRangeStart(at: number): number {
		const { excluded } = this;
		while (this.rangeIndex < excluded.length && excluded[this.rangeIndex] <= at) this.rangeIndex += 2;
		return this.rangeIndex < excluded.length ? excluded[this.rangeIndex] : this.text.length;
	}

	/** The node a transition key leads to, or -1. */
	private step(key: number): number {
		const { nextKeys, nextNodes, nextMask } = this.automaton;
		for (let slot = transitionSlot(key, nextMask); ; slot = (slot + 1) & nextMask) {
			const found = nextKeys[slot];
			if (found === key) return nextNodes[slot];
			if (found === -1) return -1;
		}
	}

	private advance(id: number, start: number, end: number): void {
		const { rootNext, outputStart } = this.automaton;
		const nodes = this.spareNode;
		const starts = this.spareStart;
		let count = 0;
		for (let k = 0; k < this.count; k++) {
			const node = this.step(this.node[k] * this.width + id);
			if (node < 0) continue;
			nodes[count] = node;
			starts[count++] = this.start[k];
			if (outputStart[node] !== outputStart[node + 1]) this.hits.push(this.start[k], end, node);
		}
		const first = rootNext[id];
		if (first >= 0) {
			nodes[count] = first;
			starts[count++] = start;
			if (outputStart[first] !== outputStart[first + 1]) this.hits.push(start, end, first);
		}
		this.spareNode = this.node;
		this.spareStart = this.start;
		this.node = nodes;
		this.start = starts;
		this.count = count;
	}
}

/** Vocabulary id of text[start, end) with the given hash, or -1. */
function lookup(automaton: PhraseAutomaton, text: string, hash: number, start: number, end: number): number {
	const { hashKeys, hashIds, hashMask, vocab } = automaton;
	for (let slot = hash & hashMask; ; slot = (slot + 1) & hashMask) {
		const id = hashIds[slot];
		if (id === -1) return -1;
		if (hashKeys[slot] === hash && sameWord(text, vocab[id], start, end)) return id;
	}
}

function sameWord(text: string, word: string, start: number, end: number): boolean {
	if (word.length !== end - start) return false;
	for (let j = 0; j < word.length; j++) {
		const code = text.charCodeAt(start + j);
		if ((FOLD_TABLE[code] || foldOf(code)) !== word.charCodeAt(j)) return false;
	}
	return true;
}

function isWordAt(text: string, at: number): boolean {
	if (at < 0 || at >= text.length) return false;
	const code = text.charCodeAt(at);
	return ((CLASS_TABLE[code] || classOf(code)) as CharClass) === CharClass.Word;
}

/** Folds and hashes the run of letters from `i` up to `limit`; returns its end. Sets `wordHash`. */
let wordHash = 0;
function hashRun(text: string, i: number, limit: number, fold: number): number {
	let hash = HASH_SEED;
	for (;;) {
		hash = Math.imul(hash ^ fold, FNV_PRIME);
		if (++i >= limit) break;
		const code = text.charCodeAt(i);
		fold = SCAN_TABLE[code];
		if (fold === 0) break;
		if (fold >= SCAN_SPECIAL) {
			if (classOf(code) !== CharClass.Word) break; // first sight of a code, or a closed-script char
			fold = SCAN_TABLE[code];
		}
	}
	wordHash = hash;
	return i;
}

/** Start of the run of letters that ends at `end`, looking back no further than `from`. */
function runStart(text: string, end: number, from: number): number {
	let start = end;
	while (start > from) {
		const entry = SCAN_TABLE[text.charCodeAt(start - 1)];
		if (entry === 0 || entry >= SCAN_SPECIAL) break;
		start--;
	}
	return start;
}

/** Start of the last run of letters that ends at or before `end` (gap chars between), or `from`. */
function previousRunStart(text: string, end: number, from: number): number {
	while (end > from && SCAN_TABLE[text.charCodeAt(end - 1)] === 0) end--;
	return runStart(text, end, from);
}

/** Where the careful scan resumes when the fast path stops at `i` (a special char or its limit). */
function resumeAt(text: string, i: number, from: number, inWord: number, lastHasStart: boolean): number {
	const wordStart = inWord !== 0 ? runStart(text, i, from) : i;
	return lastHasStart ? previousRunStart(text, wordStart, from) : wordStart;
}

/**
 * While no phrase is under way: skips every word that is no mention by itself and does not begin
 * a form together with the next word, without a branch per word (the hashes reset arithmetically
 * at gap chars). Returns where the careful scan resumes: the first word of a candidate, a char
 * needing classification, or `limit`. A phrase may go on across an excluded range at `limit`, so
 * a first word just before it is handed over too.
 */
function skipToCandidate(text: string, from: number, limit: number, filter: Uint8Array, shift: number): number {
	const [table, special, lone, pair, prime] = [SCAN_TABLE, SCAN_SPECIAL, FILTER_LONE, FILTER_PAIR, FNV_PRIME]; // locals: a module binding is loaded and checked at every use (a third of this loop's time)
	const mix = PAIR_MIX; // pairSlot's multiplier, as a local
	let hash = HASH_SEED; // HASH_SEED is 0, so a gap char resets the hash with one mask
	let lastHash = HASH_SEED; // the previous word's, while reading a word or the gap after it
	let inWord = 0;
	let i = from;
	for (; i < limit; i++) {
		const entry = table[text.charCodeAt(i)];
		if (entry >= special) break;
		const isWord = (entry + special - 1) >>> 16; // 1 for a letter (entry ≥ 1), 0 for a gap char
		const ended = -(inWord & ~isWord); // all ones at the first gap char after a word
		const endedHash = hash & ended; // 0 inside a word: its loads hit the same (cached) slots
		if ((((filter[endedHash >>> shift] & lone) | (filter[(Math.imul(lastHash, mix) ^ endedHash) >>> shift] & pair)) & ended) !== 0) break; // pairSlot, written out
		lastHash = endedHash | (lastHash & ~ended);
		hash = Math.imul(hash ^ entry, prime) & -isWord;
		inWord = isWord;
	}
	if (i < limit && SCAN_TABLE[text.charCodeAt(i)] < SCAN_SPECIAL) {
		// a candidate word ended at i: hand it over, with the word before if the pair matched
		const wordStart = runStart(text, i, from);
		return (filter[pairSlot(lastHash, hash, shift)] & FILTER_PAIR) !== 0 ? previousRunStart(text, wordStart, from) : wordStart;
	}
	const lastStarts = (filter[lastHash >>> shift] & FILTER_START) !== 0;
	const wordStarts = inWord !== 0 && (filter[hash >>> shift] & FILTER_START) !== 0;
	if (i === limit && !lastStarts && !wordStarts) return i;
	return resumeAt(text, i, from, inWord, lastStarts);
}

/**
 * The first range from `index` on that still covers something once the scan is at `at`: an empty
 * range, or one that ends before the scan gets to it, is read through (it splits no word).
 */
function nextLiveRange(excluded: number[], index: number, at: number): number {
	for (; index < excluded.length; index += 2) {
		const reached = Math.max(excluded[index], at); // where the scan meets this range
		if (excluded[index + 1] > reached) break;
		at = reached;
	}
	return index;
}

/** One careful step at `i` (a word, or one gap char): returns where the next step starts. */
function carefulStep(cursor: PhraseCursor, automaton: PhraseAutomaton, text: string, i: number, limit: number): number {
	const code = text.charCodeAt(i);
	const entry = SCAN_TABLE[code];
	const wanted = cursor.count === 0 ? FILTER_START : FILTER_WORD;
	if (entry > 0 && entry < SCAN_SPECIAL) {
		const end = hashRun(text, i, limit, entry);
		const hash = wordHash;
		if ((automaton.wordFilter[hash >>> automaton.filterShift] & wanted) !== 0) cursor.word(hash, i, end, end);
		else cursor.count = 0;
		return end;
	}
	const cls = (CLASS_TABLE[code] || classOf(code)) as CharClass;
	if (cls === CharClass.Word) return i; // first sight of a letter: read it again
	if (cls === CharClass.ClosedScript) {
		const hash = Math.imul(HASH_SEED ^ (FOLD_TABLE[code] || foldOf(code)), FNV_PRIME);
		if ((automaton.wordFilter[hash >>> automaton.filterShift] & wanted) !== 0) cursor.word(hash, i, i + 1, -1);
		else cursor.count = 0;
	} else if (cursor.count > 0) cursor.gap(cls, i);
	return i + 1;
}

/**
 * The scan proper, skipping excluded ranges (sorted start/end pairs) as if they were spaces.
 * Returns flat triples (start, end, trie node) where some alias or exclusion form ends.
 */
export function scanPhrases(automaton: PhraseAutomaton, text: string, excluded: number[]): number[] {
	const cursor = new PhraseCursor(automaton, text, excluded);
	const n = text.length;
	let exIndex = nextLiveRange(excluded, 0, 0);
	let limit = exIndex < excluded.length ? Math.min(excluded[exIndex], n) : n;
	let i = 0;
	while (i < n) {
		if (i >= limit) {
			i = excluded[exIndex + 1];
			exIndex = nextLiveRange(excluded, exIndex + 2, i);
			limit = exIndex < excluded.length ? Math.min(excluded[exIndex], n) : n;
			continue;
		}
		if (cursor.count === 0) {
			i = skipToCandidate(text, i, limit, automaton.wordFilter, automaton.filterShift);
			if (i >= limit) continue;
		}
		i = carefulStep(cursor, automaton, text, i, limit);
	}
	return cursor.hits;
}
