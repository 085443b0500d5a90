// sameJson decides whether a theme changed (theme-index.ts planThemes, theme-diff.ts): saying "same"
// for two themes that differ would skip notes the edit changes. It must agree with comparing the
// values' JSON with keys in order, except that an undefined value and a missing key are alike, and
// anything JSON would not keep as it is reads as a change.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameJson } from "../../../src/core/index/theme-diff";

/** JSON text with every object's keys sorted and undefined-valued keys left out (as JSON.stringify leaves them). */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) => {
		if (inner === null || typeof inner !== "object" || Array.isArray(inner)) return inner;
		const record = inner as Record<string, unknown>;
		return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]]));
	});
}

// Small values drawn from a small alphabet, so that equal and nearly equal pairs are frequent.
const leaf = fc.oneof(fc.constantFrom("a", "b", "", "A"), fc.constantFrom(0, 1, -1, 2.5), fc.boolean(), fc.constant(null), fc.constant(undefined));
const { value } = fc.letrec((tie) => ({
	value: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("value"), { maxLength: 3 }), fc.dictionary(fc.constantFrom("id", "name", "aliases", "tags", "w"), tie("value"), { maxKeys: 3 })),
}));

describe("sameJson", () => {
	it.each([
		[{ id: "a", aliases: ["x", "y"] }, { aliases: ["x", "y"], id: "a" }, true],
		[{ id: "a", aliases: ["x", "y"] }, { id: "a", aliases: ["y", "x"] }, false],
		[{ id: "a", weights: { x: 1 } }, { id: "a", weights: { x: 2 } }, false],
		[{ id: "a", path: undefined }, { id: "a" }, true],
		[{ id: "a", path: null }, { id: "a" }, false],
		[{ id: "a" }, { id: "a", extra: "" }, false],
		[[1, 2], { 0: 1, 1: 2 }, false],
		[[undefined], [undefined], false],
		[Number.NaN, Number.NaN, false],
		[undefined, undefined, true],
		[undefined, { id: "a" }, false],
	])("%j and %j: %s", (a, b, same) => {
		expect(sameJson(a, b)).toBe(same);
	});

	it("never says two values are the same when their JSON differs, key order aside", () => {
		fc.assert(fc.property(value, value, (a, b) => !sameJson(a, b) || canonical(a) === canonical(b)), { numRuns: 3000 });
	});

	it("says the same for a value and its copy with keys in another order", () => {
		const reversed = (inner: unknown): unknown => {
			if (Array.isArray(inner)) return inner.map(reversed);
			if (inner === null || typeof inner !== "object") return inner;
			return Object.fromEntries(Object.entries(inner).reverse().map(([key, field]) => [key, reversed(field)]));
		};
		const kept = (inner: unknown): boolean => canonical(inner) !== undefined && !/null/.test(canonical(inner)); // no undefined turned into null inside arrays
		fc.assert(fc.property(value.filter(kept), (a) => sameJson(a, reversed(a)) && sameJson(a, JSON.parse(canonical(a)) as unknown)), { numRuns: 3000 });
	});
});
