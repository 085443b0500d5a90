import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { parse } from "yaml";
import matter from "gray-matter";
import { parseCsv } from "../../../src/core/import/csv";
import { readCalendarDate } from "../../../src/core/import/dates";
import { safeFileName } from "../../../src/core/import/file-name";
import { buildFrontmatter, readTopLevelScalars, yamlString } from "../../../src/core/import/frontmatter";
import { normalizeLineEndings } from "../../../src/core/import/text-input";

describe("parseCsv", () => {
	test("quotes, doubled quotes, commas and line breaks inside fields, CRLF rows", () => {
		expect(parseCsv('a,b,c\r\n"x, y","say ""hi""","line one\r\nline two"\r\n,,\r\n')).toEqual([
			["a", "b", "c"],
			["x, y", 'say "hi"', "line one\r\nline two"],
			["", "", ""],
		]);
	});

	test("an unclosed quote runs to the end instead of throwing", () => {
		expect(parseCsv('a,"b\nc')).toEqual([["a", "b\nc"]]);
	});
});

describe("readCalendarDate", () => {
	test.each([
		["Monday, 12 June 2023 10:15:00", "2023-06-12"],
		["Monday, June 12, 2023 10:15:00 AM", "2023-06-12"],
		["2023-09-12 10:15:00+00:00", "2023-09-12"],
		["Sep 3, 2024", "2024-09-03"],
		["sometime last week", null],
	])("%s", (text, date) => expect(readCalendarDate(text)).toBe(date));
});

describe("safeFileName", () => {
	test.each([
		['Import AI 343: "Humanlike" AI? <yes>|no', "Import AI 343 Humanlike AI yes no"],
		["...hidden", "hidden"],
		["a/b\\c*d", "a b c d"],
		["   ", "Untitled import"],
		["Tags #and ^carets [in] links", "Tags and carets in links"],
	])("%s", (title, name) => expect(safeFileName(title)).toBe(name));

	test("any title gives a name of at most 100 characters with no forbidden character or leading dot", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (title) => {
				const name = safeFileName(title);
				expect(name.length).toBeGreaterThan(0);
				expect(name.length).toBeLessThanOrEqual(100);
				expect(name).not.toMatch(/[/\\:*?"<>|]|^\.|^\s|\s$/);
			}),
		);
	});
});

describe("frontmatter", () => {
	test("values with quotes, colons, # and YAML words stay the same strings when read back", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 60 }), (value) => {
				const yaml = `title: ${yamlString(value)}`;
				expect((parse(yaml) as { title: unknown }).title).toBe(value);
			}),
		);
		for (const tricky of ['He said: "no" #1', "yes", "null", "1984", "- dash", "@at", "a: b", "x #y", " padded "]) {
			expect((parse(`t: ${yamlString(tricky)}`) as { t: unknown }).t).toBe(tricky);
		}
	});

	test("what the importer writes, its planner and gray-matter read back the same", () => {
		const meta = { kind: "highlights" as const, format: "kindle", title: 'Title: with "quotes" #hash', author: "O'Brien, Flann", date: "2023-06-12", importedFrom: "My Clippings.txt" };
		const written = `${buildFrontmatter(meta)}\nbody\n`;
		const marks = readTopLevelScalars(written);
		expect(marks.get("title")).toBe(meta.title);
		expect(marks.get("author")).toBe(meta.author);
		expect(marks.get("imported-from")).toBe(meta.importedFrom);
		expect(matter(written).data.title).toBe(meta.title);
	});
});

test("normalizeLineEndings removes BOMs and turns CRLF and lone CR into LF", () => {
	expect(normalizeLineEndings("\uFEFFa\r\nb\r\r\n\uFEFFc")).toBe("a\nb\nc");
	expect(normalizeLineEndings("a\rb\rc")).toBe("a\nb\nc");
});

test("the importer's core imports neither Node nor obsidian, and uses no lookbehind", () => {
	const dir = resolve(__dirname, "../../../src/core/import");
	for (const file of readdirSync(dir)) {
		const source = readFileSync(join(dir, file), "utf8");
		expect(source, file).not.toMatch(/from ["'](node:|fs|path|obsidian|gray-matter)/);
		expect(source, file).not.toMatch(/\(\?<[=!]/);
		expect(source, file).not.toMatch(/\b(Buffer|process)\./);
	}
});
