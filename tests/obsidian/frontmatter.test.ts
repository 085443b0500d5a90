import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../src/obsidian/frontmatter";

describe("parseFrontmatter (Obsidian adapter)", () => {
	it("reads the mapping and where the body starts", () => {
		const raw = "---\ntitle: Scaling laws\ntags: [ai]\n---\nBody text\n";
		const result = parseFrontmatter(raw);
		expect(result).toEqual({ data: { title: "Scaling laws", tags: ["ai"] }, bodyStart: raw.indexOf("Body"), problem: null });
	});

	it("returns no data and offset 0 without frontmatter", () => {
		expect(parseFrontmatter("# Just a note\n")).toEqual({ data: null, bodyStart: 0, problem: null });
		expect(parseFrontmatter("")).toEqual({ data: null, bodyStart: 0, problem: null });
	});

	it("reads frontmatter behind a BOM, counting the BOM in the offset", () => {
		const raw = "\uFEFF---\nauthor: Jack Clark\n---\nBody";
		const result = parseFrontmatter(raw);
		expect(result.data).toEqual({ author: "Jack Clark" });
		expect(raw.slice(result.bodyStart)).toBe("Body");
	});

	it("handles CRLF line ends", () => {
		const raw = "---\r\nurl: https://example.com\r\n---\r\nBody\r\n";
		const result = parseFrontmatter(raw);
		expect(result.data).toEqual({ url: "https://example.com" });
		expect(raw.slice(result.bodyStart)).toBe("Body\r\n");
	});

	it("turns malformed YAML into a plain-words problem instead of throwing", () => {
		const raw = "---\ntitle: [unclosed\nauthor: x\n---\nBody";
		const result = parseFrontmatter(raw);
		expect(result.data).toBeNull();
		expect(raw.slice(result.bodyStart)).toBe("Body");
		expect(result.problem).toMatch(/^the frontmatter is not valid YAML/);
	});

	it("reports a list where named properties were expected", () => {
		const result = parseFrontmatter("---\n- a\n- b\n---\n");
		expect(result.data).toBeNull();
		expect(result.problem).toMatch(/not a list of properties/);
	});

	it("gives an empty mapping and no problem for an empty block", () => {
		const raw = "---\n---\nBody";
		expect(parseFrontmatter(raw)).toEqual({ data: {}, bodyStart: 8, problem: null });
	});
});
