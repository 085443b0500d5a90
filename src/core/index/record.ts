// What the index keeps about one note after analysis: enough for views, links and aggregates,
// never the note's text. Every number of a record (mentions, passages, snippet ends, candidate
// counts, the fingerprint's bits) sits in ONE Int32Array, so 10,000 notes stay small and a stored
// record is one block of bytes; strings are shared (intern.ts) or joined (snippets).

import type { DocumentKind, DocumentThemeDecision } from "../model";
import { CANDIDATE_CAPITALISED, CANDIDATE_COUNT_SHIFT, CANDIDATE_MODIFIER, type PhraseCandidate } from "../suggestions/candidate-entry";
import { SNIPPET_LEADS, SNIPPET_TRAILS } from "../text/snippets";
import { unpackLatin } from "./latin-text";

/** A passage that holds at least one mention, with what a click or a link needs. */
export interface PassageRecord {
	/** Index of the passage in the parsed SourceDocument. */
	index: number;
	start: number;
	end: number;
	/** 1-based line and column of `start` in the file as on disk. */
	line: number;
	col: number;
	seconds?: number;
	heading?: string;
	blockId?: string;
}

/** Header of `numbers`: how many entries each section holds. */
export const H_MENTIONS = 0;
export const H_PASSAGES = 1;
export const H_SNIPPETS = 2;
export const H_CANDIDATES = 3;
export const H_FINGERPRINT = 4; // 32-bit words of the fingerprint
export const HEADER = 5;

/** Fields per mention, and their offsets inside one stride. The end is start + the match's length. */
export const MENTION_STRIDE = 6;
export const M_THEME_SNIPPET = 0; // theme slot (index into mentionThemes) × 2^16 + snippet slot + 1 (0: no snippet kept, see quoted-passages.ts)
export const M_START = 1;
export const M_LINE = 2;
export const M_COL = 3;
export const M_PASSAGE = 4; // passage slot, or -1 outside every passage
export const M_MATCH = 5; // index into matches

const SNIPPET_FIELD_BITS = 16; // a note's mentions name fewer than 65,536 themes and keep fewer than 65,535 snippets (8 per theme)
const SNIPPET_FIELD = (1 << SNIPPET_FIELD_BITS) - 1;
/** Distinct themes one note's mentions may name. */
export const MAX_MENTIONED_THEMES = 1 << SNIPPET_FIELD_BITS;

/** The M_THEME_SNIPPET field of a mention; a snippet slot past what the field holds is kept as none. */
export function packThemeSnippet(themeSlot: number, snippetSlot: number): number {
	if (themeSlot < 0 || themeSlot >= MAX_MENTIONED_THEMES) throw new Error(`a note naming more than ${MAX_MENTIONED_THEMES} themes`);
	const snippet = snippetSlot >= 0 && snippetSlot < SNIPPET_FIELD ? snippetSlot + 1 : 0;
	return ((themeSlot << SNIPPET_FIELD_BITS) | snippet) | 0;
}

/** Theme slot of an M_THEME_SNIPPET field. */
export function packedTheme(field: number): number {
	return field >>> SNIPPET_FIELD_BITS;
}

/** Snippet slot of an M_THEME_SNIPPET field, or -1. */
export function packedSnippet(field: number): number {
	return (field & SNIPPET_FIELD) - 1;
}

/** Fields per stored passage. */
export const PASSAGE_STRIDE = 7;
export const P_INDEX = 0;
export const P_START = 1;
export const P_END = 2;
export const P_LINE = 3;
export const P_COL = 4;
export const P_HEADING = 5; // index into labels, or -1
export const P_BLOCK = 6; // index into labels, or -1

export interface DocumentRecord {
	path: string;
	/** File size in bytes and modification time, as the vault listed them (warm-start reconciliation). */
	size: number;
	mtime: number;
	kind: DocumentKind;
	format: string;
	title: string;
	/** The title is the file name (no title in the note): a rename retitles it. */
	titleFromPath?: boolean;
	author: string | null;
	date: string | null;
	url: string | null;
	durationSeconds: number | null;
	words: number;
	tags: string[];
	excludedThemes: string[];
	problems: string[];
	decisions: DocumentThemeDecision[];
	/** Distinct theme ids of the mentions, in first-seen order. */
	mentionThemes: string[];
	/** The distinct texts of the mentions as they stand in the file ("scaling laws", "Scaling"). */
	matches: string[];
	/** Headings and block ids of the stored passages. */
	labels: string[];
	/** Seconds of each stored passage (-1 for none), or null when no passage has a time. */
	passageSeconds: number[] | null;
	/** The snippets' readable texts, each packed to one byte a character (latin-text.ts), joined; the ends sit in `numbers`. */
	snippetText: string;
	/** Candidate phrases, best first; their counts sit in `numbers`. */
	candidatePhrases: string[];
	/** How many passages the document has in all (the denominator of co-occurrence). */
	passageCount: number;
	/** Header, mentions (sorted by start), passages (document order), snippet ends, candidate counts, fingerprint bits. */
	numbers: Int32Array;
}

/** Where each section of `numbers` starts (mentions start at HEADER). */
export function passagesAt(numbers: Int32Array): number {
	return HEADER + numbers[H_MENTIONS] * MENTION_STRIDE;
}
export function snippetsAt(numbers: Int32Array): number {
	return passagesAt(numbers) + numbers[H_PASSAGES] * PASSAGE_STRIDE;
}
export function candidatesAt(numbers: Int32Array): number {
	return snippetsAt(numbers) + numbers[H_SNIPPETS];
}
export function fingerprintAt(numbers: Int32Array): number {
	return candidatesAt(numbers) + numbers[H_CANDIDATES];
}
/** Length `numbers` must have for its header. */
export function expectedLength(numbers: Int32Array): number {
	return fingerprintAt(numbers) + numbers[H_FINGERPRINT];
}

/** One mention, unpacked for a view or a report. */
export interface StoredMention {
	themeId: string;
	start: number;
	end: number;
	line: number;
	col: number;
	match: string;
	passage: PassageRecord | null;
	/** The stored snippet, or null when none was kept for this mention (compute it from the text). */
	snippet: string | null;
	/** The snippet's index in the record (its rank among the theme's quoted passages), or -1. */
	snippetIndex: number;
}

/** Which passage a mention belongs to, for grouping; a mention outside every passage stands alone. */
export function passageKeyOf(mention: StoredMention): number {
	return mention.passage ? mention.passage.index : -1 - mention.start;
}

/** Number of mentions stored in a record. */
export function mentionCount(record: DocumentRecord): number {
	return record.numbers[H_MENTIONS];
}

/** Theme slot of mention `n` (an index into mentionThemes). */
export function mentionTheme(record: DocumentRecord, n: number): number {
	return packedTheme(record.numbers[HEADER + n * MENTION_STRIDE + M_THEME_SNIPPET]);
}

/** Passage slot of mention `n`, or -1. */
export function mentionPassage(record: DocumentRecord, n: number): number {
	return record.numbers[HEADER + n * MENTION_STRIDE + M_PASSAGE];
}

/** The stored passage in `slot`, as an object. */
export function passageRecord(record: DocumentRecord, slot: number): PassageRecord {
	const data = record.numbers;
	const at = passagesAt(data) + slot * PASSAGE_STRIDE;
	const passage: PassageRecord = { index: data[at + P_INDEX], start: data[at + P_START], end: data[at + P_END], line: data[at + P_LINE], col: data[at + P_COL] };
	const seconds = record.passageSeconds?.[slot] ?? -1;
	if (seconds >= 0) passage.seconds = seconds;
	if (data[at + P_HEADING] >= 0) passage.heading = record.labels[data[at + P_HEADING]];
	if (data[at + P_BLOCK] >= 0) passage.blockId = record.labels[data[at + P_BLOCK]];
	return passage;
}

/** Snippet `slot` with its ellipses. */
export function snippetText(record: DocumentRecord, slot: number): string {
	const data = record.numbers;
	const at = snippetsAt(data);
	const from = slot === 0 ? 0 : data[at + slot - 1] >>> 2;
	const entry = data[at + slot];
	const body = unpackLatin(record.snippetText.slice(from, entry >>> 2));
	return `${entry & SNIPPET_LEADS ? "… " : ""}${body}${entry & SNIPPET_TRAILS ? " …" : ""}`;
}

/** The record's mentions as objects, optionally only those of one theme. */
export function storedMentions(record: DocumentRecord, themeId?: string): StoredMention[] {
	const out: StoredMention[] = [];
	const wanted = themeId === undefined ? -1 : record.mentionThemes.indexOf(themeId);
	if (themeId !== undefined && wanted < 0) return out;
	const data = record.numbers;
	const passages = new Map<number, PassageRecord>();
	for (let n = 0, at = HEADER; n < data[H_MENTIONS]; n++, at += MENTION_STRIDE) {
		const theme = packedTheme(data[at + M_THEME_SNIPPET]);
		if (wanted >= 0 && theme !== wanted) continue;
		const slot = data[at + M_PASSAGE];
		let passage = slot >= 0 ? passages.get(slot) : undefined;
		if (slot >= 0 && !passage) passages.set(slot, (passage = passageRecord(record, slot)));
		const match = record.matches[data[at + M_MATCH]];
		const snippet = packedSnippet(data[at + M_THEME_SNIPPET]);
		out.push({
			themeId: record.mentionThemes[theme], start: data[at + M_START], end: data[at + M_START] + match.length,
			line: data[at + M_LINE], col: data[at + M_COL], match, passage: passage ?? null,
			snippet: snippet >= 0 ? snippetText(record, snippet) : null,
			snippetIndex: snippet,
		});
	}
	return out;
}

/** Mentions per theme id. */
export function mentionsPerTheme(record: DocumentRecord): Map<string, number> {
	const counts = new Map<string, number>();
	for (let n = 0; n < mentionCount(record); n++) {
		const id = record.mentionThemes[mentionTheme(record, n)];
		counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return counts;
}

/** The record's candidate phrases as objects, best first. */
export function candidatesOf(record: DocumentRecord): PhraseCandidate[] {
	const at = candidatesAt(record.numbers);
	return record.candidatePhrases.map((phrase, i) => {
		const entry = record.numbers[at + i];
		return { phrase, count: entry >>> CANDIDATE_COUNT_SHIFT, capitalised: (entry & CANDIDATE_CAPITALISED) !== 0, modifier: (entry & CANDIDATE_MODIFIER) !== 0 };
	});
}

