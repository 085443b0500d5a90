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

describe("domains, contexts and unusable aliases in theme notes", () => {
	it("reads a named domain, a list of phrases and context rules", async () => {
		const { readThemeNote } = await import("../../../src/core/themes/theme-note");
		const { theme, problems } = readThemeNote("Themes/Policy.md", {
			aliases: ["policy", "regulation"],
			"throughline-domain": "AI",
			"throughline-context": ["policy, policies: not near reward, agent", "regulation: near government, law"],
		});
		expect(problems).toEqual([]);
		expect(theme.domain).toEqual(["AI"]);
		expect(theme.contexts).toEqual([
			{ aliases: ["policy", "policies"], near: [], notNear: ["reward", "agent"] },
			{ aliases: ["regulation"], near: ["government", "law"], notNear: [] },
		]);
		const compiled = compileThemes([theme]);
		expect(compiled.signals.groups[compiled.signals.domainOf[0]]).toContain("machine learning"); // "AI" names the built-in list
	});

	it("leaves out what cannot be used, each with a problem in plain words", async () => {
		const { readThemeNote } = await import("../../../src/core/themes/theme-note");
		const { theme, problems } = readThemeNote("Themes/Cooking.md", { aliases: ["a", "-", "x", "the", "US", "braising", "猫"], "throughline-context": ["braising near stew", "braising: near"] });
		expect(theme.aliases).toEqual(["US", "braising", "猫"]); // one Han character is a word
		expect(theme.contexts).toBeUndefined();
		expect(problems).toHaveLength(6);
		expect(problems).toContain('the alias "a" is a single character: it would match nearly every note, so it was left out');
		expect(problems).toContain('the alias "-" is a single character: it would match nearly every note, so it was left out');
		expect(problems).toContain('the alias "the" is a word nearly every note holds: it would match nearly every note, so it was left out');
		expect(problems).toContain('"braising near stew" is not a context rule; write it as "alias: near word, word" or "alias: not near word, word"; it was left out');
	});

	it("writes the starter themes as notes that read back to the same themes", async () => {
		const { starterPack } = await import("../../../src/core/themes/starter-pack");
		const { themeNoteText } = await import("../../../src/core/engine/theme-note-writer");
		const { readThemeNote } = await import("../../../src/core/themes/theme-note");
		const { parse } = await import("yaml");
		for (const starter of starterPack()) {
			const text = themeNoteText(starter);
			const yaml = text.slice(4, text.indexOf("\n---", 4));
			const { theme, problems } = readThemeNote(`Themes/${starter.name}.md`, parse(yaml) as Record<string, unknown>);
			expect(problems, starter.id).toEqual([]);
			expect(theme.domain, starter.id).toEqual(starter.domain);
			expect(theme.contexts ?? [], starter.id).toEqual(starter.contexts ?? []);
			const weights = (t: typeof starter) => compileThemes([t]).aliases.filter((a) => a.theme === 0).map((a) => `${a.phrase.toLowerCase()} ${a.weight} ${(a.contexts ?? []).length}`).sort();
			expect(weights(theme), starter.id).toEqual(weights(starter));
		}
	});
});
