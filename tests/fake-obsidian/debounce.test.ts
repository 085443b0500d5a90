import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { debounce } from "./index";

describe("debounce", () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it("collapses calls within the timeout into one call with the latest arguments", () => {
		const calls: string[] = [];
		const debounced = debounce((value: string) => calls.push(value), 100);
		debounced("a");
		vi.advanceTimersByTime(60);
		debounced("b");
		vi.advanceTimersByTime(40); // 100 ms after the first call: fires without resetTimer
		expect(calls).toEqual(["b"]);
		vi.advanceTimersByTime(500);
		expect(calls).toEqual(["b"]);
	});

	it("with resetTimer, each call pushes the deadline back", () => {
		const calls: string[] = [];
		const debounced = debounce((value: string) => calls.push(value), 100, true);
		debounced("a");
		vi.advanceTimersByTime(60);
		debounced("b");
		vi.advanceTimersByTime(60);
		expect(calls).toEqual([]);
		vi.advanceTimersByTime(40);
		expect(calls).toEqual(["b"]);
	});

	it("cancel drops the pending call; run fires it now and returns its value", () => {
		let count = 0;
		const debounced = debounce(() => ++count, 100);
		debounced();
		debounced.cancel();
		vi.advanceTimersByTime(200);
		expect(count).toBe(0);
		debounced();
		expect(debounced.run()).toBe(1);
		vi.advanceTimersByTime(200);
		expect(count).toBe(1);
		expect(debounced.run()).toBeUndefined();
	});
});
