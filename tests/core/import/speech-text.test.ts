// Plain-text transcripts without cue timings: speaker turns with stamps, caption dumps and punctuated
// speech-to-text are imported as transcripts (they were articles), prose stays an article.

import { describe, expect, it } from "vitest";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import { convertImport } from "../../../src/core/import/convert";
import { speechTextFormat, splitAtSentences } from "../../../src/core/import/speech-text";
import { parseSource, readableText } from "../../../src/core/sources";
import { fixture, splitNote } from "./fixtures";

const TABLE: Array<{ file: string; format: string; title: string; lines: string[]; said: string; notSaid: string[] }> = [
	{
		file: "speaker-turns.txt",
		format: "speaker-turns",
		title: "speaker-turns",
		lines: ["[0:00] Speaker 1: Welcome back. This week we read the essay on AI doom, and I have thoughts.", "[0:09] Speaker 2: Oh, go on. I mean, I read it twice. The second time was worse.", "[1:02] Speaker 2: Right, and the probabilities are made up."],
		said: "the probabilities are made up",
		notSaid: ["Speaker", "[0:", "[1:02]"],
	},
	{
		file: "captions.en.txt",
		format: "captions-text",
		title: "captions",
		lines: ["So what is it, in one sentence?", "That systems better than us at every task would not do what we tell them to do."],
		said: "chill title about super intelligence",
		notSaid: [">>", "Kind:", "Language:", "Transcript extracted"],
	},
	{
		file: "asr-punctuated.txt",
		format: "speech-text",
		title: "asr-punctuated",
		lines: ["Um, the standards come later, and, uh, they say how. Right. So, you know, you need traces of what the model did. Yeah, you know, and the open models make that possible."],
		said: "the regulations as a barrier",
		notSaid: [],
	},
];

describe.each(TABLE)("importing $file", ({ file, format, title, lines, said, notSaid }) => {
	const result = convertImport(file, fixture(file));

	it("is a transcript note in its own format", () => {
		expect(result.problem).toBeNull();
		expect(result.format).toBe(format);
		const { data, text } = splitNote(result.notes[0].markdown);
		expect([data.kind, data.format, data.title, data["imported-from"]]).toEqual(["transcript", format, title, file]);
		for (const line of lines) expect(text.split("\n")).toContain(line);
	});

	it("reads back as a transcript whose passages hold only what was said", () => {
		const markdown = result.notes[0].markdown;
		const document = parseSource(`Imports/${result.notes[0].fileName}.md`, markdown, grayMatterFrontmatter);
		expect([document.kind, document.format]).toEqual(["transcript", format]);
		const texts = document.passages.map((passage) => readableText(markdown, passage, document.excluded));
		expect(texts.some((text) => text.includes(said))).toBe(true);
		for (const text of texts) for (const absent of notSaid) expect(text).not.toContain(absent);
	});
});

describe("what is not speech stays as it was", () => {
	it.each([
		["essay.txt", "article", "text"],
		["newsletter.txt", "article", "text"],
		["My Clippings.txt", "highlights", "kindle"],
	])("%s", (file, kind, format) => {
		const result = convertImport(file, fixture(file));
		expect(result.notes.map((note) => [note.kind, note.format])[0]).toEqual([kind, format]);
	});

	it("leaves unpunctuated speech to the pause-cutting raw reader, short caption lines or not", () => {
		const lines = Array.from({ length: 20 }, () => "so we were saying that the models\nget better when they are bigger and\nthat is the whole story").join("\n");
		expect(speechTextFormat(lines, true)).toBeNull();
		expect(speechTextFormat(lines.replace(/story$/gm, "story."), false)).toBe("captions-text");
	});

	it("hears speech in the backchannels of talk (yeah, okay, I mean) where the transcriber dropped every um", () => {
		const text = Array.from({ length: 12 }, () => "Yeah. So the model learns from what you clicked. Okay, I mean, it counts any reaction you make.").join("\n ");
		expect(speechTextFormat(text, false)).toBe("speech-text");
	});

	it("does not hear speech in writing that quotes a filler or two", () => {
		const text = `${"The interview was edited for length and clarity, as interviews are. ".repeat(40)}She paused, said "um, you know", and went on.`;
		expect(speechTextFormat(text, false)).toBeNull();
	});
});

describe("paragraphs of punctuated speech", () => {
	it("close at the first sentence end past about 600 characters, and at a word past 900", () => {
		const sentence = "This sentence is about forty characters.";
		const paragraphs = splitAtSentences(Array.from({ length: 40 }, () => sentence).join(" "));
		expect(paragraphs.length).toBeGreaterThan(1);
		for (const paragraph of paragraphs.slice(0, -1)) {
			expect(paragraph.length).toBeGreaterThanOrEqual(600);
			expect(paragraph.endsWith(".")).toBe(true);
		}
		const unpunctuated = splitAtSentences(Array.from({ length: 300 }, () => "word").join(" "));
		for (const paragraph of unpunctuated) expect(paragraph.length).toBeLessThanOrEqual(900);
	});
});
