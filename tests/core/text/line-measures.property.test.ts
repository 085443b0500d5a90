// The string and the byte line measures, and the early-stopping word test, agree on any line.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWordsIn, hasWordsIn, lineStats, measureUtf16Line, measureUtf8Line, utf8Of } from "../../../src/core/text/char-codes";

const PIECES = ["word", "Word", " ", "  ", "\t", "\u00a0", "\ufeff", "—", "…", "café", "日本", "😀", "\ud800", ".", "?!", "\"", ")", "”", "’", "•", "e.g.", "3", "-", "*"];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(""));

describe("line measures", () => {
	it("measureUtf16Line counts the words and sentence ends measureUtf8Line counts", () => {
		fc.assert(
			fc.property(line, (text) => {
				const utf8 = utf8Of(text);
				measureUtf8Line(utf8.bytes, 0, utf8.length);
				const fromBytes = { ...lineStats };
				measureUtf16Line(text, 0, text.length);
				expect({ ...lineStats }).toEqual(fromBytes);
			}),
			{ numRuns: 3000 },
		);
	});

	it("hasWordsIn answers countWordsIn >= least", () => {
		fc.assert(
			fc.property(line, fc.nat(20), (text, least) => {
				expect(hasWordsIn(text, 0, text.length, least)).toBe(countWordsIn(text, 0, text.length) >= least);
			}),
			{ numRuns: 3000 },
		);
	});
});
