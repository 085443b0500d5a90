import { describe, expect, it } from "vitest";
import type { ThemeDefinition } from "../../../src/core/model";
import { compileThemes, findMentions } from "../../../src/core/themes/matcher";

function theme(id: string, aliases: string[], exclusions: string[] = []): ThemeDefinition {
	return { id, name: id, path: null, aliases, exclusions, tags: [] };
}

/** The matched texts, per theme id, in order. */
function matches(themes: ThemeDefinition[], text: string, excluded: number[] = []): string[] {
	const compiled = compileThemes(themes);
	return findMentions(compiled, text, excluded).map((m) => `${compiled.themes[m.theme].id}:${text.slice(m.start, m.end)}`);
}

describe("findMentions", () => {
	it("matches inflections of the alias, not the text's stems", () => {
		const found = matches([theme("scaling", ["scale"])], "Scale, scales, scaled and SCALING; but not scaleless or escalate.");
		expect(found).toEqual(["scaling:Scale", "scaling:scales", "scaling:scaled", "scaling:SCALING"]);
	});

	it("matches the inflections of a phrase's last word and suffix families", () => {
		expect(matches([theme("laws", ["scaling law"])], "the scaling laws")).toEqual(["laws:scaling laws"]);
		expect(matches([theme("emergence", [])], "an emergent ability")).toEqual(["emergence:emergent"]);
		expect(matches([theme("interp", ["interpretability"])], "interpretable models we can interpret")).toEqual(["interp:interpretable", "interp:interpret"]);
	});

	it("treats hyphens, dashes and spaces alike, and joins a hyphenated pair", () => {
		const found = matches([theme("post-training", [])], "post-training, post training, post – training, posttraining, Post-Training");
		expect(found).toHaveLength(5);
	});

	it("treats curly and straight apostrophes alike", () => {
		expect(matches([theme("moore", ["Moore's law"])], "Moore’s law and Moore's law")).toEqual(["moore:Moore’s law", "moore:Moore's law"]);
		expect(matches([theme("ai", ["model"])], "the model’s weights")).toEqual(["ai:model"]);
	});

	it("follows a phrase across a transcript line break and its prefix, not across a blank line", () => {
		const transcript = "*  we found that scaling\n*  laws hold, and scaling\n\nlaws again";
		expect(matches([theme("s", ["scaling laws"])], transcript)).toEqual(["s:scaling\n*  laws"]);
		expect(matches([theme("s", ["scaling laws"])], "> scaling\n> laws")).toEqual(["s:scaling\n> laws"]);
	});

	it("ends a phrase at other punctuation", () => {
		expect(matches([theme("s", ["scaling laws"])], "scaling. Laws; scaling, laws; scaling (laws); scaling / laws")).toEqual([]);
	});

	it("never matches inside excluded ranges, which count as spaces", () => {
		const text = "see `scaling` and https://x.io/scaling then scaling";
		const code = [text.indexOf("`"), text.indexOf("`", 5) + 1];
		const url = [text.indexOf("https"), text.indexOf(" then")];
		const found = compileThemes([theme("scaling", [])]);
		const mentions = findMentions(found, text, [...code, ...url]);
		expect(mentions.map((m) => m.start)).toEqual([text.lastIndexOf("scaling")]);
		const joined = "scaling<!--x-->laws";
		expect(matches([theme("s", ["scaling laws"])], joined, [7, 15])).toEqual(["s:scaling<!--x-->laws"]);
	});

	it("lets an exclusion suppress the mentions it covers", () => {
		const found = matches([theme("scaling", ["scale"], ["fish scales", "scale your"])], "fish scales; as you scale your systems; the scale of models");
		expect(found).toEqual(["scaling:scale"]);
	});

	it("prefers the longest match at a position and never overlaps mentions of one theme", () => {
		const compiled = compileThemes([theme("scaling", ["scaling", "scaling laws", "laws"])]);
		const text = "scaling laws";
		const mentions = findMentions(compiled, text, []);
		expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(["scaling laws"]);
	});

	it("reports overlapping mentions of different themes", () => {
		expect(matches([theme("compute", ["data center"]), theme("data", ["data"])], "a data center")).toEqual(["compute:data center", "data:data"]);
	});

	it("treats letters of any script as word characters", () => {
		// English inflection rules stay off words outside a–z: "café" matches as written, never inside "caféine".
		expect(matches([theme("café", [])], "un café; caféine")).toEqual(["café:café"]);
		expect(matches([theme("масштаб", [])], "Масштаб модели; масштабирование")).toEqual(["масштаб:Масштаб"]);
		expect(matches([theme("emergence", ["Emergenz"])], "Die Emergenz ist überall")).toEqual(["emergence:Emergenz"]);
	});

	it("matches CJK aliases as substrings, since those scripts have no spaces", () => {
		expect(matches([theme("emergence", ["涌现"])], "大模型的涌现能力很强")).toEqual(["emergence:涌现"]);
		expect(matches([theme("scaling", ["スケーリング則"])], "これはスケーリング則です")).toEqual(["scaling:スケーリング則"]);
		expect(matches([theme("ai", ["AI安全"])], "关于AI安全的讨论")).toEqual(["ai:AI安全"]);
	});

	it("finds nothing in empty or alias-free text", () => {
		expect(matches([theme("scaling", [])], "")).toEqual([]);
		expect(matches([], "scaling laws")).toEqual([]);
	});
});
