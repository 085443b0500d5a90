// What the index keeps about one note after analysis: enough for views, links and aggregates,
// never the note's text. Mentions are stored flat (a few numbers each) to keep 10,000 notes small.

import type { DocumentKind, DocumentThemeDecision } from "../model";
import type { WordFingerprint } from "./fingerprint";

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

/** A phrase of one to four words that might be a theme nobody has named yet. */
export interface PhraseCandidate {
	/** Lower-case words joined by single spaces; hyphens kept (`post-training`). */
	phrase: string;
	/** Occurrences in this document. */
	count: number;
	/** Mostly written with capitals in mid-sentence (a name or a term of art). */
	capitalised: boolean;
}

/** Fields per mention in `DocumentRecord.mentions`. */
export const MENTION_STRIDE = 8;
/** Offsets of each field inside one stride. */
export const M_THEME = 0; // index into mentionThemes
export const M_START = 1;
export const M_END = 2;
export const M_LINE = 3;
export const M_COL = 4;
export const M_PASSAGE = 5; // index into passages, or -1 outside every passage
export const M_SNIPPET = 6; // index into snippets, or -1 when none was kept (see SNIPPETS_PER_THEME)
export const M_MATCH = 7; // index into matches

export interface DocumentRecord {
	path: string;
	/** File size in bytes and modification time, as the vault listed them (warm-start reconciliation). */
	size: number;
	mtime: number;
	kind: DocumentKind;
	format: string;
	title: string;
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
	/** Flat mention fields, MENTION_STRIDE numbers per mention, sorted by start. */
	mentions: number[];
	/** The distinct texts of the mentions as they stand in the file ("scaling laws", "Scaling"). */
	matches: string[];
	/** Readable snippets around the first few mentions of each theme; nearby mentions share one. */
	snippets: string[];
	/** Passages holding mentions, in document order. */
	passages: PassageRecord[];
	/** How many passages the document has in all (the denominator of co-occurrence). */
	passageCount: number;
	candidates: PhraseCandidate[];
	fingerprint: WordFingerprint;
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
}

/** Number of mentions stored in a record. */
export function mentionCount(record: DocumentRecord): number {
	return record.mentions.length / MENTION_STRIDE;
}

/** The record's mentions as objects, optionally only those of one theme. */
export function storedMentions(record: DocumentRecord, themeId?: string): StoredMention[] {
	const out: StoredMention[] = [];
	const wanted = themeId === undefined ? -1 : record.mentionThemes.indexOf(themeId);
	if (themeId !== undefined && wanted < 0) return out;
	const data = record.mentions;
	for (let i = 0; i < data.length; i += MENTION_STRIDE) {
		if (wanted >= 0 && data[i + M_THEME] !== wanted) continue;
		const passage = data[i + M_PASSAGE];
		out.push({
			themeId: record.mentionThemes[data[i + M_THEME]],
			start: data[i + M_START],
			end: data[i + M_END],
			line: data[i + M_LINE],
			col: data[i + M_COL],
			match: record.matches[data[i + M_MATCH]],
			passage: passage >= 0 ? record.passages[passage] : null,
			snippet: record.snippets[data[i + M_SNIPPET]] ?? null,
		});
	}
	return out;
}

/** Mentions per theme id. */
export function mentionsPerTheme(record: DocumentRecord): Map<string, number> {
	const counts = new Map<string, number>();
	for (let i = M_THEME; i < record.mentions.length; i += MENTION_STRIDE) {
		const id = record.mentionThemes[record.mentions[i]];
		counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return counts;
}

/** A copy of a string that shares no memory with the note text it was cut from (V8 slices do). */
export function detach(text: string): string {
	return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string); // V8 copies strings shorter than 13 anyway
}
