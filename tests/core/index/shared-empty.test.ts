// Records share one frozen empty list for every empty list they hold (most notes have no problems,
// no excluded themes, often no tags): fresh from analysis and restored from a store alike.

import { describe, expect, it } from "vitest";
import { decodeIndex, encodeIndex } from "../../../src/core/index/binary-store";
import { ThemeIndex } from "../../../src/core/index/theme-index";
import { analyze, note, theme } from "./helpers";

const THEMES = [theme("scaling", ["scaling laws"])];

describe("empty lists of records", () => {
	it("are one shared, frozen list, and lists with something in them are the record's own", () => {
		const a = analyze("a.md", note("A", "Scaling laws, again and again."), THEMES);
		const b = analyze("b.md", note("B", "Nothing to see."), THEMES);
		expect(a.problems).toEqual([]);
		expect(a.problems).toBe(b.problems);
		expect(a.excludedThemes).toBe(b.excludedThemes);
		expect(b.decisions).toBe(a.problems); // b mentions no theme
		expect(Object.isFrozen(a.problems)).toBe(true);
		expect(() => (a.problems as string[]).push("x")).toThrow(TypeError);
		expect(a.decisions.length).toBe(1);
		expect(Object.isFrozen(a.decisions)).toBe(false);
	});

	it("are shared by records restored from the binary store too", () => {
		const index = new ThemeIndex(THEMES);
		index.upsert(analyze("a.md", note("A", "Scaling laws."), THEMES));
		index.upsert(analyze("b.md", note("B", "Nothing."), THEMES));
		const restored = decodeIndex(encodeIndex(index));
		const [a, b] = [restored?.document("a.md"), restored?.document("b.md")];
		expect(a?.problems).toEqual([]);
		expect(a?.problems).toBe(b?.tags);
		expect(b?.decisions).toBe(a?.excludedThemes);
	});
});
