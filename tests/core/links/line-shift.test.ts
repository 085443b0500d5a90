import { describe, expect, it } from "vitest";
import type { NoteEdit } from "../../../src/core/links/hub-model";
import { shiftHubLines } from "../../../src/core/links/line-shift";
import { SCALING, hub, source } from "./fixtures";

function propertyEdit(path: string, before: string, after: string): NoteEdit {
	return { path, action: "update", before, after, summary: "", change: { kind: "property-set", key: "themes", links: [] } };
}

const HUBS = [hub(SCALING, [source({ path: "B.md", passages: [{ line: 1, col: 1, quote: "top" }, { line: 4, col: 1, quote: "body" }] }), source({ path: "Other.md", passages: [{ line: 4, col: 1, quote: "x" }] })])];

describe("shiftHubLines", () => {
	it("moves passages below a frontmatter that grew, leaves other notes alone", () => {
		const edit = propertyEdit("B.md", "---\na: 1\n---\nBody\n", "---\na: 1\nthemes:\n  - \"[[S]]\"\n---\nBody\n");
		const [shifted] = shiftHubLines(HUBS, [edit]);
		expect(shifted.sources[0].passages.map((p) => p.line)).toEqual([1, 6]);
		expect(shifted.sources[1].passages[0].line).toBe(4);
	});

	it("moves passages up when frontmatter is taken away, and ignores a BOM", () => {
		const edit = propertyEdit("B.md", "\uFEFF---\nthemes: []\n---\nx\nBody", "\uFEFFx\nBody");
		const [shifted] = shiftHubLines(HUBS, [edit]);
		expect(shifted.sources[0].passages[1].line).toBe(1);
	});

	it("changes nothing when no property is written", () => {
		expect(shiftHubLines(HUBS, [])).toBe(HUBS);
	});
});
