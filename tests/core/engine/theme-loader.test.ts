// Theme notes as the vault holds them: what a note says that cannot be used reaches the reader as a
// problem, and a bare hub note for a starter theme keeps the pack's domain and contexts.
import { describe, expect, it } from "vitest";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import { themesFromNotes } from "../../../src/core/engine/theme-loader";
import { starterPack } from "../../../src/core/themes/starter-pack";

describe("themesFromNotes", () => {
	it("reports an alias that would match everywhere, and a context it cannot read, against the theme note", () => {
		const raw = '---\naliases: [a, braising]\nthroughline-context: ["braising beside stew"]\n---\n';
		const loaded = themesFromNotes([{ path: "Themes/Cooking.md", raw }], grayMatterFrontmatter);
		expect(loaded.themes[0].aliases).toEqual(["braising"]);
		expect(loaded.problems.map((p) => p.path)).toEqual(["Themes/Cooking.md", "Themes/Cooking.md"]);
		const messages = loaded.problems.map((p) => p.message).join("\n");
		expect(messages).toMatch(/the alias "a" is a single character/);
		expect(messages).toMatch(/"braising beside stew" is not a context rule/);
	});

	it("keeps the starter pack's domain and contexts for a note that only holds a starter theme's hub", () => {
		const raw = "%% throughline:start %%\n%% throughline:end %%\n";
		const loaded = themesFromNotes([{ path: "Themes/Policy.md", raw }], grayMatterFrontmatter);
		const policy = loaded.themes.find((t) => t.id === "policy");
		const starter = starterPack().find((t) => t.id === "policy");
		expect(policy?.domain).toEqual(["AI"]);
		expect(policy?.contexts).toEqual(starter?.contexts);
	});
});
