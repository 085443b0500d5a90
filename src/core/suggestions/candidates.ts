// Per-note candidate phrases for theme suggestions, found in one pass over the readable passages:
// words are hashed as they are read, phrases of 1–4 words are counted by hash, and only the best
// few are turned into strings. Stop words, fillers, numbers and timestamps never make a phrase; a
// phrase needs a word that is not everyday English, and a lone word of under four letters must be
// an acronym ("AGI", "LLM"). A candidate is written as the note writes it mid-sentence ("OpenAI",
// "GPT-4"); the note's forms of one term ("GPT-4", "gpt4") are one candidate (terms.ts).

import type { SourceDocument } from "../model";
import { joinerCode } from "../text/chars";
import type { PhraseCandidate } from "./candidate-entry";
import { type PhraseShape, shapeWeight } from "./phrase-score";
import { isModifier } from "./compounds";
import { variantKey } from "./terms";
import { TokenFlag, type Tokens, type WordWalk, pairSlot, tokenize } from "./tokens";

const FEWEST_CANDIDATES = 30; // a short note's own top phrases suffice
const WORDS_PER_EXTRA_CANDIDATE = 500; // a long transcript names more terms once or twice: one more candidate per 500 words
export const CANDIDATES_PER_DOCUMENT = 60; // at most, whatever the note's length: bounded memory per note
const MERGE_SLACK = 10; // entries read past the limit, for the forms of one term that merge into one candidate
const LONGEST_PHRASE = 4; // words; longer runs are sentences, not themes
const SHORTEST_SINGLE_WORD = 4; // a lone word shorter than this is mostly an abbreviation or noise
const FIRST_SLOTS = 1 << 8; // a short note's table
const FIRST_ENTRIES = 1 << 11; // phrases before the entry arrays first double
const KEPT_SLOTS = 1 << 16; // a table of more slots (256 KB) is let go at the next note
const KEPT_ENTRIES = 1 << 14; // entry arrays of more phrases (about 370 KB) are let go at the next note

/** The phrase hashes' constants. A const enum: inlined in the counting loop (a module constant is loaded and checked at every use). */
const enum Phrase {
	SeedA = 0x2545f491, // seeds of a phrase's two running hashes
	SeedB = 0x1b873593,
	PrimeA = 0x01000193, // FNV's 32-bit prime
	MultiplierB = -1640531535, // 0x9e3779b1 (the golden ratio's multiplier) as an int32
}

/**
 * Phrases counted in one note, by key, in typed arrays reused between notes (no object per phrase).
 * A key is the pair (hash A, hash B >>> 11): the 53-bit key of a phrase, as two numbers. The arrays
 * grow as phrases are counted: a long transcript counts a few thousand (phrases of everyday words
 * only are never counted), far fewer than the four per word a table sized up front would allow.
 */
export class PhraseTable {
	slots = new Int32Array(FIRST_SLOTS); // entry + 1, 0 = free
	mask = 0;
	size = 0;
	keyA = new Int32Array(FIRST_ENTRIES);
	keyB = new Int32Array(FIRST_ENTRIES);
	count = new Int32Array(FIRST_ENTRIES);
	capitals = new Int32Array(FIRST_ENTRIES);
	first = new Int32Array(FIRST_ENTRIES); // token index of the first occurrence
	shown = new Int32Array(FIRST_ENTRIES); // token index of the first occurrence mid-sentence, or -1
	words = new Uint8Array(FIRST_ENTRIES);
	commonWords = new Uint8Array(FIRST_ENTRIES);
	hyphenated = new Uint8Array(FIRST_ENTRIES);
	modifier = new Uint8Array(FIRST_ENTRIES); // a lone word the note sets before another noun ("inference compute"): see compounds.ts

	/** Empties the table for a note of `tokens` words. */
	reset(tokens: number): void {
		let size = FIRST_SLOTS;
		while (size < tokens / 2) size *= 2; // a first guess at twice the phrases (load one half); the table doubles past it
		if (this.slots.length < size || this.slots.length > Math.max(size, KEPT_SLOTS)) this.slots = new Int32Array(size); // let a giant note's table go
		else this.slots.fill(0, 0, size);
		this.mask = size - 1;
		this.size = 0;
		if (this.keyA.length > KEPT_ENTRIES) this.allocate(FIRST_ENTRIES);
	}

	/** The slot holding the key, or the free slot where it would go. */
	slotOf(a: number, b: number): number {
		let slot = pairSlot(a, b) & this.mask;
		for (let entry = this.slots[slot]; entry !== 0; entry = this.slots[slot]) {
			if (this.keyA[entry - 1] === a && this.keyB[entry - 1] === b) return slot;
			slot = (slot + 1) & this.mask;
		}
		return slot;
	}

	/** A new entry at `slot` (from slotOf, just before); the table grows when it fills. */
	insert(slot: number, a: number, b: number, first: number, words: number, common: number, hyphen: boolean): number {
		if (this.size === this.keyA.length) this.allocate(this.size * 2);
		const entry = this.size++;
		this.slots[slot] = entry + 1;
		this.keyA[entry] = a;
		this.keyB[entry] = b;
		this.count[entry] = 0;
		this.capitals[entry] = 0;
		this.first[entry] = first;
		this.shown[entry] = -1;
		this.words[entry] = words;
		this.commonWords[entry] = common;
		this.hyphenated[entry] = hyphen ? 1 : 0;
		this.modifier[entry] = 0;
		if (this.size * 2 > this.mask + 1) this.rehash((this.mask + 1) * 2); // load past one half
		return entry;
	}

	/** Entry arrays of `capacity`, the entries so far kept. */
	private allocate(capacity: number): void {
		const grown = <T extends Int32Array | Uint8Array>(old: T, fresh: T): T => {
			fresh.set(old.subarray(0, Math.min(this.size, capacity)));
			return fresh;
		};
		this.keyA = grown(this.keyA, new Int32Array(capacity));
		this.keyB = grown(this.keyB, new Int32Array(capacity));
		this.count = grown(this.count, new Int32Array(capacity));
		this.capitals = grown(this.capitals, new Int32Array(capacity));
		this.first = grown(this.first, new Int32Array(capacity));
		this.shown = grown(this.shown, new Int32Array(capacity));
		this.words = grown(this.words, new Uint8Array(capacity));
		this.commonWords = grown(this.commonWords, new Uint8Array(capacity));
		this.hyphenated = grown(this.hyphenated, new Uint8Array(capacity));
		this.modifier = grown(this.modifier, new Uint8Array(capacity));
	}

	/** Slots of `size` for the entries so far. */
	private rehash(size: number): void {
		if (this.slots.length < size) this.slots = new Int32Array(size);
		else this.slots.fill(0, 0, size);
		this.mask = size - 1;
		for (let entry = 0; entry < this.size; entry++) {
			let slot = pairSlot(this.keyA[entry], this.keyB[entry]) & this.mask;
			while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
			this.slots[slot] = entry + 1;
		}
	}
}

const table = new PhraseTable();

/**
 * Counts one occurrence of the phrase tokens[from..to], whose running key is (a, b), `common` of its
 * words everyday English and `hyphen` when one is hyphenated; returns its entry. The table is passed:
 * a local, not a module binding.
 */
function count(table: PhraseTable, tokens: Tokens, from: number, to: number, a: number, b: number, capitals: boolean, common: number, hyphen: boolean): number {
	const key = b >>> 11;
	const slot = table.slotOf(a, key);
	let entry = table.slots[slot] - 1;
	if (entry < 0) entry = table.insert(slot, a, key, from, to - from + 1, common, hyphen);
	table.count[entry]++;
	if (capitals) table.capitals[entry]++;
	if (table.shown[entry] < 0 && !(tokens.flags[from] & TokenFlag.SentenceStart)) table.shown[entry] = from;
	return entry;
}

/** Whether raw[start, end) is written in capitals, as acronyms are ("AGI", "LLM"; not "Go", "AND" aside). */
function isCapitals(raw: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const code = raw.charCodeAt(i);
		if (code < 65 || code > 90) return false; // A–Z
	}
	return true;
}

/**
 * Counts the phrases starting at token `from`, extending their key one word at a time. A phrase whose
 * content words are all everyday English ("good people", "kind of a lot") is never counted, so it is
 * not even looked up: its words' flags settle it before any probe.
 */
function countPhrasesFrom(table: PhraseTable, raw: string, tokens: Tokens, from: number): void {
	const first = tokens.flags[from];
	if (first & (TokenFlag.Stop | TokenFlag.Skip)) return;
	let a = Math.imul(Phrase.SeedA ^ tokens.hashA[from], Phrase.PrimeA);
	let b = Math.imul((Phrase.SeedB + tokens.hashB[from]) | 0, Phrase.MultiplierB) ^ (Phrase.SeedB >>> 15);
	let capitals = (first & (TokenFlag.Stop | TokenFlag.Capital)) !== 0;
	let common = first & TokenFlag.Common ? 1 : 0; // everyday words so far
	let content = 1; // words that are not stop words so far (the first is not)
	let hyphen = (first & TokenFlag.Hyphen) !== 0;
	const letters = tokens.end[from] - tokens.start[from];
	if (common === 0 && (letters >= SHORTEST_SINGLE_WORD || isCapitals(raw, tokens.start[from], tokens.end[from]))) {
		const entry = count(table, tokens, from, from, a, b, capitals, 0, hyphen);
		if (isModifier(raw, tokens, from)) table.modifier[entry] = 1;
	}
	for (let to = from + 1; to < tokens.length && to - from < LONGEST_PHRASE; to++) {
		const flags = tokens.flags[to];
		if (flags & (TokenFlag.Break | TokenFlag.Skip)) return;
		a = Math.imul(a ^ tokens.hashA[to], Phrase.PrimeA);
		b = Math.imul((b + tokens.hashB[to]) | 0, Phrase.MultiplierB) ^ (b >>> 15);
		capitals &&= (flags & (TokenFlag.Stop | TokenFlag.Capital)) !== 0;
		if (flags & TokenFlag.Common) common++;
		if (flags & TokenFlag.Hyphen) hyphen = true;
		if (flags & TokenFlag.Stop) continue;
		if (++content > common) count(table, tokens, from, to, a, b, capitals, common, hyphen);
	}
}

const shape: PhraseShape = { words: 0, hyphenated: false, capitalised: false, commonWords: 0 };
const SHAPES = (LONGEST_PHRASE + 1) * (LONGEST_PHRASE + 1) * 4; // words × common words × hyphenated × capitalised
const shapeWeights = new Float64Array(SHAPES).fill(-1); // shapeWeight of each shape, filled on first use
const ONCE_SAID_PHRASE = 0.5; // a phrase of words said once is as likely a chance pairing as a term; a name said once is still a name
const SMALL_COUNTS = 1024; // counts below this take their logarithm from a table
const countWeights = new Float64Array(SMALL_COUNTS).map((_, uses) => 1 + Math.log(uses));

/** shapeWeight of an entry's shape, computed once per shape. */
function weightOf(entry: number, capitalised: boolean): number {
	const words = table.words[entry];
	const index = ((words * (LONGEST_PHRASE + 1) + table.commonWords[entry]) * 2 + table.hyphenated[entry]) * 2 + (capitalised ? 1 : 0);
	if (shapeWeights[index] < 0) {
		shape.words = words;
		shape.hyphenated = table.hyphenated[entry] === 1;
		shape.capitalised = capitalised;
		shape.commonWords = table.commonWords[entry];
		shapeWeights[index] = shapeWeight(shape);
	}
	return shapeWeights[index];
}

let scores = new Float64Array(1 << 11); // reused between notes

/** Each entry's score: sublinear in its count (a word said 60 times must not crowd out every phrase). */
function scoreEntries(): Float64Array {
	if (scores.length < table.size || scores.length > Math.max(table.size, KEPT_ENTRIES)) scores = new Float64Array(Math.max(FIRST_ENTRIES, table.size)); // let a giant note's go
	for (let entry = 0; entry < table.size; entry++) {
		const uses = table.count[entry];
		const capitalised = table.capitals[entry] * 2 >= uses; // capitalised in at least half of its uses
		const chance = uses === 1 && table.words[entry] > 1 ? ONCE_SAID_PHRASE : 1;
		scores[entry] = (uses < SMALL_COUNTS ? countWeights[uses] : 1 + Math.log(uses)) * weightOf(entry, capitalised) * chance;
	}
	return scores;
}

/** The best entries, best first: by score, then first occurrence, then length (a total order). */
function bestEntries(scores: Float64Array, limit: number): number[] {
	const best: number[] = [];
	const before = (x: number, y: number): boolean => scores[x] > scores[y] || (scores[x] === scores[y] && (table.first[x] < table.first[y] || (table.first[x] === table.first[y] && table.words[x] < table.words[y])));
	for (let entry = 0; entry < table.size; entry++) {
		if (best.length === limit && !before(entry, best[limit - 1])) continue;
		let at = best.length < limit ? best.length : limit - 1;
		while (at > 0 && before(entry, best[at - 1])) {
			best[at] = best[at - 1];
			at--;
		}
		best[at] = entry;
	}
	return best;
}

/**
 * The phrase tokens[from..] as written, one space between words, joiners made plain. A phrase only
 * seen opening sentences loses the capital the sentence gave it ("Scaling laws" → "scaling laws"),
 * and a heading in capitals is lower-cased; a name keeps its own capitals ("OpenAI", "GPT-4").
 */
function surfaceText(raw: string, tokens: Tokens, from: number, words: number, opensSentence: boolean): string {
	const parts: string[] = [];
	for (let t = from; t < from + words; t++) parts.push(wordText(raw, tokens.start[t], tokens.end[t]));
	if (words > 1 && parts.every((part) => part === part.toUpperCase())) return parts.join(" ").toLowerCase(); // "SCALING LAWS", a heading
	if (opensSentence && parts[0].slice(1) === parts[0].slice(1).toLowerCase()) parts[0] = parts[0].toLowerCase();
	return words === 1 ? parts[0] : parts.join(" "); // a lone word may be a slice of the note: PhraseTallies keeps a copy, never it
}

/** The text of raw[start, end), joiners made plain: ASCII as it stands, other text a code at a time. */
function wordText(raw: string, start: number, end: number): string {
	let ascii = true;
	for (let i = start; i < end && ascii; i++) ascii = raw.charCodeAt(i) < 128;
	if (ascii) return raw.slice(start, end);
	let word = "";
	for (let i = start; i < end; i++) word += String.fromCharCode(joinerCode(raw.charCodeAt(i)));
	return word;
}

/**
 * The note's best phrases, at most CANDIDATES_PER_DOCUMENT, best first. With a `walk`, the words of the
 * fingerprint are read in the same pass (finish the walk for the fingerprint).
 */
export function extractCandidates(doc: SourceDocument, raw: string, walk: WordWalk | null = null): PhraseCandidate[] {
	const tokens = tokenize(raw, doc.passages, doc.excluded, walk);
	table.reset(tokens.length);
	for (let t = 0; t < tokens.length; t++) countPhrasesFrom(table, raw, tokens, t);
	const scores = scoreEntries();
	const limit = Math.min(CANDIDATES_PER_DOCUMENT, FEWEST_CANDIDATES + Math.floor(tokens.length / WORDS_PER_EXTRA_CANDIDATE));
	return mergedForms(raw, tokens, bestEntries(scores, limit + MERGE_SLACK), limit);
}

/** The entries as candidates, best first, the forms of one term merged into the best one's; at most `limit`. */
function mergedForms(raw: string, tokens: Tokens, entries: readonly number[], limit: number): PhraseCandidate[] {
	const byKey = new Map<string, PhraseCandidate>();
	const out: PhraseCandidate[] = [];
	for (const entry of entries) {
		const shown = table.shown[entry];
		const phrase = surfaceText(raw, tokens, shown >= 0 ? shown : table.first[entry], table.words[entry], shown < 0);
		const key = variantKey(phrase);
		const uses = table.count[entry];
		const capitalised = table.capitals[entry] * 2 >= uses;
		const known = byKey.get(key);
		if (known) {
			known.count += uses;
			known.modifier ||= table.modifier[entry] === 1;
			continue;
		}
		if (out.length === limit) continue;
		const candidate = { phrase, count: uses, capitalised, modifier: table.modifier[entry] === 1 };
		byKey.set(key, candidate);
		out.push(candidate);
	}
	return out;
}
