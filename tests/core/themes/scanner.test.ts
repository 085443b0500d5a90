// The scan's fast path skips words by a hashed filter and hands candidates to the careful path;
// these cases sit on the seams between the two (phrases led by everyday words, excluded ranges,
// closed-script words, the end of the text).

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ThemeDefinition } from "../../../src/core/model";
import { hashWord } from "../../../src/core/text/chars";
import { compileThemes, findMentions } from "../../../src/core/themes/matcher";
import { starterPack } from "../../../src/core/themes/starter-pack";
import { reference } from "./reference-matcher";
import { FILTER_LONE, FILTER_PAIR, FILTER_START, FILTER_WORD, PAIR_MIX, pairSlot } from "../../../src/core/themes/word-filter";

/** A theme whose name ("Theme <id>") never occurs in the texts below: only its aliases match. */
function theme(id: string, aliases: string[], exclusions: string[] = []): ThemeDefinition {
	return { id, name: `Theme ${id}`, path: null, aliases, exclusions, tags: [] };
}

function matches(themes: ThemeDefinition[], text: string, excluded: number[] = []): string[] {
	const compiled = compileThemes(themes);
	return findMentions(compiled, text, excluded).map((m) => `${compiled.themes[m.theme].id}:${text.slice(m.start, m.end)}`);
}

const FILLER = "and so we went on to talk about other things for a while ".repeat(40); // a long run for the fast path

describe("scan seams", () => {
	it("finds phrases led by everyday words, and nothing for the everyday word alone", () => {
		const themes = [theme("lesson", ["the bitter lesson", "on a scale of"])];
		expect(matches(themes, `${FILLER}the bitter lesson, the lesson, on a scale of one`)).toEqual(["lesson:the bitter lesson", "lesson:on a scale of"]);
		expect(matches(themes, `${FILLER}the the on a the`)).toEqual([]);
	});

	it("lets an exclusion led by an everyday word suppress only what it covers", () => {
		const themes = [theme("scaling", ["scale"], ["at scale"])];
		expect(matches(themes, `${FILLER}at scale; at the scale; AT  SCALE; at-scale`)).toEqual(["scaling:scale"]);
	});

	it("follows an everyday-word phrase across an excluded range", () => {
		const text = `${FILLER}the<!--x--> bitter lesson`;
		const start = text.indexOf("<!--");
		expect(matches([theme("lesson", ["the bitter lesson"])], text, [start, start + 8])).toEqual(["lesson:the<!--x--> bitter lesson"]);
	});

	it("finds a phrase that ends at the text's end or right before an excluded range", () => {
		const themes = [theme("s", ["scaling laws", "the model"])];
		expect(matches(themes, `${FILLER}scaling laws`)).toEqual(["s:scaling laws"]);
		const text = `${FILLER}the model\`code\``;
		const start = text.indexOf("`");
		expect(matches(themes, text, [start, text.length])).toEqual(["s:the model"]);
	});

	it("joins an everyday word to a closed-script word after it", () => {
		expect(matches([theme("c", ["the 涌现"])], `${FILLER}the 涌现 and the涌现`)).toEqual(["c:the 涌现", "c:the涌现"]);
	});

	it("reads letters it meets for the first time inside a word", () => {
		expect(matches([theme("naive", ["naïveté ǆemal"])], `${FILLER}NAÏVETÉ ǅemal`)).toEqual(["naive:NAÏVETÉ ǅemal"]);
	});
});

describe("word filter", () => {
	it("sets the bits of every word, first word, one-word form and first pair of the starter pack's automaton", () => {
		const { vocab, rootNext, outputStart, nextKeys, wordFilter, filterShift } = compileThemes(starterPack()).automaton;
		const slot = (word: string) => hashWord(word) >>> filterShift;
		const firstWordOf = new Map<number, string>(); // root child node → its word
		vocab.forEach((word, id) => {
			expect(wordFilter[slot(word)] & FILTER_WORD).toBe(FILTER_WORD);
			if (rootNext[id] < 0) return;
			firstWordOf.set(rootNext[id], word);
			expect(wordFilter[slot(word)] & FILTER_START).toBe(FILTER_START);
			if (outputStart[rootNext[id]] !== outputStart[rootNext[id] + 1]) expect(wordFilter[slot(word)] & FILTER_LONE).toBe(FILTER_LONE);
		});
		let pairs = 0;
		for (const key of nextKeys) {
			const first = firstWordOf.get(Math.floor(key / vocab.length));
			if (key < 0 || first === undefined) continue;
			const second = vocab[key % vocab.length];
			expect(wordFilter[pairSlot(hashWord(first), hashWord(second), filterShift)] & FILTER_PAIR).toBe(FILTER_PAIR);
			pairs++;
		}
		expect(pairs).toBeGreaterThan(100); // the starter pack has hundreds of phrases
	});

	it("finds a pair's slot by a multiplication by PAIR_MIX, an xor and a shift (the formula the scan's fast loop writes out; the matcher's reference tests check the loop itself)", () => {
		const multiplier = PAIR_MIX; // what the fast path reads once
		fc.assert(
			fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: 12, max: 22 }), (first, second, shift) => {
				expect((Math.imul(first, multiplier) ^ second) >>> shift).toBe(pairSlot(first, second, shift));
			}),
		);
	});

	it("leaves most of the filter clear, so most words cost one load", () => {
		const { wordFilter } = compileThemes(starterPack()).automaton;
		const set = wordFilter.reduce((count, byte) => count + (byte !== 0 ? 1 : 0), 0);
		expect(set / wordFilter.length).toBeLessThan(0.25); // sized at 16 slots per word and form
	});
});

// Phrases led by everyday words that are never aliases alone, in long texts: the fast path must
// hand every one of them to the careful path, across gaps, ranges and closed-script words.
const LEADS = ["the", "of", "at", "on", "a"];
const CONTENT = ["scale", "laws", "model", "bitter", "lesson", "涌", "现", "data"];
const GAPS = [" ", "  ", "-", "\n", "\n> ", "\n\n", ". ", ", ", "'", "’", "", "*", "(", " — "];
const ledPhrase = fc.tuple(fc.constantFrom(...LEADS), fc.array(fc.constantFrom(...LEADS, ...CONTENT), { minLength: 1, maxLength: 2 })).map(([lead, rest]) => [lead, ...rest].join(" "));
const ledThemes = fc.array(fc.record({ aliases: fc.array(ledPhrase, { minLength: 1, maxLength: 4 }), exclusions: fc.array(ledPhrase, { maxLength: 2 }), single: fc.array(fc.constantFrom(...CONTENT), { maxLength: 1 }) }), { minLength: 1, maxLength: 3 })
	.map((list) => list.map((t, i): ThemeDefinition => ({ id: `t${i}`, name: `Theme ${i}`, path: null, aliases: [...t.aliases, ...t.single], exclusions: t.exclusions, tags: [] })));
const longText = fc.array(fc.tuple(fc.constantFrom(...LEADS, ...LEADS, ...CONTENT, "filler", "words"), fc.constantFrom(...GAPS)), { maxLength: 150 }).map((parts) => parts.map(([w, g]) => w + g).join(""));
const withRanges = longText.chain((text) =>
	fc.tuple(fc.constant(text), fc.uniqueArray(fc.nat(text.length), { maxLength: 8 }).map((cuts) => {
		const sorted = [...cuts].sort((a, b) => a - b);
		return sorted.length % 2 === 0 ? sorted : sorted.slice(0, -1);
	})),
);

describe("phrases led by everyday words", () => {
	it("are found exactly as the reference finds them", () => {
		fc.assert(
			fc.property(ledThemes, withRanges, (themes, [text, excluded]) => {
				const fast = findMentions(compileThemes(themes), text, excluded).map(({ theme, start, end }) => ({ theme, start, end }));
				expect(fast).toEqual(reference(themes, text, excluded));
			}),
			{ numRuns: 300 },
		);
	});
});
