// The ranking reads every recurring term: it yields every few hundred of them (the app runs it in
// slices) and gives what ranking at once gives.
import { describe, expect, it } from "vitest";
import { ITEMS_PER_STEP } from "../../../src/core/steps";
import { WORDS, manyTermsIndex } from "./many-terms";

describe("ranking in steps", () => {
	it("yields every few hundred terms, and ranks as ranking at once does", () => {
		const steps = manyTermsIndex().suggestionSteps([], 50);
		let yields = 0;
		let next = steps.next();
		for (; !next.done; next = steps.next()) yields++;
		expect(yields).toBeGreaterThanOrEqual(Math.floor(WORDS / ITEMS_PER_STEP) * 3); // at least once in each loop over the terms
		expect(next.value.length).toBe(50);
		expect(next.value).toEqual(manyTermsIndex().suggestions([], 50));
	});
});
