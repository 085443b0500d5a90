import { describe, expect, it } from "vitest";
import { contributionBySets, contributionOf, monthOf } from "../../../src/core/index/theme-tallies";
import { analyze, note, theme } from "./helpers";

// 40 themes, so that one note can mention more than the 31 that fit a bit mask.
const THEMES = Array.from({ length: 40 }, (_, i) => theme(`t${String(i).padStart(2, "0")}`, [`topic${i} phrase`]));
const sentence = (ids: number[]): string => ids.map((i) => `topic${i} phrase`).join(" and ") + ".";

function noteWith(paragraphs: number[][]): string {
	return note("N", paragraphs.map(sentence).join("\n\n"));
}

describe("a record's contribution to the theme figures", () => {
	const cases: Array<[string, number[][]]> = [
		["one theme", [[1]]],
		["two themes sharing passages", [[1, 2], [2, 1], [3]]],
		["themes in and out of order", [[5, 3, 9], [9], [3, 5], [30, 0]]],
		["31 themes in one passage", [Array.from({ length: 31 }, (_, i) => i)]],
		["40 themes (sets, not masks)", [Array.from({ length: 40 }, (_, i) => 39 - i), [1, 2]]],
	];
	it.each(cases)("by bit masks equals by sets: %s", (_name, paragraphs) => {
		const record = analyze("n.md", noteWith(paragraphs), THEMES);
		expect(record.mentionThemes.length).toBeGreaterThan(0);
		const fast = contributionOf(record);
		const reference = contributionBySets(record);
		expect([...fast.themes]).toEqual([...reference.themes]);
		const sorted = (pairs: typeof fast.pairs): string[] => pairs.map((p) => `${p.a} ${p.b} ${p.shared}`).sort();
		expect(sorted(fast.pairs)).toEqual(sorted(reference.pairs));
		for (const pair of fast.pairs) expect(pair.a < pair.b).toBe(true);
		expect([fast.date, fast.month, fast.passages]).toEqual([reference.date, reference.month, reference.passages]);
	});

	it("counts shared passages per pair", () => {
		const share = contributionOf(analyze("n.md", noteWith([[1, 2], [2, 1], [1, 3]]), THEMES));
		const shared = (a: string, b: string): number | undefined => share.pairs.find((p) => p.a === a && p.b === b)?.shared;
		expect(shared("t01", "t02")).toBe(2);
		expect(shared("t01", "t03")).toBe(1);
		expect(shared("t02", "t03")).toBeUndefined();
	});

	it("months are remembered, and impossible dates have none", () => {
		expect(monthOf("2023-09-14")).toBe("2023-09");
		expect(monthOf("2023-09-14")).toBe("2023-09");
		expect(monthOf("2023-13-40")).toBeNull();
		expect(monthOf(null)).toBeNull();
	});
});
