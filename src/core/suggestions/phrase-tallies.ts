// Candidate phrases across the vault: in how many notes each occurs, how often, and in how many it
// reads as a name. Kept incrementally, like the theme figures, from each note's own candidates.

import { type DocumentRecord, candidatesAt, detach } from "../index/record";

export interface PhraseTally {
	phrase: string;
	documents: number;
	mentions: number;
	/** Notes in which the phrase is mostly capitalised mid-sentence. */
	capitalisedIn: number;
}

export class PhraseTallies {
	readonly byPhrase = new Map<string, PhraseTally>();

	add(record: DocumentRecord): void {
		const phrases = record.candidatePhrases;
		const at = candidatesAt(record.numbers);
		for (let i = 0; i < phrases.length; i++) {
			let tally = this.byPhrase.get(phrases[i]);
			if (!tally) {
				tally = { phrase: detach(phrases[i]), documents: 0, mentions: 0, capitalisedIn: 0 }; // a copy: a candidate may be a slice of its note, two bytes a character
				this.byPhrase.set(tally.phrase, tally);
			}
			phrases[i] = tally.phrase; // share one string among all notes (memory)
			tally.documents++;
			tally.mentions += record.numbers[at + i] >>> 1; // count × 2 + capitalised
			tally.capitalisedIn += record.numbers[at + i] & 1;
		}
	}

	subtract(record: DocumentRecord): void {
		const phrases = record.candidatePhrases;
		const at = candidatesAt(record.numbers);
		for (let i = 0; i < phrases.length; i++) {
			const tally = this.byPhrase.get(phrases[i]);
			if (!tally) continue;
			tally.documents--;
			tally.mentions -= record.numbers[at + i] >>> 1;
			tally.capitalisedIn -= record.numbers[at + i] & 1;
			if (tally.documents <= 0) this.byPhrase.delete(phrases[i]);
		}
	}

	/** Phrases found in at least `minDocuments` notes. */
	recurring(minDocuments: number): PhraseTally[] {
		const out: PhraseTally[] = [];
		for (const tally of this.byPhrase.values()) if (tally.documents >= minDocuments) out.push(tally);
		return out;
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
	private readonly order: number[] = [];

	constructor(private readonly table: readonly string[]) {
		this.documents = new Int32Array(table.length);
		this.mentions = new Int32Array(table.length);
		this.capitalisedIn = new Int32Array(table.length);
	}

	/** Counts one record's candidates: `slots` index the table, in the order of the record's candidates. */
	count(slots: readonly number[], numbers: Int32Array): void {
		const at = candidatesAt(numbers);
		for (let i = 0; i < slots.length; i++) {
			const slot = slots[i];
			if (this.documents[slot]++ === 0) this.order.push(slot);
			this.mentions[slot] += numbers[at + i] >>> 1; // count × 2 + capitalised
			this.capitalisedIn[slot] += numbers[at + i] & 1;
		}
	}

	/** The tallies, or null when the table holds a phrase twice (a damaged store: two slots would share one tally). */
	tallies(): PhraseTallies | null {
		const tallies = new PhraseTallies();
		for (const slot of this.order) {
			const phrase = this.table[slot];
			const before = tallies.byPhrase.size;
			tallies.byPhrase.set(phrase, { phrase, documents: this.documents[slot], mentions: this.mentions[slot], capitalisedIn: this.capitalisedIn[slot] });
			if (tallies.byPhrase.size === before) return null;
		}
		return tallies;
	}
}
