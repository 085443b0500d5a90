// Candidate phrases across the vault: in how many notes each occurs, how often, and in how many it
// reads as a name. Kept incrementally, like the theme figures, from each note's own candidates.

import type { DocumentRecord } from "../index/record";

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
		for (const candidate of record.candidates) {
			let tally = this.byPhrase.get(candidate.phrase);
			if (!tally) {
				tally = { phrase: candidate.phrase, documents: 0, mentions: 0, capitalisedIn: 0 };
				this.byPhrase.set(candidate.phrase, tally);
			}
			candidate.phrase = tally.phrase; // share one string among all notes (memory)
			tally.documents++;
			tally.mentions += candidate.count;
			if (candidate.capitalised) tally.capitalisedIn++;
		}
	}

	subtract(record: DocumentRecord): void {
		for (const candidate of record.candidates) {
			const tally = this.byPhrase.get(candidate.phrase);
			if (!tally) continue;
			tally.documents--;
			tally.mentions -= candidate.count;
			if (candidate.capitalised) tally.capitalisedIn--;
			if (tally.documents <= 0) this.byPhrase.delete(candidate.phrase);
		}
	}

	/** Phrases found in at least `minDocuments` notes. */
	recurring(minDocuments: number): PhraseTally[] {
		const out: PhraseTally[] = [];
		for (const tally of this.byPhrase.values()) if (tally.documents >= minDocuments) out.push(tally);
		return out;
	}
}
