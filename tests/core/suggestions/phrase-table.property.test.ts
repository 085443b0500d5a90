// The candidates' PhraseTable grows as phrases are counted (entry arrays double, slots are rehashed
// past half full): whatever the keys and however far it grows, every key inserted is found again at
// its own entry, with what was written there, and a reset leaves nothing behind.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhraseTable } from "../../../src/core/suggestions/candidates";

const keys = fc.uniqueArray(fc.tuple(fc.integer(), fc.integer({ min: 0, max: (1 << 21) - 1 })), { minLength: 300, maxLength: 5000, size: "max", selector: ([a, b]) => `${a} ${b}` });

describe("PhraseTable", () => {
	it("finds every key it was given at its entry, through growth and rehashing", () => {
		const table = new PhraseTable();
		fc.assert(fc.property(keys, fc.nat(200), (pairs, tokens) => {
			table.reset(tokens); // a small guess: the table must grow
			pairs.forEach(([a, b], i) => {
				const slot = table.slotOf(a, b);
				expect(table.slots[slot]).toBe(0); // not there yet
				const entry = table.insert(slot, a, b, i, (i % 4) + 1, i % 3, i % 2 === 0);
				expect(entry).toBe(i);
			});
			expect(table.size).toBe(pairs.length);
			pairs.forEach(([a, b], i) => {
				const entry = table.slots[table.slotOf(a, b)] - 1;
				expect([entry, table.keyA[entry], table.keyB[entry], table.first[entry], table.words[entry], table.commonWords[entry], table.hyphenated[entry]]).toEqual([i, a, b, i, (i % 4) + 1, i % 3, i % 2 === 0 ? 1 : 0]);
			});
			table.reset(tokens);
			expect(table.size).toBe(0);
			expect(table.slots[table.slotOf(pairs[0][0], pairs[0][1])]).toBe(0);
		}), { numRuns: 60 });
	});
});
