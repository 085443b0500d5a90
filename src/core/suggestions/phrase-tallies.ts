// Candidate phrases across the vault, tallied by term (all the forms of one phrase, terms.ts): in how
// many notes each term occurs, how often, in how many it reads as a name (and, by term, in how many it is set before another noun). Kept incrementally, like the theme figures, from each note's own candidates: a note adds
// its candidates when it arrives and subtracts them when it goes. The forms are kept per term
// (term-forms.ts), one shared string each: a ranking reads the few it shows.

import { type Steps, runSteps, stepEndsAt } from "../steps";
import { CANDIDATE_CAPITALISED, CANDIDATE_COUNT_SHIFT, CANDIDATE_MODIFIER } from "./candidate-entry";
import { TermColumns } from "./term-columns";
import { type FormCounts, TermForms } from "./term-forms";
import { variantKey } from "./terms";

export interface PhraseTally extends FormCounts {
	phrase: string;
}

/** The tally of a term: every form of it (variantKey) together. A note holds one form of a term at most. */
export interface TermTally {
	/** Its entry in the tallies: what names it within one index. */
	entry: number;
	/** One of its forms, as some note writes it (the first in code order). */
	shape: string;
	documents: number;
	mentions: number;
	capitalisedIn: number;
	/** Notes that set it, a lone word, before another noun ("inference compute"; compounds.ts). */
	modifierIn: number;
}

export class PhraseTallies {
	private readonly terms = new TermColumns();
	private readonly forms = new TermForms();
	private readonly scratch: FormCounts = { documents: 0, mentions: 0, capitalisedIn: 0 };

	/** Distinct phrases (forms) some note holds. */
	get size(): number {
		return this.forms.held;
	}

	/** Counts a note's candidates: `phrases`, whose entries (candidateEntry) are numbers[first…]. */
	add(phrases: string[], numbers: Int32Array, first: number): void {
		for (let i = 0, at = first; i < phrases.length; i++, at++) {
			const entry = this.terms.entryForPhrase(phrases[i]);
			const candidate = numbers[at]; // see candidateEntry
			phrases[i] = this.forms.added(entry, phrases[i], this.countsOf(entry), candidate >>> CANDIDATE_COUNT_SHIFT, candidate & CANDIDATE_CAPITALISED ? 1 : 0); // share one string among all notes (memory)
			this.terms.count(entry, 1, candidate);
		}
	}

	/** Takes back what add(phrases, numbers, first) counted. */
	subtract(phrases: readonly string[], numbers: Int32Array, first: number): void {
		for (let i = 0, at = first; i < phrases.length; i++, at++) {
			const entry = this.terms.findPhrase(phrases[i]);
			const candidate = numbers[at];
			if (entry < 0 || !this.forms.removed(entry, phrases[i], this.countsOf(entry), candidate >>> CANDIDATE_COUNT_SHIFT, candidate & CANDIDATE_CAPITALISED ? 1 : 0)) continue; // no note holds it
			this.terms.count(entry, -1, candidate);
		}
	}

	/** Sets a phrase's counts outright (a store's counts); false when the phrase is already here. */
	restore(phrase: string, documents: number, mentions: number, capitalisedIn: number, modifierIn: number): boolean {
		const entry = this.terms.entryForPhrase(phrase);
		if (!this.forms.restored(entry, phrase, { documents, mentions, capitalisedIn }, this.countsOf(entry))) return false;
		const { terms } = this;
		terms.documents[entry] += documents;
		terms.mentions[entry] += mentions;
		terms.capitalisedIn[entry] += capitalisedIn;
		terms.modifierIn[entry] += modifierIn; // a form's modifier count is kept by its term alone: only the ranking reads it
		return true;
	}

	/** Terms found in at least `minDocuments` notes, all their forms together, in the order they were first seen. */
	recurringTerms(minDocuments: number): TermTally[] {
		const out: TermTally[] = [];
		const { documents, mentions, capitalisedIn, modifierIn, size } = this.terms;
		for (let entry = 0; entry < size; entry++) { // typed arrays read in order: no string is touched but the recurring terms' shapes
			if (documents[entry] < minDocuments || documents[entry] <= 0) continue;
			out.push({ entry, shape: this.forms.shape(entry), documents: documents[entry], mentions: mentions[entry], capitalisedIn: capitalisedIn[entry], modifierIn: modifierIn[entry] });
		}
		return out;
	}

	/** The entries of the terms found in at least `minDocuments` notes, in the order they were first seen. */
	recurringEntries(minDocuments: number): Int32Array {
		const { documents, size } = this.terms;
		const floor = Math.max(minDocuments, 1);
		let count = 0;
		for (let entry = 0; entry < size; entry++) if (documents[entry] >= floor) count++;
		const entries = new Int32Array(count);
		for (let entry = 0, at = 0; entry < size; entry++) if (documents[entry] >= floor) entries[at++] = entry;
		return entries;
	}

	/** The terms' figures by entry (read only). */
	get figures(): Readonly<Pick<TermColumns, "documents" | "mentions" | "capitalisedIn" | "modifierIn">> {
		return this.terms;
	}

	/** A held term's first form in code order (what it is scored by). */
	shapeOf(entry: number): string {
		return this.forms.shape(entry);
	}

	/** The variant key of a held term. */
	keyOf(entry: number): string {
		return variantKey(this.forms.shape(entry));
	}

	/** The tally of one term by key, if some note holds it. */
	term(key: string): TermTally | undefined {
		const entry = this.terms.findKey(key);
		if (entry < 0 || this.terms.documents[entry] <= 0) return undefined;
		const { documents, mentions, capitalisedIn, modifierIn } = this.terms;
		return { entry, shape: this.forms.shape(entry), documents: documents[entry], mentions: mentions[entry], capitalisedIn: capitalisedIn[entry], modifierIn: modifierIn[entry] };
	}

	/** The tally of one phrase (one form), if some note holds it. */
	tally(phrase: string): PhraseTally | undefined {
		const entry = this.terms.findPhrase(phrase);
		let found: PhraseTally | undefined;
		if (entry >= 0) this.forms.each(entry, this.countsOf(entry), (form, counts) => (found = form === phrase ? { phrase, ...counts } : found));
		return found;
	}

	/** The forms of each wanted term (by entry) some note holds, most notes first. */
	formsOf(entries: Iterable<number>): Map<number, PhraseTally[]> {
		const forms = new Map<number, PhraseTally[]>();
		for (const entry of entries) {
			if (entry < 0 || entry >= this.terms.size || forms.has(entry)) continue;
			const list: PhraseTally[] = [];
			this.forms.each(entry, this.countsOf(entry), (phrase, counts) => list.push({ phrase, ...counts }));
			list.sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || (a.phrase < b.phrase ? -1 : 1));
			forms.set(entry, list);
		}
		return forms;
	}

	/** The term entry a held phrase is tallied under, -1 when no note holds it. */
	termOfPhrase(phrase: string): number {
		const entry = this.terms.findPhrase(phrase);
		return entry >= 0 && this.forms.holds(entry, phrase) ? entry : -1;
	}

	/** The entry of a term by key, -1 when no note ever held it. */
	termOfKey(key: string): number {
		return this.terms.findKey(key);
	}

	/** Phrases (forms) found in at least `minDocuments` notes, term by term. */
	recurring(minDocuments: number): PhraseTally[] {
		const out: PhraseTally[] = [];
		for (let entry = 0; entry < this.terms.size; entry++) this.forms.each(entry, this.countsOf(entry), (phrase, counts) => counts.documents >= minDocuments && out.push({ phrase, ...counts }));
		return out;
	}

	/** The term's own counts, in a scratch object (valid until the next call). */
	private countsOf(entry: number): FormCounts {
		const counts = this.scratch;
		counts.documents = this.terms.documents[entry];
		counts.mentions = this.terms.mentions[entry];
		counts.capitalisedIn = this.terms.capitalisedIn[entry];
		return counts;
	}
}

/**
 * Tallies counted by slot in one shared table of phrases (the binary store names each record's
 * candidates by slot): an increment per candidate instead of a lookup, then one entry per phrase
 * seen, in order of first sight, as adding the records one by one would make them.
 */
export class PhraseSlotCounts {
	private readonly documents: Int32Array;
	private readonly mentions: Int32Array;
	private readonly capitalisedIn: Int32Array;
	private readonly modifierIn: Int32Array;
	private readonly order: number[] = [];

	constructor(private readonly table: readonly string[]) {
		this.documents = new Int32Array(table.length);
		this.mentions = new Int32Array(table.length);
		this.capitalisedIn = new Int32Array(table.length);
		this.modifierIn = new Int32Array(table.length);
	}

	/** Counts one record's candidates: `slots` index the table, in the order of the record's candidates. */
	count(slots: ArrayLike<number>, numbers: Int32Array, first: number): void {
		for (let i = 0, at = first; i < slots.length; i++, at++) {
			const slot = slots[i];
			const candidate = numbers[at]; // see candidateEntry
			if (this.documents[slot]++ === 0) this.order.push(slot);
			this.mentions[slot] += candidate >>> CANDIDATE_COUNT_SHIFT;
			if (candidate & CANDIDATE_CAPITALISED) this.capitalisedIn[slot]++;
			if (candidate & CANDIDATE_MODIFIER) this.modifierIn[slot]++;
		}
	}

	/** The tallies, or null when the table holds a phrase twice (a damaged store: two slots would share one tally); in steps of a few hundred phrases. */
	*tallySteps(): Steps<PhraseTallies | null> {
		const tallies = new PhraseTallies();
		for (let i = 0; i < this.order.length; i++) { // indexed: run once per warm start, over every phrase, before V8 compiles it
			if (stepEndsAt(i)) yield;
			const slot = this.order[i];
			if (!tallies.restore(this.table[slot], this.documents[slot], this.mentions[slot], this.capitalisedIn[slot], this.modifierIn[slot])) return null;
		}
		return tallies;
	}

	tallies(): PhraseTallies | null {
		return runSteps(this.tallySteps());
	}
}
