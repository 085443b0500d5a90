// Turns one parsed and decided note into the compact record the index keeps: metadata, decisions,
// and one Int32Array with the mentions, the passages and snippets around them, candidate counts and
// the fingerprint (record.ts describes the layout).

import type { DocumentThemeDecision, SourceDocument, Span, ThemeMention } from "../model";
import { LineIndex } from "../text/line-index";
import { extractCandidates } from "../suggestions/candidates";
import { fingerprintWords, startPrefixWalk } from "./fingerprint";
import { writeFilter } from "./prefix-walk";
import { detach, intern, sharedIfEmpty } from "../text/intern";
import { packLatin } from "./latin-text";
import { type PhraseCandidate, candidateEntry } from "../suggestions/candidate-entry";
import {
	type DocumentRecord, HEADER, H_FINGERPRINT, MENTION_STRIDE, M_COL, M_LINE, M_MATCH, M_PASSAGE, M_START, M_THEME_SNIPPET, PASSAGE_STRIDE, packThemeSnippet,
	P_BLOCK, P_COL, P_END, P_HEADING, P_INDEX, P_LINE, P_START,
	candidatesAt, fingerprintAt, passagesAt, snippetsAt,
} from "./record";
import { chooseQuotedMentions } from "./quoted-passages";
import { type SnippetPlan, planSnippets } from "../text/snippets";

export { SNIPPETS_PER_THEME } from "./quoted-passages";

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

function validMention(mention: ThemeMention, doc: SourceDocument, rawLength: number): boolean {
	return mention.start >= 0 && mention.end <= rawLength && mention.start < mention.end && mention.passage < doc.passages.length;
}

function sortedValidMentions(doc: SourceDocument, raw: string, given: readonly ThemeMention[]): ThemeMention[] {
	const valid = given.filter((m) => validMention(m, doc, raw.length) && m.match.length === m.end - m.start);
	return valid.sort((a, b) => a.start - b.start || a.end - b.end || (a.themeId < b.themeId ? -1 : a.themeId > b.themeId ? 1 : 0));
}

/** Slot of each distinct value, in first-seen order. */
function slots(mentions: readonly ThemeMention[], valueOf: (m: ThemeMention) => string): Map<string, number> {
	const map = new Map<string, number>();
	for (const m of mentions) {
		const value = valueOf(m);
		if (!map.has(value)) map.set(value, map.size);
	}
	return map;
}

/** The distinct passages of the mentions (those inside one), in ascending order. */
function passagesOf(sorted: readonly ThemeMention[]): number[] {
	const indices: number[] = [];
	for (const m of sorted) if (m.passage >= 0) indices.push(m.passage);
	indices.sort((a, b) => a - b);
	let distinct = 0;
	for (let k = 0; k < indices.length; k++) if (k === 0 || indices[k] !== indices[k - 1]) indices[distinct++] = indices[k];
	indices.length = distinct;
	return indices;
}

/** The slot of passage `index` among the sorted distinct `indices`, -1 when absent. */
function passageSlotOf(indices: readonly number[], index: number): number {
	let low = 0;
	let high = indices.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (indices[middle] === index) return middle;
		if (indices[middle] < index) low = middle + 1;
		else high = middle - 1;
	}
	return -1;
}

const READABLE_WORDS = 6; // a passage of fewer words (a heading, a label) does not read as a quote on its own
const READABLE_CHARS = 60; // a passage this long holds that many words, without counting them

/** True for a passage of fewer than READABLE_WORDS words. */
function isHeadingLike(raw: string, passage: Span | undefined): boolean {
	if (!passage || passage.end - passage.start >= READABLE_CHARS) return false;
	return raw.slice(passage.start, passage.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < READABLE_WORDS;
}

/** Everything a record holds about its mentions, before it is packed into numbers. */
interface MentionLayout {
	sorted: ThemeMention[];
	themeSlot: Map<string, number>;
	matchSlot: Map<string, number>;
	passageIndices: number[];
	/** Per sorted mention, its snippet's index, or -1. */
	snippetOf: number[];
	snippets: SnippetPlan;
}

function layoutMentions(doc: SourceDocument, raw: string, given: readonly ThemeMention[]): MentionLayout {
	const sorted = sortedValidMentions(doc, raw, given);
	const whole: Span = { start: 0, end: raw.length };
	const chosen = chooseQuotedMentions(sorted, (passage) => isHeadingLike(raw, doc.passages[passage]));
	const snippets = planSnippets(raw, chosen.map((i) => sorted[i]), (m) => (m.passage >= 0 ? doc.passages[m.passage] : whole), doc.excluded);
	const snippetOf = new Array<number>(sorted.length).fill(-1);
	chosen.forEach((mentionIndex, k) => (snippetOf[mentionIndex] = snippets.snippetOf[k]));
	return {
		sorted, themeSlot: slots(sorted, (m) => m.themeId), matchSlot: slots(sorted, (m) => m.match), passageIndices: passagesOf(sorted), snippetOf, snippets,
	};
}

function writeMentions(numbers: Int32Array, layout: MentionLayout): void {
	let at = HEADER;
	for (let i = 0; i < layout.sorted.length; i++) {
		const m = layout.sorted[i];
		numbers[at + M_THEME_SNIPPET] = packThemeSnippet(layout.themeSlot.get(m.themeId) ?? 0, layout.snippetOf[i]);
		numbers[at + M_START] = m.start;
		numbers[at + M_LINE] = m.line;
		numbers[at + M_COL] = m.col;
		numbers[at + M_PASSAGE] = m.passage >= 0 ? passageSlotOf(layout.passageIndices, m.passage) : -1;
		numbers[at + M_MATCH] = layout.matchSlot.get(m.match) ?? 0;
		at += MENTION_STRIDE;
	}
}

/** Writes the stored passages; returns their labels (headings, block ids) and seconds. */
function writePassages(numbers: Int32Array, doc: SourceDocument, raw: string, indices: readonly number[]): { labels: string[]; seconds: number[] | null } {
	const lines = new LineIndex(raw);
	const labelSlot = new Map<string, number>();
	const label = (text: string | undefined): number => {
		if (text === undefined) return -1;
		if (!labelSlot.has(text)) labelSlot.set(text, labelSlot.size);
		return labelSlot.get(text) as number;
	};
	const seconds = indices.map((index) => doc.passages[index].seconds ?? -1);
	let at = passagesAt(numbers);
	for (const index of indices) {
		const passage = doc.passages[index];
		const { line, col } = lines.position(passage.start);
		numbers[at + P_INDEX] = index;
		numbers[at + P_START] = passage.start;
		numbers[at + P_END] = passage.end;
		numbers[at + P_LINE] = line;
		numbers[at + P_COL] = col;
		numbers[at + P_HEADING] = label(passage.heading);
		numbers[at + P_BLOCK] = label(passage.blockId);
		at += PASSAGE_STRIDE;
	}
	return { labels: [...labelSlot.keys()].map(detach), seconds: seconds.some((s) => s >= 0) ? seconds : null };
}

/** Writes the snippets' ends and ellipses; returns their joined text. */
function writeSnippets(numbers: Int32Array, plan: SnippetPlan): string {
	const at = snippetsAt(numbers);
	const packed = plan.bodies.map(packLatin); // one byte a character (latin-text.ts); ends count in the packed text
	let end = 0;
	packed.forEach((body, i) => {
		end += body.length;
		numbers[at + i] = end * 4 + plan.ellipses[i]; // see SNIPPET_LEADS
	});
	return detach(packed.join(""));
}

function writeCandidates(numbers: Int32Array, candidates: readonly PhraseCandidate[]): void {
	const at = candidatesAt(numbers);
	candidates.forEach((c, i) => (numbers[at + i] = candidateEntry(c)));
}

/** The header and sections of a record's numbers, zero-filled. */
function allocateNumbers(layout: MentionLayout, candidates: number, keys: number): Int32Array {
	const header = [layout.sorted.length, layout.passageIndices.length, layout.snippets.bodies.length, candidates, fingerprintWords(keys)];
	const size = HEADER + header[0] * MENTION_STRIDE + header[1] * PASSAGE_STRIDE + header[2] + header[3] + header[4];
	const numbers = new Int32Array(size);
	numbers.set(header, 0);
	return numbers;
}

function sortedDecisions(decisions: readonly DocumentThemeDecision[]): DocumentThemeDecision[] {
	const byId = [...decisions].sort((a, b) => (a.themeId < b.themeId ? -1 : a.themeId > b.themeId ? 1 : 0));
	return byId.map((d) => ({ themeId: intern(d.themeId), score: d.score, mentions: d.mentions, linked: d.linked, why: detach(d.why) }));
}

/** The record of a parsed note and the engine's decisions about it. */
export function buildRecord(doc: SourceDocument, raw: string, decided: DecidedThemes, file: FileFacts): DocumentRecord {
	const layout = layoutMentions(doc, raw, decided.mentions);
	const walk = startPrefixWalk(doc.excluded); // the fingerprint's words are read in the candidates' pass
	const candidates = extractCandidates(doc, raw, walk);
	const keys = walk.finish(raw);
	const numbers = allocateNumbers(layout, candidates.length, keys.probed);
	writeMentions(numbers, layout);
	const passages = writePassages(numbers, doc, raw, layout.passageIndices);
	const snippetText = writeSnippets(numbers, layout.snippets);
	writeCandidates(numbers, candidates);
	writeFilter(keys, numbers, fingerprintAt(numbers), fingerprintWords(keys.probed));
	return {
		path: doc.path, size: file.size, mtime: file.mtime, kind: doc.kind, format: intern(doc.format), title: detach(doc.title), ...(doc.titleFromPath ? { titleFromPath: true } : {}),
		author: doc.author === null ? null : detach(doc.author), date: doc.date === null ? null : intern(doc.date),
		url: doc.url === null ? null : detach(doc.url), durationSeconds: doc.durationSeconds, words: doc.words,
		tags: sharedIfEmpty(doc.tags.map(intern)), excludedThemes: sharedIfEmpty(doc.excludedThemes.map(intern)), problems: sharedIfEmpty(doc.problems.map(detach)),
		decisions: sharedIfEmpty(sortedDecisions(decided.decisions)),
		mentionThemes: sharedIfEmpty([...layout.themeSlot.keys()].map(intern)), matches: sharedIfEmpty([...layout.matchSlot.keys()].map(intern)),
		labels: sharedIfEmpty(passages.labels), passageSeconds: passages.seconds, snippetText, candidatePhrases: sharedIfEmpty(candidates.map((c) => c.phrase)),
		passageCount: doc.passages.length, numbers,
	};
}

/** The numbers of a record with nothing but the fingerprint of `raw` (a note that could not be analysed). */
export function fingerprintOnlyNumbers(raw: string): Int32Array {
	const keys = startPrefixWalk().finish(raw);
	const numbers = new Int32Array(HEADER + fingerprintWords(keys.probed));
	numbers[H_FINGERPRINT] = fingerprintWords(keys.probed);
	writeFilter(keys, numbers, HEADER, fingerprintWords(keys.probed));
	return numbers;
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
