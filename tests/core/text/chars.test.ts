// The one notion of a word (src/core/text/chars.ts), checked over every UTF-16 code unit against a
// slow definition written with regular expressions, and the consumers that read words through it
// checked to agree with it: the word counts (UTF-16 and UTF-8), the matcher's phrase words, the
// suggestions' word keys.

import { describe, expect, it } from "vitest";
import { CharClass, CountKind, classOf, countKind, foldCode, isLetterChar, joinerCode, letterFold, phraseWords } from "../../../src/core/text/chars";
import { countWordsIn, lineStats, measureUtf16Line, measureUtf8Line, utf8Of } from "../../../src/core/text/char-codes";
import { variantKey } from "../../../src/core/suggestions/terms";

const EVERY_CODE_UNIT = 0x10000;

/** The classes as a reader would write them down, one regular expression a rule (slow, plain). */
function slowClassOf(code: number): CharClass {
	const ch = String.fromCharCode(code);
	if (/[\ud800-\udfff]/.test(ch)) return CharClass.Hard;
	if (ch === "\n") return CharClass.LineFeed;
	if (/[-\u2010-\u2015\u2212*_]/.test(ch)) return CharClass.Dash;
	if (/[>+\u2022\u00b7\u2023\u25e6\u25aa\u25cf]/.test(ch)) return CharClass.LinePrefix;
	if (/['\u2019\u2018\u02bc\u02bb`\u00b4]/.test(ch)) return CharClass.Apostrophe;
	if (/[\v\f\u0085\u2028\u2029]/.test(ch)) return CharClass.Hard;
	if (/\s|\u200b/.test(ch)) return CharClass.Space;
	const word = /[\p{L}\p{N}\p{M}]/u.test(ch);
	const closedScript = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]/.test(ch);
	if (closedScript) return word ? CharClass.ClosedScript : CharClass.Hard;
	return word ? CharClass.Word : CharClass.Hard;
}

function slowCountKind(code: number): CountKind {
	if (code === 33 || code === 46 || code === 63) return CountKind.Stop;
	const cls = slowClassOf(code);
	if (cls === CharClass.Word || cls === CharClass.ClosedScript) return CountKind.Word;
	return cls === CharClass.Space || cls === CharClass.LineFeed ? CountKind.Space : CountKind.Other;
}

function slowFold(code: number): number {
	const lower = String.fromCharCode(code).toLowerCase();
	return lower.length === 1 ? lower.charCodeAt(0) : code;
}

describe("what a character is (text/chars.ts)", () => {
	it("classifies every code unit as the written-down rules do", () => {
		const wrong: string[] = [];
		for (let code = 0; code < EVERY_CODE_UNIT; code++) if (classOf(code) !== slowClassOf(code)) wrong.push(code.toString(16));
		expect(wrong).toEqual([]);
	});

	it("folds every code unit to its one-unit lower case, the same through every accessor", () => {
		const wrong: string[] = [];
		for (let code = 1; code < EVERY_CODE_UNIT; code++) {
			const expected = slowFold(code);
			const letter = isLetterChar(code) ? expected : 0;
			if (foldCode(code) !== expected || letterFold(code) !== letter) wrong.push(code.toString(16));
		}
		expect(wrong).toEqual([]);
	});

	it("gives every code unit the counting kind of its class", () => {
		const wrong: string[] = [];
		for (let code = 0; code < EVERY_CODE_UNIT; code++) if (countKind(code) !== slowCountKind(code)) wrong.push(code.toString(16));
		expect(wrong).toEqual([]);
	});

	it("joins words only with a hyphen or an apostrophe, curly or typographic", () => {
		expect(["-", "\u2010", "\u2011"].map((c) => joinerCode(c.charCodeAt(0)))).toEqual([45, 45, 45]);
		expect(["'", "\u2019"].map((c) => joinerCode(c.charCodeAt(0)))).toEqual([39, 39]);
		expect(joinerCode("\u2014".charCodeAt(0))).toBe(0x2014); // an em dash separates
	});
});

describe("the consumers read words through it", () => {
	it("counts a word for each run between spaces holding a letter, digit or closed-script character, in UTF-16 and UTF-8 alike", () => {
		const samples = ["a → b", "café au lait", "日本語 テキスト", "x 😀 y", "e.g. 3.5 GPT-4", "—", "“quoted” words", "a\u2003b", "© 2024"];
		for (const text of samples) {
			const slow = text.split(/[\s\u200b]+/).filter((token) => [...token].some((ch) => ch.length === 1 && slowCountKind(ch.charCodeAt(0)) === CountKind.Word)).length;
			expect(countWordsIn(text, 0, text.length), text).toBe(slow);
			measureUtf16Line(text, 0, text.length);
			const fromUnits = lineStats.words;
			const bytes = utf8Of(text);
			measureUtf8Line(bytes.bytes, 0, bytes.length);
			expect(lineStats.words, text).toBe(fromUnits);
		}
	});

	it("the UTF-8 count reads every character of the Basic Multilingual Plane as its UTF-16 code unit", () => {
		const wrong: string[] = [];
		for (let code = 0x80; code < EVERY_CODE_UNIT; code++) {
			if (code >= 0xd800 && code <= 0xdfff) continue; // a lone surrogate has no UTF-8 form
			const text = `a ${String.fromCharCode(code)} b`;
			const bytes = utf8Of(text);
			measureUtf8Line(bytes.bytes, 0, bytes.length);
			if (lineStats.words !== countWordsIn(text, 0, text.length)) wrong.push(code.toString(16));
		}
		expect(wrong).toEqual([]);
	});

	it("the matcher's phrase words and the suggestions' keys fold letters beyond ASCII as foldCode does", () => {
		expect(phraseWords("Test-Time COMPUTE ÉMERGENCE")).toEqual(["test", "time", "compute", "émergence"]);
		expect(variantKey("Émergent Abilities")).toBe("émergentability");
	});
});
