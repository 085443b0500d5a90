// whisper.cpp stamps read over character codes must read exactly as the regular expression and
// parseTimecode read them; the profile's in-place line tests must count as tests on each line's text.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeSourceText, profileSource } from "../../../src/core/sources";
import { type BracketStamp, readBracketStamp } from "../../../src/core/sources/readers/bracket-stamp";
import { readBracketCues } from "../../../src/core/sources/readers/cues";
import { type SpeechSegment, chunkSpeechBySegments } from "../../../src/core/sources/speech-chunker";
import { parseTimecode } from "../../../src/core/text/timecode";

// The reader's and the profile's expressions, as written in cues.ts and profile.ts.
const BRACKET_CUE = /^\[(\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\s*-->\s*(\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\]/;
const PROFILE_BRACKET_CUE = /^\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s*-->\s*\d{1,2}:\d{2}/;
const SPEAKER = /^(?:\*\*|__)?[A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,3}(?: \(\d{1,2}:\d{2}(?::\d{2})?\))?(?::\*\*|\*\*:|:__|__:|:)\s/;
const STAMP = /^(?:\*\*[^*]{1,40}\*\*:?\s*|[A-Z][\w. ]{0,40}:\s*|\[[A-Z][^\]\n]{0,30}\]\s*)?(?:\\?\[|\()\d{1,2}:\d{2}(?::\d{2})?(?:\\?\]|\))/;
const STAMPED_LABEL = /^[A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,3}[ \t]*[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?:?$/;
/** A speaker line: a label opening a turn, or (when no stamp opens the line) a stamped label alone on it. */
const isSpeakerLine = (line: string): boolean => {
	if (/^[A-Z*_]/.test(line) && SPEAKER.test(line)) return true;
	return /^[A-Z]/.test(line) && line.length <= 60 && !STAMP.test(line) && STAMPED_LABEL.test(line);
};

const digits = (most: number): fc.Arbitrary<string> => fc.integer({ min: 0, max: 10 ** most - 1 }).map((n) => String(n).padStart(most, "0")).chain((text) => fc.integer({ min: 1, max: text.length + 1 }).map((keep) => text.slice(0, keep)));
const pad = (n: number, width: number): string => String(n).padStart(width, "0");
const commonTimecode = fc.tuple(fc.nat(130), fc.nat(99), fc.option(fc.nat(99)), fc.option(fc.tuple(fc.constantFrom(".", ","), fc.nat(999), fc.integer({ min: 1, max: 3 })))).map(
	([a, b, c, fraction]) => `${pad(a, 2)}:${pad(b, 2)}${c === null ? "" : `:${pad(c, 2)}`}${fraction === null ? "" : `${fraction[0]}${pad(fraction[1], 3).slice(0, fraction[2])}`}`,
);
const oddTimecode = fc.tuple(digits(4), digits(3), fc.option(digits(3)), fc.option(fc.tuple(fc.constantFrom(".", ",", ":"), digits(4)))).map(
	([a, b, c, fraction]) => `${a}:${b}${c === null ? "" : `:${c}`}${fraction === null ? "" : fraction.join("")}`,
);
const timecode = fc.oneof({ arbitrary: commonTimecode, weight: 4 }, { arbitrary: oddTimecode, weight: 1 });
const gap = fc.oneof({ arbitrary: fc.constant(" "), weight: 4 }, { arbitrary: fc.constantFrom("", "  ", "\t", "\u00a0", "\n", " \n "), weight: 1 });
const opener = fc.oneof({ arbitrary: fc.constant("["), weight: 4 }, { arbitrary: fc.constantFrom(" [", "\u00a0[", "x[", "\t["), weight: 1 });
const arrow = fc.oneof({ arbitrary: fc.constant("-->"), weight: 4 }, { arbitrary: fc.constantFrom("->", "-- >", "--"), weight: 1 });
const closer = fc.oneof({ arbitrary: fc.constant("]"), weight: 4 }, { arbitrary: fc.constantFrom(")", "]x", "", "0]"), weight: 1 });
const stamp = fc.tuple(opener, timecode, gap, arrow, gap, timecode, closer, fc.constantFrom("  words here.", "", " Ann: yes", "\n", " so and then"))
	.map((parts) => parts.join(""));

/** readBracketCues as it read every line before the in-place stamp: the expression on the trimmed line. */
function referenceCues(raw: string): { excluded: number[]; segments: SpeechSegment[]; duration: number | null } {
	const source = makeSourceText(raw, 0, null);
	const out = { excluded: [] as number[], segments: [] as SpeechSegment[], duration: null as number | null };
	const ends: string[] = [];
	for (let index = 0; index < source.lineStarts.length; index++) {
		const cue = BRACKET_CUE.exec(raw.slice(source.lineStarts[index], source.lineEnds[index]).trimStart());
		if (!cue) continue;
		let at = source.lineStarts[index];
		while (at < source.lineEnds[index] && " \t\r\ufeff".includes(raw[at])) at++;
		out.excluded.push(at, at + cue[0].length);
		ends.push(cue[2]);
		let textStart = at + cue[0].length;
		while (raw[textStart] === " " || raw[textStart] === "\t") textStart++;
		let end = source.lineEnds[index];
		while (end > source.lineStarts[index] && " \t\r".includes(raw[end - 1])) end--;
		if (end > textStart) out.segments.push({ start: textStart, end, seconds: parseTimecode(cue[1]) ?? undefined });
	}
	for (let k = ends.length - 1; k >= 0 && out.duration === null; k--) out.duration = parseTimecode(ends[k]);
	return out;
}

describe("whisper.cpp stamps read in place", () => {
	it("reads a stamp only where the expression matches, with its length and both timecodes' seconds", () => {
		let read = 0;
		fc.assert(
			fc.property(stamp, (line) => {
				const limit = line.indexOf("\n") < 0 ? line.length : line.indexOf("\n");
				const fast: BracketStamp = { length: -1, startSeconds: -1, endSeconds: -1 };
				if (!readBracketStamp(line, 0, limit, fast)) return;
				read++;
				const cue = BRACKET_CUE.exec(line.slice(0, limit));
				expect(cue).not.toBeNull();
				expect(fast).toEqual({ length: cue?.[0].length, startSeconds: parseTimecode(cue?.[1] ?? ""), endSeconds: parseTimecode(cue?.[2] ?? "") });
			}),
			{ numRuns: 3000 },
		);
		expect(read).toBeGreaterThan(100); // the generator reaches the in-place road often enough to mean something
	});

	it("reads the common form in place: fractions, hours and out-of-range seconds as parseTimecode does", () => {
		const read = (line: string): BracketStamp | null => {
			const stamp: BracketStamp = { length: -1, startSeconds: -1, endSeconds: -1 };
			return readBracketStamp(line, 0, line.length, stamp) ? stamp : null;
		};
		expect(read("[00:01:02.240 --> 01:00:59.5]")).toEqual({ length: 29, startSeconds: 62.24, endSeconds: 3659.5 });
		expect(read("[12:61,07 --> 1:02:03]")).toEqual({ length: 22, startSeconds: null, endSeconds: 3723 });
		expect(read("[00:00.000-->00:01.000]")).toBeNull(); // no space before the arrow: left to the expression
	});

	it("gives the reader the cues, excluded stamps, seconds and duration the expression gave", () => {
		fc.assert(
			fc.property(fc.array(stamp, { maxLength: 12 }), (lines) => {
				const raw = lines.join("\n");
				const reading = readBracketCues(makeSourceText(raw, 0, null));
				const reference = referenceCues(raw);
				expect(reading.excluded).toEqual(reference.excluded);
				expect(reading.hints.durationSeconds ?? null).toBe(reference.duration);
				expect(reading.passages).toEqual(chunkSpeechBySegments(raw, reference.segments));
			}),
			{ numRuns: 1500 },
		);
	});
});

describe("profile line shapes tested in place", () => {
	it("counts bracket cue and speaker lines as the expressions on each line's text do, even where a match would run on past the line", () => {
		const piece = fc.constantFrom("[00:00.000", "[1:02", " --> ", "-->", "\n", " ", "00:02", "Ann", "Ann Lee", ":", "**Ann:**", " words", "\t", "A", "(1:02)", "(00:01:02):", "[Speaker 1] ");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
				const raw = parts.join("");
				const profile = profileSource(makeSourceText(raw, 0, null));
				const lines = raw.split("\n").map((line) => line.trim()).filter((line) => line.length > 0);
				expect(profile.bracketCueLines).toBe(lines.filter((line) => PROFILE_BRACKET_CUE.test(line)).length);
				expect(profile.speakerLines).toBe(lines.filter(isSpeakerLine).length);
			}),
			{ numRuns: 2000 },
		);
	});
});
