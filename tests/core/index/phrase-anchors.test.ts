// The quick look before the text check may say yes wrongly, never no where the matcher finds a phrase;
// the text check then reads the text with the ranges analysis excludes.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldOf } from "../../../src/core/text/chars";
import { compileThemes, findMentions } from "../../../src/core/themes/matcher";
import { KELVIN_SIGN, anchorTest } from "../../../src/core/index/phrase-anchors";
import { touchedPhraseCheck } from "../../../src/core/index/theme-change";

/** The matcher alone, as the text check ran before the quick look. */
function matcherFinds(phrases: string[], raw: string): boolean {
	const compiled = compileThemes([{ id: "probe", name: phrases[0], path: null, aliases: phrases.slice(1), exclusions: [], tags: [] }]);
	return findMentions(compiled, raw, []).length > 0;
}

const PHRASES = ["world models", "guardrails", "distillation", "corpus", "tool calling", "post-training", "reward model", "interpretability", "kernels", "strategy"];
const FRAGMENTS = ["World", "MODELS", "model", "world-model", "guard rails", "Guardrail", "distillations", "Distilled", "CORPUSES", "corpora", "Tool\nCalling", "tool — calling",
	"tool\n\ncalling", "posttraining", "Post-Training", "reward   models", "reward’s model", "interpretable", "interpret", "strategies", `${KELVIN_SIGN}ernels`, `${KELVIN_SIGN}ERNEL`,
	"strateg", "the", "and", ",", ".", "\n", "> ", "*", "_", "—", "'", "’", "“", "”", "é", "data", "fish"];
const text = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 }).chain((parts) => fc.array(fc.constantFrom(" ", "", "\n", "  ", "-"), { minLength: parts.length, maxLength: parts.length }).map((gaps) => parts.map((p, i) => p + gaps[i]).join("")));

describe("quick look for touched phrases", () => {
	it("only ASCII letters and the Kelvin sign fold to an ASCII letter (what the case-insensitive pattern relies on)", () => {
		const strays: number[] = [];
		for (let code = 128; code < 0x10000; code++) {
			if (code >= 0xd800 && code <= 0xdfff) continue;
			const folded = foldOf(code);
			if (folded < 128 && code !== KELVIN_SIGN.charCodeAt(0)) strays.push(code);
		}
		expect(strays).toEqual([]);
		expect(foldOf(KELVIN_SIGN.charCodeAt(0))).toBe("k".charCodeAt(0));
	});

	it("never says no where the matcher finds a phrase, and the text check answers as the matcher does", () => {
		fc.assert(fc.property(fc.subarray(PHRASES, { minLength: 1 }), text, (phrases, raw) => {
			const found = matcherFinds(phrases, raw);
			const quick = anchorTest(phrases);
			expect(quick).not.toBeNull();
			if (found) expect(quick?.(raw)).toBe(true);
			expect(touchedPhraseCheck(phrases)(raw, () => [])).toBe(found);
		}), { numRuns: 400 });
	});

	it("says no to a text without any form's longest word", () => {
		const quick = anchorTest(["world models", "distillation"]);
		expect(quick?.("A word on modelling the globe of distilleries.")).toBe(false);
		expect(quick?.("WORLDS apart")).toBe(true);
		expect(quick?.("Distillations")).toBe(true);
	});

	it("finds a word written with the Kelvin sign", () => {
		const raw = `new ${KELVIN_SIGN}ernels`;
		expect(matcherFinds(["kernels"], raw)).toBe(true);
		expect(anchorTest(["kernels"])?.(raw)).toBe(true);
	});

	it("builds no quick look for a literal phrase or a word outside ASCII", () => {
		expect(anchorTest(["C++"])).toBeNull();
		expect(anchorTest(["données"])).toBeNull();
		expect(touchedPhraseCheck(["données"])("Les Données sont là", () => [])).toBe(matcherFinds(["données"], "Les Données sont là"));
	});

	it("reads the text as analysis does: ranges it excludes are spaces, and a note whose ranges cannot be had is re-read", () => {
		const raw = "World `x` models.";
		const code = [raw.indexOf("`"), raw.lastIndexOf("`") + 1];
		expect(touchedPhraseCheck(["world models"])(raw, () => [])).toBe(false); // the code stands between the words
		expect(touchedPhraseCheck(["world models"])(raw, () => code)).toBe(true);
		expect(touchedPhraseCheck(["world models"])(raw, () => null)).toBe(true);
		expect(touchedPhraseCheck(["world models"])("Nothing of the kind.", () => null)).toBe(false); // the quick look settles it first
	});
});
