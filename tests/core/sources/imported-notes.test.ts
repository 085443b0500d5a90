// Notes written by Throughline's importer are read as the kind and format their frontmatter declares,
// however short, but only when `imported-from` says the importer wrote them and the kind is known.

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import { convertImport } from "../../../src/core/import/convert";
import { LineIndex, parseSource, readableText } from "../../../src/core/sources";
import { FIXTURE_DIR } from "./fixture-reading";

const note = (frontmatter: string, body: string): string => `---\n${frontmatter}\n---\n\n${body}`;

const TABLE: Array<[string, string, string, string]> = [
	["a one-cue SRT import", note("kind: transcript\nformat: srt\ntitle: one\nduration: \"0:02\"\nimported-from: one.srt", "[0:01] Alignment is hard.\n"), "transcript", "srt"],
	["a short Kindle import", note("kind: highlights\nformat: kindle\ntitle: Book\nimported-from: My Clippings.txt", "> A line.\n— location 1 ^loc-1\n"), "highlights", "kindle"],
	["a raw speech import", note("kind: transcript\nformat: raw\ntitle: talk\nimported-from: talk.txt", "so we were saying\n"), "transcript", "raw"],
	["a text import", note("kind: article\nformat: text\ntitle: clip\nimported-from: clipboard.txt", "One short paragraph.\n"), "article", "text"],
	["a kind in capitals", note("kind: Transcript\nformat: VTT\ntitle: t\nimported-from: t.vtt", "[0:00] Hello.\n"), "transcript", "vtt"],
	["an odd format name", note("kind: transcript\nformat: \"s r t!\"\ntitle: t\nimported-from: t.srt", "[0:00] Hello.\n"), "transcript", "imported"],
	["an unknown kind is not trusted", note("kind: foo\nformat: srt\ntitle: t\nimported-from: t.srt", "[0:01] Alignment is hard.\n"), "note", "markdown"],
	["no imported-from: not trusted", note("kind: transcript\nformat: srt\ntitle: t", "Alignment is hard.\n"), "note", "markdown"],
	["an empty imported-from: not trusted", note("kind: transcript\nformat: srt\nimported-from: \"\"", "Alignment is hard.\n"), "note", "markdown"],
];

describe("declared kind and format", () => {
	it.each(TABLE)("%s", (_name, text, kind, format) => {
		const document = parseSource("Imports/x.md", text, grayMatterFrontmatter);
		expect([document.kind, document.format]).toEqual([kind, format]);
		expect(document.passages.length).toBeGreaterThan(0);
	});

	it("reads a one-cue transcript's timestamp and leaves the stamp out", () => {
		const text = TABLE[0][1];
		const document = parseSource("x.md", text, grayMatterFrontmatter);
		expect(document.passages).toHaveLength(1);
		expect(document.passages[0].seconds).toBe(1);
		expect(readableText(text, document.passages[0], document.excluded)).toBe("Alignment is hard.");
		expect(document.durationSeconds).toBe(2);
	});
});

const IMPORTED_FIXTURES = ["lecture.srt", "captions.vtt", "whisper-cpp.txt", "My Clippings.txt", "raw-short-lines.txt", "article-summary.txt", "readwise-official.md"];

describe("every fixture, imported and read back", () => {
	it.each(IMPORTED_FIXTURES)("%s", (name) => {
		const converted = convertImport(name, readFileSync(path.join(FIXTURE_DIR, name), "utf8"));
		expect(converted.notes.length).toBeGreaterThan(0);
		for (const imported of converted.notes) {
			const raw = imported.markdown;
			const document = parseSource(`Imports/${imported.fileName}.md`, raw, grayMatterFrontmatter);
			expect([document.kind, document.format, document.title]).toEqual([imported.kind, imported.format, imported.title]);
			expect(document.passages.length).toBeGreaterThan(0);
			const texts = document.passages.map((passage) => readableText(raw, passage, document.excluded));
			for (const text of texts) expect(text).not.toMatch(/^\[?\d+:\d{2}|— location|\^loc-|Tags:/);
			const lines = new LineIndex(raw);
			for (const passage of document.passages) {
				const { line, col } = lines.position(passage.start);
				expect(lines.offsetAt(line, col)).toBe(passage.start);
				expect(/\s/.test(raw[passage.start])).toBe(false);
			}
			if (imported.kind === "transcript" && imported.format !== "raw") expect(document.passages[0].seconds).toBeTypeOf("number");
		}
	});

	it("collects a Readwise CSV highlight's tags and keeps its note", () => {
		const csv = 'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags\n"Scaling laws hold.","Book A","Ann",,"my own note",,"scaling",location,12,2023-05-01 10:00:00+00:00,\n';
		const imported = convertImport("export.csv", csv).notes[0];
		const document = parseSource("Imports/Book A.md", imported.markdown, grayMatterFrontmatter);
		expect([document.kind, document.format]).toEqual(["highlights", "readwise-csv"]);
		expect(document.tags).toContain("scaling");
		const texts = document.passages.map((passage) => readableText(imported.markdown, passage, document.excluded));
		expect(texts).toEqual(["Scaling laws hold.", "Note: my own note"]);
		expect(document.passages[0].blockId).toBe("loc-12");
	});
});
