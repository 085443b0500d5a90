// Snippet texts are packed to Latin-1 (latin-text.ts) so that V8 keeps them one byte a character.
// Packing must lose nothing, whatever the text: curly quotes, emoji (surrogate pairs), lone
// surrogates, the escape character (ÿ) itself, and other Latin-1 letters, which stay as they are.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packLatin, unpackLatin } from "../../../src/core/index/latin-text";
import { analyze, note, theme } from "./helpers";
import { storedMentions } from "../../../src/core/index/record";

const unit = fc.oneof(fc.constantFrom("a", " ", "\u0001", "\u0000", "é", "ÿ", "þ", "\u0100", "—", "“", "”", "…", "\ud83d", "\ude80", "\uffff"), fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)));
const texts = fc.array(unit, { maxLength: 40 }).map((units) => units.join(""));

describe("packLatin and unpackLatin", () => {
	it("give back every text exactly, and pack to Latin-1 alone", () => {
		fc.assert(fc.property(texts, (text) => {
			const packed = packLatin(text);
			expect(unpackLatin(packed)).toBe(text);
			expect(/[\u0100-\uffff]/.test(packed)).toBe(false);
		}), { numRuns: 5000 });
	});

	it("leave Latin-1 text without ÿ as it is", () => {
		fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 0xfe }).map((code) => String.fromCharCode(code)), { maxLength: 40 }).map((units) => units.join("")), (text) => packLatin(text) === text));
	});

	it.each([
		["em dash", "a — b", "a ÿ\u0020\u0014 b"],
		["the escape itself", "xÿy", "xÿ\u0000ÿy"],
		["a code unit whose low byte is the escape", "\u01ff", "ÿ\u0001ÿ"],
		["a code unit whose bytes are both the escape", "\uffff", "ÿÿÿ"],
		["an emoji: both halves of the pair", "🚀", "ÿ\u00d8\u003dÿ\u00de\u0080"],
	])("%s", (_name, text, packed) => {
		expect(packLatin(text)).toBe(packed);
		expect(unpackLatin(packed)).toBe(text);
	});

	it("snippets read from a record keep their curly quotes and dashes", () => {
		const themes = [theme("scaling", ["scaling laws"])];
		const body = "They said “scaling laws” hold — and then 🚀 the scaling laws held again.";
		const record = analyze("a.md", note("A", body), themes);
		expect(/[\u0100-\uffff]/.test(record.snippetText)).toBe(false);
		expect(storedMentions(record).length).toBe(2);
		const snippets = storedMentions(record).flatMap((m) => (m.snippet === null ? [] : [m.snippet])); // one snippet per passage
		expect(snippets.length).toBe(1);
		for (const snippet of snippets) expect(snippet).toContain("“scaling laws” hold — and then 🚀 the scaling laws held again.");
	});
});
