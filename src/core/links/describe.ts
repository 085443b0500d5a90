// A dry run a person can read: every file, what happens to it, and the lines that change.

import type { LinkPlan, NoteEdit } from "./hub-model";

const CONTEXT_LINES = 2; // unchanged lines shown around a change, as in a unified diff
const MAX_CHANGED_LINES = 40; // a long block is cut; the summary already says what it holds

function splitLines(text: string | null): string[] {
	if (text === null || text === "") return [];
	return text.replace(/\r\n/g, "\n").split("\n");
}

/** One line of a change: unchanged context, or a line the change removes or adds. */
export interface ChangedLine {
	kind: "same" | "remove" | "add";
	text: string;
}

/**
 * The lines that differ between two texts (their common head and tail left out), with up to
 * `context` unchanged lines around them; `firstLine` is the 1-based line of the first one shown.
 */
export function changedLines(before: string | null, after: string | null, context = CONTEXT_LINES): { firstLine: number; lines: ChangedLine[] } {
	const old = splitLines(before);
	const next = splitLines(after);
	let head = 0;
	while (head < old.length && head < next.length && old[head] === next[head]) head++;
	let tail = 0;
	while (tail < old.length - head && tail < next.length - head && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
	const contextStart = Math.max(0, head - context);
	const same = (text: string): ChangedLine => ({ kind: "same", text });
	const lines: ChangedLine[] = [
		...old.slice(contextStart, head).map(same),
		...old.slice(head, old.length - tail).map((text): ChangedLine => ({ kind: "remove", text })),
		...next.slice(head, next.length - tail).map((text): ChangedLine => ({ kind: "add", text })),
		...old.slice(old.length - tail, old.length - tail + context).map(same),
	];
	return { firstLine: contextStart + 1, lines };
}

const MARK: Record<ChangedLine["kind"], string> = { same: " ", remove: "-", add: "+" };

/** A short unified-diff-like view: the changed lines with a little context, `-` old and `+` new. */
export function describeChange(before: string | null, after: string | null): string[] {
	const { firstLine, lines } = changedLines(before, after);
	const out: string[] = firstLine > 1 ? [`@@ line ${firstLine} @@`] : [];
	const firstChange = lines.findIndex((line) => line.kind !== "same");
	const leading = firstChange < 0 ? lines.length : firstChange;
	const changed = lines.filter((line) => line.kind !== "same");
	const trailing = lines.slice(leading + changed.length);
	for (const line of lines.slice(0, leading)) out.push(`  ${line.text}`);
	for (const line of changed.slice(0, MAX_CHANGED_LINES)) out.push(`${MARK[line.kind]} ${line.text}`);
	if (changed.length > MAX_CHANGED_LINES) out.push(`  … ${changed.length - MAX_CHANGED_LINES} more changed lines`);
	for (const line of trailing) out.push(`  ${line.text}`);
	return out;
}

function describeEdit(edit: NoteEdit): string {
	const lines = [`${edit.path} (${edit.action}): ${edit.summary}`];
	for (const line of describeChange(edit.before, edit.after)) lines.push(`    ${line}`);
	return lines.join("\n");
}

/** The notes left alone on purpose, one line each: `path: left alone, written by Readwise: …`. */
export function describeSkipped(plan: Pick<LinkPlan, "skipped">): string[] {
	return (plan.skipped ?? []).map((note) => `${note.path}: left alone, ${note.reason}`);
}

/** Every planned edit with its change, the notes left alone, then any problems; "nothing to change" for an empty plan. */
export function describePlan(plan: LinkPlan): string {
	const parts: string[] = [];
	if (plan.edits.length === 0) parts.push("Nothing to change: every note is already as Throughline would write it.");
	else {
		const counts = countEdits(plan);
		parts.push(`${plan.edits.length} file(s) would change: ${counts.create} created, ${counts.update} updated, ${counts.delete} deleted.`);
		for (const edit of plan.edits) parts.push(describeEdit(edit));
	}
	const skipped = describeSkipped(plan);
	if (skipped.length > 0) parts.push(skipped.join("\n"));
	for (const problem of plan.problems) parts.push(`${problem.path}: ${problem.message}`);
	return parts.join("\n\n");
}

export function countEdits(plan: { edits: { action: NoteEdit["action"] }[] }): Record<NoteEdit["action"], number> {
	const counts = { create: 0, update: 0, delete: 0 };
	for (const edit of plan.edits) counts[edit.action]++;
	return counts;
}
