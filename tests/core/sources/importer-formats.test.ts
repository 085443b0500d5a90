// Which formats an importer writes, by name family, and why Throughline's own imports are not among them.
import { describe, expect, it, test } from "vitest";
import { declaresThroughlineImport, importerOf, noteImporter } from "../../../src/core/sources/importer-formats";
import { SOURCE_FORMATS } from "../../../src/core/sources/detectors";
import { buildFrontmatter } from "../../../src/core/import/frontmatter";

describe("importerOf", () => {
	test.each([
		["readwise", "Readwise"],
		["readwise-official", "Readwise"],
		["readwise-logseq", "Readwise"],
		["readwise-reader", "Readwise"],
		["Readwise-Official", "Readwise"],
		["kindle", "Kindle"],
		["kindle-clippings", "Kindle"],
		["snipd", "Snipd"],
		["snipd-readwise", "Readwise"], // Snipd synced through Readwise: Readwise's sync writes the file
		["omnivore", "Omnivore"],
		["omnivore-article", "Omnivore"], // a format of the family that does not exist yet
		["readwise-youtube", "Readwise"],
		["synced-highlights", "the highlighting service that synced it"], // delivered by a service its frontmatter names
	])("%s is written by %s", (format, importer) => expect(importerOf(format)).toBe(importer));

	test.each(["whisper-youtube", "whisper-cpp", "srt", "vtt", "raw", "article", "markdown", "podcast-transcript", "insight-digest", "timestamp-links", "imported", ""])(
		"%s is nobody's",
		(format) => expect(importerOf(format)).toBeNull(),
	);

	it("names an importer for every detected format whose name says one wrote it, and for no other", () => {
		for (const { format } of SOURCE_FORMATS) {
			const named = /readwise|kindle|snipd|omnivore|synced/.test(format);
			expect(importerOf(format) !== null, format).toBe(named);
		}
	});
});

describe("notes Throughline's own importer made", () => {
	const imported = `${buildFrontmatter({ kind: "highlights", format: "readwise", title: "A book", importedFrom: "export.csv" })}\n> A highlight\n`;
	const synced = "---\ntitle: A book\ncategory: books\n---\n# A book\n\n## Highlights\n- A highlight\n";

	it("are Throughline's, though their format is named after the source", () => {
		expect(declaresThroughlineImport(imported)).toBe(true);
		expect(noteImporter("readwise", imported)).toBeNull();
		expect(noteImporter("kindle", imported.replace("format: readwise", "format: kindle"))).toBeNull();
	});

	it("are told apart from an importer's note of the same format", () => {
		expect(declaresThroughlineImport(synced)).toBe(false);
		expect(noteImporter("readwise", synced)).toBe("Readwise");
	});

	it("count only when the key is in the frontmatter, not in the body", () => {
		expect(declaresThroughlineImport("# Notes\n\nimported-from: somewhere\n")).toBe(false);
		expect(declaresThroughlineImport("---\ntitle: x\n---\nimported-from: y\n")).toBe(false);
		expect(declaresThroughlineImport("\uFEFF---\r\nimported-from: y\r\n---\r\nBody")).toBe(true);
	});

	it("an unknown format (a note the index has not read) is nobody's", () => {
		expect(noteImporter(undefined, synced)).toBeNull();
	});
});
