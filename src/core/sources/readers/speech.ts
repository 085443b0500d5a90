// Untimed and loosely timed speech: whisper's YouTube markdown (`*  ` lines breaking mid-sentence),
// raw speech-to-text (one huge line, or many short lines), edited podcast transcripts with speaker
// turns and `\[22:06\]` stamps, and insight digests (a header line, then one insight per line).

import type { PassageSpan } from "../../model";
import { parseDateText } from "../../text/dates";
import { countWords } from "../../text/readable";
import { parseTimecode } from "../../text/timecode";
import { blocksToPassages, scanBlocks } from "../blocks";
import { NextOccurrence } from "../next-occurrence";
import type { FormatReading } from "../format";
import { type SourceText, contentEnd, contentStart, isBlankLine, lineAt } from "../source-text";
import { type SpeechSegment, WordChunker, chunkSpeechByWords } from "../speech-chunker";

const SHOW_LINE = /^\*\*(.+?):?\*\*:?\s*\[([^\]]+)\]\((https?:[^)\s]+)\)/;
const H1 = /^#\s+(.+?)\s*#*$/;
const STAMP = /(?:\\?\[|\()(\d{1,2}:\d{2}(?::\d{2})?)(?:\\?\]|\))/;
const NAME = "[A-Z][\\w.'’-]*(?: [A-Z0-9][\\w.'’-]*){0,3}"; // a speaker's name: up to four capitalised words ("Speaker 1", "Dr. Ann Lee")
/** A turn's opening: the speaker's label, its stamp, or both (`**Ann:** \[00:01\] `, `Ann (00:00:01):`, `[0:17] Speaker 2: `); who spoke and when are not what was said. */
const TURN_OPENING = new RegExp(`^(?:\\*\\*[^*\\n]{1,40}\\*\\*:?[ \\t]*|${NAME}[ \\t]*(?=\\(\\d)|\\[[^\\]\\n]{1,40}\\][ \\t]*(?=\\[\\d))?(?:\\\\?\\[|\\()\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\\\?\\]|\\)):?[ \\t]*(?:${NAME}:[ \\t]+|\\*\\*[^*\\n]{1,40}\\*\\*:?[ \\t]*)?`);
const LONG_TURN_WORDS = 150; // a speaker turn longer than this is cut into several passages
const STAMP_SEARCH_CHARS = 80; // a turn's stamp sits within its first few words

/** whisper YouTube markdown: header lines, then `*  ` lines whose breaks fall mid-sentence. */
export function readWhisperYoutube(source: SourceText): FormatReading {
	const chunker = new WordChunker(source.raw);
	const excluded = new Array<number>(2 * source.lineStarts.length); // at most one range a line: room for all, no copy as it grows
	let count = 0;
	const hints: FormatReading["hints"] = {};
	const raw = source.raw;
	for (let index = 0; index < source.lineStarts.length; index++) {
		const lineStart = source.lineStarts[index];
		const prefixEnd = starPrefixEnd(raw, lineStart, source.lineEnds[index]);
		if (prefixEnd > lineStart) {
			excluded[count++] = lineStart;
			excluded[count++] = prefixEnd;
			const end = contentEnd(source, index);
			if (end > prefixEnd) chunker.add(prefixEnd, end, undefined);
			continue;
		}
		const first = raw.charCodeAt(lineStart);
		if ((first === 35 || first === 42) && readHeaderLine(lineAt(source, index), hints)) { // "#" title or "**Show:**" line: metadata, not speech
			excluded[count++] = lineStart;
			excluded[count++] = source.lineEnds[index];
		}
	}
	excluded.length = count;
	return { passages: withHeading(chunker.finish(), hints.title), excluded, hints };
}

/** End of a `*` followed by spaces or tabs at the line's start (STAR_PREFIX), else the line's start. */
function starPrefixEnd(raw: string, lineStart: number, lineEnd: number): number {
	if (raw.charCodeAt(lineStart) !== 42) return lineStart;
	let i = lineStart + 1;
	while (i < lineEnd && (raw.charCodeAt(i) === 32 || raw.charCodeAt(i) === 9)) i++;
	return i > lineStart + 1 ? i : lineStart;
}

/** Reads a header line into the hints; true when it was one (a `#` title or a show line). */
function readHeaderLine(line: string, hints: FormatReading["hints"]): boolean {
	const title = H1.exec(line);
	if (title && !hints.title) hints.title = title[1];
	const show = SHOW_LINE.exec(line);
	if (show && !hints.url) {
		hints.author = show[1].trim();
		hints.date = parseDateText(show[2]);
		hints.url = show[3];
	}
	return title !== null || show !== null;
}

function withHeading(passages: PassageSpan[], heading: string | null | undefined): PassageSpan[] {
	if (heading) for (const passage of passages) passage.heading = heading;
	return passages;
}

/** Raw speech-to-text: every non-blank line is a segment, cut at pauses into readable passages. */
export function readRawSpeech(source: SourceText): FormatReading {
	return readSpeechLines(source, 0);
}

const HTML_ONLY = /^<[^>]*>(?:.*<\/[a-z]+>)?$/i; // `<details>`, `<summary>Click to expand…</summary>`: markup around a transcript
const FRAME_OPENERS = new Set([35, 60, 45, 42, 43, 95, 0x2022]); // "#", "<", the bullets "-", "*", "+", "•" and "_" of rules
const RULE = /^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const TURN_MARK = ">>"; // caption dumps mark each change of speaker so

/**
 * Speech from line `fromLine` on, each non-blank line a segment. A frame above the speech (a title
 * heading, a metadata list, markup) and headings anywhere are left out; an `#` heading is the title.
 */
export function readSpeechLines(source: SourceText, fromLine: number): FormatReading {
	const segments: SpeechSegment[] = [];
	const excluded: number[] = [];
	const turnMarks = new NextOccurrence(source.raw, TURN_MARK, source.lineStarts[fromLine] ?? source.raw.length);
	let title: string | undefined;
	for (let index = fromLine; index < source.lineStarts.length; index++) {
		if (isBlankLine(source, index)) continue;
		const start = contentStart(source, index);
		const end = contentEnd(source, index);
		const first = source.raw.charCodeAt(start);
		if ((FRAME_OPENERS.has(first) || (first >= 48 && first <= 57)) && isFrameLine(source.raw.slice(start, end), segments.length === 0)) {
			title ??= H1.exec(source.raw.slice(start, end))?.[1];
			excluded.push(start, end);
			continue;
		}
		segments.push({ start, end });
		if (turnMarks.within(start, end)) excludeTurnMarks(source.raw.slice(start, end), start, excluded);
	}
	const hints: FormatReading["hints"] = title ? { title } : { titleFromFileName: true }; // unpunctuated speech has no title line: its first words make a poor one
	return { passages: chunkSpeechByWords(source.raw, segments), excluded, hints };
}

/** The ">>" marks of a speech line: markup, not speech. */
function excludeTurnMarks(line: string, start: number, excluded: number[]): void {
	for (let at = line.indexOf(TURN_MARK); at >= 0; at = line.indexOf(TURN_MARK, at + TURN_MARK.length)) excluded.push(start + at, start + at + TURN_MARK.length);
}

/** A heading, rule or markup line anywhere; before the speech starts, a list item too (the metadata list). */
function isFrameLine(line: string, beforeSpeech: boolean): boolean {
	const first = line.charCodeAt(0);
	if (first === 35 && /^#{1,6}\s/.test(line)) return true; // "#"
	if (first === 60 && HTML_ONLY.test(line)) return true; // "<"
	if (RULE.test(line)) return true; // "---" between sections
	return beforeSpeech && /^(?:[-*+•]|\d{1,3}[.)])\s/.test(line);
}

/** Edited transcripts: each speaker turn (a paragraph) is a passage, long turns cut at sentence ends. */
export function readSpeakerTurns(source: SourceText): FormatReading {
	return readSpeakerTurnsFrom(source, 0);
}

/** readSpeakerTurns from line `fromLine` on (the transcript section of a longer note). */
export function readSpeakerTurnsFrom(source: SourceText, fromLine: number): FormatReading {
	const scan = scanBlocks(source, { fromLine });
	const passages: PassageSpan[] = [];
	const excluded = [...scan.markers];
	for (const passage of blocksToPassages(scan.blocks, false)) {
		const text = source.raw.slice(passage.start, passage.end);
		const head = text.slice(0, STAMP_SEARCH_CHARS);
		const stamp = STAMP.exec(head);
		const opening = stamp ? TURN_OPENING.exec(head) : null;
		if (opening) excluded.push(passage.start, passage.start + opening[0].length);
		else if (stamp) excluded.push(passage.start + stamp.index, passage.start + stamp.index + stamp[0].length);
		const seconds = stamp ? parseTimecode(stamp[1]) ?? undefined : undefined;
		const pieces = countWords(text) > LONG_TURN_WORDS ? chunkSpeechByWords(source.raw, [passage]) : [{ start: passage.start, end: passage.end }];
		pieces.forEach((piece, order) => {
			const full: PassageSpan = { ...piece };
			if (order === 0 && seconds !== undefined) full.seconds = seconds;
			if (passage.heading) full.heading = passage.heading;
			if (passage.blockId) full.blockId = passage.blockId; // every piece of a long turn lies in the block its id names
			passages.push(full);
		});
	}
	const title = scan.blocks.find((block) => block.type === "heading")?.headingText;
	return { passages, excluded, hints: { title } };
}

/** Insight digests: a short header line, then one insight per line. */
export function readInsightLines(source: SourceText): FormatReading {
	const scan = scanBlocks(source);
	const excluded: number[] = [...scan.markers];
	const passages: PassageSpan[] = [];
	let header = true;
	for (let index = 0; index < source.lineStarts.length; index++) {
		if (isBlankLine(source, index)) continue;
		const start = contentStart(source, index);
		const end = contentEnd(source, index);
		if (header && isHeaderLine(source, index)) {
			excluded.push(start, end);
			header = false;
			continue;
		}
		header = false;
		const marker = /^(?:[-*+•]|\d{1,3}[.)])\s+/.exec(lineAt(source, index).trimStart());
		passages.push({ start: start + (marker ? marker[0].length : 0), end });
	}
	return { passages, excluded, hints: { titleFromFileName: true } }; // the header is boilerplate, never the title
}

const MAX_HEADER_WORDS = 20; // a digest's header is one short line, shorter than its insights

function isHeaderLine(source: SourceText, index: number): boolean {
	const line = lineAt(source, index);
	return countWords(line) <= MAX_HEADER_WORDS && !line.startsWith("#");
}
