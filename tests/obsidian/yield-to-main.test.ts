// @vitest-environment happy-dom
// Yielding between slices: a 0 ms timer while the window is shown; while it is hidden (when Chromium
// runs timers about once a second) a channel message, which no timer holds back.
import { afterEach, describe, expect, test, vi } from "vitest";
import { yieldToMain } from "../../src/obsidian/yield-to-main";

function hide(hidden: boolean): void {
	Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (hidden ? "hidden" : "visible") });
}

describe("giving the main thread back", () => {
	afterEach(() => {
		vi.restoreAllMocks();
		vi.useRealTimers();
		vi.unstubAllGlobals();
		hide(false);
	});

	test("while the window is hidden: resolves on a later task, in order, with timers standing still", async () => {
		hide(true);
		vi.useFakeTimers(); // no timer fires unless the test advances the clock
		const order: number[] = [];
		const done = Promise.all([1, 2, 3].map((n) => yieldToMain().then(() => order.push(n))));
		await Promise.resolve();
		expect(order).toEqual([]); // not within the current task's microtasks
		await done; // a timer-based yield would never resolve here
		expect(order).toEqual([1, 2, 3]);
	});

	test("while the window is shown, or where MessageChannel is missing: a 0 ms timer", async () => {
		for (const [hidden, channel] of [[false, true], [true, false]] as const) {
			hide(hidden);
			if (!channel) vi.stubGlobal("MessageChannel", undefined);
			vi.useFakeTimers();
			const timer = vi.spyOn(window, "setTimeout");
			const posted = channel ? vi.spyOn(MessagePort.prototype, "postMessage") : null;
			let resolved = false;
			const yielded = yieldToMain().then(() => (resolved = true));
			await Promise.resolve();
			expect(resolved).toBe(false);
			await vi.advanceTimersByTimeAsync(0);
			await yielded;
			expect(resolved).toBe(true);
			expect(timer).toHaveBeenCalledWith(expect.any(Function), 0);
			if (posted) expect(posted).not.toHaveBeenCalled();
			vi.restoreAllMocks();
			vi.useRealTimers();
			vi.unstubAllGlobals();
		}
	});
});
