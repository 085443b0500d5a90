// Tells the reader, once, which notes could not be read (fully) and why, in plain words.

import { Notice } from "obsidian";

const NOTES_NAMED_IN_NOTICE = 5; // a notice stays readable; the rest are counted

/** One notice for the notes that could not be read (fully): which, and why, in plain words. */
export function describeNoteProblems(problems: ReadonlyMap<string, string>): string {
	const count = problems.size;
	const named = [...problems].slice(0, NOTES_NAMED_IN_NOTICE).map(([path, problem]) => `${path}: ${problem}`);
	const more = count > NOTES_NAMED_IN_NOTICE ? [`…and ${count - NOTES_NAMED_IN_NOTICE} more.`] : [];
	return [`Throughline could not fully read ${count === 1 ? "1 note" : `${count} notes`}:`, ...named, ...more].join("\n");
}

export class ProblemReporter {
	/** Problems already shown, by path: a note is named again only when its problem changes. */
	private readonly shown = new Map<string, string>();

	constructor(private readonly notify?: (message: string) => void) {}

	/** One notice naming the notes whose problems the reader has not been shown yet. */
	reportNew(records: Iterable<{ path: string; problems: readonly string[] }>): void {
		const fresh = new Map<string, string>();
		for (const record of records) {
			const problem = record.problems.join("; ");
			if (problem === "" || this.shown.get(record.path) === problem) continue;
			fresh.set(record.path, problem);
			this.shown.set(record.path, problem);
		}
		if (fresh.size === 0) return;
		const message = describeNoteProblems(fresh);
		if (this.notify) this.notify(message);
		else new Notice(message);
	}

	forget(path: string): void {
		this.shown.delete(path);
	}

	clear(): void {
		this.shown.clear();
	}
}
