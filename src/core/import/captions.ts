// Caption and timed-text formats: SRT, WebVTT, whisper.cpp's bracketed text.
import { parseTimecode } from "../text/timecode";
import { normalizeLineEndings } from "./text-input";
import type { SpeechCue } from "./types";

// "00:00:01,000 --> 00:00:04,000" with optional cue settings after; SRT uses ",", VTT ".".
const TIMING_LINE = /^\s*((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)(?:\s.*)?$/;
const SRT_TIMING = /^\s*\d+:\d{2}:\d{2},\d{1,3}\s*-->/m;
const WHISPER_CPP_LINE = /^\[((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\]\s*(.*)$/;

export const looksLikeSrt = (text: string): boolean => SRT_TIMING.test(text);
export const looksLikeVtt = (text: string): boolean => /^\s*WEBVTT/.test(text.replace(/^\uFEFF/, ""));
export const looksLikeWhisperCpp = (text: string): boolean => /^\[(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->/m.test(text);

/** Cues of an SRT file; the index lines, blank cues and cue settings are dropped. */
export function parseSrt(raw: string): SpeechCue[] {
	const cues: SpeechCue[] = [];
	for (const block of splitBlocks(raw)) {
		const lines = block.split("\n");
		const timingAt = lines.findIndex((line) => TIMING_LINE.test(line));
		if (timingAt < 0) continue;
		const cue = cueFrom(lines[timingAt], lines.slice(timingAt + 1).join("\n"));
		if (cue) cues.push(cue);
	}
	return cues;
}

/** Cues of a WebVTT file: header, NOTE, STYLE and REGION blocks skipped, inline tags stripped. */
export function parseVtt(raw: string): SpeechCue[] {
	const cues: SpeechCue[] = [];
	for (const block of splitBlocks(raw)) {
		const lines = block.split("\n");
		if (/^(WEBVTT|NOTE|STYLE|REGION)\b/.test(lines[0].trim())) continue;
		const timingAt = lines.findIndex((line) => TIMING_LINE.test(line));
		if (timingAt < 0) continue;
		const cue = cueFrom(lines[timingAt], stripCueMarkup(lines.slice(timingAt + 1).join("\n")));
		if (cue) cues.push(cue);
	}
	return cues;
}

/** Cues of whisper.cpp's text output: `[00:00:00.000 --> 00:00:02.240]   text`. */
export function parseWhisperCpp(raw: string): SpeechCue[] {
	const cues: SpeechCue[] = [];
	for (const line of normalizeLineEndings(raw).split("\n")) {
		const match = WHISPER_CPP_LINE.exec(line.trim());
		if (!match) continue;
		const start = parseTimecode(match[1]);
		const end = parseTimecode(match[2]);
		const text = match[3].trim();
		if (start !== null && text !== "") cues.push({ start, end: end ?? start, text });
	}
	return cues;
}

function splitBlocks(raw: string): string[] {
	return normalizeLineEndings(raw)
		.split(/\n[ \t]*\n/)
		.map((block) => block.replace(/^\n+/, ""))
		.filter((block) => block.trim() !== "");
}

function cueFrom(timingLine: string, text: string): SpeechCue | null {
	const match = TIMING_LINE.exec(timingLine);
	if (!match) return null;
	const start = parseTimecode(match[1]);
	const end = parseTimecode(match[2]);
	if (start === null) return null;
	const cleaned = text
		.split("\n")
		.map((line) => line.trim())
		.filter((line) => line !== "")
		.join("\n");
	return cleaned === "" ? null : { start, end: end ?? start, text: stripCueMarkup(cleaned) };
}

/** Removes `<c>`, `<i>`, `<v Speaker>`, `<00:00:01.000>` and `{\an8}` tags, and decodes entities. */
export function stripCueMarkup(text: string): string {
	return text
		.replace(/<[^>\n]*>/g, "")
		.replace(/\{\\[^}\n]*\}/g, "")
		.replace(/&nbsp;/g, " ")
		.replace(/&lt;/g, "<")
		.replace(/&gt;/g, ">")
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, "&");
}
