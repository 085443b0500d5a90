// What a reader needs to judge a suggestion: the notes it recurs in, since when, and the themes
// those notes are linked to. Read from the records of the notes that hold one of the term's forms.

import type { CandidateNote } from "./candidate-entry";

const SOURCES_SHOWN = 5; // a handful of notes to open; the count says how many more there are
const THEMES_SHOWN = 3; // "often with Reasoning, Agents and Compute" reads in one line

export interface SuggestionSource {
	path: string;
	title: string;
	date: string | null;
	/** The form of the term this note uses, as it writes it. */
	form: string;
}

export interface SuggestionEvidence {
	/** Notes holding the term. */
	documents: number;
	/** The earliest date among them (YYYY-MM-DD), or null when none has a date. */
	since: string | null;
	/** The newest notes first, at most SOURCES_SHOWN. */
	sources: SuggestionSource[];
	/** Themes linked to the same notes, most shared first. */
	withThemes: Array<{ id: string; shared: number }>;
}

/** The index of the record's candidate that is one of `forms`, or -1. The forms are the tallies' own strings, shared by the records: most comparisons stop at the reference or the length. */
function formAt(record: CandidateNote, forms: readonly string[]): number {
	const phrases = record.candidatePhrases;
	if (forms.length === 1) {
		const form = forms[0];
		for (let i = 0; i < phrases.length; i++) if (phrases[i] === form) return i;
		return -1;
	}
	for (let i = 0; i < phrases.length; i++) if (forms.includes(phrases[i])) return i;
	return -1;
}

/** Themes linked to the holding notes, by how many of them. */
function sharedThemes(holding: ReadonlyArray<{ record: CandidateNote }>): Array<{ id: string; shared: number }> {
	const shared = new Map<string, { id: string; shared: number }>();
	for (const { record } of holding) {
		for (const decision of record.decisions) {
			if (!decision.linked) continue;
			const counted = shared.get(decision.themeId);
			if (counted) counted.shared++;
			else shared.set(decision.themeId, { id: decision.themeId, shared: 1 });
		}
	}
	return [...shared.values()].sort((a, b) => b.shared - a.shared || (a.id < b.id ? -1 : 1)).slice(0, THEMES_SHOWN);
}

/** Newest first, then by path ("YYYY-MM-DD" dates compare as text; a note without a date last). */
function newer(a: CandidateNote, b: CandidateNote): boolean {
	const [x, y] = [a.date ?? "", b.date ?? ""];
	return x !== y ? x > y : a.path.localeCompare(b.path) < 0;
}

/** The `count` newest of the holding notes, newest first: one pass, no sort of them all (a term may recur in thousands). */
function newest(holding: ReadonlyArray<{ record: CandidateNote; at: number }>, count: number): Array<{ record: CandidateNote; at: number }> {
	const best: Array<{ record: CandidateNote; at: number }> = [];
	for (const held of holding) {
		if (best.length === count && !newer(held.record, best[count - 1].record)) continue;
		let at = Math.min(best.length, count - 1);
		while (at > 0 && newer(held.record, best[at - 1].record)) at--;
		if (best.length === count) best.pop();
		best.splice(at, 0, held);
	}
	return best;
}

/** The evidence of a term from the notes holding one of its `forms`. */
export function gatherEvidence(records: Iterable<CandidateNote>, forms: readonly string[]): SuggestionEvidence {
	const holding: Array<{ record: CandidateNote; at: number }> = [];
	if (forms.length > 0) {
		for (const record of records) {
			const at = formAt(record, forms);
			if (at >= 0) holding.push({ record, at });
		}
	}
	let since: string | null = null;
	for (const { record } of holding) if (record.date !== null && (since === null || record.date < since)) since = record.date;
	return {
		documents: holding.length,
		since,
		sources: newest(holding, SOURCES_SHOWN).map(({ record, at }) => ({ path: record.path, title: record.title, date: record.date, form: record.candidatePhrases[at] })),
		withThemes: sharedThemes(holding),
	};
}
