import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import matter from "gray-matter";
import { convertClipboard, convertImport, detectImportFormat } from "../../../src/core/import/convert";
import { fixture, splitNote } from "./fixtures";

interface Expectation {
	file: string;
	format: string;
	notes: {
		title: string;
		fileName: string;
		kind: string;
		date?: string;
		author?: string;
		source?: string;
		duration?: string;
		lines: string[];
	}[];
}

const TABLE: Expectation[] = [
	{
		file: "talk.srt",
		format: "srt",
		notes: [{ title: "talk", fileName: "talk", kind: "transcript", duration: "0:15", lines: ["[0:01] Welcome to the talk about scaling laws. Today we look at compute, data and what they buy us. After a pause, a new thought: evaluation matters."] }],
	},
	{
		file: "rolling [abcDEF12345].en.srt",
		format: "srt",
		notes: [
			{
				title: "rolling",
				fileName: "rolling",
				kind: "transcript",
				source: "https://www.youtube.com/watch?v=abcDEF12345",
				lines: ["[0:00] so today we're going to talk about how models learn from data and why scaling keeps working for now at least"],
			},
		],
	},
	{
		file: "lecture.vtt",
		format: "vtt",
		notes: [{ title: "lecture", fileName: "lecture", kind: "transcript", duration: "1:02:05", lines: ["[0:00] Hello and welcome to interpretability & alignment", "[1:02:03] Late in the recording."] }],
	},
	{
		file: "whisper.json",
		format: "whisper-json",
		notes: [{ title: "whisper", fileName: "whisper", kind: "transcript", duration: "1:10", lines: ["[0:00] First segment here. Second segment follows.", "[1:05] Much later, after a pause."] }],
	},
	{
		file: "segments.json",
		format: "whisper-json",
		notes: [{ title: "segments", fileName: "segments", kind: "transcript", lines: ["[0:00] A bare array of segments. It still reads as whisper."] }],
	},
	{
		file: "podcast.txt",
		format: "whisper-cpp",
		notes: [{ title: "podcast", fileName: "podcast", kind: "transcript", lines: ["[0:00] Welcome back to the show. Today: agents and reasoning.", "[1:10] A minute later we talk about policy."] }],
	},
	{
		file: "My Clippings.txt",
		format: "kindle",
		notes: [
			{
				title: "The Alignment Problem",
				fileName: "The Alignment Problem (Brian Christian)",
				kind: "highlights",
				author: "Brian Christian",
				date: "2023-06-12",
				lines: [
					"> Machine learning is an ostensibly technical field.",
					"— location 170-172 · page 12 · 2023-06-12 ^loc-170",
					"Note: Compare with chapter 3.",
					'> "Reward" is a word with a #hashtag: and a colon.',
				],
			},
			{
				title: "Superintelligence: Paths, Dangers, Strategies",
				fileName: "Superintelligence Paths, Dangers, Strategies (Nick Bostrom)",
				kind: "highlights",
				author: "Nick Bostrom",
				date: "2023-06-13",
				lines: ["— location 620-623 · page 41 · 2023-06-13 ^loc-620"],
			},
		],
	},
	{
		file: "readwise.csv",
		format: "readwise-csv",
		notes: [
			{
				title: "Import AI 343",
				fileName: "Import AI 343 (Jack Clark)",
				kind: "highlights",
				author: "Jack Clark",
				date: "2023-09-12",
				lines: ["> A highlight that spans", '> two lines, with "quotes".', "— location 2 · 2023-09-13 ^loc-2", "Note: My note, with a comma", "Tags: #emergence #scaling"],
			},
			{ title: "The Gradient: On Openness", fileName: "The Gradient On Openness (Jane Doe)", kind: "highlights", date: "2024-01-05", lines: ["> Open weights matter."] },
		],
	},
	{
		file: "Readwise Article.md",
		format: "readwise",
		notes: [
			{
				title: "Import AI 343: Humanlike AI",
				fileName: "Import AI 343 Humanlike AI",
				kind: "highlights",
				author: "Jack Clark",
				source: "https://importai.substack.com/p/import-ai-343",
				lines: ["## Highlights", "    - Note: emergence again"],
			},
		],
	},
	{
		file: "essay.txt",
		format: "text",
		notes: [{ title: "On Reading Slowly", fileName: "On Reading Slowly", kind: "article", lines: ["Reading slowly is a habit. It rewards the patient reader with more than speed ever could.", "A second paragraph follows here. It has two sentences."] }],
	},
];

describe.each(TABLE)("importing $file", ({ file, format, notes }) => {
	const result = convertImport(file, fixture(file));

	test("is read as the expected format, with one note per book or recording", () => {
		expect(result.problem).toBeNull();
		expect(result.format).toBe(format);
		expect(result.notes.map((note) => note.fileName)).toEqual(notes.map((note) => note.fileName));
	});

	test.each(notes.map((note, index) => [note.fileName, index] as const))("note %s has the expected frontmatter and body", (_name, index) => {
		const expected = notes[index];
		const note = result.notes[index];
		const { data, body, text } = splitNote(note.markdown);
		expect(data.kind).toBe(expected.kind);
		expect(data.title).toBe(expected.title);
		expect(data["imported-from"]).toBe(file);
		expect(String(data.format)).toBe(format === "text" ? "text" : note.format);
		if (expected.author) expect(data.author).toBe(expected.author);
		if (expected.date) expect(data.date).toBe(expected.date);
		if (expected.source) expect(data.source).toBe(expected.source);
		if (expected.duration) expect(data.duration).toBe(expected.duration);
		const bodyLines = [...body.split("\n"), ...text.split("\n")]; // highlights' expected lines name their ids; paragraphs' ids are tested in block-ids.test.ts
		for (const line of expected.lines) expect(bodyLines).toContain(line);
	});

	test("frontmatter reads the same through gray-matter as through yaml", () => {
		for (const note of result.notes) {
			const parsed = matter(note.markdown);
			expect(parsed.data.title).toBe(note.title);
			expect(parsed.data.kind).toBe(note.kind);
			expect(note.markdown.endsWith("\n")).toBe(true);
			expect(note.markdown).not.toContain("\r");
			expect(note.markdown).not.toContain("\uFEFF");
		}
	});
});

describe("transcripts never repeat caption text", () => {
	test("rolling captions, 10 ms cues and stray carriage returns leave each phrase once", () => {
		const { body } = splitNote(convertImport("rolling [abcDEF12345].en.srt", fixture("rolling [abcDEF12345].en.srt")).notes[0].markdown);
		for (const phrase of ["so today we're going to talk about", "how models learn from data", "and why scaling keeps working", "for now at least"]) {
			expect(body.split(phrase).length - 1).toBe(1);
		}
	});

	test("VTT inline timing tags and header blocks are gone", () => {
		const { body } = splitNote(convertImport("lecture.vtt", fixture("lecture.vtt")).notes[0].markdown);
		expect(body).not.toMatch(/<|WEBVTT|Kind:|NOTE|::cue|align:/);
		expect(body.split("Hello and welcome").length - 1).toBe(1);
	});
});

describe("raw text", () => {
	test("unpunctuated speech becomes a transcript cut into paragraphs at pause words", () => {
		const result = convertImport("speech.txt", fixture("speech.txt"));
		const note = result.notes[0];
		expect(note.kind).toBe("transcript");
		expect(note.format).toBe("raw");
		const paragraphs = splitNote(note.markdown).text.trim().split("\n\n");
		expect(paragraphs.length).toBeGreaterThan(1);
		for (const paragraph of paragraphs.slice(1)) expect(paragraph).toMatch(/^(so|and|but|now|okay|ok|anyway|well|right|because|actually|yeah) /i);
		const words = (text: string): string => text.replace(/\s+/g, " ").trim();
		expect(words(paragraphs.join(" "))).toBe(words(fixture("speech.txt")));
	});

	test("thousands of short lines separated by blank lines are joined into long paragraphs", () => {
		const line = "and then we looked at the data again";
		const text = Array.from({ length: 2000 }, () => line).join("\n\n");
		const paragraphs = splitNote(convertImport("dictation.txt", text).notes[0].markdown).body.trim().split("\n\n");
		expect(paragraphs.length).toBeLessThan(200);
		for (const paragraph of paragraphs) expect(paragraph.length).toBeLessThan(1000);
	});
});

describe("problems are reported in plain words, never thrown", () => {
	test.each([
		["binary.txt", /binary/],
		["empty.txt", /empty/],
	])("%s", (file, message) => {
		const result = convertImport(file, fixture(file));
		expect(result.notes).toEqual([]);
		expect(result.problem).toMatch(message);
	});

	test.each([
		["notes.pdf", "%PDF-1.4 something", /pdf/],
		["other.json", '{"name": "not a transcript"}', /no whisper transcript/],
		["broken.json", '{"segments": [', /cannot be read as JSON/],
		["list.csv", "a,b,c\n1,2,3\n", /not a Readwise export/],
		["blank.srt", "1\n00:00:00,000 --> 00:00:01,000\n \n", /no subtitles/],
		["only-bookmarks.txt", "Book (A)\n- Your Bookmark on page 1 | Location 5 | Added on Monday, 12 June 2023 10:15:00\n\n\n==========\n", /only bookmarks/],
	])("%s", (file, text, message) => {
		const result = convertImport(file, text);
		expect(result.notes).toEqual([]);
		expect(result.problem).toMatch(message);
	});
});

describe("clipboard", () => {
	test.each([
		["talk.srt", "srt"],
		["lecture.vtt", "vtt"],
		["My Clippings.txt", "kindle"],
		["podcast.txt", "whisper-cpp"],
		["whisper.json", "whisper-json"],
		["readwise.csv", "readwise-csv"],
	])("content of %s is sniffed as %s", (file, format) => {
		const result = convertClipboard(fixture(file));
		expect(result.format).toBe(format);
		expect(result.notes.length).toBeGreaterThan(0);
		expect(splitNote(result.notes[0].markdown).data["imported-from"]).toBe("clipboard.txt");
	});

	test("plain clipboard text is titled by its first words", () => {
		const note = convertClipboard("The quick brown fox jumps over the lazy dog again and again. It never stops.").notes[0];
		expect(note.title).toBe("The quick brown fox jumps over the lazy");
	});

	test("detection looks at content, not only the extension", () => {
		expect(detectImportFormat("notes.txt", fixture("talk.srt"))).toBe("srt");
		expect(detectImportFormat("captions.txt", fixture("lecture.vtt"))).toBe("vtt");
	});
});

describe("whisper JSON with text but no segments", () => {
	test("becomes a transcript cut at pauses, still marked whisper-json", () => {
		const note = convertImport("words.json", JSON.stringify({ text: fixture("speech.txt") })).notes[0];
		expect(note.format).toBe("whisper-json");
		expect(splitNote(note.markdown).data.format).toBe("whisper-json");
		expect(note.kind).toBe("transcript");
	});
});

const SEEDS = resolve(__dirname, "../../../..", "shared/seeds");
describe.skipIf(!existsSync(SEEDS))("the raw speech seed", () => {
	test("one long unpunctuated line becomes a transcript of several readable paragraphs with every word kept", () => {
		const text = readFileSync(join(SEEDS, "001_7ae287205e0f8f5d.txt"), "utf8");
		const note = convertImport("001_7ae287205e0f8f5d.txt", text).notes[0];
		expect(note.kind).toBe("transcript");
		const paragraphs = splitNote(note.markdown).text.trim().split("\n\n");
		expect(paragraphs.length).toBeGreaterThan(5);
		for (const paragraph of paragraphs) expect(paragraph.length).toBeLessThan(1000);
		expect(paragraphs.join(" ").replace(/\s+/g, " ")).toBe(text.replace(/\s+/g, " ").trim());
	});
});
