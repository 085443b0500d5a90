// Flat range lists [start0, end0, start1, end1, …]: sorting, merging and clipping.

import type { PassageSpan } from "../model";

const PACK = 2 ** 27; // a range packs into one number as start × PACK + end while offsets stay below PACK / 2
const PACKED_LIMIT = PACK / 2; // notes are read up to 32 M characters, far below this

/** Sorted, merged, non-empty ranges clipped to [0, limit). */
export function mergeRanges(flat: readonly number[], limit: number): number[] {
	return limit <= PACKED_LIMIT ? mergePacked(flat, limit) ?? mergePairs(flat, limit) : mergePairs(flat, limit);
}

/**
 * mergeRanges(lists.flat(), limit) without the copy: when every list is already in order (as the
 * scanners write them), their heads are merged as they stream, with no sort. Merging needs only
 * starts in order: ranges sharing a start merge alike whichever comes first.
 */
export function mergeRangeLists(lists: ReadonlyArray<readonly number[]>, limit: number): number[] {
	if (!lists.every(inPairsByStart)) return mergeRanges(lists.flat(), limit);
	const at = lists.map(() => 0);
	const merged = new Array<number>(lists.reduce((sum, list) => sum + list.length, 0)); // room for every pair: no copy as it grows (a transcript's thousands of stamps)
	let length = 0;
	for (;;) {
		let pick = -1;
		for (let k = 0; k < lists.length; k++) {
			if (at[k] < lists[k].length && (pick < 0 || lists[k][at[k]] < lists[pick][at[pick]])) pick = k;
		}
		if (pick < 0) break;
		const list = lists[pick];
		const start = Math.max(0, list[at[pick]]);
		const end = Math.min(limit, list[at[pick] + 1]);
		at[pick] += 2;
		if (!(end > start)) continue;
		if (length > 1 && start <= merged[length - 1]) merged[length - 1] = Math.max(merged[length - 1], end);
		else {
			merged[length++] = start;
			merged[length++] = end;
		}
	}
	merged.length = length;
	return merged;
}

/** Whole pairs whose starts never decrease (an odd or unordered list takes the sorting road). */
function inPairsByStart(list: readonly number[]): boolean {
	if (list.length % 2 !== 0) return false;
	for (let i = 2; i < list.length; i += 2) if (!(list[i] >= list[i - 2])) return false;
	return true;
}

/** mergePairs with each range packed into one number, so that a native numeric sort orders them; null when an offset is not a whole number. */
function mergePacked(flat: readonly number[], limit: number): number[] | null {
	const packed = new Float64Array(flat.length >> 1);
	let count = 0;
	for (let i = 0; i + 1 < flat.length; i += 2) {
		const start = Math.max(0, flat[i]);
		const end = Math.min(limit, flat[i + 1]);
		if (!(end > start)) continue;
		if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
		packed[count++] = start * PACK + end;
	}
	const sorted = packed.subarray(0, count);
	if (!ascending(sorted)) sorted.sort(); // numeric order: by start, then by end
	const merged: number[] = [];
	for (let k = 0; k < count; k++) {
		const start = Math.floor(sorted[k] / PACK);
		const end = sorted[k] - start * PACK;
		const last = merged.length - 1;
		if (last > 0 && start <= merged[last]) merged[last] = Math.max(merged[last], end);
		else merged.push(start, end);
	}
	return merged;
}

function ascending(values: Float64Array): boolean {
	for (let k = 1; k < values.length; k++) if (values[k - 1] > values[k]) return false;
	return true;
}

function mergePairs(flat: readonly number[], limit: number): number[] {
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
	if (alreadyTidy(passages, limit)) return passages.slice(); // as the readers write them: copies would equal them field for field
	const sorted = passages
		.map((passage) => ({ ...passage, start: Math.max(0, passage.start), end: Math.min(limit, passage.end) }))
		.filter((passage) => passage.end > passage.start);
	if (!inOrder(sorted)) sorted.sort(byStartThenEnd); // the sort is stable: passages already in order stay as they are
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

/** Every passage inside [0, limit), not empty, and starting at or after the previous one's end. */
function alreadyTidy(passages: readonly PassageSpan[], limit: number): boolean {
	let previousEnd = 0;
	for (const passage of passages) {
		if (!(passage.start >= previousEnd && passage.end > passage.start && passage.end <= limit)) return false;
		previousEnd = passage.end;
	}
	return true;
}

function byStartThenEnd(a: PassageSpan, b: PassageSpan): number {
	return a.start - b.start || a.end - b.end;
}

function inOrder(passages: readonly PassageSpan[]): boolean {
	for (let i = 1; i < passages.length; i++) if (byStartThenEnd(passages[i - 1], passages[i]) > 0) return false;
	return true;
}
