// Where an offset falls among a document's passages (sorted, non-overlapping spans).

import type { PassageSpan } from "../model";

/** Index of the passage holding `offset`, or -1. */
export function passageAt(passages: readonly PassageSpan[], offset: number): number {
	let low = 0;
	let high = passages.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (passages[middle].end <= offset) low = middle + 1;
		else if (passages[middle].start > offset) high = middle - 1;
		else return middle;
	}
	return -1;
}
