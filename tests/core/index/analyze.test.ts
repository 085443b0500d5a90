import { describe, expect, it } from "vitest";
import { H_SNIPPETS, candidatesOf, mentionCount, storedMentions } from "../../../src/core/index/record";
import { CANDIDATES_PER_DOCUMENT } from "../../../src/core/suggestions/candidates";
import { SNIPPETS_PER_THEME } from "../../../src/core/index/build-record";
import { analyze, note, theme } from "./helpers";

const THEMES = [theme("scaling", ["scaling laws"]), theme("data", ["training data"])];

describe("analyzeNote", () => {
	it("keeps mentions with their line, column, passage and a readable snippet", () => {
		const raw = note("On scaling", "Intro line here.\n\nThe scaling laws held up, and more training data helped a great deal in every run we tried over the year.", "2023-09-14");
		const record = analyze("a.md", raw, THEMES, 42);
		expect(record.mtime).toBe(42);
		expect(record.size).toBe(raw.length);
		expect(record.date).toBe("2023-09-14");
		const mentions = storedMentions(record);
		const scaling = mentions.find((m) => m.match === "scaling laws");
		expect(scaling?.match).toBe("scaling laws");
		const lines = raw.split("\n");
		expect(lines[(scaling?.line ?? 1) - 1].slice((scaling?.col ?? 1) - 1).startsWith("scaling laws")).toBe(true);
		expect(scaling?.snippet).toContain("scaling laws");
		expect(scaling?.passage?.line).toBe(scaling?.line);
		expect(mentionCount(record)).toBe(mentions.length);
		expect(scaling?.end).toBe((scaling?.start ?? 0) + "scaling laws".length);
	});

	it("cuts snippets of long passages at word boundaries", () => {
		const filler = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
		const record = analyze("b.md", note("Long", `${filler} scaling laws ${filler}`), THEMES);
		const [mention] = storedMentions(record, "scaling");
		const snippet = mention.snippet ?? "";
		expect(snippet.startsWith("… word")).toBe(true);
		expect(snippet.endsWith(" …")).toBe(true);
		const inner = snippet.replace(/^… /, "").replace(/ …$/, "");
		for (const word of inner.split(" ")) expect(word).toMatch(/^(word\d+|scaling|laws)$/);
		expect(snippet.length).toBeLessThan(260);
	});

	it("shares one snippet among nearby mentions", () => {
		const record = analyze("c.md", note("Dense", "scaling laws and scaling laws and scaling laws again."), THEMES);
		expect(storedMentions(record).length).toBe(3);
		expect(record.matches).toEqual(["scaling laws"]);
		expect(record.numbers[H_SNIPPETS]).toBe(1);
	});

	it("keeps no copy of the note's text", () => {
		const sentence = (i: number): string => (i % 10 === 0 ? `Sentence ${i} talks about scaling laws and training data.` : `Sentence ${i} wanders over unrelated matters at some length.`);
		const body = Array.from({ length: 3000 }, (_, i) => sentence(i) + (i % 5 === 4 ? "\n\n" : " ")).join("");
		const record = analyze("d.md", note("Big", body), THEMES);
		const stored = JSON.stringify({ ...record, numbers: Array.from(record.numbers) });
		expect(mentionCount(record)).toBeGreaterThan(500);
		expect(stored.length).toBeLessThan(body.length / 4);
		expect(record.snippetText.includes("…")).toBe(false); // ellipses are flags: snippets stay one byte per character
		expect(storedMentions(record).filter((m) => m.snippet !== null).length).toBeLessThanOrEqual(2 * SNIPPETS_PER_THEME); // two themes mentioned
		expect(candidatesOf(record).length).toBeLessThanOrEqual(CANDIDATES_PER_DOCUMENT);
	});

	it.each([
		["empty", ""],
		["binary", "\u0000\u0001\u0002garbage\u0000"],
		["malformed YAML", "---\ntitle: [unclosed\n---\nscaling laws"],
		["CRLF and BOM", "\ufeff---\r\ntitle: X\r\n---\r\nThe scaling laws.\r\n"],
	])("never throws on %s input", (_, raw) => {
		const record = analyze("odd.md", raw, THEMES);
		expect(record.path).toBe("odd.md");
		expect(Array.isArray(record.problems)).toBe(true);
	});
});
