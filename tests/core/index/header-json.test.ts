// The binary store's header written and read in pieces (header-json.ts), and its text sections
// decoded in pieces (binary-decode.ts): the same text and the same values as one JSON.stringify, one
// JSON.parse and one TextDecoder call, wherever a piece ends.
import { describe, expect, it } from "vitest";
import { TEXT_BYTES_PER_STEP, utf8TextSteps } from "../../../src/core/index/binary-decode";
import type { BinaryHeader } from "../../../src/core/index/binary-layout";
import { asciiJson, headerJsonSteps, parseHeaderSteps } from "../../../src/core/index/header-json";
import { type Steps, runSteps } from "../../../src/core/steps";

/** Strings that test a cut: quotes, backslashes before quotes, the very `","` a piece is cut at, non-ASCII, a lone surrogate, and the keys' own text. */
const AWKWARD = ['a","b', 'ends in a quote"', "ends in a backslash\\", '\\",\\"', "",
	'],"textLengths":[1]', ',"strings":["x"]', "Ünïcödé — “quotes”", "🚀", "lone \ud83d half", "\u0000\u001f"];

/** A table of `count` strings, the awkward ones among plain ones: its JSON runs past several pieces of 128 K characters. */
function table(count: number): string[] {
	return Array.from({ length: count }, (_, n) => (n % 7 === 0 ? AWKWARD[(n / 7) % AWKWARD.length] : `phrase ${n} ${"x".repeat(n % 40)}`));
}

function headerWith(strings: string[]): BinaryHeader {
	return {
		themes: [{ id: "t", name: "T", path: null, aliases: ['"quoted"', "ü"], exclusions: [], tags: [] }], strings, textLengths: [3, 4], wideTexts: [1], numberLengths: [5, 6],
		sections: { snippetWideBytes: 1, narrowBytes: 2, wideBytes: 3, ints: 4, floats: 5 },
		tallies: { version: 1, totalPassages: 2, themes: [], pairs: [["a", "b", 1]] },
	};
}

/** How many times steps yield, and their value. */
function stepped<T>(steps: Steps<T>): { yields: number; value: T } {
	let yields = 0;
	for (let next = steps.next(); ; next = steps.next()) {
		if (next.done) return { yields, value: next.value };
		yields++;
	}
}

describe("the header's JSON in pieces", () => {
	it("is written as one asciiJson of the whole header, byte for byte, the table a few thousand strings a step", () => {
		for (const count of [0, 1, 4096, 4097, 30_000]) {
			const header = headerWith(table(count));
			const written = stepped(headerJsonSteps(header));
			expect(written.value).toBe(asciiJson(header));
			expect(written.yields).toBeGreaterThanOrEqual(Math.ceil(count / 4096) + Object.keys(header).length);
		}
	});

	it("is read as one JSON.parse of the whole text reads it, the table in several pieces", () => {
		const header = headerWith(table(30_000));
		const text = asciiJson(header);
		expect(text.length).toBeGreaterThan(3 * 2 ** 17); // more than three pieces of the table
		const read = stepped(parseHeaderSteps(text));
		expect(read.value).toEqual(JSON.parse(text));
		expect(read.value).toEqual(header);
		expect(read.yields).toBeGreaterThan(3);
		expect(runSteps(parseHeaderSteps(asciiJson(headerWith([]))))).toEqual(headerWith([]));
	});

	it("never cuts the table after an escaped quote, though a comma and a quote follow it", () => {
		const header = headerWith(Array.from({ length: 30_000 }, (_, n) => `${n} ends in a quote and a comma",`)); // each JSON string ends \","
		const read = stepped(parseHeaderSteps(asciiJson(header)));
		expect(read.value).toEqual(header);
		expect(read.yields).toBeGreaterThan(3); // read in pieces, not whole after a piece failed
	});

	it("reads a header laid out otherwise (keys moved or gone, spaces after it) as JSON.parse does, and throws on what is not JSON", () => {
		const header = headerWith(table(100));
		const { strings, ...rest } = header;
		for (const text of [JSON.stringify({ strings, ...rest }), JSON.stringify(rest), `${asciiJson(header)}    `, JSON.stringify({ ...header, strings: [1, [2, "a","b"]] })]) {
			expect(runSteps(parseHeaderSteps(text))).toEqual(JSON.parse(text));
		}
		expect(() => runSteps(parseHeaderSteps(asciiJson(header).slice(0, -1)))).toThrow();
		expect(() => runSteps(parseHeaderSteps('{"themes":[],"strings":["a"],"textLengths":'))).toThrow();
	});
});

describe("a text section decoded in pieces", () => {
	const decoder = new TextDecoder("utf-8", { fatal: true });
	const encoder = new TextEncoder();

	it("reads a character cut by a piece's end whole, as one decode of the section does", () => {
		for (const wide of ["é", "—", "🚀"]) {
			for (let before = TEXT_BYTES_PER_STEP - 4; before <= TEXT_BYTES_PER_STEP; before++) {
				const text = `${"a".repeat(before)}${wide}b${wide.repeat(3)}`;
				const bytes = encoder.encode(`xx${text}yy`);
				const read = stepped(utf8TextSteps(decoder, bytes, 2, bytes.length - 2));
				expect(read.value).toBe(text);
				expect(read.yields).toBe(2);
			}
		}
	});

	it("refuses bytes that are not UTF-8, a character cut at the section's end included", () => {
		const bytes = encoder.encode(`${"a".repeat(TEXT_BYTES_PER_STEP + 10)}é`);
		expect(() => runSteps(utf8TextSteps(decoder, bytes, 0, bytes.length - 1))).toThrow();
		const broken = bytes.slice();
		broken[TEXT_BYTES_PER_STEP + 3] = 0xff;
		expect(() => runSteps(utf8TextSteps(decoder, broken, 0, broken.length))).toThrow();
		expect(runSteps(utf8TextSteps(decoder, bytes, 5, 5))).toBe("");
	});
});
