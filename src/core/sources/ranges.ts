// Flat range lists [start0, end0, start1, end1, …]: sorting, merging and clipping.

import type { PassageSpan } from "../model";

/** Sorted, merged, non-empty ranges clipped to [0, limit). */
export function mergeRanges(flat: readonly number[], limit: number): number[] {
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

/** Passages sorted by start, clipped to the file, empty ones dropped, overlaps trimmed. */
export function tidyPassages(passages: readonly PassageSpan[], limit: number): PassageSpan[] {
	const sorted = passages
		.map((passage) => ({ ...passage, start: Math.max(0, passage.start), end: Math.min(limit, passage.end) }))
		.filter((passage) => passage.end > passage.start)
		.sort((a, b) => a.start - b.start || a.end - b.end);
	const tidy: PassageSpan[] = [];
	for (const passage of sorted) {
		const previous = tidy[tidy.length - 1];
		if (previous && passage.start < previous.end) {
			if (passage.end <= previous.end) continue;
			passage.start = previous.end;
		}
		tidy.push(passage);
	}
	return tidy;
}
