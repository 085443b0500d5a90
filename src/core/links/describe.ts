// A dry run a person can read: every file, what happens to it, and the lines that change.

import type { LinkPlan, NoteEdit } from "./hub-model";

const CONTEXT_LINES = 2; // unchanged lines shown around a change, as in a unified diff
const MAX_CHANGED_LINES = 40; // a long block is cut; the summary already says what it holds

function splitLines(text: string | null): string[] {
	if (text === null || text === "") return [];
	return text.replace(/\r\n/g, "\n").split("\n");
}

/** A short unified-diff-like view: the changed lines with a little context, `-` old and `+` new. */
export function describeChange(before: string | null, after: string | null): string[] {
	const old = splitLines(before);
	const next = splitLines(after);
	let head = 0;
	while (head < old.length && head < next.length && old[head] === next[head]) head++;
	let tail = 0;
	while (tail < old.length - head && tail < next.length - head && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
	const out: string[] = [];
	const contextStart = Math.max(0, head - CONTEXT_LINES);
	if (contextStart > 0) out.push(`@@ line ${contextStart + 1} @@`);
	for (const line of old.slice(contextStart, head)) out.push(`  ${line}`);
	const changed = [
		...old.slice(head, old.length - tail).map((line) => `- ${line}`),
		...next.slice(head, next.length - tail).map((line) => `+ ${line}`),
	];
	out.push(...changed.slice(0, MAX_CHANGED_LINES));
	if (changed.length > MAX_CHANGED_LINES) out.push(`  … ${changed.length - MAX_CHANGED_LINES} more changed lines`);
	for (const line of old.slice(old.length - tail, old.length - tail + CONTEXT_LINES)) out.push(`  ${line}`);
	return out;
}

function describeEdit(edit: NoteEdit): string {
	const lines = [`${edit.path} (${edit.action}): ${edit.summary}`];
	for (const line of describeChange(edit.before, edit.after)) lines.push(`    ${line}`);
	return lines.join("\n");
}

/** Every planned edit with its change, then any problems; "nothing to change" for an empty plan. */
export function describePlan(plan: LinkPlan): string {
	const parts: string[] = [];
	if (plan.edits.length === 0) parts.push("Nothing to change: every note is already as Throughline would write it.");
	else {
		const counts = countEdits(plan);
		parts.push(`${plan.edits.length} file(s) would change: ${counts.create} created, ${counts.update} updated, ${counts.delete} deleted.`);
		for (const edit of plan.edits) parts.push(describeEdit(edit));
	}
	for (const problem of plan.problems) parts.push(`${problem.path}: ${problem.message}`);
	return parts.join("\n\n");
}

export function countEdits(plan: { edits: { action: NoteEdit["action"] }[] }): Record<NoteEdit["action"], number> {
	const counts = { create: 0, update: 0, delete: 0 };
	for (const edit of plan.edits) counts[edit.action]++;
	return counts;
}
