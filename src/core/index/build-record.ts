// Turns one parsed and decided note into the compact record the index keeps: metadata, decisions,
// mentions as numbers, the passages and snippets around them, candidate phrases and a fingerprint.

import type { DocumentThemeDecision, SourceDocument, Span, ThemeMention } from "../model";
import { LineIndex } from "../text/line-index";
import { extractCandidates } from "../suggestions/candidates";
import { fingerprintOfWalk, startPrefixWalk } from "./fingerprint";
import { type DocumentRecord, type PassageRecord, detach } from "./record";
import { planSnippets } from "./snippets";

export const SNIPPETS_PER_THEME = 8; // passages quoted per theme and note; the rest are reached by line (keeps dense notes small)

/** What the caller knows of the file without reading it. */
export interface FileFacts {
	size: number;
	mtime: number;
}

/** What the theme engine decided for one note. */
export interface DecidedThemes {
	decisions: DocumentThemeDecision[];
	mentions: ThemeMention[];
}

function passageRecords(doc: SourceDocument, indices: number[], lines: LineIndex): PassageRecord[] {
	return indices.map((index) => {
		const passage = doc.passages[index];
		const { line, col } = lines.position(passage.start);
		const record: PassageRecord = { index, start: passage.start, end: passage.end, line, col };
		if (passage.seconds !== undefined) record.seconds = passage.seconds;
		if (passage.heading !== undefined) record.heading = detach(passage.heading);
		if (passage.blockId !== undefined) record.blockId = detach(passage.blockId);
		return record;
	});
}

function validMention(mention: ThemeMention, doc: SourceDocument, rawLength: number): boolean {
	return mention.start >= 0 && mention.end <= rawLength && mention.start < mention.end && mention.passage < doc.passages.length;
}

interface MentionLayout {
	mentionThemes: string[];
	mentions: number[];
	matches: string[];
	snippets: string[];
	passages: PassageRecord[];
}

function sortedValidMentions(doc: SourceDocument, raw: string, given: readonly ThemeMention[]): ThemeMention[] {
	const valid = given.filter((m) => validMention(m, doc, raw.length));
	return valid.sort((a, b) => a.start - b.start || a.end - b.end || (a.themeId < b.themeId ? -1 : a.themeId > b.themeId ? 1 : 0));
}

/** Slot of each distinct value, in first-seen order. */
function slots<T>(values: Iterable<T>): Map<T, number> {
	const map = new Map<T, number>();
	for (const value of values) if (!map.has(value)) map.set(value, map.size);
	return map;
}

/**
 * Mentions that get a stored snippet: the first mention in each passage, for the first
 * SNIPPETS_PER_THEME passages of each theme (views and hubs quote one snippet per passage).
 */
function withSnippets(sorted: readonly ThemeMention[]): number[] {
	const passagesSeen = new Map<string, Set<number>>();
	const chosen: number[] = [];
	sorted.forEach((m, i) => {
		const seen = passagesSeen.get(m.themeId) ?? new Set<number>();
		passagesSeen.set(m.themeId, seen);
		const key = m.passage >= 0 ? m.passage : -1 - m.start; // a mention outside passages stands alone
		if (seen.has(key) || seen.size >= SNIPPETS_PER_THEME) return;
		seen.add(key);
		chosen.push(i);
	});
	return chosen;
}

function layoutMentions(doc: SourceDocument, raw: string, given: readonly ThemeMention[]): MentionLayout {
	const sorted = sortedValidMentions(doc, raw, given);
	const themeSlot = slots(sorted.map((m) => m.themeId));
	const matchSlot = slots(sorted.map((m) => m.match));
	const passageIndices = [...new Set(sorted.filter((m) => m.passage >= 0).map((m) => m.passage))].sort((a, b) => a - b);
	const passageSlot = new Map(passageIndices.map((index, slot) => [index, slot]));
	const whole: Span = { start: 0, end: raw.length };
	const chosen = withSnippets(sorted);
	const plan = planSnippets(raw, chosen.map((i) => sorted[i]), (m) => (m.passage >= 0 ? doc.passages[m.passage] : whole), doc.excluded);
	const snippetOf = new Map(chosen.map((mentionIndex, k) => [mentionIndex, plan.snippetOf[k]]));
	const mentions: number[] = [];
	sorted.forEach((m, i) => {
		mentions.push(themeSlot.get(m.themeId) ?? 0, m.start, m.end, m.line, m.col, passageSlot.get(m.passage) ?? -1, snippetOf.get(i) ?? -1, matchSlot.get(m.match) ?? 0);
	});
	return {
		mentionThemes: [...themeSlot.keys()], mentions, matches: [...matchSlot.keys()].map(detach), snippets: plan.texts,
		passages: passageRecords(doc, passageIndices, new LineIndex(raw)),
	};
}

/** The record of a parsed note and the engine's decisions about it. */
export function buildRecord(doc: SourceDocument, raw: string, decided: DecidedThemes, file: FileFacts): DocumentRecord {
	const layout = layoutMentions(doc, raw, decided.mentions);
	const walk = startPrefixWalk(); // the fingerprint's words are read in the candidates' pass
	const candidates = extractCandidates(doc, raw, walk);
	return {
		path: doc.path,
		size: file.size,
		mtime: file.mtime,
		kind: doc.kind,
		format: detach(doc.format),
		title: detach(doc.title),
		author: doc.author === null ? null : detach(doc.author),
		date: doc.date === null ? null : detach(doc.date),
		url: doc.url === null ? null : detach(doc.url),
		durationSeconds: doc.durationSeconds,
		words: doc.words,
		tags: doc.tags.map(detach),
		excludedThemes: doc.excludedThemes.map(detach),
		problems: doc.problems.map(detach),
		decisions: [...decided.decisions].sort((a, b) => (a.themeId < b.themeId ? -1 : a.themeId > b.themeId ? 1 : 0)).map((d) => ({ themeId: d.themeId, score: d.score, mentions: d.mentions, linked: d.linked, why: detach(d.why) })),
		...layout,
		passageCount: doc.passages.length,
		candidates,
		fingerprint: fingerprintOfWalk(walk, raw),
	};
}

/** Size of a text in UTF-8 bytes, for callers that have the text but not the file's size. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}
