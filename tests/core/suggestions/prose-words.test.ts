// A lone lower-case word is suggested only when some note sets it before another noun, as words of
// a field are ("inference compute"); a word of ordinary prose used alone ("trend") is not a theme.
import { describe, expect, it } from "vitest";
import { candidatesOf } from "../../../src/core/index/record";
import { ThemeIndex } from "../../../src/core/index/theme-index";
import { analyze, note, theme } from "../index/helpers";

const themes = [theme("emergence", ["emergent"])];

function indexOf(bodies: string[]): ThemeIndex {
	const index = new ThemeIndex(themes);
	bodies.forEach((body, i) => index.upsert(analyze(`n${i}.md`, note(`Note ${i}`, body), themes)));
	return index;
}

describe("lone words of prose", () => {
	it("marks a lone word set before another noun, not one followed by a verb, an adverb or a stop word", () => {
		const record = analyze("a.md", note("A", "Inference compute grows. Benchmarks saturate faster. That trend is clear, the bottleneck for everyone."), themes);
		const modifiers = candidatesOf(record).filter((c) => c.modifier).map((c) => c.phrase.toLowerCase());
		expect(modifiers).toContain("inference");
		expect(modifiers).not.toContain("trend");
		expect(modifiers).not.toContain("bottleneck");
		expect(modifiers).not.toContain("saturate");
		expect(modifiers).not.toContain("benchmarks");
	});

	it("suggests a compounded word and leaves out one only ever used alone", () => {
		const index = indexOf([
			"The inference budget doubled. That trend is new.",
			"We talked about inference again. Which trend you follow matters.",
			"Inference costs fell; the trend or its reversal.",
		]);
		const phrases = index.suggestions().map((s) => s.phrase.toLowerCase());
		expect(phrases).toContain("inference");
		expect(phrases).not.toContain("trend");
	});
});
