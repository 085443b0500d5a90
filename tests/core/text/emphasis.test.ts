// Emphasis marks are dropped only where they delimit emphasis; underscores and stars that belong to
// words, identifiers or arithmetic stay in readable text, snippets and word counts.

import { describe, expect, it } from "vitest";
import { countWords, readableText } from "../../../src/core/text/readable";
import { readableWordCount } from "../../../src/core/text/readable-words";
import { snippetAround } from "../../../src/core/text/snippet";

const TABLE: Array<[string, string]> = [
	["window.__xss is set", "window.__xss is set"],
	["call __init__ first", "call __init__ first"],
	["open __init__.py and __main__", "open __init__.py and __main__"],
	["snake_case and my_var_ and _private stay", "snake_case and my_var_ and _private stay"],
	["a ______ blank to fill", "a ______ blank to fill"],
	["2 * 3 = 6 and f**k", "2 * 3 = 6 and f**k"],
	["_this_ and *that* lose marks", "this and that lose marks"],
	["**bold** and __bold too__", "bold and bold too"],
	["***bold italic*** and (*aside*)", "bold italic and (aside)"],
	["**\"quoted\"** words", "\"quoted\" words"],
	["*emphasis that\nwraps a line*", "emphasis that wraps a line"],
	["*not closed\n\nin the next paragraph*", "*not closed in the next paragraph*"],
	["> quoted _self_attention_ term", "quoted self_attention term"],
];

describe("emphasis stripping keeps identifiers", () => {
	it.each(TABLE)("%j reads as %j", (raw, readable) => {
		const span = { start: 0, end: raw.length };
		expect(readableText(raw, span)).toBe(readable);
		expect(readableWordCount(raw, span).words).toBe(countWords(readable));
	});

	it("keeps a mark run that reaches an excluded range out of the text", () => {
		const raw = "see window.__xss here";
		const at = raw.indexOf("__") + 1;
		expect(readableText(raw, { start: 0, end: raw.length }, [at, at + 4])).toBe("see window._ here");
	});

	it("shows identifiers whole in snippets", () => {
		const raw = "The payload sets window.__xss and then calls __init__ on the widget before rendering.";
		const start = raw.indexOf("calls");
		const snippet = snippetAround(raw, start, start + 5, 60);
		expect(snippet).toContain("__init__");
		expect(snippetAround(raw, raw.indexOf("payload"), raw.indexOf("payload") + 7, 40)).toContain("window.__xss");
	});
});

describe("pairs emphasis with the nearest mark", () => {
	it.each([
		["**a** b** c", "a b** c"],
		["x.__y then __init__ z", "x.__y then __init__ z"],
		["*a* and *b*", "a and b"],
	])("%j reads as %j", (raw, readable) => expect(readableText(raw, { start: 0, end: raw.length })).toBe(readable));
});
