// What one import did, file by file, and the words the reader sees about it. Mirrors the shell's
// report: every file ends in exactly one of imported, unchanged or problems.
import type { PlannedMove } from "../core/import";

/** What happened to one file (or the clipboard). */
export interface FileOutcome {
	file: string;
	created: string[];
	/** Notes that received new highlights. */
	updated: string[];
	/** Notes imported before paragraphs carried block ids, given them (the ids hubs link to). */
	identified: string[];
	unchanged: string[];
	/** Plain words; empty when all went well. */
	problems: string[];
	/** Where an inbox original was moved, once its notes were written. */
	moved: PlannedMove | null;
}

export interface ImportSummary {
	folder: string;
	imported: { file: string; notes: string[] }[];
	unchanged: { file: string; notes: string[] }[];
	problems: { file: string; message: string }[];
	/** Paths of the notes created and of the notes that received new highlights. */
	created: string[];
	updated: string[];
	identified: string[];
	/** Inbox originals moved aside. */
	moved: PlannedMove[];
}

export function emptyOutcome(file: string): FileOutcome {
	return { file, created: [], updated: [], identified: [], unchanged: [], problems: [], moved: null };
}

export function problemOutcome(file: string, message: string): FileOutcome {
	return { ...emptyOutcome(file), problems: [message] };
}

/** Folds the files' outcomes into one summary, each file reported once, in the order given. */
export function summarize(folder: string, outcomes: FileOutcome[]): ImportSummary {
	const summary: ImportSummary = { folder, imported: [], unchanged: [], problems: [], created: [], updated: [], identified: [], moved: [] };
	for (const outcome of outcomes) {
		summary.created.push(...outcome.created);
		summary.updated.push(...outcome.updated);
		summary.identified.push(...outcome.identified);
		if (outcome.moved) summary.moved.push(outcome.moved);
		const written = [...outcome.created, ...outcome.updated, ...outcome.identified];
		const notes = [...new Set([...written, ...outcome.unchanged])];
		if (outcome.problems.length > 0) summary.problems.push({ file: outcome.file, message: outcome.problems.join("; ") });
		else if (written.length > 0) summary.imported.push({ file: outcome.file, notes });
		else summary.unchanged.push({ file: outcome.file, notes });
	}
	return summary;
}

/** The notice after an import: what was written, what was already there, each file that failed. */
export function describeImport(summary: ImportSummary, options: { inbox?: string } = {}): string {
	const lines: string[] = [];
	const fileCount = summary.imported.length + summary.unchanged.length + summary.problems.length;
	if (fileCount === 0) return "Nothing to import.";
	if (summary.imported.length > 0) {
		const parts: string[] = [];
		if (summary.created.length > 0) parts.push(`${counted(summary.created.length, "note")} created`);
		if (summary.updated.length > 0) parts.push(`${counted(summary.updated.length, "note")} given new highlights`);
		if (summary.identified.length > 0) parts.push(`${counted(summary.identified.length, "note")} given block ids`);
		if (summary.unchanged.length > 0) parts.push(`${counted(summary.unchanged.length, "file")} already imported`);
		lines.push(`Imported ${counted(summary.imported.length, "file")} into ${summary.folder}: ${parts.join(", ")}.`);
	} else if (summary.unchanged.length > 0) {
		const were = summary.unchanged.length === 1 ? "was" : "were";
		lines.push(`Nothing new: ${counted(summary.unchanged.length, "file")} ${were} already imported into ${summary.folder}.`);
	}
	if (options.inbox && summary.moved.length > 0) {
		lines.push(`${counted(summary.moved.length, "original")} moved to ${options.inbox}/imported.`);
	}
	if (summary.problems.length > 0) {
		lines.push(`${counted(summary.problems.length, "file")} could not be imported${options.inbox ? ` and stayed in ${options.inbox}` : ""}:`);
		for (const problem of summary.problems) lines.push(`• ${problem.file}: ${problem.message}`);
	}
	return lines.join("\n");
}

/** The progress notice's words while a large import runs. */
export function describeProgress(done: number, total: number, size: string): string {
	return `Importing ${counted(total, "file")} (${size})… ${done} of ${total} done.`;
}

function counted(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
