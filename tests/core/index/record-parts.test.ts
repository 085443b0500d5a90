// The faster pieces behind buildRecord give exactly what the plain ways give: the fingerprint's bits
// (stepped probes against fingerprint.ts's own writer), the key set reused across notes of any size,
// snippet text read without a builder, and detached copies of strings.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprintWords, writeFingerprint } from "../../../src/core/index/fingerprint";
import { detach } from "../../../src/core/text/intern";
import { KeySet, startPrefixWalk, writeFilter } from "../../../src/core/index/prefix-walk";
import { MAX_MENTIONED_THEMES, packThemeSnippet, packedSnippet, packedTheme } from "../../../src/core/index/record";
import { snippetBody } from "../../../src/core/text/snippets";
import { readableText } from "../../../src/core/text/readable";
import { referenceFingerprint } from "./reference-fingerprint";

function keySetOf(keys: readonly number[]): KeySet {
	const set = new KeySet();
	for (const key of keys) set.add(key);
	return set;
}

describe("writeFilter", () => {
	it("sets exactly the bits writeFingerprint sets, at any offset and size", () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 3000 }), fc.nat(7), (keys, offset) => {
				const set = keySetOf(keys);
				const words = fingerprintWords(set.size);
				const fast = new Int32Array(offset + words);
				const plain = new Int32Array(offset + words);
				writeFilter(set, fast, offset, words);
				writeFingerprint(set, plain, offset);
				expect(Array.from(fast)).toEqual(Array.from(plain));
			}),
			{ numRuns: 300 },
		);
	});

	it("handles keys whose probes pass 2^32 (the largest unsigned keys and steps), at many filter sizes", () => {
		const extremes = [-1, -2, 2 ** 31 - 1, -(2 ** 31), 0x7ffffffe, -12345];
		for (const extra of [0, 5, 60, 999, 4000]) {
			const set = keySetOf([...extremes, ...Array.from({ length: extra }, (_, i) => Math.imul(i + 1, 0x9e3779b1))]);
			const words = fingerprintWords(set.size);
			const fast = new Int32Array(words);
			const plain = new Int32Array(words);
			writeFilter(set, fast, 0, words);
			writeFingerprint(set, plain, 0);
			expect(Array.from(fast)).toEqual(Array.from(plain));
		}
	});
});

describe("the walk's key set, reused between notes", () => {
	it("gives a small note's exact fingerprint after a giant one and after a middling one", () => {
		const giant = Array.from({ length: 40_000 }, (_, i) => `w${i}x`).join(" ");
		const middling = Array.from({ length: 3_000 }, (_, i) => `m${i}`).join(" ");
		const small = "Scaling laws and reward hacking, again: scaling.";
		for (const before of [giant, middling, small]) {
			startPrefixWalk().finish(before);
			const keys = startPrefixWalk().finish(small);
			const bits = new Int32Array(fingerprintWords(keys.probed));
			writeFilter(keys, bits, 0, bits.length);
			expect(Array.from(bits)).toEqual(Array.from(referenceFingerprint(small)));
		}
	});
});

const PIECES = ["scaling", "Laws", " ", " ", "  ", "\n", "\t", ".", ",", "(", ")", "-", "- ", "1. ", "> ", "# ", "**", "_", "[[a|b]]", "`", "&amp;", "<b>", "\u00a0", "’", "“", "…", "naïve", "日本", "e\u0301", "^id"];

describe("snippetBody", () => {
	it("is readableText of the window, with or without excluded ranges", () => {
		const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));
		fc.assert(
			fc.property(text, fc.nat(300), fc.nat(300), fc.array(fc.nat(300), { maxLength: 4 }), (raw, a, b, cuts) => {
				const window = { start: Math.min(a, b) % (raw.length + 1), end: Math.max(a, b) % (raw.length + 1) };
				const points = [...new Set(cuts.map((c) => c % (raw.length + 1)))].sort((x, y) => x - y);
				const excluded = points.length % 2 === 0 ? points : points.slice(1);
				expect(snippetBody(raw, window, excluded)).toBe(readableText(raw, window, excluded));
			}),
			{ numRuns: 3000 },
		);
	});
});

describe("detach", () => {
	it("returns an equal string, long or short", () => {
		const long = "a note's text, long enough to be sliced";
		expect(detach(long.slice(2, 30))).toBe(long.slice(2, 30));
		expect(detach("short")).toBe("short");
		expect(detach("")).toBe("");
	});
});

describe("a mention's theme and snippet, packed in one field", () => {
	it("reads back every theme slot and snippet slot the field holds", () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: MAX_MENTIONED_THEMES - 1 }), fc.integer({ min: -1, max: 65534 }), (theme, snippet) => {
				const field = new Int32Array([packThemeSnippet(theme, snippet)])[0]; // as an Int32Array stores it
				expect([packedTheme(field), packedSnippet(field)]).toEqual([theme, snippet]);
			}),
			{ numRuns: 2000 },
		);
		const top = new Int32Array([packThemeSnippet(MAX_MENTIONED_THEMES - 1, 65534)])[0];
		expect(top).toBeLessThan(0); // the sign bit is the theme's: read unsigned
		expect([packedTheme(top), packedSnippet(top)]).toEqual([MAX_MENTIONED_THEMES - 1, 65534]);
	});

	it("keeps a snippet slot past the field as none, and refuses a theme slot past it", () => {
		expect(packedSnippet(packThemeSnippet(3, 65535))).toBe(-1);
		expect(packedSnippet(packThemeSnippet(3, 1 << 20))).toBe(-1);
		expect(packedTheme(packThemeSnippet(3, 1 << 20))).toBe(3);
		expect(() => packThemeSnippet(MAX_MENTIONED_THEMES, 0)).toThrow(/more than 65536 themes/);
	});
});
