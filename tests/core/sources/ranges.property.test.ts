// Range merging takes shortcuts (packed numeric sort, streaming already-ordered lists); the plain
// sort-and-merge below is the definition they must keep.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeRangeLists, mergeRanges } from "../../../src/core/sources/ranges";

function plainMerge(flat: readonly number[], limit: number): number[] {
	const pairs: Array<[number, number]> = [];
	for (let i = 0; i + 1 < flat.length; i += 2) {
		const start = Math.max(0, flat[i]);
		const end = Math.min(limit, flat[i + 1]);
		if (end > start) pairs.push([start, end]);
	}
	pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: number[] = [];
	for (const [start, end] of pairs) {
		const last = merged.length - 1;
		if (last > 0 && start <= merged[last]) merged[last] = Math.max(merged[last], end);
		else merged.push(start, end);
	}
	return merged;
}

const offset = fc.oneof(fc.integer({ min: -5, max: 120 }), fc.constantFrom(0.5, Number.NaN, Number.POSITIVE_INFINITY));
const ordered = fc.array(fc.tuple(fc.nat(100), fc.nat(30)), { maxLength: 12 }).map((pairs) => pairs.map(([start, length]) => [start, start + length]).sort((a, b) => a[0] - b[0]).flat());
const anyList = fc.oneof(ordered, fc.array(offset, { maxLength: 13 }));

describe("range merging", () => {
	it("mergeRanges gives the plain sort-and-merge", () => {
		fc.assert(fc.property(fc.array(offset, { maxLength: 30 }), fc.integer({ min: 0, max: 130 }), (flat, limit) => {
			expect(mergeRanges(flat, limit)).toEqual(plainMerge(flat, limit));
		}), { numRuns: 3000 });
	});

	it("mergeRangeLists gives what merging the joined lists gives", () => {
		fc.assert(fc.property(fc.array(anyList, { maxLength: 4 }), fc.integer({ min: 0, max: 130 }), (lists, limit) => {
			expect(mergeRangeLists(lists, limit)).toEqual(plainMerge(lists.flat(), limit));
		}), { numRuns: 3000 });
	});
});
