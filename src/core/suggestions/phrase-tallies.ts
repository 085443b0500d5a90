// Candidate phrases across the vault: in how many notes each occurs, how often, and in how many it
// reads as a name. Kept incrementally, like the theme figures, from each note's own candidates; the
// forms of one term ("GPT-4" in one note, "gpt4" in another) are also tallied together as a term.

import { CANDIDATE_CAPITALISED, CANDIDATE_COUNT_SHIFT, CANDIDATE_MODIFIER, type DocumentRecord, candidatesAt, detach } from "../index/record";
import { TermColumns } from "./term-columns";
import { variantKey } from "./terms";

const INITIAL_SLOTS = 1024; // phrases before the count arrays first double

export interface PhraseTally {
	phrase: string;
	documents: number;
	mentions: number;
	/** Notes in which the phrase is mostly capitalised mid-sentence. */
	capitalisedIn: number;
}

/** The tally of a term: every form of it (variantKey) together. A note holds one form of a term at most. */
export interface TermTally {
	key: string;
	/** One of its forms, as some note writes it (the first in code order). */
	shape: string;
	documents: number;
	mentions: number;
	capitalisedIn: number;
	/** Notes that set it, a lone word, before another noun ("inference compute"; compounds.ts). */
	modifierIn: number;
}

function doubled(old: Int32Array): Int32Array {
	const bigger = new Int32Array(old.length * 2);
	bigger.set(old);
	return bigger;
}

/**
 * The tallies in columns: a phrase's slot in a map (whose order of insertion is the order phrases are
 * listed in), its counts in typed arrays. Tens of thousands of phrases as one object each cost about
 * twice as much memory. A phrase no note holds any more gives its slot back.
 */
export class PhraseTallies {
	private readonly slotOf = new Map<string, number>();
	private phrases: string[] = [];
	private documents: Int32Array = new Int32Array(INITIAL_SLOTS);
	private mentions: Int32Array = new Int32Array(INITIAL_SLOTS);
	private capitalisedIn: Int32Array = new Int32Array(INITIAL_SLOTS);
	/** Each phrase's term slot (a phrase's modifier count is kept by its term alone: only the ranking reads it). */
	private termOf: Int32Array = new Int32Array(INITIAL_SLOTS);
	private readonly terms = new TermColumns();
	private readonly freeSlots: number[] = [];

	/** Distinct phrases some note holds. */
	get size(): number {
		return this.slotOf.size;
	}

	/** The tally of one phrase, if some note holds it. */
	tally(phrase: string): PhraseTally | undefined {
		const slot = this.slotOf.get(phrase);
		return slot === undefined ? undefined : this.tallyAt(phrase, slot);
	}

	add(record: DocumentRecord): void {
		const phrases = record.candidatePhrases;
		const at = candidatesAt(record.numbers);
		for (let i = 0; i < phrases.length; i++) {
			let slot = this.slotOf.get(phrases[i]);
			if (slot === undefined) slot = this.open(detach(phrases[i])); // a copy: a candidate may be a slice of its note, two bytes a character
			phrases[i] = this.phrases[slot]; // share one string among all notes (memory)
			this.count(slot, 1, record.numbers[at + i]);
		}
	}

	subtract(record: DocumentRecord): void {
		const phrases = record.candidatePhrases;
		const at = candidatesAt(record.numbers);
		for (let i = 0; i < phrases.length; i++) {
			const slot = this.slotOf.get(phrases[i]);
			if (slot === undefined) continue;
			this.count(slot, -1, record.numbers[at + i]);
			if (this.documents[slot] <= 0) {
				this.slotOf.delete(phrases[i]);
				this.phrases[slot] = ""; // the phrase's string is not held until the slot is reused
				this.freeSlots.push(slot);
			}
		}
	}

	/** Sets a phrase's counts outright (a store's counts); false when the phrase is already here. */
	restore(phrase: string, documents: number, mentions: number, capitalisedIn: number, modifierIn: number): boolean {
		if (this.slotOf.has(phrase)) return false;
		const slot = this.open(phrase);
		this.documents[slot] = documents;
		this.mentions[slot] = mentions;
		this.capitalisedIn[slot] = capitalisedIn;
		this.terms.count(this.termOf[slot], documents, mentions, capitalisedIn, modifierIn);
		return true;
	}

	/** Terms found in at least `minDocuments` notes, all their forms together. */
	recurringTerms(minDocuments: number): TermTally[] {
		const out: TermTally[] = [];
		const { documents, mentions, capitalisedIn, modifierIn } = this.terms;
		const shapes: string[] = []; // by term slot: the first of a term's forms in code order, whatever order the notes came in
		for (let slot = 0; slot < this.phrases.length; slot++) { // indexed: every phrase of the vault, at every ranking
			const phrase = this.phrases[slot];
			const term = this.termOf[slot];
			if (phrase === "" || documents[term] < minDocuments) continue;
			const shape = shapes[term];
			if (shape === undefined || phrase < shape) shapes[term] = phrase;
		}
		shapes.forEach((shape, term) => out.push({ key: variantKey(shape), shape, documents: documents[term], mentions: mentions[term], capitalisedIn: capitalisedIn[term], modifierIn: modifierIn[term] }));
		return out;
	}

	/** The tally of one term by key, if some note holds it. */
	term(key: string): TermTally | undefined {
		const entry = this.terms.find(key);
		if (entry < 0 || this.terms.documents[entry] <= 0) return undefined;
		const { documents, mentions, capitalisedIn, modifierIn } = this.terms;
		return { key, shape: key, documents: documents[entry], mentions: mentions[entry], capitalisedIn: capitalisedIn[entry], modifierIn: modifierIn[entry] };
	}

	/** The forms of each wanted term (by key) some note holds, most notes first. */
	formsOf(keys: Iterable<string>): Map<string, PhraseTally[]> {
		const wanted = new Map<number, string>();
		for (const key of keys) {
			const entry = this.terms.find(key);
			if (entry >= 0) wanted.set(entry, key);
		}
		const forms = new Map<string, PhraseTally[]>();
		for (const [phrase, slot] of this.slotOf) {
			const key = wanted.get(this.termOf[slot]);
			if (key === undefined) continue;
			const list = forms.get(key) ?? [];
			forms.set(key, list);
			list.push(this.tallyAt(phrase, slot));
		}
		for (const list of forms.values()) list.sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || (a.phrase < b.phrase ? -1 : 1));
		return forms;
	}

	/** The term entry a held phrase is tallied under, -1 when no note holds it. */
	termOfPhrase(phrase: string): number {
		const slot = this.slotOf.get(phrase);
		return slot === undefined ? -1 : this.termOf[slot];
	}

	/** The entry of a term by key, -1 when no note ever held it. */
	termOfKey(key: string): number {
		return this.terms.find(key);
	}

	/** Phrases found in at least `minDocuments` notes. */
	recurring(minDocuments: number): PhraseTally[] {
		const out: PhraseTally[] = [];
		for (const [phrase, slot] of this.slotOf) if (this.documents[slot] >= minDocuments) out.push(this.tallyAt(phrase, slot));
		return out;
	}

	private tallyAt(phrase: string, slot: number): PhraseTally {
		return { phrase, documents: this.documents[slot], mentions: this.mentions[slot], capitalisedIn: this.capitalisedIn[slot] };
	}

	/** One candidate entry (see candidateEntry) counted `sign` times. */
	private count(slot: number, sign: number, entry: number): void {
		const mentions = sign * (entry >>> CANDIDATE_COUNT_SHIFT);
		const capitalised = entry & CANDIDATE_CAPITALISED ? sign : 0;
		const modifier = entry & CANDIDATE_MODIFIER ? sign : 0;
		this.documents[slot] += sign;
		this.mentions[slot] += mentions;
		this.capitalisedIn[slot] += capitalised;
		this.terms.count(this.termOf[slot], sign, mentions, capitalised, modifier);
	}

	/** A zeroed slot for a new phrase. */
	private open(phrase: string): number {
		const slot = this.freeSlots.pop() ?? this.phrases.length;
		if (slot >= this.documents.length) this.grow();
		this.phrases[slot] = phrase;
		this.documents[slot] = this.mentions[slot] = this.capitalisedIn[slot] = 0;
		this.termOf[slot] = this.terms.entryFor(variantKey(phrase));
		this.slotOf.set(phrase, slot);
		return slot;
	}

	private grow(): void {
		[this.documents, this.mentions, this.capitalisedIn, this.termOf] = [doubled(this.documents), doubled(this.mentions), doubled(this.capitalisedIn), doubled(this.termOf)];
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
	count(slots: ArrayLike<number>, numbers: Int32Array): void {
		const at = candidatesAt(numbers);
		for (let i = 0; i < slots.length; i++) {
			const slot = slots[i];
			if (this.documents[slot]++ === 0) this.order.push(slot);
			const entry = numbers[at + i]; // see candidateEntry
			this.mentions[slot] += entry >>> CANDIDATE_COUNT_SHIFT;
			if (entry & CANDIDATE_CAPITALISED) this.capitalisedIn[slot]++;
			if (entry & CANDIDATE_MODIFIER) this.modifierIn[slot]++;
		}
	}

	/** The tallies, or null when the table holds a phrase twice (a damaged store: two slots would share one tally). */
	tallies(): PhraseTallies | null {
		const tallies = new PhraseTallies();
		for (let i = 0; i < this.order.length; i++) { // indexed: run once per warm start, over every phrase, before V8 compiles it
			const slot = this.order[i];
			if (!tallies.restore(this.table[slot], this.documents[slot], this.mentions[slot], this.capitalisedIn[slot], this.modifierIn[slot])) return null;
		}
		return tallies;
	}
}
