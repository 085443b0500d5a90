// PhraseTallies keeps its counts in columns and gives a phrase's slot back once no note holds it.
// Whatever notes come and go, it must list the same tallies, in the same order, as a map of one
// object per phrase (the plain model below, which is what it replaced): the order is the order in
// which phrases were first counted, a phrase that left and came back counting as new.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DocumentRecord, HEADER, H_CANDIDATES } from "../../../src/core/index/record";
import { type PhraseTally, PhraseTallies, PhraseSlotCounts } from "../../../src/core/suggestions/phrase-tallies";
import { variantKey } from "../../../src/core/suggestions/terms";

/** A record holding only candidates: `entries` are count × 4 + modifier × 2 + capitalised, as analysis writes them (candidateEntry). */
function recordOf(phrases: string[], entries: number[]): DocumentRecord {
	const numbers = new Int32Array(HEADER + phrases.length);
	numbers[H_CANDIDATES] = phrases.length;
	numbers.set(entries, HEADER);
	return { candidatePhrases: phrases.slice(), numbers } as unknown as DocumentRecord;
}

class ModelTallies {
	readonly byPhrase = new Map<string, PhraseTally>();
	/** Notes setting each phrase before a noun (its term's figure: every phrase here is a term of its own). */
	readonly modifierIn = new Map<string, number>();
	apply(record: DocumentRecord, sign: number): void {
		record.candidatePhrases.forEach((phrase, i) => {
			let tally = this.byPhrase.get(phrase);
			if (!tally && sign < 0) return;
			if (!tally) this.byPhrase.set(phrase, (tally = { phrase, documents: 0, mentions: 0, capitalisedIn: 0 }));
			const entry = record.numbers[HEADER + i];
			tally.documents += sign;
			tally.mentions += sign * Math.floor(entry / 4);
			tally.capitalisedIn += sign * (entry % 2);
			this.modifierIn.set(phrase, (this.modifierIn.get(phrase) ?? 0) + sign * (Math.floor(entry / 2) % 2));
			if (tally.documents <= 0) this.byPhrase.delete(phrase);
		});
	}
}

const PHRASES = ["scaling laws", "emergence", "world models", "the bitter lesson", "rlhf", "post-training", "a", "b"];
const note = fc.uniqueArray(fc.constantFrom(...PHRASES), { maxLength: 5 }).chain((phrases) => fc.tuple(fc.constant(phrases), fc.array(fc.integer({ min: 4, max: 83 }), { minLength: phrases.length, maxLength: phrases.length })));
const steps = fc.array(fc.tuple(fc.constantFrom("add", "remove"), fc.nat(5), note), { maxLength: 60 });

describe("PhraseTallies", () => {
	it("lists what a map of one object per phrase lists, in the same order, through any adds and removals", () => {
		fc.assert(fc.property(steps, (plan) => {
			const tallies = new PhraseTallies();
			const model = new ModelTallies();
			const held: Array<DocumentRecord | null> = Array.from({ length: 6 }, () => null);
			for (const [action, place, [phrases, entries]] of plan) {
				const old = held[place];
				if (old) { // a note is removed, or re-written, before anything else happens at its place
					tallies.subtract(old);
					model.apply(old, -1);
					held[place] = null;
				}
				if (action === "add") {
					const record = recordOf(phrases, entries);
					tallies.add(record);
					model.apply(record, 1);
					held[place] = record;
				}
				expect(tallies.recurring(1)).toEqual([...model.byPhrase.values()]);
				expect(tallies.size).toBe(model.byPhrase.size);
				for (const phrase of model.byPhrase.keys()) expect(tallies.term(variantKey(phrase))?.modifierIn).toBe(model.modifierIn.get(phrase));
			}
		}), { numRuns: 500 });
	});

	it("shares one string among the notes that hold a phrase, and answers for one phrase", () => {
		const tallies = new PhraseTallies();
		const first = recordOf(["scaling laws"], [9]); // twice, capitalised
		const second = recordOf([["scaling", "laws"].join(" ")], [7]); // once, a modifier, capitalised
		tallies.add(first);
		tallies.add(second);
		expect(second.candidatePhrases[0]).toBe(first.candidatePhrases[0]);
		expect(tallies.tally("scaling laws")).toEqual({ phrase: "scaling laws", documents: 2, mentions: 3, capitalisedIn: 2 });
		expect(tallies.term("scalinglaw")?.modifierIn).toBe(1);
		expect(tallies.recurring(3)).toEqual([]);
		tallies.subtract(first);
		tallies.subtract(second);
		expect(tallies.tally("scaling laws")).toBeUndefined();
	});

	it("refuses a store's table that holds a phrase twice", () => {
		const counts = new PhraseSlotCounts(["emergence", "emergence"]);
		counts.count([0], new Int32Array([0, 0, 0, 1, 0, 2]));
		counts.count([1], new Int32Array([0, 0, 0, 1, 0, 2]));
		expect(counts.tallies()).toBeNull();
		const single = new PhraseSlotCounts(["emergence", "scaling laws"]);
		single.count([1, 0], new Int32Array([0, 0, 0, 2, 0, 8, 11]));
		expect(single.tallies()?.recurring(1)).toEqual([
			{ phrase: "scaling laws", documents: 1, mentions: 2, capitalisedIn: 0 },
			{ phrase: "emergence", documents: 1, mentions: 2, capitalisedIn: 1 },
		]);
	});
});
