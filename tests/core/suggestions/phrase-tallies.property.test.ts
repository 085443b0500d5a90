// PhraseTallies keeps its counts by term in columns, and each term's forms with their own counts
// (a term of one form keeps only its string). Whatever notes come and go, it must give the tallies of
// a map of one object per phrase and per term (the plain model below): the same forms with the same
// counts, the same terms with the sums of their forms, and no string of a phrase no note holds.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DocumentRecord, HEADER, H_CANDIDATES, candidatesAt } from "../../../src/core/index/record";

/** A record's candidates, as ThemeIndex gives them to the tallies. */
const candidatesOfRecord = (record: DocumentRecord): [string[], Int32Array, number] => [record.candidatePhrases, record.numbers, candidatesAt(record.numbers)];
import { type PhraseTally, PhraseTallies, PhraseSlotCounts } from "../../../src/core/suggestions/phrase-tallies";
import { hashKey, termHash, termHashes } from "../../../src/core/suggestions/term-hash";
import { variantKey } from "../../../src/core/suggestions/terms";

/** A record holding only candidates: `entries` are count × 4 + modifier × 2 + capitalised, as analysis writes them (candidateEntry). */
function recordOf(phrases: string[], entries: number[]): DocumentRecord {
	const numbers = new Int32Array(HEADER + phrases.length);
	numbers[H_CANDIDATES] = phrases.length;
	numbers.set(entries, HEADER);
	return { candidatePhrases: phrases.slice(), numbers } as unknown as DocumentRecord;
}

/** A term's figures: its forms' together, and the notes setting it before a noun (kept by the term alone). */
interface TermModel { documents: number; mentions: number; capitalisedIn: number; modifierIn: number }

class ModelTallies {
	readonly byPhrase = new Map<string, PhraseTally>();
	readonly byKey = new Map<string, TermModel>();
	apply(record: DocumentRecord, sign: number): void {
		record.candidatePhrases.forEach((phrase, i) => {
			let tally = this.byPhrase.get(phrase);
			if (!tally && sign < 0) return;
			if (!tally) this.byPhrase.set(phrase, (tally = { phrase, documents: 0, mentions: 0, capitalisedIn: 0 }));
			const entry = record.numbers[HEADER + i];
			tally.documents += sign;
			tally.mentions += sign * Math.floor(entry / 4);
			tally.capitalisedIn += sign * (entry % 2);
			if (tally.documents <= 0) this.byPhrase.delete(phrase);
			const term = this.byKey.get(variantKey(phrase)) ?? { documents: 0, mentions: 0, capitalisedIn: 0, modifierIn: 0 };
			this.byKey.set(variantKey(phrase), term);
			term.documents += sign;
			term.mentions += sign * Math.floor(entry / 4);
			term.capitalisedIn += sign * (entry % 2);
			term.modifierIn += sign * (Math.floor(entry / 2) % 2);
		});
	}
}

const byPhrase = (a: PhraseTally, b: PhraseTally): number => (a.phrase < b.phrase ? -1 : 1);
// Forms of a few terms: "GPT-4", "gpt4" and "GPT 4" are one; so are "LLM" and "LLMs".
const PHRASES = ["scaling laws", "scaling law", "emergence", "GPT-4", "gpt4", "GPT 4", "LLM", "LLMs", "post-training", "posttraining", "a", "b"];
const note = fc.uniqueArray(fc.constantFrom(...PHRASES), { maxLength: 5, selector: variantKey }).chain((phrases) => fc.tuple(fc.constant(phrases), fc.array(fc.integer({ min: 4, max: 83 }), { minLength: phrases.length, maxLength: phrases.length })));
const steps = fc.array(fc.tuple(fc.constantFrom("add", "remove"), fc.nat(5), note), { maxLength: 60 });

function expectSame(tallies: PhraseTallies, model: ModelTallies): void {
	expect(tallies.recurring(1).sort(byPhrase)).toEqual([...model.byPhrase.values()].sort(byPhrase));
	expect(tallies.size).toBe(model.byPhrase.size);
	for (const [key, term] of model.byKey) {
		const { documents, mentions, capitalisedIn, modifierIn } = tallies.term(key) ?? { documents: 0, mentions: 0, capitalisedIn: 0, modifierIn: 0 };
		expect({ documents, mentions, capitalisedIn, modifierIn }, key).toEqual(term);
	}
	const held = [...model.byPhrase.keys()];
	for (const term of tallies.recurringTerms(1)) expect(term.shape, term.shape).toBe(held.filter((p) => variantKey(p) === variantKey(term.shape)).sort()[0]);
}

describe("PhraseTallies", () => {
	it("gives what maps of one object per phrase and per term give, through any adds and removals", () => {
		fc.assert(fc.property(steps, (plan) => {
			const tallies = new PhraseTallies();
			const model = new ModelTallies();
			const held: Array<DocumentRecord | null> = Array.from({ length: 6 }, () => null);
			for (const [action, place, [phrases, entries]] of plan) {
				const old = held[place];
				if (old) { // a note is removed, or re-written, before anything else happens at its place
					tallies.subtract(...candidatesOfRecord(old));
					model.apply(old, -1);
					held[place] = null;
				}
				if (action === "add") {
					const record = recordOf(phrases, entries);
					tallies.add(...candidatesOfRecord(record));
					model.apply(record, 1);
					held[place] = record;
				}
				expectSame(tallies, model);
			}
		}), { numRuns: 500 });
	});

	it("shares one string among the notes that hold a phrase, and answers for one phrase", () => {
		const tallies = new PhraseTallies();
		const first = recordOf(["scaling laws"], [9]); // twice, capitalised
		const second = recordOf([["scaling", "laws"].join(" ")], [7]); // once, a modifier, capitalised
		tallies.add(...candidatesOfRecord(first));
		tallies.add(...candidatesOfRecord(second));
		expect(second.candidatePhrases[0]).toBe(first.candidatePhrases[0]);
		expect(tallies.tally("scaling laws")).toEqual({ phrase: "scaling laws", documents: 2, mentions: 3, capitalisedIn: 2 });
		expect(tallies.term(variantKey("scaling law"))).toMatchObject({ documents: 2, mentions: 3, capitalisedIn: 2, modifierIn: 1 });
		expect(tallies.recurring(3)).toEqual([]);
		tallies.subtract(...candidatesOfRecord(first));
		tallies.subtract(...candidatesOfRecord(second));
		expect(tallies.tally("scaling laws")).toBeUndefined();
		expect(tallies.size).toBe(0);
	});

	it("refuses a store's table that holds a phrase twice", () => {
		const counts = new PhraseSlotCounts(["emergence", "emergence"]);
		counts.count([0], new Int32Array([0, 0, 0, 1, 0, 2]), candidatesAt(new Int32Array([0, 0, 0, 1, 0, 2])));
		counts.count([1], new Int32Array([0, 0, 0, 1, 0, 2]), candidatesAt(new Int32Array([0, 0, 0, 1, 0, 2])));
		expect(counts.tallies()).toBeNull();
		const single = new PhraseSlotCounts(["emergence", "scaling laws"]);
		single.count([1, 0], new Int32Array([0, 0, 0, 2, 0, 8, 11]), candidatesAt(new Int32Array([0, 0, 0, 2, 0, 8, 11])));
		expect(single.tallies()?.recurring(1).sort(byPhrase)).toEqual([
			{ phrase: "emergence", documents: 1, mentions: 2, capitalisedIn: 1 },
			{ phrase: "scaling laws", documents: 1, mentions: 2, capitalisedIn: 0 },
		]);
	});
});

describe("term hashes", () => {
	it("hash a phrase as its variant key, without building the key", () => {
		const words = fc.constantFrom("GPT", "gpt", "4", "LLMs", "series", "ties", "glasses", "bus", "status", "analysis", "Pre", "training", "bias", "ÉCOLE", "naïve", "İstanbul", "", " ");
		const joiners = fc.constantFrom(" ", "-", "'", "  ", "\t", "’", "‐");
		const phrase = fc.array(fc.tuple(words, joiners), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([w, j]) => w + j).join("").slice(0, -1));
		fc.assert(fc.property(fc.oneof(phrase, fc.string()), (text) => {
			hashKey(variantKey(text));
			const wanted = [termHash.a, termHash.b];
			termHashes(text);
			expect([termHash.a, termHash.b], JSON.stringify(text)).toEqual(wanted);
		}), { numRuns: 3000 });
	});
});
