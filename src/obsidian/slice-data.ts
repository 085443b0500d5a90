// The passages a chart opens: a theme's notes dated in a span of months (a timeline cell), or the
// passages where two themes are both mentioned (a tie on the map). No DOM here, no Obsidian calls.

import type { ThemeIndex } from "../core/index/theme-index";
import { monthOf } from "../core/index/months";
import { rankedPassages } from "../core/index/quoted-passages";
import { passageKeyOf, storedMentions, type DocumentRecord, type StoredMention } from "../core/index/record";
import type { PassageSlice, ThemeDetailModel } from "../ui/view-models";
import { documentPassages, passageView } from "./view-data";

const PASSAGES_PER_DOCUMENT = 5; // as in a theme's own list

function recordsOf(index: ThemeIndex, themeId: string): DocumentRecord[] {
	return index.themeDocuments(themeId).map((path) => index.document(path)).filter((r): r is DocumentRecord => r !== undefined);
}

const newestFirst = (a: DocumentRecord, b: DocumentRecord): number => (b.date ?? "").localeCompare(a.date ?? "") || a.path.localeCompare(b.path);

/** The theme's notes whose date falls in `from`…`to` (months, inclusive), newest first: the notes a timeline cell counts. */
export function periodDetail(index: ThemeIndex, themeId: string, from: string, to: string, limit: number): ThemeDetailModel {
	const records = recordsOf(index, themeId).filter((record) => {
		const month = monthOf(record.date);
		return month !== null && month >= from && month <= to;
	});
	records.sort(newestFirst);
	return { themeId, documents: records.slice(0, limit).map((r) => documentPassages(r, themeId)), totalDocuments: records.length };
}

/** The passages of one note that mention both themes, best of the first theme's first, quoted ones only where there are any. */
function sharedPassages(record: DocumentRecord, first: string, second: string): StoredMention[] {
	const others = new Map<number, StoredMention>();
	for (const mention of storedMentions(record, second)) {
		const key = passageKeyOf(mention);
		if (mention.passage && (!others.has(key) || (mention.snippet && !others.get(key)?.snippet))) others.set(key, mention);
	}
	const shared: StoredMention[] = [];
	for (const { mention } of rankedPassages(storedMentions(record, first))) {
		const other = others.get(passageKeyOf(mention));
		if (mention.passage && other) shared.push(mention.snippet || !other.snippet ? mention : other);
	}
	const quoted = shared.filter((mention) => mention.snippet !== null);
	return quoted.length > 0 ? quoted : shared; // a bare matched word reads as nothing: shown only where no shared passage was quoted
}

/** Notes where the two themes share passages (quoted ones first, then those sharing most, then newest): what a tie on the map counts. */
export function pairDetail(index: ThemeIndex, first: string, second: string, limit: number): ThemeDetailModel {
	const withSecond = new Set(index.themeDocuments(second));
	const found = recordsOf(index, first)
		.filter((record) => withSecond.has(record.path))
		.map((record) => ({ record, shared: sharedPassages(record, first, second) }))
		.filter(({ shared }) => shared.length > 0);
	const quoted = (shared: StoredMention[]): number => (shared[0].snippet === null ? 0 : 1);
	found.sort((a, b) => quoted(b.shared) - quoted(a.shared) || b.shared.length - a.shared.length || newestFirst(a.record, b.record)); // notes whose shared passages were quoted read best: first
	const documents = found.slice(0, limit).map(({ record, shared }) => ({
		path: record.path, title: record.title, kind: record.kind, date: record.date,
		passages: shared.slice(0, PASSAGES_PER_DOCUMENT).map(passageView),
	}));
	return { themeId: first, documents, totalDocuments: found.length };
}

export function sliceDetail(index: ThemeIndex, slice: PassageSlice, limit: number): ThemeDetailModel {
	if (slice.kind === "period") return periodDetail(index, slice.themeId, slice.from, slice.to, limit);
	return pairDetail(index, slice.themeIds[0], slice.themeIds[1], limit);
}
