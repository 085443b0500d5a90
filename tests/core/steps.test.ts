// Work written as steps runs to its end at once, or in slices of a budget with the main thread given
// back between them, and is dropped unfinished once what it reads has changed.
import { describe, expect, it } from "vitest";
import { ITEMS_PER_STEP, type Steps, runSteps, runStepsInSlices, stepEndsAt } from "../../src/core/steps";

/** Sums 0..n-1, a step every ITEMS_PER_STEP items; `onItem` is told each item (a clock moves with it). */
function* sum(n: number, onItem: () => void = () => undefined): Steps<number> {
	let total = 0;
	for (let i = 0; i < n; i++) {
		total += i;
		onItem();
		if (stepEndsAt(i)) yield;
	}
	return total;
}

describe("steps", () => {
	it("yield once every ITEMS_PER_STEP items, and give the same value run at once", () => {
		const steps = sum(ITEMS_PER_STEP * 3 + 5);
		let yields = 0;
		for (let next = steps.next(); !next.done; next = steps.next()) yields++;
		expect(yields).toBe(3);
		expect(runSteps(sum(1000))).toBe((999 * 1000) / 2);
	});

	it("run in slices that end once the budget is spent, the main thread given back before each", async () => {
		let clock = 0;
		let yielded = 0;
		const host = { now: () => clock, yieldToMain: async () => void yielded++ };
		const slices: number[] = [];
		const items = ITEMS_PER_STEP * 10;
		const done = await runStepsInSlices(sum(items, () => (clock += 0.01)), host, 5, () => false, (ms) => slices.push(ms)); // a step costs 2.56 ms
		expect(done).toEqual({ value: ((items - 1) * items) / 2 });
		expect(slices.length).toBe(yielded);
		expect(slices.length).toBeGreaterThan(3);
		for (const ms of slices) expect(ms).toBeLessThan(5 + 2.6); // the budget and one step at most
	});

	it("are dropped unfinished once what they read has changed", async () => {
		let slices = 0;
		let read = 0;
		const host = { now: () => 0, yieldToMain: async () => undefined };
		const done = await runStepsInSlices(sum(ITEMS_PER_STEP * 10, () => read++), host, -1, () => slices >= 2, () => slices++); // a budget spent at once: a step a slice
		expect(done).toBeNull();
		expect(read).toBe(ITEMS_PER_STEP * 2);
	});
});
