// Probing a fingerprint (two probes of each form's first key first, then the full test) must answer
// as the plain probe-by-probe Bloom test does, and planning a theme edit must name exactly the notes
// whose own fingerprint may hold a touched phrase, whatever upserts, removals and renames led there.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ThemeDefinition } from "../../../src/core/model";
import { type FlatProbes, flattenProbes, mayContainAny } from "../../../src/core/index/fingerprint";
import { mix } from "../../../src/core/index/prefix-walk";
import { type DocumentRecord, H_FINGERPRINT, HEADER, fingerprintAt } from "../../../src/core/index/record";
import { themeTouch } from "../../../src/core/index/theme-diff";
import { ThemeIndex } from "../../../src/core/index/theme-index";
import { analyze, note, theme } from "./helpers";

const PROBES = 10; // key-set.ts FILTER_PROBES

/** The plain Bloom test, probe by probe with `%`: the reference for mayContainAny. */
function plainHolds(numbers: Int32Array, flat: FlatProbes): boolean {
	const words = numbers[H_FINGERPRINT];
	const offset = fingerprintAt(numbers);
	const size = words * 32;
	let start = 0;
	for (const end of flat.formEnds) {
		let held = true;
		for (let k = start; k < end && held; k++) {
			for (let j = 0; j < PROBES && held; j++) {
				const position = ((flat.keys[k] + Math.imul(j, mix(flat.keys[k]))) >>> 0) % size;
				held = (numbers[offset + (position >>> 5)] & (1 << (position & 31))) !== 0;
			}
		}
		if (held) return true;
		start = end;
	}
	return false;
}

/** A record holding only a filter: `words` words, each bit set with the given chance. */
function filterRecord(path: string, words: number, density: number, seed: number): DocumentRecord {
	const numbers = new Int32Array(HEADER + words);
	numbers[H_FINGERPRINT] = words;
	let state = seed | 1;
	for (let i = 0; i < words * 32; i++) {
		state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5;
		if ((state >>> 0) / 2 ** 32 < density) numbers[HEADER + (i >>> 5)] |= 1 << (i & 31);
	}
	return { path, numbers } as unknown as DocumentRecord;
}

const PATHS = ["a.md", "b.md", "c.md", "notes/d.md", "notes/e.md", "f.md", "g.md"];
const flatProbes = fc.array(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).filter((k) => k !== 0), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 40 }).map((forms) => flattenProbes([forms]));

describe("probing a fingerprint", () => {
	it("mayContainAny agrees with the plain test, past 31 forms too", () => {
		fc.assert(fc.property(fc.integer({ min: 2, max: 300 }), fc.constantFrom(0.5, 0.9, 0.99, 1), fc.integer(), flatProbes, (words, density, seed, probes) => {
			const { numbers } = filterRecord("x.md", words, density, seed);
			expect(mayContainAny(numbers, fingerprintAt(numbers), words, probes)).toBe(plainHolds(numbers, probes));
		}), { numRuns: 300 });
	});

});

const VOCABULARY = ["scaling", "laws", "reward", "models", "model", "world", "guardrails", "distillation", "corpus", "data", "the", "tool", "calling", "latent", "reasoning"];
const sentence = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 2, maxLength: 8 }).map((w) => w.join(" "));
const noteOp = fc.oneof(
	{ weight: 4, arbitrary: fc.record({ op: fc.constant("upsert" as const), path: fc.constantFrom(...PATHS), text: fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => note("N", s.join(". "))) }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("remove" as const), path: fc.constantFrom(...PATHS) }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("rename" as const), path: fc.constantFrom(...PATHS), to: fc.constantFrom(...PATHS) }) },
);

describe("planning a theme edit", () => {
	it("verifies exactly the notes whose own fingerprint may hold a touched phrase", () => {
		const before: ThemeDefinition[] = [theme("scaling", ["scaling laws"]), theme("data", ["data"])];
		fc.assert(fc.property(fc.array(noteOp, { minLength: 1, maxLength: 25 }), fc.constantFrom("reward models", "world models", "guardrails", "corpus", "tool calling"), (ops, added) => {
			const index = new ThemeIndex(before);
			for (const op of ops) {
				if (op.op === "upsert") index.upsert(analyze(op.path, op.text, before));
				else if (op.op === "remove") index.remove(op.path);
				else index.rename(op.path, op.to);
			}
			const after = [theme("scaling", ["scaling laws", added]), before[1]];
			const probes = flattenProbes(themeTouch(before[0], after[0]).probes);
			const expected = index.documents().filter((r) => plainHolds(r.numbers, probes)).map((r) => r.path).sort();
			const plan = index.planThemes(after);
			expect(plan.reread).toEqual([]);
			expect(plan.verify).toEqual(expected);
		}), { numRuns: 40 });
	});
});
