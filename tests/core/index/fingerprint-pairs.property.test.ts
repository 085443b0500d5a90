// The safety of the fingerprint's pairs: whenever the matcher finds a phrase in a note (reading over
// the note's excluded ranges as spaces), the note's fingerprint, built with the same ranges, may hold
// it. A theme edit that trusts the fingerprint therefore never skips a note it changes.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprintWords, mayContainPhrase, startPrefixWalk, writeFingerprint } from "../../../src/core/index/fingerprint";
import { compileThemes, findMentions } from "../../../src/core/themes/matcher";
import { theme } from "./helpers";

const WORDS = ["world", "models", "model", "World", "MODELS", "world", "models", "scaling", "laws", "of", "the", "2024", "data"];
const GAPS = [" ", "  ", "\n", "\n> ", "\n* ", "-", "—", ", ", ". ", " [00:01:02] ", " **", "** ", "'s ", "\n\n", " `x` ", " https://a.io/b "];
const PHRASES = ["world models", "world model", "world models", "scaling laws", "models of the world", "data world", "2024 models"];

// Words and gaps, each possibly excluded (excluded ranges in real notes start and end at word boundaries:
// frontmatter, links, timestamps, code).
const pieces = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.boolean(), fc.constantFrom(...GAPS), fc.boolean()), { minLength: 1, maxLength: 30 });

/** The note's text and its excluded ranges (flat, sorted, merged). */
function noteOf(parts: Array<[string, boolean, string, boolean]>): { raw: string; excluded: number[] } {
	let raw = "";
	const excluded: number[] = [];
	const add = (piece: string, hidden: boolean): void => {
		if (hidden && excluded.length > 0 && excluded[excluded.length - 1] === raw.length) excluded[excluded.length - 1] += piece.length;
		else if (hidden) excluded.push(raw.length, raw.length + piece.length);
		raw += piece;
	};
	for (const [word, hideWord, gap, hideGap] of parts) {
		add(word, hideWord);
		add(gap, hideGap);
	}
	return { raw, excluded };
}

function filterOf(raw: string, excluded: number[]): Int32Array {
	const keys = startPrefixWalk(excluded).finish(raw);
	const bits = new Int32Array(fingerprintWords(keys.probed));
	writeFingerprint(keys, bits, 0);
	return bits;
}

describe("fingerprint pairs", () => {
	it("may hold every phrase the matcher finds, with any excluded ranges", () => {
		let found = 0;
		fc.assert(
			fc.property(pieces, fc.constantFrom(...PHRASES), (parts, phrase) => {
				const { raw, excluded } = noteOf(parts);
				if (findMentions(compileThemes([theme("qqq", [phrase], { name: phrase })]), raw, excluded).length === 0) return;
				found++;
				expect(mayContainPhrase(filterOf(raw, excluded), phrase)).toBe(true);
			}),
			{ numRuns: 4000 },
		);
		expect(found).toBeGreaterThan(100); // about 200 of 4,000 random notes hold one // the property was exercised, not vacuous
	});

	it("tells most notes holding the words apart from those holding the phrase", () => {
		const apart = "The models were many; the world was wide. ".repeat(20);
		expect(mayContainPhrase(filterOf(apart, []), "world models")).toBe(false);
		expect(mayContainPhrase(filterOf(`${apart} world models`, []), "world models")).toBe(true);
	});
});
