// Whisper's JSON output: `{ text, segments: [{ start, end, text }] }`, or the bare segments array.
import type { SpeechCue } from "./types";

export type WhisperJsonReading =
	| { kind: "segments"; cues: SpeechCue[] }
	| { kind: "text-only"; text: string }
	| { kind: "not-whisper"; problem: string };

/** Reads whisper JSON; says in plain words when the text is JSON of some other kind. */
export function readWhisperJson(raw: string): WhisperJsonReading {
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { kind: "not-whisper", problem: "the file looks like JSON but cannot be read as JSON" };
	}
	const segments = Array.isArray(parsed) ? parsed : isRecord(parsed) ? parsed.segments : undefined;
	if (Array.isArray(segments)) {
		const cues = segments.map(segmentToCue).filter((cue): cue is SpeechCue => cue !== null);
		if (cues.length > 0) return { kind: "segments", cues };
	}
	if (isRecord(parsed) && typeof parsed.text === "string" && parsed.text.trim() !== "") {
		return { kind: "text-only", text: parsed.text };
	}
	return { kind: "not-whisper", problem: "the JSON holds no whisper transcript (no segments with start, end and text)" };
}

function segmentToCue(segment: unknown): SpeechCue | null {
	if (!isRecord(segment)) return null;
	const start = Number(segment.start);
	const end = Number(segment.end);
	if (typeof segment.text !== "string" || !Number.isFinite(start)) return null;
	const text = segment.text.trim();
	return text === "" ? null : { start, end: Number.isFinite(end) ? end : start, text };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
