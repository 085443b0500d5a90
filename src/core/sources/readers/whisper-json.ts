// whisper's JSON output (`{"text": …, "segments": [{"start": 0.0, "end": 2.2, "text": " …"}]}`),
// as a file or pasted into a note's code block. Only the segments' text strings are readable:
// everything else in the JSON is excluded.

import type { FormatReading } from "../format";
import type { SourceText } from "../source-text";
import { type SpeechSegment, chunkSpeechBySegments } from "../speech-chunker";

const FIELD = /"(start|end|text)"\s*:\s*(-?\d+(?:\.\d+)?|"(?:[^"\\\n]|\\.)*")/g;

/** The JSON's extent: a fenced block holding `"segments"`, else from the first `{` to the last `}`. */
function jsonRegion(source: SourceText): { start: number; end: number } | null {
	const raw = source.raw;
	const segments = raw.indexOf('"segments"', source.bodyStart);
	if (segments < 0) return null;
	const fenceOpen = raw.lastIndexOf("```", segments);
	if (fenceOpen >= source.bodyStart) {
		const fenceClose = raw.indexOf("```", segments);
		return { start: fenceOpen, end: fenceClose < 0 ? raw.length : fenceClose + 3 };
	}
	const open = raw.indexOf("{", source.bodyStart);
	const close = raw.lastIndexOf("}");
	return open >= 0 && close > open ? { start: open, end: close + 1 } : null;
}

export function readWhisperJson(source: SourceText): FormatReading {
	const region = jsonRegion(source);
	if (!region) return { passages: [], excluded: [], hints: {} };
	const raw = source.raw;
	const segmentsKey = raw.indexOf('"segments"', region.start);
	const segments: SpeechSegment[] = [];
	const excluded: number[] = [];
	let cursor = region.start;
	let start: number | undefined;
	let lastEnd: number | null = null;
	FIELD.lastIndex = segmentsKey;
	const body = raw.slice(0, region.end);
	for (let field = FIELD.exec(body); field; field = FIELD.exec(body)) {
		const value = field[2];
		if (field[1] === "start" && !value.startsWith('"')) start = Number(value);
		else if (field[1] === "end" && !value.startsWith('"')) lastEnd = Number(value);
		else if (field[1] === "text" && value.startsWith('"')) {
			const textStart = field.index + field[0].length - value.length + 1;
			const textEnd = field.index + field[0].length - 1;
			excluded.push(cursor, textStart);
			cursor = textEnd;
			let wordStart = textStart;
			while (wordStart < textEnd && raw.charCodeAt(wordStart) === 32) wordStart++;
			if (textEnd > wordStart) segments.push({ start: wordStart, end: textEnd, seconds: start });
			start = undefined;
		}
	}
	excluded.push(cursor, region.end);
	return { passages: chunkSpeechBySegments(raw, segments), excluded, hints: { durationSeconds: lastEnd } };
}
