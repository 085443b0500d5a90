// The profile measures prose only as far as a detector asks; every answer must match the full count.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeSourceText, profileSource } from "../../../src/core/sources";

const PIECES = ["word", "Word", "The Title", " ", "\t", "\n", "\n\n", "\r\n", "\ufeff", "café", "😀", ".", "? ", "…", "# Head", "- item", "and so on and so forth", "12:30"];
const body = fc.array(fc.constantFrom(...PIECES), { maxLength: 2500 }).map((parts) => parts.join(" ")); // past 4 KB the counts come from UTF-8 bytes
const QUESTIONS = ["words", "proseLines", "plainHeadings", "sparse"] as const;

describe("lazy prose counts", () => {
	it("answers threshold questions, in any order, as the full counts do", () => {
		fc.assert(
			fc.property(body, fc.array(fc.tuple(fc.constantFrom(...QUESTIONS), fc.nat(3000)), { maxLength: 6 }), (raw, questions) => {
				const full = profileSource(makeSourceText(raw, 0, null));
				const totals = { words: full.words, proseLines: full.proseLines, plainHeadings: full.plainHeadings, sentenceEnds: full.sentenceEnds };
				const lazy = profileSource(makeSourceText(raw, 0, null));
				for (const [question, size] of questions) {
					if (question === "words") expect(lazy.wordsAtLeast(size)).toBe(totals.words >= size);
					if (question === "proseLines") expect(lazy.proseLinesAtLeast(size / 50)).toBe(totals.proseLines >= size / 50);
					if (question === "plainHeadings") expect(lazy.plainHeadingsAtLeast(size % 4)).toBe(totals.plainHeadings >= size % 4);
					if (question === "sparse") expect(lazy.sentencesSparserThan(size % 90)).toBe(totals.sentenceEnds * (size % 90) < totals.words);
					const reversed = profileSource(makeSourceText(Array.from(raw).reverse().join(""), 0, null)); // another note reuses the shared byte buffer meanwhile
					expect(reversed.words).toBeGreaterThanOrEqual(reversed.proseLines);
				}
				expect({ words: lazy.words, proseLines: lazy.proseLines, plainHeadings: lazy.plainHeadings, sentenceEnds: lazy.sentenceEnds }).toEqual(totals);
			}),
			{ numRuns: 400 },
		);
	});

	it("keeps counting right when another note reused the shared byte buffer halfway", () => {
		const raw = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? "word.\n" : "word ")).join(""); // about 16 KB: past the string-measured start
		const full = profileSource(makeSourceText(raw, 0, null));
		const lazy = profileSource(makeSourceText(raw, 0, null));
		expect(lazy.wordsAtLeast(1500)).toBe(true);
		const otherWords = Math.floor(raw.length / 2); // as long as this note: it fills the same buffer
		expect(profileSource(makeSourceText("x ".repeat(otherWords), 0, null)).words).toBe(otherWords);
		expect([lazy.words, lazy.sentenceEnds, lazy.proseLines]).toEqual([full.words, full.sentenceEnds, full.proseLines]);
	});
});
