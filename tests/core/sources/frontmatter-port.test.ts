import { describe, expect, it } from "vitest";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";

describe("gray-matter frontmatter port", () => {
	const CASES: Array<[string, string, Record<string, unknown> | null, string, RegExp | null]> = [
		["plain", "---\ntitle: A\n---\nBody", { title: "A" }, "Body", null],
		["CRLF", "---\r\ntitle: A\r\n---\r\nBody", { title: "A" }, "Body", null],
		["BOM", "\ufeff---\ntitle: A\n---\nBody", { title: "A" }, "Body", null],
		["empty", "---\n---\nBody", {}, "Body", null],
		["no frontmatter", "Body only\n---\n", null, "Body only\n---\n", null],
		["malformed", "---\ntitle: \"open\nx: [\n---\nBody", null, "Body", /not valid YAML \(.+\); the body was read anyway/],
		["unclosed", "---\ntitle: A\nBody", null, "---\ntitle: A\nBody", /never closes/],
		["closed at end of file", "---\ntitle: A\n---", { title: "A" }, "", null],
		["tags: #x reads as null", "---\ntags: #x\n---\n", { tags: null }, "", null],
	];
	it.each(CASES)("%s", (_name, raw, data, body, problem) => {
		const result = grayMatterFrontmatter(raw);
		expect(result.data).toEqual(data);
		expect(raw.slice(result.bodyStart)).toBe(body);
		if (problem) expect(result.problem).toMatch(problem);
		else expect(result.problem).toBeNull();
	});

	it("does not share parsed data between notes with the same text", () => {
		const first = grayMatterFrontmatter("---\ntitle: A\n---\n");
		(first.data as Record<string, unknown>).title = "Changed";
		expect(grayMatterFrontmatter("---\ntitle: A\n---\n").data).toEqual({ title: "A" });
	});
});
