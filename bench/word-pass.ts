// A third yardstick: the least per-word work this design of the index needs, done in ONE fused pass
// over char codes. For every word: fold its letters and hash them (the matcher's folding table), probe
// a 64 KB word filter (how the matcher settles most words), add its key to the fingerprint's dedup set
// (and the key of each pair of long words), and look up its stop-word flags. Nothing else: no
// frontmatter, passages, excluded ranges, joined words, phrases, mentions, records or aggregates, nor
// the writing of the filter. Its rate is therefore an upper bound on what the full index could reach
// while it keeps the matcher's filter, the fingerprint and the suggestions.

import { KeySet } from "../src/core/index/key-set";
import { CharClass, SCAN_SPECIAL, SCAN_TABLE, classOf, foldOf } from "../src/core/text/chars";
import { MB, megabytesPerSecond, timed } from "./measure";
import type { RateMeasure } from "./baselines";

const FILTER_BITS = 16; // 64 KB: the matcher's word filter for a few hundred aliases is this size
const FILTER_WORDS = 600; // slots set in the stand-in filter, ~ the vocabulary of 40 themes' 250 aliases
const RECENT_MASK = (1 << 11) - 1; // 2,048 recent words, as the suggestions' tokenizer keeps
const PAIR_MIN_LENGTH = 4; // as the fingerprint: only pairs of long words
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export interface WordPassCount {
	words: number;
	/** Distinct fingerprint keys over all texts (words and long pairs), summed per text. */
	keys: number;
	/** Words whose filter byte was set (a real matcher would look them up). */
	filterHits: number;
	/** Words whose stand-in flags were not 0. */
	flagged: number;
}

function standInFilter(): Uint8Array {
	const filter = new Uint8Array(1 << FILTER_BITS);
	for (let n = 0; n < FILTER_WORDS; n++) filter[Math.imul(n + 1, 0x9e3779b1) >>> (32 - FILTER_BITS)] = 1; // golden-ratio spread
	return filter;
}

/** The pass over one text; adds to `count`. */
function passOver(text: string, filter: Uint8Array, keys: KeySet, recentKey: Int32Array, recentFlags: Int32Array, count: WordPassCount): void {
	const table = SCAN_TABLE; // locals: a module binding is checked at every use
	const special = SCAN_SPECIAL;
	keys.clear();
	let previous = 0;
	let i = 0;
	while (i < text.length) {
		const code = text.charCodeAt(i);
		const entry = table[code];
		const fold = entry < special ? entry : classOf(code) === CharClass.Word ? foldOf(code) : 0; // first sight of a code, or a closed script (a gap here)
		if (fold === 0) {
			i++;
			continue;
		}
		let hash = Math.imul(FNV_OFFSET ^ fold, FNV_PRIME);
		let end = i + 1;
		let next = 0;
		for (; end < text.length; end++) {
			next = table[text.charCodeAt(end)];
			if (next === 0 || next >= special) break;
			hash = Math.imul(hash ^ next, FNV_PRIME);
		}
		count.words++;
		if (filter[hash >>> (32 - FILTER_BITS)] !== 0) count.filterHits++;
		keys.add(hash);
		if (end - i >= PAIR_MIN_LENGTH) {
			if (previous !== 0) keys.add(Math.imul(previous, 0x2545f491) ^ hash); // the fingerprint's pair multiplier
			previous = hash;
		} else previous = 0;
		const slot = (hash ^ (hash >>> 13)) & RECENT_MASK;
		if (recentKey[slot] !== hash) {
			recentKey[slot] = hash;
			recentFlags[slot] = hash & 3; // stands in for the vocabulary's lookup, which a recent word skips
		}
		if (recentFlags[slot] !== 0) count.flagged++;
		i = end < text.length && next === 0 ? end + 1 : end; // the gap after a word changes nothing; a code not classified yet is read again
	}
	count.keys += keys.size;
}

/** Runs the pass over every text. */
export function leastWordWorkPass(texts: readonly string[]): WordPassCount {
	const filter = standInFilter();
	const keys = new KeySet();
	const recentKey = new Int32Array(RECENT_MASK + 1);
	const recentFlags = new Int32Array(RECENT_MASK + 1);
	const count: WordPassCount = { words: 0, keys: 0, filterHits: 0, flagged: 0 };
	for (const text of texts) passOver(text, filter, keys, recentKey, recentFlags, count);
	return count;
}

export function measureLeastWordWork(texts: readonly string[], bytes: number): RateMeasure & { count: WordPassCount } {
	leastWordWorkPass(texts.slice(0, 300)); // warm-up: let the JIT compile the loop first
	const { ms, result } = timed(() => leastWordWorkPass(texts));
	return { mbPerSecond: megabytesPerSecond(bytes, ms), ms, measuredMb: bytes / MB, sampleNote: null, count: result };
}
