// The arena moves records' numbers into shared buffers and compacts them as records leave: whatever
// sequence of places and releases, every live record must read the numbers it was given, and a sweep
// over fingerprints must name exactly the live records whose own fingerprint passes.

import { runSteps as runToEnd } from "../../../src/core/steps";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NumbersArena } from "../../../src/core/index/numbers-arena";
import { type DocumentRecord, HEADER, H_FINGERPRINT, fingerprintAt } from "../../../src/core/index/record";

const CHUNK = 256; // words per shared buffer in these tests: many buffers, many compactions

/** A record whose numbers are a header and a fingerprint of `words` words, filled from `seed`. */
function recordOf(path: string, words: number, seed: number): DocumentRecord {
	const numbers = new Int32Array(HEADER + words);
	numbers[H_FINGERPRINT] = words;
	for (let i = 0; i < words; i++) numbers[HEADER + i] = Math.imul(seed + i, 0x9e3779b1);
	return { path, numbers } as unknown as DocumentRecord;
}

/** A fingerprint test that looks at every word (so a stale or shifted view shows). */
const oddSum = (bits: Int32Array, offset: number, words: number): boolean => {
	let sum = 0;
	for (let i = 0; i < words; i++) sum = (sum + bits[offset + i]) | 0;
	return (sum & 1) === 1;
};

const step = fc.oneof(
	{ weight: 3, arbitrary: fc.record({ op: fc.constant("place" as const), words: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 60, max: 200 })), seed: fc.integer() }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("release" as const), pick: fc.nat() }) },
);

type Step = { op: "place"; words: number; seed: number } | { op: "release"; pick: number };

/** Every live record reads the numbers it was given, from a buffer the arena holds (not a stale one). */
function expectIntact(arena: NumbersArena, live: ReadonlyMap<DocumentRecord, Int32Array>): void {
	for (const [record, original] of live) {
		expect(record.numbers).toEqual(original);
		expect(arena.isPlaced(record)).toBe(true);
	}
}

/** Places new records and releases live ones as the steps say, keeping `live` (record → its numbers) up to date; `checkEach`: check every record after each step. */
function runSteps(arena: NumbersArena, live: Map<DocumentRecord, Int32Array>, steps: readonly Step[], checkEach: boolean): void {
	let n = 0;
	for (const s of steps) {
		if (s.op === "place") {
			const record = recordOf(`n${n++}.md`, s.words, s.seed);
			live.set(record, record.numbers.slice());
			arena.place(record);
		} else if (live.size > 0) {
			const record = [...live.keys()][s.pick % live.size];
			live.delete(record);
			arena.release(record);
		}
		if (checkEach) expectIntact(arena, live);
	}
}

describe("numbers arena", () => {
	it("keeps every live record's numbers and names exactly the live records a sweep passes, through compactions", () => {
		fc.assert(fc.property(fc.array(step, { minLength: 1, maxLength: 120 }), (steps) => {
			const arena = new NumbersArena(CHUNK);
			const live = new Map<DocumentRecord, Int32Array>();
			runSteps(arena, live, steps, true);
			const expected = [...live.keys()].filter((r) => oddSum(r.numbers, fingerprintAt(r.numbers), r.numbers[H_FINGERPRINT])).map((r) => r.path).sort();
			expect(arena.matching(oddSum).map((r) => r.path).sort()).toEqual(expected);
			const liveWords = [...live.values()].reduce((sum, numbers) => sum + numbers.length, 0);
			expect(arena.wordsLive).toBe(liveWords);
			const ownBuffers = [...live.values()].filter((numbers) => numbers.length >= CHUNK / 4).reduce((sum, numbers) => sum + numbers.length, 0);
			expect(arena.wordsHeld).toBeLessThanOrEqual((16 / 9) * liveWords + ownBuffers + 2 * CHUNK); // holes bounded: at most ~16/9 of the live words, beside the buffer being filled
		}), { numRuns: 200 });
	});

	it("adopts a warm start's buffer as it stands, then keeps every record through places, releases and its compaction", () => {
		fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 }), fc.array(step, { maxLength: 80 }), (sizes, steps) => {
			const stored = sizes.map((words, i) => recordOf(`s${i}.md`, words, i));
			const buffer = new Int32Array(stored.reduce((sum, r) => sum + r.numbers.length, 0));
			let at = 0;
			for (const record of stored) { // as the binary store lays them out: in order, one after the other
				buffer.set(record.numbers, at);
				record.numbers = buffer.subarray(at, (at += record.numbers.length));
			}
			const arena = new NumbersArena(CHUNK);
			runToEnd(arena.adoptSteps(buffer, stored));
			expect(stored.every((r) => r.numbers.buffer === buffer.buffer && arena.isPlaced(r))).toBe(true); // taken in place, not copied
			const live = new Map(stored.map((r) => [r, r.numbers.slice()]));
			runSteps(arena, live, steps, false);
			expectIntact(arena, live);
			expect(arena.matching(() => true).map((r) => r.path).sort()).toEqual([...live.keys()].map((r) => r.path).sort());
			expect(arena.wordsLive).toBe([...live.values()].reduce((sum, numbers) => sum + numbers.length, 0));
		}), { numRuns: 200 });
	});

	it("refuses to adopt records that do not lie in order in the buffer", () => {
		const buffer = new Int32Array(2 * (HEADER + 4));
		const [a, b] = [recordOf("a.md", 4, 1), recordOf("b.md", 4, 2)];
		a.numbers = buffer.subarray(0, HEADER + 4);
		b.numbers = buffer.subarray(HEADER + 4);
		expect(() => runToEnd(new NumbersArena(CHUNK).adoptSteps(buffer, [b, a]))).toThrow(/in order/);
		expect(() => runToEnd(new NumbersArena(CHUNK).adoptSteps(buffer.subarray(1), []))).toThrow(/its own start/);
		b.numbers[H_FINGERPRINT] = 4;
		a.numbers[H_FINGERPRINT] = 4;
		const arena = new NumbersArena(CHUNK);
		runToEnd(arena.adoptSteps(buffer, [a, b]));
		expect(arena.matching(() => true)).toEqual([a, b]);
	});

	it("holds at most a third more than the live words, beside one buffer being filled", () => {
		const arena = new NumbersArena(CHUNK);
		const records = Array.from({ length: 400 }, (_, i) => recordOf(`n${i}.md`, 10 + (i % 30), i));
		for (const record of records) arena.place(record);
		for (let i = 0; i < records.length; i += 3) arena.release(records[i]); // a third leave, spread over every buffer
		expect(arena.wordsHeld).toBeLessThanOrEqual((arena.wordsLive * 4) / 3 + CHUNK);
		for (let i = 1; i < records.length; i += 3) expect(records[i].numbers[H_FINGERPRINT]).toBe(10 + (i % 30));
	});

	it("lets buffers go when one note is saved over and over (each save releases the last copy and places a new one)", () => {
		const arena = new NumbersArena(CHUNK);
		let note = recordOf("typed.md", 40, 1);
		arena.place(note);
		for (let save = 0; save < 500; save++) {
			arena.release(note);
			note = recordOf("typed.md", 40 + (save % 7), save);
			arena.place(note);
			expect(arena.wordsHeld).toBeLessThanOrEqual(2 * CHUNK); // the buffer being filled and at most one it left
		}
		expect(arena.matching(() => true)).toEqual([note]);
	});

	it("sweeps a record placed twice once", () => {
		const arena = new NumbersArena(CHUNK);
		const record = recordOf("twice.md", 10, 1);
		arena.place(record);
		arena.place(record);
		expect(arena.matching(() => true)).toEqual([record]);
		expect(arena.wordsLive).toBe(HEADER + 10);
	});

	it("gives a large record a buffer of its own, let go when it leaves", () => {
		const arena = new NumbersArena(CHUNK);
		const small = recordOf("small.md", 10, 1);
		const large = recordOf("large.md", CHUNK, 2);
		arena.place(small);
		arena.place(large);
		expect(large.numbers.buffer).not.toBe(small.numbers.buffer);
		expect(arena.wordsHeld).toBe(CHUNK + HEADER + CHUNK);
		arena.release(large);
		expect(arena.wordsHeld).toBe(CHUNK);
		expect(arena.matching(() => true)).toEqual([small]);
	});

	it("tells a placed record from a copy that shares its numbers (a retitled record is a new object on the same view)", () => {
		const arena = new NumbersArena(CHUNK);
		const record = recordOf("a.md", 10, 1);
		arena.place(record);
		const copy = { ...record, path: "b.md" } as DocumentRecord;
		expect(copy.numbers).toBe(record.numbers);
		expect(arena.isPlaced(copy)).toBe(false);
		arena.release(copy); // not placed: nothing happens
		expect(arena.matching(() => true)).toEqual([record]);
		arena.place(copy); // the copy gets a place of its own; the original keeps its own
		expect(copy.numbers).not.toBe(record.numbers);
		expect(arena.matching(() => true).map((r) => r.path)).toEqual(["a.md", "b.md"]);
		arena.release(record);
		expect([arena.isPlaced(record), arena.isPlaced(copy)]).toEqual([false, true]);
		expect(arena.matching(() => true)).toEqual([copy]);
		expect(copy.numbers[H_FINGERPRINT]).toBe(10);
	});
});
