import { describe, expect, test } from "vitest";
import { cuesToParagraphs, mergeRollingCues, titleFromFileName, transcriptNote } from "../../../src/core/import/transcript";
import { parseSrt, parseVtt, parseWhisperCpp } from "../../../src/core/import/captions";
import { parseTimecode } from "../../../src/core/text/timecode";
import { fixture } from "./fixtures";

describe("caption parsers", () => {
	test("SRT: comma milliseconds, index lines dropped, tags stripped, BOM and CRLF accepted", () => {
		const cues = parseSrt(fixture("talk.srt"));
		expect(cues.map((cue) => cue.start)).toEqual([1, 4.5, 12]);
		expect(cues[1].text).toBe("Today we look at compute, data\nand what they buy us.");
		expect(cues[2].end).toBe(15);
	});

	test("SRT: blank 10 ms cues are dropped", () => {
		const cues = parseSrt(fixture("rolling [abcDEF12345].en.srt"));
		expect(cues.every((cue) => cue.text.trim() !== "")).toBe(true);
		expect(cues.length).toBe(5);
	});

	test("VTT: header, NOTE and STYLE skipped; cue ids and settings ignored; hours kept", () => {
		const cues = parseVtt(fixture("lecture.vtt"));
		expect(cues[0].text).toBe("Hello and welcome");
		expect(cues[cues.length - 1]).toEqual({ start: 3723, end: 3725.5, text: "Late in the recording." });
	});

	test("whisper.cpp: empty lines dropped, times read", () => {
		const cues = parseWhisperCpp(fixture("podcast.txt"));
		expect(cues.map((cue) => cue.start)).toEqual([0, 2.24, 70.5]);
	});
});

describe("mergeRollingCues", () => {
	test("a line repeated in the next cue is kept once, at the time it first appeared", () => {
		const merged = mergeRollingCues([
			{ start: 0, end: 2, text: "one two three" },
			{ start: 2, end: 4, text: "one two three\nfour five six" },
			{ start: 4, end: 6, text: "four five six\nseven eight" },
		]);
		expect(merged.map((cue) => cue.text)).toEqual(["one two three", "four five six", "seven eight"]);
		expect(merged.map((cue) => cue.start)).toEqual([0, 2, 4]);
	});

	test("a line that starts with the end of the previous one keeps only its new words", () => {
		const merged = mergeRollingCues([
			{ start: 0, end: 2, text: "we trained the model on" },
			{ start: 2, end: 4, text: "the model on more data" },
		]);
		expect(merged.map((cue) => cue.text)).toEqual(["we trained the model on", "more data"]);
	});

	test("ordinary captions are left whole, even when a short word repeats", () => {
		const merged = mergeRollingCues([
			{ start: 0, end: 2, text: "No." },
			{ start: 2, end: 4, text: "No, I said no." },
		]);
		expect(merged.map((cue) => cue.text)).toEqual(["No.", "No, I said no."]);
	});
});

describe("cuesToParagraphs", () => {
	const sentence = "This sentence is about forty-five characters.";
	const cues = Array.from({ length: 60 }, (_, i) => ({ start: i * 3, end: i * 3 + 3, text: sentence }));

	test("long speech becomes paragraphs of sensible length, each starting at its cue's time", () => {
		const paragraphs = cuesToParagraphs(cues);
		expect(paragraphs.length).toBeGreaterThan(2);
		for (const paragraph of paragraphs) {
			expect(paragraph.text.length).toBeLessThanOrEqual(900);
			expect(paragraph.text.length).toBeGreaterThan(200);
			expect(paragraph.seconds % 3).toBe(0);
		}
		expect(paragraphs.map((paragraph) => paragraph.text).join(" ")).toBe(cues.map((cue) => cue.text).join(" "));
	});

	test("the note writes each paragraph's start as [m:ss] or [h:mm:ss]", () => {
		const late = cues.map((cue) => ({ ...cue, start: cue.start + 3590, end: cue.end + 3590 }));
		const note = transcriptNote({ fileName: "late.srt", format: "srt", cues: late });
		const stamps = [...(note?.markdown ?? "").matchAll(/^\[([\d:]+)\] /gm)].map((match) => match[1]);
		expect(stamps[0]).toBe("59:50");
		expect(stamps.slice(1).every((stamp) => /^1:\d{2}:\d{2}$/.test(stamp))).toBe(true);
		expect(stamps.map((stamp) => parseTimecode(stamp))).toEqual([...stamps.map((stamp) => parseTimecode(stamp))].sort((a, b) => (a ?? 0) - (b ?? 0)));
	});
});

describe("titleFromFileName", () => {
	test.each([
		["Talk [dQw4w9WgXcQ].en.srt", "Talk", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"],
		["my_lecture_notes.vtt", "my lecture notes", null],
		["Interview with A. Person.en-US.vtt", "Interview with A. Person", null],
	])("%s", (name, title, source) => {
		expect(titleFromFileName(name)).toEqual({ title, source });
	});
});
