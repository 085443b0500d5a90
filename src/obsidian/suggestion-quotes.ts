// Quotes for the expanded suggestions, read from the notes' text on demand and kept until the index
// changes (a note may have changed with it). The sidebar asks for them after it drew the evidence
// without them, and draws again once they are read: the redraw itself never waits on the disk.

import type { TermQuote } from "../core/suggestions/quote";

export type QuoteReader = (path: string, form: string) => Promise<TermQuote | null>;

export class SuggestionQuotes {
	private readonly quotes = new Map<string, TermQuote | null>();
	private revision = -1;

	constructor(private readonly read: QuoteReader, private readonly currentRevision: () => number) {}

	/** The quote of a note's form: null when it has none, undefined when it was not read yet. */
	get(path: string, form: string): TermQuote | null | undefined {
		this.forgetIfStale();
		return this.quotes.get(keyOf(path, form));
	}

	/** Reads the quotes not read yet; a note that cannot be read gets none (null), so it is not asked again. */
	async load(sources: ReadonlyArray<{ path: string; form: string }>): Promise<void> {
		this.forgetIfStale();
		const missing = sources.filter((source) => !this.quotes.has(keyOf(source.path, source.form)));
		const read = await Promise.all(missing.map((source) => this.read(source.path, source.form).catch(() => null)));
		missing.forEach((source, i) => this.quotes.set(keyOf(source.path, source.form), read[i]));
	}

	private forgetIfStale(): void {
		const revision = this.currentRevision();
		if (revision === this.revision) return;
		this.quotes.clear();
		this.revision = revision;
	}
}

function keyOf(path: string, form: string): string {
	return `${path}\u0000${form}`;
}
