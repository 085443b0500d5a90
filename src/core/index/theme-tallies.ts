// The figures of every theme, kept up to date by adding a record's contribution when it arrives and
// subtracting the same contribution when it leaves: documents, links, mentions, dates, months and
// co-occurrence in passages. Integers only, so an incremental index equals a fresh one exactly.

import { format, isValid, parseISO } from "date-fns";
import { type DocumentRecord, mentionCount, mentionPassage, mentionTheme } from "./record";

export interface ThemeTally {
	/** Notes with at least one mention of the theme, or linked to it (by a tag, say). */
	documents: Set<string>;
	linked: Set<string>;
	mentions: number;
	/** Passages holding a mention of the theme. */
	passages: number;
	/** Notes by date (YYYY-MM-DD) and by month (YYYY-MM); undated notes are not counted. */
	dates: Map<string, number>;
	monthly: Map<string, number>;
}

/** One record's share of the figures, derived from the record alone. */
interface Contribution {
	themes: Map<string, { mentions: number; linked: boolean; passages: number }>;
	/** Unordered theme pairs ("a\nb" with a < b) and the passages they share. */
	pairs: Map<string, number>;
	date: string | null;
	month: string | null;
	passages: number;
}

/** "2023-09" for "2023-09-14"; null for a missing or impossible date. */
export function monthOf(date: string | null): string | null {
	if (!date) return null;
	const parsed = parseISO(date);
	return isValid(parsed) ? format(parsed, "yyyy-MM") : null;
}

function themesPerPassage(record: DocumentRecord): Map<number, Set<string>> {
	const byPassage = new Map<number, Set<string>>();
	for (let n = 0; n < mentionCount(record); n++) {
		const passage = mentionPassage(record, n);
		if (passage < 0) continue; // outside every passage: no unit to co-occur in
		const themes = byPassage.get(passage) ?? new Set<string>();
		themes.add(record.mentionThemes[mentionTheme(record, n)]);
		byPassage.set(passage, themes);
	}
	return byPassage;
}

function contributionOf(record: DocumentRecord): Contribution {
	const themes = new Map<string, { mentions: number; linked: boolean; passages: number }>();
	const entry = (id: string): { mentions: number; linked: boolean; passages: number } => {
		let found = themes.get(id);
		if (!found) themes.set(id, (found = { mentions: 0, linked: false, passages: 0 }));
		return found;
	};
	for (let n = 0; n < mentionCount(record); n++) entry(record.mentionThemes[mentionTheme(record, n)]).mentions++;
	for (const decision of record.decisions) if (decision.linked) entry(decision.themeId).linked = true;
	const pairs = new Map<string, number>();
	for (const set of themesPerPassage(record).values()) {
		const ids = [...set].sort();
		ids.forEach((id, i) => {
			entry(id).passages++;
			for (let j = i + 1; j < ids.length; j++) pairs.set(`${id}\n${ids[j]}`, (pairs.get(`${id}\n${ids[j]}`) ?? 0) + 1);
		});
	}
	const month = monthOf(record.date);
	return { themes, pairs, date: month ? record.date : null, month, passages: record.passageCount };
}

function bump(map: Map<string, number>, key: string, by: number): void {
	const value = (map.get(key) ?? 0) + by;
	if (value === 0) map.delete(key);
	else map.set(key, value);
}

export class ThemeTallies {
	readonly byTheme = new Map<string, ThemeTally>();
	/** Shared passages, symmetric: pairs.get(a).get(b) === pairs.get(b).get(a). */
	readonly pairs = new Map<string, Map<string, number>>();
	totalPassages = 0;

	add(record: DocumentRecord): void {
		this.apply(record, contributionOf(record), 1);
	}

	subtract(record: DocumentRecord): void {
		this.apply(record, contributionOf(record), -1);
	}

	tally(themeId: string): ThemeTally | undefined {
		return this.byTheme.get(themeId);
	}

	shared(a: string, b: string): number {
		return this.pairs.get(a)?.get(b) ?? 0;
	}

	private apply(record: DocumentRecord, share: Contribution, sign: 1 | -1): void {
		this.totalPassages += sign * share.passages;
		for (const [id, part] of share.themes) this.applyTheme(id, record.path, part, share, sign);
		for (const [key, count] of share.pairs) {
			const [a, b] = key.split("\n");
			this.bumpPair(a, b, sign * count);
			this.bumpPair(b, a, sign * count);
		}
	}

	private applyTheme(id: string, path: string, part: { mentions: number; linked: boolean; passages: number }, share: Contribution, sign: 1 | -1): void {
		let tally = this.byTheme.get(id);
		if (!tally) {
			tally = { documents: new Set(), linked: new Set(), mentions: 0, passages: 0, dates: new Map(), monthly: new Map() };
			this.byTheme.set(id, tally);
		}
		tally.mentions += sign * part.mentions;
		tally.passages += sign * part.passages;
		if (sign > 0) tally.documents.add(path);
		else tally.documents.delete(path);
		if (part.linked && sign > 0) tally.linked.add(path);
		else if (part.linked) tally.linked.delete(path);
		if (share.date && share.month) {
			bump(tally.dates, share.date, sign);
			bump(tally.monthly, share.month, sign);
		}
		if (tally.documents.size === 0) this.byTheme.delete(id);
	}

	private bumpPair(a: string, b: string, by: number): void {
		let row = this.pairs.get(a);
		if (!row) this.pairs.set(a, (row = new Map<string, number>()));
		bump(row, b, by);
		if (row.size === 0) this.pairs.delete(a);
	}
}
