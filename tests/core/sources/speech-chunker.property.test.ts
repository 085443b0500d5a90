// The speech chunkers find words by native search where a segment's only space is " ": their
// passages must be those of a plain word-by-word reading of the same rules, whatever spaces appear.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PassageSpan } from "../../../src/core/model";
import { type SpeechSegment, chunkSpeechBySegments, chunkSpeechByWords } from "../../../src/core/sources/speech-chunker";

const SPACES = new Set([" ", "\t", "\n", "\r", "\u00a0", "\ufeff"]);
const PAUSES = new Set(["so", "and", "but", "um", "uh", "okay", "ok", "yeah", "well", "now", "anyway", "because", "right", "like", "alright"]);
const CLOSERS = new Set(['"', "'", ")", "\u2019", "\u201d", "]"]);

/** A word closes a sentence when, past its closing quotes and brackets (its first character always kept), it ends in a stop. */
function endsSentence(word: string): boolean {
	let last = word.length - 1;
	while (last > 0 && CLOSERS.has(word[last])) last--;
	return ".?!\u2026".includes(word[last]);
}

/** Words of [start, end) with their offsets, split at every space character the chunkers know. */
function wordsOf(raw: string, start: number, end: number): Array<{ start: number; end: number; text: string }> {
	const words: Array<{ start: number; end: number; text: string }> = [];
	let open = -1;
	for (let i = start; i <= end; i++) {
		const space = i === end || SPACES.has(raw[i]);
		if (!space && open < 0) open = i;
		if (space && open >= 0) {
			words.push({ start: open, end: i, text: raw.slice(open, i) });
			open = -1;
		}
	}
	return words;
}

/** chunkSpeechByWords's rules read word by word: 40–120 words, sentence ends from 40, pause words from 70. */
/** The passage being filled, its word count, and the passages closed so far. */
class Chunks {
	readonly passages: PassageSpan[] = [];
	open: PassageSpan | null = null;
	count = 0;
	close(): void {
		if (this.open) this.passages.push(this.open);
		this.open = null;
		this.count = 0;
	}
	/** The open passage, opened at [start, end) with `seconds` if none is open. */
	extend(start: number, end: number, seconds: number | undefined): PassageSpan {
		if (!this.open) {
			this.open = { start, end };
			if (seconds !== undefined) this.open.seconds = seconds;
		}
		this.open.end = end;
		return this.open;
	}
}

function referenceByWords(raw: string, segments: readonly SpeechSegment[]): PassageSpan[] {
	const chunks = new Chunks();
	for (const segment of segments) {
		let seconds = segment.seconds;
		for (const word of wordsOf(raw, segment.start, segment.end)) {
			if (chunks.count >= 70 && PAUSES.has(word.text.toLowerCase())) chunks.close();
			chunks.extend(word.start, word.end, seconds);
			seconds = undefined;
			chunks.count++;
			if ((chunks.count >= 40 && endsSentence(word.text)) || chunks.count >= 120) chunks.close();
		}
	}
	chunks.close();
	return chunks.passages;
}

const piece = fc.constantFrom("word", "Word.", "so", "And", "um,", "yes!", "end.\"", "x", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\ufeff", "café", "…");
const text = fc.array(piece, { minLength: 1, maxLength: 600 }).map((parts) => parts.join(""));

/** Segments cut at random offsets of the text, in order, with a few seconds. */
function segmentsOf(raw: string, cuts: number[]): SpeechSegment[] {
	const points = [...new Set(cuts.map((cut) => cut % (raw.length + 1)))].sort((a, b) => a - b);
	const segments: SpeechSegment[] = [];
	for (let k = 0; k + 1 < points.length; k += 2) segments.push(k % 4 === 0 ? { start: points[k], end: points[k + 1], seconds: k } : { start: points[k], end: points[k + 1] });
	return segments;
}

describe("speech chunkers", () => {
	it("cut by words as a plain word-by-word reading does, with or without other spaces", () => {
		fc.assert(
			fc.property(text, fc.array(fc.nat(), { maxLength: 40 }), fc.boolean(), (raw, cuts, plain) => {
				const body = plain ? raw.replace(/[\t\r\n\u00a0\ufeff]/g, " ") : raw; // half the runs take the native-search road throughout
				const segments = segmentsOf(body, cuts);
				expect(chunkSpeechByWords(body, segments)).toEqual(referenceByWords(body, segments));
			}),
			{ numRuns: 600 },
		);
	});

	it("cut only between segments, as a plain reading of the segments does", () => {
		fc.assert(
			fc.property(text, fc.array(fc.nat(), { maxLength: 60 }), fc.boolean(), (raw, cuts, plain) => {
				const body = plain ? raw.replace(/[\t\r\u00a0\ufeff]/g, " ") : raw; // line feeds stay: a segment holding one is read character by character
				const segments = segmentsOf(body, cuts);
				expect(chunkSpeechBySegments(body, segments)).toEqual(referenceBySegments(body, segments));
			}),
			{ numRuns: 600 },
		);
	});
});

/** chunkSpeechBySegments's rules read segment by segment. */
function referenceBySegments(raw: string, segments: readonly SpeechSegment[]): PassageSpan[] {
	const chunks = new Chunks();
	for (const segment of segments) {
		const words = wordsOf(raw, segment.start, segment.end);
		if (words.length === 0) continue;
		if (chunks.open && chunks.count >= 70 && PAUSES.has(words[0].text.replace(/[,.]$/, "").toLowerCase())) chunks.close();
		chunks.extend(segment.start, segment.end, segment.seconds);
		chunks.count += words.length;
		if ((chunks.count >= 40 && endsSentence(words[words.length - 1].text)) || chunks.count >= 120) chunks.close();
	}
	chunks.close();
	return chunks.passages;
}
