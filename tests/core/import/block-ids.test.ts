// Block ids on the paragraphs the importer writes: one per paragraph, from its timestamp or its order,
// the same on every import, read back by the index as the passage's block, and added to notes
// imported before they existed without touching anything the reader changed.
import { describe, expect, test } from "vitest";
import { addMissingParagraphIds, baseParagraphId, canCarryBlockId, identifyParagraphs } from "../../../src/core/import/block-ids";
import { convertImport } from "../../../src/core/import/convert";
import { planImport } from "../../../src/core/import/planner";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import { parseSource } from "../../../src/core/sources";
import { fixture, splitNote } from "./fixtures";

const PARAGRAPH_FILES = ["talk.srt", "rolling [abcDEF12345].en.srt", "lecture.vtt", "whisper.json", "segments.json", "podcast.txt", "speech.txt", "essay.txt", "speaker-turns.txt", "captions.en.txt", "asr-punctuated.txt"];

function paragraphsOf(markdown: string): string[] {
	return splitNote(markdown).body.trim().split("\n\n");
}

describe("ids a paragraph gets", () => {
	test("a stamped paragraph is named by its second, others by their order", () => {
		expect(baseParagraphId("[1:02:03] Late in the talk.", 4)).toBe("t-3723");
		expect(baseParagraphId("[0:17] Speaker 2: Right.", 0)).toBe("t-17");
		expect(baseParagraphId("Prose without a stamp.", 4)).toBe("p-5");
	});

	test("two paragraphs opening in the same second get distinct ids", () => {
		const ids = identifyParagraphs(["[0:05] One.", "[0:05] Two.", "[0:05] Three."]).map((p) => p.id);
		expect(ids).toEqual(["t-5", "t-5-2", "t-5-3"]);
	});

	test("headings, tables, code and paragraphs that already close with an id carry none", () => {
		for (const text of ["# Heading", "| a | b |\n| - | - |", "```\ncode\n```", "Text with its own id ^mine", "<div>html</div>", "Text then\n```\ncode\n```"]) {
			expect(canCarryBlockId(text), text).toBe(false);
		}
		expect(canCarryBlockId("An ordinary paragraph\nover two lines.")).toBe(true);
	});
});

describe.each(PARAGRAPH_FILES)("importing %s", (file) => {
	const markdown = convertImport(file, fixture(file)).notes[0].markdown;

	test("every paragraph closes with a block id, unique in the note", () => {
		const paragraphs = paragraphsOf(markdown);
		const ids = paragraphs.map((paragraph) => / \^([A-Za-z0-9-]+)$/.exec(paragraph)?.[1]);
		expect(ids.every((id) => id !== undefined), paragraphs.find((_, i) => ids[i] === undefined)).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test("importing the same file again gives the same bytes", () => {
		expect(convertImport(file, fixture(file)).notes[0].markdown).toBe(markdown);
	});

	test("the index reads each passage's block id, and no passage's text holds one", () => {
		const parsed = parseSource(`Imports/${file}.md`, markdown, grayMatterFrontmatter);
		const ids = new Set(paragraphsOf(markdown).map((paragraph) => / \^([A-Za-z0-9-]+)$/.exec(paragraph)?.[1]));
		expect(parsed.passages.length).toBeGreaterThan(0);
		for (const passage of parsed.passages) {
			expect(ids.has(passage.blockId), `${passage.blockId}`).toBe(true);
			expect(markdown.slice(passage.start, passage.end)).not.toMatch(/\^[A-Za-z0-9-]+$/);
		}
	});
});

describe("a note imported before paragraphs carried ids", () => {
	const file = "podcast.txt";
	const current = convertImport(file, fixture(file)).notes[0].markdown;
	const old = current.replace(/ \^[A-Za-z0-9-]+$/gm, "");

	test("re-importing gives its paragraphs the ids a new import would, and nothing else changes", () => {
		const plan = planImport([{ fileName: file, text: fixture(file) }], (path) => (path === "Imports/podcast.md" ? old : null), "Imports");
		expect(plan.create).toEqual([]);
		expect(plan.update.map((entry) => [entry.path, entry.adds, entry.added])).toEqual([["Imports/podcast.md", "paragraph ids", paragraphsOf(current).length]]);
		const after = plan.update[0].edit(old);
		expect(after).toBe(current);
		expect(after.replace(/ \^[A-Za-z0-9-]+$/gm, "")).toBe(old);
		expect(plan.update[0].edit(after)).toBe(after); // idempotent
	});

	test("a paragraph the reader edited keeps no id; CRLF line ends and the reader's own ids are kept", () => {
		const paragraphs = paragraphsOf(old);
		const edited = old.replace(paragraphs[0], `${paragraphs[0]} (my note)`).replace(paragraphs[1], `${paragraphs[1]} ^mine`).replace(/\n/g, "\r\n");
		const { text, added } = addMissingParagraphIds(edited, current);
		expect(added).toBe(paragraphs.length - 2);
		expect(text).toContain(`${paragraphs[0]} (my note)\r\n`);
		expect(text).toContain(`${paragraphs[1]} ^mine\r\n`);
		expect(text.replace(/ \^t-[0-9-]+(?=\r\n)/g, "")).toBe(edited);
	});
});
