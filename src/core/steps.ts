// Work written once as a generator that yields wherever it may give the main thread back: the
// headless runner and the tests run it to its end at once, the app runs it in time-boxed slices
// (work-queue.ts's budget), and both run the same code.

import type { SliceHost } from "./work-queue";

/** A computation of a T that yields between steps of about ITEMS_PER_STEP items each. */
export type Steps<T> = Generator<void, T, void>;

/** Items read between two yields: a few hundred microseconds of work, so a slice ends close to its budget. */
export const ITEMS_PER_STEP = 256;

/** Whether a loop over items should yield after item `i`: every ITEMS_PER_STEP items, or every `per` (a power of two) for costlier items. */
export function stepEndsAt(i: number, per = ITEMS_PER_STEP): boolean {
	return (i & (per - 1)) === per - 1;
}

/** Runs the steps to their end at once. */
export function runSteps<T>(steps: Steps<T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/**
 * Runs the steps in slices of about `budgetMs`, giving the main thread back before each slice (never
 * inside the caller's task). Before each slice `abandoned()` is asked whether what the steps read has
 * changed since they began: then they are dropped, unfinished, and the result is null. `onSlice`
 * hears each slice's length.
 */
export async function runStepsInSlices<T>(steps: Steps<T>, host: SliceHost, budgetMs: number, abandoned: () => boolean, onSlice: (ms: number) => void = () => undefined): Promise<{ value: T } | null> {
	for (;;) {
		await host.yieldToMain();
		if (abandoned()) return null;
		const start = host.now();
		let next = steps.next();
		while (!next.done && host.now() - start < budgetMs) next = steps.next();
		onSlice(host.now() - start);
		if (next.done) return { value: next.value };
	}
}
