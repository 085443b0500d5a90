// A whisper-YouTube transcript's reader writes its excluded ranges into an array sized for one range a
// line, then cut to what it wrote: callers must see whole pairs, no holes, in order.
import { describe, expect, it } from "vitest";
import { makeSourceText } from "../../../src/core/sources/source-text";
import { readWhisperYoutube } from "../../../src/core/sources/readers/speech";
import { readFixture } from "./fixture-reading";

describe("whisper-YouTube excluded ranges", () => {
	it("are whole pairs with no hole, in order, one per star-prefixed or header line", () => {
		const { raw } = readFixture("whisper-youtube.md");
		const source = makeSourceText(raw, 0, null);
		const { excluded } = readWhisperYoutube(source);
		expect(excluded.length % 2).toBe(0);
		expect(excluded.length).toBeGreaterThan(2);
		expect(excluded.length).toBeLessThan(2 * source.lineStarts.length); // cut to what was written
		expect(Object.keys(excluded)).toHaveLength(excluded.length); // no hole
		for (let i = 0; i < excluded.length; i += 2) {
			expect(excluded[i + 1]).toBeGreaterThan(excluded[i]);
			if (i > 0) expect(excluded[i]).toBeGreaterThanOrEqual(excluded[i - 1]);
		}
		const stars = raw.split("\n").filter((line) => /^\*[ \t]+/.test(line)).length;
		expect(excluded.length / 2).toBeGreaterThanOrEqual(stars);
	});

	it("a text without such lines gives an empty list, not a list of holes", () => {
		const { excluded } = readWhisperYoutube(makeSourceText("Just words.\nMore words.\n", 0, null));
		expect(excluded).toEqual([]);
		expect(Object.keys(excluded)).toHaveLength(0);
	});
});
