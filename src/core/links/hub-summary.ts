// The few lines on top of a hub, so that a theme with sixty sources reads at a glance: how many
// sources, over which dates, of which kinds, and the passages that carry the theme best.

import { DOCUMENT_KINDS, type DocumentKind } from "../model";
import { escapeInline } from "./escape";
import type { HubSource } from "./hub-model";
import { renderPassage } from "./hub-passages";

const SUMMARY_PASSAGES = 3; // the strongest sources' best passages: enough to see what the theme means here

/** A kind as the summary counts it: singular and plural. */
export const KIND_NOUNS: Record<DocumentKind, [string, string]> = {
	highlights: ["highlights note", "highlights notes"],
	insights: ["insights digest", "insights digests"],
	transcript: ["transcript", "transcripts"],
	article: ["article", "articles"],
	note: ["note", "notes"],
};

/** `6 sources from 2023-04-02 to 2025-01-30: 3 transcripts, 2 highlights notes, 1 note.` */
export function summaryLine(sources: readonly HubSource[]): string {
	const count = sources.length === 1 ? "1 source" : `${sources.length} sources`;
	const kinds = DOCUMENT_KINDS.flatMap((kind) => {
		const n = sources.filter((source) => source.kind === kind).length;
		return n === 0 ? [] : [`${n} ${KIND_NOUNS[kind][n === 1 ? 0 : 1]}`];
	});
	return `${count}${dateSpan(sources)}: ${kinds.join(", ")}.`;
}

/** ` from A to B`, ` on A`, plus how many have no date; empty when none has one. */
function dateSpan(sources: readonly HubSource[]): string {
	const dates = sources.map((source) => source.date).filter((date): date is string => date !== null).sort();
	if (dates.length === 0) return "";
	const first = escapeInline(dates[0]);
	const last = escapeInline(dates[dates.length - 1]);
	const span = first === last ? ` on ${first}` : ` from ${first} to ${last}`;
	const undated = sources.length - dates.length;
	return undated === 0 ? span : `${span} (${undated} undated)`;
}

/** The summary section: the line above, then the best passage of each of the strongest sources, linked by the source's title. */
export function renderSummary(strongestFirst: readonly HubSource[], maxQuoteLength: number): string[] {
	const lines = ["## Summary", "", summaryLine(strongestFirst)];
	const best = strongestFirst.filter((source) => source.passages.length > 0).slice(0, SUMMARY_PASSAGES);
	if (best.length === 0) return lines;
	lines.push("", "Strongest passages:");
	for (const source of best) lines.push(`- ${renderPassage(source.path, source.passages[0], maxQuoteLength, source.title)}`);
	return lines;
}
