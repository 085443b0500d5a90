// Timed transcripts: SRT (with YouTube's rolling auto-captions), WebVTT, whisper.cpp text and
// timestamp-linked lines. Every cue's text is a speech segment; cue numbers, timings, settings and
// caption lines repeated from the previous cue are excluded, so passages read each word once.

import { parseTimecode } from "../../text/timecode";
import type { FormatReading } from "../format";
import { type SourceText, contentEnd, contentStart, isBlankLine, lineAt } from "../source-text";
import { SegmentChunker, type SpeechSegment, chunkSpeechBySegments } from "../speech-chunker";
import { type BracketStamp, readBracketStamp } from "./bracket-stamp";

const TIMING = /^(\d{1,3}:\d{2}(?::\d{2})?[.,]\d{1,3})\s*-->\s*(\d{1,3}:\d{2}(?::\d{2})?[.,]\d{1,3})/;
const CUE_NUMBER = /^\uFEFF?\d+$/;
const VTT_INLINE_TAG = /<[^>\n]{1,200}>/g;
const VTT_BLOCK = /^(?:WEBVTT|NOTE|STYLE|REGION)\b/;
const BRACKET_CUE = /^\[(\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\s*-->\s*(\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\]/;
const LBRACKET = 91; // "[": a whisper.cpp stamp's first character
const TIMESTAMP_LINK = /^(?:[-*+]\s+)?\[\(?(\d{1,2}:\d{2}(?::\d{2})?)\)?\]\((https?:[^)\s]*)\)/;

interface CueState {
	segments: SpeechSegment[];
	excluded: number[];
	/** Each cue's end timecode as written: only the last one that parses is read (the duration). */
	endTexts: string[];
}

/** SRT and WebVTT cues, de-duplicating rolling captions. */
export function readCueFile(source: SourceText): FormatReading {
	const state: CueState = { segments: [], excluded: [], endTexts: [] };
	const lineCount = source.lineStarts.length;
	let previousLines = new Set<string>();
	for (let index = 0; index < lineCount; index++) {
		const line = lineAt(source, index).trim();
		if (VTT_BLOCK.test(line)) {
			index = excludeUntilBlank(source, index, state.excluded);
			continue;
		}
		const timing = TIMING.exec(line);
		if (!timing) {
			if (line.length > 0) state.excluded.push(source.lineStarts[index], source.lineEnds[index]); // cue numbers and ids
			continue;
		}
		state.excluded.push(source.lineStarts[index], source.lineEnds[index]);
		state.endTexts.push(timing[2]);
		const seconds = parseTimecode(timing[1]) ?? undefined;
		const cueLines = new Set<string>();
		index++;
		for (; index < lineCount && !isBlankLine(source, index); index++) {
			if (CUE_NUMBER.test(lineAt(source, index).trim()) && index + 1 < lineCount && TIMING.test(lineAt(source, index + 1).trim())) {
				index--;
				break;
			}
			readCueLine(source, index, seconds, previousLines, cueLines, state);
		}
		if (cueLines.size > 0) previousLines = cueLines; // a 10 ms cue holding a space breaks no rolling chain
	}
	return finish(source, state);
}

function readCueLine(source: SourceText, index: number, seconds: number | undefined, previousLines: Set<string>, cueLines: Set<string>, state: CueState): void {
	const text = lineAt(source, index).replace(VTT_INLINE_TAG, "").trim();
	cueLines.add(text);
	const start = contentStart(source, index);
	const end = contentEnd(source, index);
	if (previousLines.has(text) || text.length === 0) {
		state.excluded.push(start, end);
		return;
	}
	for (const tag of lineAt(source, index).matchAll(VTT_INLINE_TAG)) {
		const at = source.lineStarts[index] + (tag.index ?? 0);
		state.excluded.push(at, at + tag[0].length);
	}
	state.segments.push({ start, end, seconds });
}

function excludeUntilBlank(source: SourceText, index: number, excluded: number[]): number {
	let last = index;
	while (last + 1 < source.lineStarts.length && !isBlankLine(source, last + 1)) last++;
	excluded.push(source.lineStarts[index], source.lineEnds[last]);
	return last;
}

/** The last of the timecodes that parses, read from the end: earlier ones never need parsing. */
function lastTimecode(texts: readonly string[]): number | null {
	for (let k = texts.length - 1; k >= 0; k--) {
		const seconds = parseTimecode(texts[k]);
		if (seconds !== null) return seconds;
	}
	return null;
}

function finish(source: SourceText, state: CueState): FormatReading {
	return {
		passages: chunkSpeechBySegments(source.raw, state.segments),
		excluded: state.excluded,
		hints: { durationSeconds: lastTimecode(state.endTexts) },
	};
}

/** whisper.cpp: `[00:00:00.000 --> 00:00:02.240]   text`. */
export function readBracketCues(source: SourceText): FormatReading {
	const chunker = new SegmentChunker(source.raw);
	const excluded: number[] = [];
	let durationSeconds: number | null = null; // the last cue end that parses, as lastTimecode reads it
	const stamp: BracketStamp = { length: 0, startSeconds: null, endSeconds: null }; // each line's stamp, read into one object
	for (let index = 0; index < source.lineStarts.length; index++) {
		const stampStart = contentStart(source, index);
		if (!bracketStampAt(source, index, stampStart, stamp)) continue;
		const stampEnd = stampStart + stamp.length;
		const textStart = skipSpaces(source.raw, stampEnd);
		excluded.push(stampStart, stampEnd);
		if (stamp.endSeconds !== null) durationSeconds = stamp.endSeconds;
		const end = contentEnd(source, index);
		if (end > textStart) chunker.add(textStart, end, stamp.startSeconds ?? undefined);
	}
	return { passages: chunker.finish(), excluded, hints: { durationSeconds } };
}

/** The line's cue stamp, written into `into`: the exact common form read in place, any other through BRACKET_CUE and parseTimecode. */
function bracketStampAt(source: SourceText, index: number, stampStart: number, into: BracketStamp): boolean {
	if (source.raw.charCodeAt(stampStart) === LBRACKET && readBracketStamp(source.raw, stampStart, source.lineEnds[index], into)) return true;
	const cue = BRACKET_CUE.exec(lineAt(source, index).trimStart());
	if (!cue) return false;
	into.length = cue[0].length;
	into.startSeconds = parseTimecode(cue[1]);
	into.endSeconds = parseTimecode(cue[2]);
	return true;
}

/** Lines opening with `[01:04](https://youtube.com/watch?t=64&v=ID)`. */
export function readTimestampLinks(source: SourceText): FormatReading {
	const state: CueState = { segments: [], excluded: [], endTexts: [] };
	let url: string | null = null;
	for (let index = 0; index < source.lineStarts.length; index++) {
		const start = contentStart(source, index);
		const link = TIMESTAMP_LINK.exec(source.raw.slice(start, source.lineEnds[index]));
		if (!link) continue;
		const linkEnd = start + link[0].length;
		const textStart = skipSpaces(source.raw, linkEnd);
		state.excluded.push(start, linkEnd);
		url ??= link[2].replace(/([?&])t=\d+s?&?/, "$1").replace(/[?&]$/, "");
		const seconds = parseTimecode(link[1]) ?? undefined;
		const end = contentEnd(source, index);
		if (end > textStart) state.segments.push({ start: textStart, end, seconds });
	}
	const reading = finish(source, state);
	reading.hints.url = url;
	return reading;
}

function skipSpaces(raw: string, from: number): number {
	let i = from;
	while (raw.charCodeAt(i) === 32 || raw.charCodeAt(i) === 9) i++;
	return i;
}
