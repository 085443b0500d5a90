// A property write adds or removes frontmatter lines, which moves every passage below it. In
// `both` mode the hubs are rendered with the lines the sources will have after the pass, so that
// the next pass finds nothing to change.

import type { NoteEdit, ThemeHub } from "./hub-model";

/** How a note's lines move when only a stretch of it (its frontmatter) changes. */
interface LineShift {
	/** Old lines 1..head are unchanged in place. */
	head: number;
	/** Old lines from `tailFrom` on are unchanged but move by `delta`. */
	tailFrom: number;
	delta: number;
}

function lineShift(before: string, after: string): LineShift {
	const old = before.replace(/^\uFEFF/, "").split("\n"); // a BOM is not part of the first line's text
	const next = after.replace(/^\uFEFF/, "").split("\n");
	let head = 0;
	while (head < old.length && head < next.length && old[head] === next[head]) head++;
	let tail = 0;
	while (tail < old.length - head && tail < next.length - head && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
	return { head, tailFrom: old.length - tail + 1, delta: next.length - old.length };
}

function moveLine(line: number, shift: LineShift): number {
	if (line <= shift.head) return line;
	return line >= shift.tailFrom ? line + shift.delta : line;
}

/** The hubs with each passage's line moved as the planned edits will move it. */
export function shiftHubLines(hubs: ThemeHub[], edits: NoteEdit[]): ThemeHub[] {
	const shifts = new Map<string, LineShift>();
	for (const edit of edits) {
		if (edit.before !== null && edit.after !== null && edit.change.kind.startsWith("property")) shifts.set(edit.path, lineShift(edit.before, edit.after));
	}
	if (shifts.size === 0) return hubs;
	return hubs.map((hub) => ({
		...hub,
		sources: hub.sources.map((source) => {
			const shift = shifts.get(source.path);
			if (!shift) return source;
			return { ...source, passages: source.passages.map((p) => ({ ...p, line: moveLine(p.line, shift) })) };
		}),
	}));
}
