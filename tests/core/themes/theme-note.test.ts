import { describe, expect, it } from "vitest";
import { compileThemes, findMentions } from "../../../src/core/themes/matcher";
import { themeFromNote, themeIdOf } from "../../../src/core/themes/theme-note";

describe("themeFromNote", () => {
	it("takes name and id from the file name", () => {
		const theme = themeFromNote("Themes/Post training.md", null, "");
		expect(theme).toMatchObject({ id: "post-training", name: "Post training", path: "Themes/Post training.md", aliases: [], exclusions: [] });
		expect(theme.tags).toEqual(["post-training"]);
		expect(themeIdOf("  Open   Source ")).toBe("open-source");
	});

	it("reads aliases as a list or one comma-separated string, and exclusions under either key", () => {
		const listed = themeFromNote("Themes/Scaling.md", { aliases: ["scaling laws", "compute-optimal"], "throughline-exclusions": ["fish scales"] }, "");
		expect(listed.aliases).toEqual(["scaling laws", "compute-optimal"]);
		expect(listed.exclusions).toEqual(["fish scales"]);
		const stringy = themeFromNote("Themes/Scaling.md", { aliases: "scaling laws, Chinchilla", exclusions: "fish scales" }, "");
		expect(stringy.aliases).toEqual(["scaling laws", "Chinchilla"]);
		expect(stringy.exclusions).toEqual(["fish scales"]);
	});

	it("reads tags, adding the theme's own id", () => {
		const theme = themeFromNote("Themes/Emergence.md", { tags: "emergence complexity #phase-transitions" }, "");
		expect(theme.tags).toEqual(["emergence", "complexity", "phase-transitions"]);
	});

	it("marks weak and strong words, and weak words alone never count as specific", () => {
		const theme = themeFromNote("Themes/Scaling.md", { aliases: ["scaling laws"], "throughline-weak": ["scale"], "throughline-strong": ["Chinchilla"] }, "");
		const compiled = compileThemes([theme]);
		const weightOf = (phrase: string) => compiled.aliases.find((a) => a.phrase === phrase)?.weight;
		expect([weightOf("scale"), weightOf("Scaling"), weightOf("Chinchilla"), weightOf("scaling laws")]).toEqual([1, 2, 3, 3]);
	});

	it("matches exact aliases only as written", () => {
		const theme = themeFromNote("Themes/Work.md", { "throughline-exact": ["strike"] }, "");
		const compiled = compileThemes([theme]);
		const text = "the strike, strikes and striking";
		expect(findMentions(compiled, text, []).map((m) => text.slice(m.start, m.end))).toEqual(["strike"]);
	});

	it("survives malformed frontmatter values", () => {
		const theme = themeFromNote("Themes/Odd.md", { aliases: [null, 42, { a: 1 }, " ok "], tags: 7 } as unknown as Record<string, unknown>, "");
		expect(theme.aliases).toEqual(["42", "ok"]);
		expect(theme.tags).toEqual(["7", "odd"]);
		expect(themeFromNote("Themes/Odd.md", ["x"] as unknown as Record<string, unknown>, "").aliases).toEqual([]);
	});
});
