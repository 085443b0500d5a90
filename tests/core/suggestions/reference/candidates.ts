// The candidates extractor as it was before the typed-array rewrite (a Map of tally objects), kept as
// the reference the property test compares the fast one against.
// Per-note candidate phrases for theme suggestions, found in one pass over the readable passages:
// words are hashed as they are read, phrases of 1–4 words are counted by hash, and only the best
// few are turned into strings. Stop words, fillers, numbers and timestamps never make a phrase.

import type { SourceDocument } from "../../../../src/core/model";
import type { PhraseCandidate } from "../../../../src/core/suggestions/candidate-entry";
import { type PhraseShape, shapeWeight } from "../../../../src/core/suggestions/phrase-score";
import { variantKey } from "../../../../src/core/suggestions/terms";
import { Tokens, T_BREAK, T_CAPITAL, T_COMMON, T_HYPHEN, T_SENTENCE_START, T_SKIP, T_STOP, tokenize } from "./tokens";

// Since issue 16: a lone word of under four letters counts when written in capitals (an acronym); a
// phrase said once weighs half; the limit grows with the note; candidates are written as the note
// writes them mid-sentence, and the forms of one term (variantKey) merge into the best one.
export const CANDIDATES_PER_DOCUMENT = 60;
const FEWEST_CANDIDATES = 30;
const WORDS_PER_EXTRA_CANDIDATE = 500;
const MERGE_SLACK = 10;
const LONGEST_PHRASE = 4; // words; longer runs are sentences, not themes
const SHORTEST_SINGLE_WORD = 4; // a lone word shorter than this is mostly an abbreviation or noise

interface PhraseTally {
	count: number;
	capitals: number;
	first: number; // token index of the first occurrence
	shown: number; // token index of the first occurrence mid-sentence, or -1
	shape: PhraseShape;
	modifier: boolean; // a lone word set before another noun at least once
}

function phraseKey(tokens: Tokens, from: number, to: number): number {
	let a = 0x2545f491;
	let b = 0x1b873593;
	for (let t = from; t <= to; t++) {
		a = Math.imul(a ^ tokens.hashA[t], 0x01000193);
		b = Math.imul((b + tokens.hashB[t]) | 0, 0x9e3779b1) ^ (b >>> 15);
	}
	return (a >>> 0) * 0x200000 + (b >>> 11); // 53 bits: collisions are negligible within one note
}

function allCapitals(tokens: Tokens, from: number, to: number): boolean {
	for (let t = from; t <= to; t++) if ((tokens.flags[t] & (T_STOP | T_CAPITAL)) === 0) return false;
	return true;
}

function count(tallies: Map<number, PhraseTally>, tokens: Tokens, from: number, to: number): PhraseTally | undefined {
	const key = phraseKey(tokens, from, to);
	let tally = tallies.get(key);
	if (!tally) {
		let common = 0;
		let content = 0;
		let hyphen = false;
		for (let t = from; t <= to; t++) {
			if (tokens.flags[t] & T_COMMON) common++;
			if (!(tokens.flags[t] & T_STOP)) content++;
			if (tokens.flags[t] & T_HYPHEN) hyphen = true;
		}
		const words = to - from + 1;
		if (common >= content) return undefined; // "good people", "kind of a lot": every content word everyday
		tally = { count: 0, capitals: 0, first: from, shown: -1, shape: { words, hyphenated: hyphen, capitalised: false, commonWords: common }, modifier: false };
		tallies.set(key, tally);
	}
	tally.count++;
	if (allCapitals(tokens, from, to)) tally.capitals++;
	if (tally.shown < 0 && !(tokens.flags[from] & T_SENTENCE_START)) tally.shown = from;
	return tally;
}

/** compounds.ts's rule, by regular expressions over the words' text. */
function setBeforeNoun(raw: string, tokens: Tokens, t: number): boolean {
	if (t + 1 >= tokens.length || tokens.flags[t + 1] & (T_BREAK | T_SKIP | T_STOP)) return false;
	const [word, next] = [t, t + 1].map((i) => raw.slice(tokens.start[i], tokens.end[i]).toLowerCase());
	const plural = (w: string): boolean => w.length >= 4 && /[^siu]s$/.test(w);
	if (plural(word)) return false;
	return !(tokens.flags[t + 1] & T_COMMON) || !(/(ly|er)$/.test(next) || (next.length > 3 && next.endsWith("est")));
}

function writtenInCapitals(raw: string, tokens: Tokens, t: number): boolean {
	return /^[A-Z]+$/.test(raw.slice(tokens.start[t], tokens.end[t]));
}

function countPhrasesFrom(tallies: Map<number, PhraseTally>, raw: string, tokens: Tokens, from: number): void {
	const first = tokens.flags[from];
	if (first & (T_STOP | T_SKIP)) return;
	if (!(first & T_COMMON) && (tokens.end[from] - tokens.start[from] >= SHORTEST_SINGLE_WORD || writtenInCapitals(raw, tokens, from))) {
		const tally = count(tallies, tokens, from, from);
		if (tally && setBeforeNoun(raw, tokens, from)) tally.modifier = true;
	}
	for (let to = from + 1; to < tokens.length && to - from < LONGEST_PHRASE; to++) {
		const flags = tokens.flags[to];
		if (flags & (T_BREAK | T_SKIP)) return;
		if (!(flags & T_STOP)) count(tallies, tokens, from, to);
	}
}

function phraseText(raw: string, tokens: Tokens, from: number, words: number, opensSentence: boolean): string {
	const parts: string[] = [];
	for (let t = from; t < from + words; t++) {
		let word = "";
		for (let i = tokens.start[t]; i < tokens.end[t]; i++) word += String.fromCharCode(normaliseJoiner(raw.charCodeAt(i)));
		parts.push(word);
	}
	if (words > 1 && parts.every((p) => p === p.toUpperCase())) return parts.join(" ").toLowerCase();
	if (opensSentence && parts[0].slice(1) === parts[0].slice(1).toLowerCase()) parts[0] = parts[0].toLowerCase();
	return parts.join(" ");
}

function normaliseJoiner(code: number): number {
	if (code === 0x2019) return 39; // curly apostrophe
	if (code === 0x2010 || code === 0x2011) return 45; // typographic hyphens
	return code;
}

/** The note's best phrases, at most CANDIDATES_PER_DOCUMENT, best first. */
export function extractCandidates(doc: SourceDocument, raw: string): PhraseCandidate[] {
	const tokens = tokenize(raw, doc.passages, doc.excluded);
	const tallies = new Map<number, PhraseTally>();
	for (let t = 0; t < tokens.length; t++) countPhrasesFrom(tallies, raw, tokens, t);
	const ranked = [...tallies.values()].map((tally) => {
		const capitalised = tally.capitals * 2 >= tally.count; // capitalised in at least half of its uses
		const chance = tally.count === 1 && tally.shape.words > 1 ? 0.5 : 1;
		return { tally, capitalised, score: (1 + Math.log(tally.count)) * shapeWeight({ ...tally.shape, capitalised }) * chance }; // sublinear: a word said 60 times must not crowd out every phrase
	});
	ranked.sort((x, y) => y.score - x.score || x.tally.first - y.tally.first || x.tally.shape.words - y.tally.shape.words);
	const limit = Math.min(CANDIDATES_PER_DOCUMENT, FEWEST_CANDIDATES + Math.floor(tokens.length / WORDS_PER_EXTRA_CANDIDATE));
	const out: PhraseCandidate[] = [];
	const byKey = new Map<string, PhraseCandidate>();
	for (const { tally, capitalised } of ranked.slice(0, limit + MERGE_SLACK)) {
		const phrase = phraseText(raw, tokens, tally.shown >= 0 ? tally.shown : tally.first, tally.shape.words, tally.shown < 0);
		const known = byKey.get(variantKey(phrase));
		if (known) {
			known.count += tally.count;
			known.modifier ||= tally.modifier;
		}
		else if (out.length < limit) {
			const candidate = { phrase, count: tally.count, capitalised, modifier: tally.modifier };
			byKey.set(variantKey(phrase), candidate);
			out.push(candidate);
		}
	}
	return out;
}
