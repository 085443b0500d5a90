import { describe, expect, it } from "vitest";
import { getFrontMatterInfo, normalizePath, parseYaml, stringifyYaml } from "./index";

describe("getFrontMatterInfo", () => {
	it("brackets the YAML between the delimiter lines", () => {
		const text = "---\ntitle: A\ntags: [x]\n---\nBody\n";
		const info = getFrontMatterInfo(text);
		expect(info.exists).toBe(true);
		expect(info.frontmatter).toBe("title: A\ntags: [x]\n");
		expect(text.slice(info.from, info.to)).toBe(info.frontmatter);
		expect(text.slice(info.to, info.contentStart)).toBe("---\n");
		expect(text.slice(info.contentStart)).toBe("Body\n");
	});

	it("keeps CRLF line ends inside the offsets", () => {
		const text = "---\r\na: 1\r\n---\r\nBody";
		const info = getFrontMatterInfo(text);
		expect(info.from).toBe(5);
		expect(info.frontmatter).toBe("a: 1\r\n");
		expect(text.slice(info.contentStart)).toBe("Body");
	});

	it("accepts a closing line at the very end and an empty block", () => {
		const closingAtEnd = "---\na: 1\n---";
		expect(getFrontMatterInfo(closingAtEnd).contentStart).toBe(closingAtEnd.length);
		const empty = getFrontMatterInfo("---\n---\nText");
		expect(empty).toEqual({ exists: true, frontmatter: "", from: 4, to: 4, contentStart: 8 });
	});

	it.each([
		["no closing line", "---\na: 1\nBody"],
		["a BOM in front", "\uFEFF---\na: 1\n---\nBody"],
		["text before the block", "\n---\na: 1\n---\n"],
		["four dashes", "----\na: 1\n----\n"],
		["only the opening line", "---"],
		["an empty note", ""],
	])("finds no frontmatter with %s", (_label, text) => {
		expect(getFrontMatterInfo(text)).toEqual({ exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 });
	});
});

describe("normalizePath", () => {
	it.each([
		["folder//note.md", "folder/note.md"],
		["/folder/note.md/", "folder/note.md"],
		["folder\\sub\\note.md", "folder/sub/note.md"],
		["///", "/"],
		["", "/"],
		["a\u00A0b.md", "a b.md"],
		["e\u0301.md", "\u00E9.md"],
		[" spaced .md", " spaced .md"],
	])("%j becomes %j", (input, expected) => {
		expect(normalizePath(input)).toBe(expected);
	});
});

describe("parseYaml and stringifyYaml", () => {
	it("throws on malformed YAML and returns null for nothing", () => {
		expect(() => parseYaml("a: [1, 2\nb: c")).toThrow();
		expect(parseYaml("")).toBeNull();
	});

	it("keeps dates as strings and round-trips lists in block style", () => {
		const parsed = parseYaml("date: 2024-03-01\ntags:\n  - a\n  - b\n") as Record<string, unknown>;
		expect(parsed.date).toBe("2024-03-01");
		expect(stringifyYaml(parsed)).toBe("date: 2024-03-01\ntags:\n  - a\n  - b\n");
	});
});
