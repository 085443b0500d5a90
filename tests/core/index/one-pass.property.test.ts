// The one-pass word reading behind a record: the suggestions' tokenizer drives the fingerprint's
// word walk, and both must give exactly what slow, plain references give (words by a regular
// expression, phrases tallied in a Map, keys in a Set) on any text, any passages (sorted,
// overlapping or out of order) and any excluded ranges.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PassageSpan, SourceDocument } from "../../../src/core/model";
import { buildFingerprint, fingerprintWords, startPrefixWalk, writeFingerprint } from "../../../src/core/index/fingerprint";
import { extractCandidates } from "../../../src/core/suggestions/candidates";
import { extractCandidates as referenceCandidates } from "../suggestions/reference/candidates";
import { referenceFingerprint } from "./reference-fingerprint";

const PIECES = [
	"scaling", "Scaling", "laws", "post-training", "post‐training", "model's", "model’s", "RLHF", "Reward", "hacking", "don't",
	"the", "of", "a", "you know", "um", "3.5", "2024", "co-op", "-", "'", "’", "規模の法則", "naïve", "café", "İstanbul", "ß", "e\u0301",
	"\u00ad", "\u200b", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", ".", "!", "?", ":", ",", "(", ")", "[[a|b]]", "https://x.io/a-b",
	"`code`", "**bold**", "> ", "- ", "日本", "ไทย", "😀", "A", "ab", "abc", "abcd", "abcde", "ﬁne", "Chain-of-Thought",
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(""));

/** Flat, sorted, non-overlapping ranges inside [0, length). */
function rangesIn(length: number, cuts: number[]): number[] {
	const points = [...new Set(cuts.map((c) => c % (length + 1)))].sort((a, b) => a - b);
	const flat: number[] = [];
	for (let i = 0; i + 1 < points.length; i += 2) if (points[i + 1] > points[i]) flat.push(points[i], points[i + 1]);
	return flat;
}

function documentOf(raw: string, passageCuts: number[], excludedCuts: number[], shuffle: boolean): SourceDocument {
	const flat = rangesIn(raw.length, passageCuts);
	const passages: PassageSpan[] = [];
	for (let i = 0; i < flat.length; i += 2) passages.push({ start: flat[i], end: flat[i + 1] + (shuffle && i === 0 ? 5 : 0) }); // the first may overlap the next
	if (shuffle) passages.reverse();
	return {
		path: "n.md", kind: "note", format: "markdown", title: "n", author: null, date: null, url: null, durationSeconds: null,
		words: 0, tags: [], excludedThemes: [], problems: [], excluded: rangesIn(raw.length, excludedCuts), passages,
	};
}

const cuts = fc.array(fc.nat(400), { maxLength: 12 });

describe("one pass for candidates and fingerprint", () => {
	it("gives the fingerprint of the separate pass, and the candidates of the reference extractor", () => {
		fc.assert(
			fc.property(text, cuts, cuts, fc.boolean(), (raw, passageCuts, excludedCuts, shuffle) => {
				const doc = documentOf(raw, passageCuts, excludedCuts, shuffle);
				const walk = startPrefixWalk(doc.excluded);
				const candidates = extractCandidates(doc, raw, walk);
				const keys = walk.finish(raw);
				const fingerprint = new Int32Array(fingerprintWords(keys.probed));
				writeFingerprint(keys, fingerprint, 0);
				expect(Array.from(fingerprint)).toEqual(Array.from(referenceFingerprint(raw, doc.excluded)));
				expect(candidates).toEqual(referenceCandidates(doc, raw));
			}),
			{ numRuns: 2000 },
		);
	});

	it("gives the reference fingerprint for a whole text read on its own", () => {
		fc.assert(
			fc.property(text, (raw) => {
				expect(Array.from(buildFingerprint(raw))).toEqual(Array.from(referenceFingerprint(raw)));
			}),
			{ numRuns: 1000 },
		);
	});

	it("keeps the best phrases of a long note, more as it grows, in the reference order", () => {
		const words = ["reward hacking", "scaling laws", "post-training", "Constitutional AI", "sparse autoencoders", "the lab", "kind of", "model", "grokking"];
		let raw = "";
		for (let i = 0; i < 3000; i++) raw += `${words[(i * 7) % words.length]} ${words[(i * 3 + 1) % words.length]}${i % 5 === 0 ? ". " : " "}w${i % 97}x `;
		const doc = documentOf(raw, [0, raw.length], [], false);
		const candidates = extractCandidates(doc, raw);
		expect(candidates.length).toBeGreaterThan(30); // a long note keeps more than a short one's thirty
		expect(candidates.length).toBeLessThanOrEqual(60);
		expect(candidates).toEqual(referenceCandidates(doc, raw));
	});

	it("counts a note of far more distinct phrases than the table first holds, and a short note after it, as the reference does", () => {
		const raw = Array.from({ length: 6000 }, (_, i) => `concept${i} theory${i % 50} ${i % 3 === 0 ? "scaling laws" : "emergence"}`).join(". "); // ~18,000 distinct phrases: the table grows and rehashes
		const doc = documentOf(raw, [0, raw.length], [], false);
		expect(extractCandidates(doc, raw)).toEqual(referenceCandidates(doc, raw));
		const short = "Scaling laws and emergence, again: scaling laws.";
		const shortDoc = documentOf(short, [0, short.length], [], false);
		expect(extractCandidates(shortDoc, short)).toEqual(referenceCandidates(shortDoc, short)); // after a giant note's table was let go
	});
});
