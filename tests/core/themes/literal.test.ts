// Aliases whose symbols are part of the name (C++, C#, .NET, A/B testing, node.js, R&D) match only
// where those symbols stand in the text, with word boundaries outside the alias.

import { describe, expect, it } from "vitest";
import type { ThemeDefinition } from "../../../src/core/model";
import { isLiteralPhrase, literalFormsOf } from "../../../src/core/themes/literal";
import { compileThemes, findMentions } from "../../../src/core/themes/matcher";

function theme(id: string, aliases: string[], exclusions: string[] = []): ThemeDefinition {
	return { id, name: `Theme ${id}`, path: null, aliases, exclusions, tags: [] };
}

function matches(themes: ThemeDefinition[], text: string, excluded: number[] = []): string[] {
	const compiled = compileThemes(themes);
	return findMentions(compiled, text, excluded).map((m) => `${compiled.themes[m.theme].id}:${text.slice(m.start, m.end)}`);
}

describe("literal aliases", () => {
	it("tells symbol aliases from word aliases", () => {
		for (const phrase of ["C++", "C#", "F#", ".NET", "A/B testing", "a|b", "node.js", "R&D", "p(doom)"]) expect(isLiteralPhrase(phrase)).toBe(true);
		for (const phrase of ["GPT-4o", "Moore's law", "post-training", "scaling laws", "Why now?", "++"]) expect(isLiteralPhrase(phrase)).toBe(false);
	});

	it("matches C++ only where the pluses stand, never a lone C", () => {
		const themes = [{ ...theme("cpp", []), name: "C++" }];
		expect(matches(themes, "vitamin C, Plan C, C. elegans")).toEqual([]);
		expect(matches(themes, "in C++ and c++, (C++), C++11 no, C+ no, C+++ no, xC++ no")).toEqual(["cpp:C++", "cpp:c++", "cpp:C++"]);
	});

	it("matches C#, F#, .NET, node.js, R&D and a|b as written, case aside", () => {
		const themes = [theme("x", ["C#", "F#", ".NET", "node.js", "R&D", "a|b"])];
		const text = "C# and F#; .NET, Node.JS, r&d, A|B. Not: C, F, NET, ASP.NET, node js, R and D, a b, a||b";
		expect(matches(themes, text)).toEqual(["x:C#", "x:F#", "x:.NET", "x:Node.JS", "x:r&d", "x:A|B"]);
	});

	it("matches A/B testing across spaces, dashes and one line break, and its inflected last word", () => {
		const themes = [theme("ab", ["A/B test"])];
		expect(matches(themes, "an A/B test, a/b  tests, A/B-test, A/B\ntests")).toEqual(["ab:A/B test", "ab:a/b  tests", "ab:A/B-test", "ab:A/B\ntests"]);
		expect(matches(themes, "A B test, A/B\n\ntest, A/Btest")).toEqual([]);
	});

	it("keeps word aliases with dashes on the word path: GPT-4o is not GPT-4", () => {
		expect(matches([theme("gpt", ["GPT-4o"])], "GPT-4o and GPT 4o, not GPT-4 or GPT-4omni")).toEqual(["gpt:GPT-4o", "gpt:GPT 4o"]);
	});

	it("lets a literal exclusion fence a literal alias, and a word exclusion fence it too", () => {
		expect(matches([theme("cpp", ["C++"], ["C++ compiler"])], "C++ code, the C++ compiler")).toEqual(["cpp:C++"]);
		expect(matches([theme("ab", ["A/B"], ["plan A/B"])], "plan A/B, A/B")).toEqual(["ab:A/B"]);
	});

	it("never matches into an excluded range, which reads as spaces", () => {
		const text = "`C++` and C++ and A/B`x`testing";
		const code = [0, 5, text.indexOf("`x`"), text.indexOf("`x`") + 3];
		expect(matches([theme("cpp", ["C++", "A/B testing"])], text, code)).toEqual(["cpp:C++", "cpp:A/B`x`testing"]);
	});

	it("inflects only a last word that stands after a gap", () => {
		expect(literalFormsOf("A/B test")).toContain("a/b tests");
		expect(literalFormsOf(".NET")).toEqual([".net"]);
		expect(literalFormsOf("A/B test", true)).toEqual(["a/b test"]);
	});

	it("keeps C++ and C apart as two aliases of one theme, the longer winning where both start", () => {
		const themes = [{ ...theme("c", ["C++"]), name: "C" }];
		expect(matches(themes, "C++ and C")).toEqual(["c:C++", "c:C"]);
	});
});

describe("exclusions at density", () => {
	it("removes every covered mention and keeps every uncovered one when the fence repeats", () => {
		const themes = [theme("policy", ["laws"], ["scaling laws"]), theme("scaling", ["scaling laws"])];
		const text = "scaling laws and policy laws ".repeat(2000);
		const compiled = compileThemes(themes);
		const found = findMentions(compiled, text, []);
		const byTheme = (id: string) => found.filter((m) => compiled.themes[m.theme].id === id);
		expect(byTheme("policy")).toHaveLength(2000);
		expect(byTheme("policy").every((m) => text.slice(m.start - 7, m.start) === "policy ")).toBe(true);
		expect(byTheme("scaling")).toHaveLength(2000);
	});

	it("a fence covers only its own theme's mentions, and only the ones inside it", () => {
		const themes = [theme("a", ["laws", "scaling"], ["scaling laws"]), theme("b", ["laws"])];
		expect(matches(themes, "scaling laws; scaling, laws")).toEqual(["b:laws", "a:scaling", "a:laws", "b:laws"]);
	});
});
