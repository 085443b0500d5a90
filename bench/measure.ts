// Timing and memory helpers: one core, wall-clock time, garbage collected before heap readings.

import { getHeapSpaceStatistics } from "node:v8";

export const MB = 1_000_000; // decimal megabytes, as disk sizes and MB/s figures are quoted

export function now(): number {
	return performance.now();
}

/** Milliseconds taken by `work`, and its result. */
export function timed<T>(work: () => T): { ms: number; result: T } {
	const start = now();
	const result = work();
	return { ms: now() - start, result };
}

export async function timedAsync<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
	const start = now();
	const result = await work();
	return { ms: now() - start, result };
}

/** The value below which `fraction` of the samples fall (nearest-rank). */
export function percentile(samples: readonly number[], fraction: number): number {
	if (samples.length === 0) return Number.NaN;
	const sorted = samples.slice().sort((a, b) => a - b);
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
	return sorted[rank];
}

/** Runs a full collection when Node was started with --expose-gc (the launcher makes sure of it). */
export function collectGarbage(): void {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (gc) {
		gc();
		gc(); // a second pass frees what the first one's finalisers released
	}
}

/** Memory the program holds: the JS heap, and the typed arrays' backing stores, which live outside it (a record's numbers, a fingerprint). */
export interface MemoryHeld {
	heap: number;
	arrays: number;
	/** Compiled code (part of the heap): the engine's, not its data's. */
	code: number;
}

export function memoryHeld(): MemoryHeld {
	collectGarbage();
	const usage = process.memoryUsage();
	const code = getHeapSpaceStatistics().filter((space) => space.space_name.startsWith("code")).reduce((sum, space) => sum + space.space_used_size, 0);
	return { heap: usage.heapUsed - code, arrays: usage.arrayBuffers, code };
}

export function memoryHeldBytes(): number {
	const held = memoryHeld();
	return held.heap + held.arrays;
}

/** What was added between two readings, in MB: the total, and how it splits. */
export function memoryAdded(before: MemoryHeld, after: MemoryHeld): { mb: number; split: string } {
	const [heap, arrays, code] = [(after.heap - before.heap) / MB, (after.arrays - before.arrays) / MB, (after.code - before.code) / MB];
	return { mb: heap + arrays, split: `${heap.toFixed(1)} MB heap + ${arrays.toFixed(1)} MB typed arrays (compiled code, ${code.toFixed(1)} MB more, not counted)` };
}

export function megabytesPerSecond(bytes: number, ms: number): number {
	return bytes / MB / (ms / 1000);
}

/** A yield to the event loop (a 0 ms timer, as the app's yieldToMain while its window is shown) that times each stretch of work between two yields. */
export function timedYields(): { yieldToMain(): Promise<void>; longestMs(): number } {
	let longest = 0;
	let resumed = now();
	return {
		yieldToMain: async (): Promise<void> => {
			longest = Math.max(longest, now() - resumed);
			await new Promise((resolve) => setTimeout(resolve, 0));
			resumed = now();
		},
		longestMs: () => Math.max(longest, now() - resumed), // the stretch under way counts too
	};
}
