// Issue 16: suggestions are terms, not words. The forms of one term are one suggestion, an acronym
// joins its expansion, an everyday word alone is never suggested, the themes' shared subject and
// an acronym of a theme phrase are covered, and a rejected term's forms stay out.

import { describe, expect, it } from "vitest";
import { ThemeIndex } from "../../../src/core/index/theme-index";
import { acronymOf, initialsOf, variantKey } from "../../../src/core/suggestions/terms";
import { isUnsuitable } from "../../../src/core/suggestions/rank";
import { analyze, note, theme } from "../index/helpers";

const FORMS = ["GPT-4", "GPT4", "gpt-4", "GPT-4"];
const WHO = ["Anna tried", "Bo measured", "Cy doubted", "Di praised", "Ed used", "Flo read", "Gus wrote"];

/** A vault of `count` notes, each citing a model in another spelling, an acronym and its expansion, and everyday words. */
function vaultIndex(themes = [theme("safety", ["AI safety", "AI risk"]), theme("policy", ["AI policy"]), theme("agents", ["AI agents"])]): ThemeIndex {
	const index = new ThemeIndex(themes);
	for (let i = 0; i < 24; i++) {
		const lines = [
			`${WHO[i % WHO.length]} ${FORMS[i % FORMS.length]}. The team said the work was good.`, // a third of the notes: a term, not the subject
			i % 2 === 0 ? `${WHO[i % WHO.length]} retrieval augmented generation.` : `${WHO[i % WHO.length]} RAG, and RAG again.`,
			`${WHO[i % WHO.length]} speculative decoding.`,
		];
		const body = [lines[i % 3], "The AI field and AI labs moved fast. Reinforcement learning helped; RL agents too."].join("\n\n");
		index.upsert(analyze(`n${i}.md`, note(`Note ${i}`, body, `2024-0${(i % 9) + 1}-10`), themes));
	}
	return index;
}

describe("terms", () => {
	it("reads the forms of one term as one key, and acronyms against initials", () => {
		expect(new Set(["GPT-4", "GPT 4", "gpt4"].map(variantKey)).size).toBe(1);
		expect(variantKey("LLMs")).toBe(variantKey("LLM"));
		expect(variantKey("pre-training")).toBe(variantKey("pretraining"));
		expect(acronymOf("LLMs")).toBe("llm");
		expect(acronymOf("Claude")).toBeNull();
		expect(initialsOf("large language models")).toBe("llm");
		expect(initialsOf("reinforcement learning from human feedback")).toBe("rlhf");
	});

	it("never suggests an everyday word alone, nor an inflection of one", () => {
		for (const word of ["learning", "code", "team", "tasks", "argued", "speaker", "location"]) expect(isUnsuitable(word), word).toBe(true);
		for (const term of ["superintelligence", "AGI", "mixture of experts"]) expect(isUnsuitable(term), term).toBe(false);
	});

	it("suggests one term for every spelling, the acronym with its expansion, and no subject word", () => {
		const suggestions = vaultIndex().suggestions([], 50);
		const phrases = suggestions.map((s) => s.phrase.toLowerCase());
		const gpt = suggestions.filter((s) => variantKey(s.phrase) === variantKey("gpt-4"));
		expect(gpt).toHaveLength(1);
		expect(gpt[0].documents).toBe(8);
		expect(gpt[0].variants.map((v) => v.toLowerCase())).toEqual(expect.arrayContaining(["gpt-4", "gpt4"]));
		const rag = suggestions.find((s) => s.variants.some((v) => v === "RAG"));
		expect(rag?.variants.map((v) => v.toLowerCase())).toContain("retrieval augmented generation");
		expect(rag?.documents).toBe(8);
		for (const never of ["ai", "rl", "team", "work", "good", "people", "ai field"]) expect(phrases, never).not.toContain(never);
		expect(phrases).toContain("speculative decoding");
	});

	it("leaves out every form of a rejected term", () => {
		const index = vaultIndex();
		const gpt = index.suggestions([], 50).find((s) => variantKey(s.phrase) === variantKey("gpt-4"));
		expect(gpt).toBeDefined();
		const after = index.suggestions(["gpt4"], 50).map((s) => variantKey(s.phrase));
		expect(after).not.toContain(variantKey("gpt-4"));
	});

	it("gives the evidence a reader judges by: sources, since when, the themes of the same notes", () => {
		const index = vaultIndex();
		const decoding = index.suggestions([], 50).find((s) => s.phrase === "speculative decoding");
		const evidence = index.suggestionEvidence(decoding?.variants ?? []);
		expect(evidence.documents).toBe(8);
		expect(evidence.since).toBe("2024-03-10"); // note 2 is the first to hold it, dated March
		expect(evidence.sources.length).toBeGreaterThan(0);
		expect(evidence.sources[0].form).toBe("speculative decoding");
	});

	it("leaves out a term the reader's tags already name a theme by", () => {
		const themes = [theme("safety", ["AI safety"]), { ...theme("serving", ["fast sampling"]), tags: ["speculative-decoding"] }];
		const phrases = vaultIndex(themes).suggestions([], 50).map((s) => s.phrase.toLowerCase());
		expect(phrases).not.toContain("speculative decoding");
		expect(vaultIndex().suggestions([], 50).map((s) => s.phrase.toLowerCase())).toContain("speculative decoding");
	});
});
