// Candidate phrases across the vault: in how many notes each occurs, how often, and in how many it
// reads as a name. Kept incrementally, like the theme figures, from each note's own candidates.

import { type DocumentRecord, candidatesAt } from "../index/record";

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
				tally = { phrase: phrases[i], documents: 0, mentions: 0, capitalisedIn: 0 };
				this.byPhrase.set(phrases[i], tally);
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
