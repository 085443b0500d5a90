// The written forms of each term the notes hold ("GPT-4", "gpt4"), with what each form counts. Most
// terms have one form: its string alone is kept, by term entry, and its counts are the term's. A
// term written in two forms or more keeps a small list. A form is shared by every note holding it
// (one string, not one per note) and let go when the last note holding it goes.

import { detach } from "../text/intern";

/** What one form counts: notes holding it, uses in them, notes where it reads as a name. */
export interface FormCounts {
	documents: number;
	mentions: number;
	capitalisedIn: number;
}

/** The forms of a term written more than one way, in order of arrival, with their counts. */
interface FormList {
	phrases: string[];
	counts: FormCounts[];
}

export class TermForms {
	/** Distinct forms some note holds. */
	held = 0;
	/** By term entry: its first held form, "" when no note holds it. */
	private first: string[] = [];
	private readonly lists = new Map<number, FormList>();

	/**
	 * A note holding `phrase`, a form of term `entry` whose counts were `term` before this note:
	 * returns the form's shared string; `documents`, `mentions` and `capitalised` are the note's.
	 */
	added(entry: number, phrase: string, term: FormCounts, mentions: number, capitalised: number): string {
		const first = this.first[entry] ?? "";
		let list = this.lists.get(entry);
		if (!list && (first === "" || first === phrase)) {
			if (first !== "") return first; // the one form, again: its counts are the term's
			this.held++;
			return (this.first[entry] = detach(phrase)); // a copy: a candidate may be a slice of its note
		}
		if (!list) this.lists.set(entry, (list = { phrases: [first], counts: [{ ...term }] })); // a second form: the first one's counts so far are the term's
		let at = list.phrases.indexOf(phrase);
		if (at < 0) {
			at = list.phrases.push(detach(phrase)) - 1;
			list.counts.push({ documents: 0, mentions: 0, capitalisedIn: 0 });
			this.held++;
		}
		const counts = list.counts[at];
		counts.documents++;
		counts.mentions += mentions;
		counts.capitalisedIn += capitalised;
		return list.phrases[at];
	}

	/** A note holding `phrase` went; false when no note held that form (nothing to subtract). `term`: the term's counts before. */
	removed(entry: number, phrase: string, term: FormCounts, mentions: number, capitalised: number): boolean {
		const list = this.lists.get(entry);
		if (!list) {
			if (this.first[entry] !== phrase) return false;
			if (term.documents <= 1) this.forget(entry);
			return true;
		}
		const at = list.phrases.indexOf(phrase);
		if (at < 0) return false;
		const counts = list.counts[at];
		counts.documents--;
		counts.mentions -= mentions;
		counts.capitalisedIn -= capitalised;
		if (counts.documents > 0) return true;
		list.phrases.splice(at, 1);
		list.counts.splice(at, 1);
		this.held--;
		this.first[entry] = list.phrases[0];
		if (list.phrases.length === 1) this.lists.delete(entry); // one form again: its counts are the term's
		return true;
	}

	/** A form with counts set outright (a store's); false when the form is held already. */
	restored(entry: number, phrase: string, counts: FormCounts, term: FormCounts): boolean {
		if (this.holds(entry, phrase)) return false;
		if ((this.first[entry] ?? "") === "") {
			this.first[entry] = phrase;
			this.held++;
			return true;
		}
		let list = this.lists.get(entry);
		if (!list) this.lists.set(entry, (list = { phrases: [this.first[entry]], counts: [{ ...term }] }));
		list.phrases.push(phrase);
		list.counts.push({ ...counts });
		this.held++;
		return true;
	}

	holds(entry: number, phrase: string): boolean {
		const list = this.lists.get(entry);
		return list ? list.phrases.includes(phrase) : this.first[entry] === phrase && phrase !== "";
	}

	/** The term's first form in code order (what it is scored by), "" when no note holds it. */
	shape(entry: number): string {
		const list = this.lists.size > 0 ? this.lists.get(entry) : undefined;
		if (!list) return this.first[entry] ?? "";
		let shape = list.phrases[0];
		for (const phrase of list.phrases) if (phrase < shape) shape = phrase;
		return shape;
	}

	/** Each held form of the term with its counts (`term`: the term's own, those of a term of one form). */
	each(entry: number, term: FormCounts, visit: (phrase: string, counts: FormCounts) => void): void {
		const list = this.lists.get(entry);
		if (!list) {
			if ((this.first[entry] ?? "") !== "") visit(this.first[entry], term);
			return;
		}
		list.phrases.forEach((phrase, i) => visit(phrase, list.counts[i]));
	}

	private forget(entry: number): void {
		this.first[entry] = ""; // the string is not held until the term returns
		this.held--;
	}
}
