// What a reader needs to judge a suggestion: the notes it recurs in, since when, and the themes
// those notes are linked to. Read from the records of the notes that hold one of the term's forms.

import type { DocumentRecord } from "../index/record";

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

/** The evidence of a term from the notes holding it (`formIn` names the term's form a note holds, or null). */
export function gatherEvidence(records: Iterable<DocumentRecord>, formIn: (record: DocumentRecord) => string | null): SuggestionEvidence {
	const holding: Array<{ record: DocumentRecord; form: string }> = [];
	for (const record of records) {
		const form = formIn(record);
		if (form !== null) holding.push({ record, form });
	}
	const shared = new Map<string, number>();
	let since: string | null = null;
	for (const { record } of holding) {
		if (record.date !== null && (since === null || record.date < since)) since = record.date;
		for (const decision of record.decisions) if (decision.linked) shared.set(decision.themeId, (shared.get(decision.themeId) ?? 0) + 1);
	}
	holding.sort((a, b) => (b.record.date ?? "").localeCompare(a.record.date ?? "") || a.record.path.localeCompare(b.record.path));
	return {
		documents: holding.length,
		since,
		sources: holding.slice(0, SOURCES_SHOWN).map(({ record, form }) => ({ path: record.path, title: record.title, date: record.date, form })),
		withThemes: [...shared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, THEMES_SHOWN).map(([id, count]) => ({ id, shared: count })),
	};
}
