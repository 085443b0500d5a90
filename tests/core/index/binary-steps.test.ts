// The binary store encoded and decoded in steps (binary-store.ts, binary-decode.ts): the same bytes
// as the whole-buffer encoder wrote before, the same index whether run at once or in slices, and
// slices that give the main thread back many times for a few hundred notes. Counts, never times:
// the fake clock moves one "ms" each time it is read.
import { runSteps } from "../../../src/core/steps";
import { describe, expect, it } from "vitest";
import { ownCopySteps } from "../../../src/core/index/binary-decode";
import { decodeIndex, decodeIndexSteps, encodeIndex, encodeIndexSteps, utf8Steps } from "../../../src/core/index/binary-store";
import { snapshotIndex } from "../../../src/core/index/serialize";
import { checksumSteps } from "../../../src/core/index/store-checksum";
import { ThemeIndex } from "../../../src/core/index/theme-index";
import { type Steps, runStepsInSlices } from "../../../src/core/steps";
import { analyze, note, theme } from "./helpers";
import { checksumWhole, encodeWhole } from "./whole-buffer-encoder";

const THEMES = [theme("scaling", ["scaling laws"]), theme("data", ["training data"]), theme("emoji", ["🚀 launch"])];
const LATIN_TITLE = "Café crème, brûlée à la carte; ".repeat(128); // ~4,000 characters within Latin-1: the field strings pass a piece of 512 K characters
const NOTES = 300; // a few hundred notes: several steps of records, and more than one piece of every text section
const BUDGET_MS = 4; // a slice's budget on the fake clock: a few steps (the clock is read once a step)

/** A body that mentions both themes in several passages (snippets), with a word of its own. */
function body(n: number): string {
	const passage = `Scaling laws meet training data in study ${n}, and the scaling laws hold again for word${n}.`;
	return Array.from({ length: 6 }, (_, k) => `${passage} Passage ${k} of note ${n} adds training data.`).join("\n\n");
}

/** NOTES notes, each with tags of its own (the table of strings passes 4,096, a step of its JSON) and a long Latin-1 title. */
function largeIndex(): ThemeIndex {
	const index = new ThemeIndex(THEMES);
	for (let n = 0; n < NOTES; n++) {
		const tags = Array.from({ length: 16 }, (_, k) => `t${n}-${k}`).join(", ");
		const raw = `---\ntitle: "${LATIN_TITLE}${n}"\ndate: 2023-0${1 + (n % 9)}-1${n % 10}\ntags: [${tags}]\n---\n# Note ${n}\n\n${body(n)}\n`;
		index.upsert(analyze(`notes/${n}.md`, raw, THEMES, n));
	}
	index.upsert(analyze("wide.md", note("Wide", "A 🚀 launch, then scaling laws — “quoted” — and training data."), THEMES, 1));
	return index;
}

/** A clock that moves one ms each time it is read, and a yield that counts itself. */
function fakeHost(): { now(): number; yieldToMain(): Promise<void>; yields: number } {
	let clock = 0;
	const host = { yields: 0, now: () => ++clock, yieldToMain: async () => void host.yields++ };
	return host;
}

/** The first place two byte arrays differ (their lengths' end when one is longer), or -1 (a deep toEqual of megabytes takes seconds). */
function firstDifference(a: Uint8Array | undefined, b: Uint8Array): number {
	if (!a) return 0;
	for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
	return -1;
}

/** How many times steps yield before their end, and their value. */
function countYields<T>(steps: Steps<T>): { yields: number; value: T } {
	let yields = 0;
	for (;;) {
		const next = steps.next();
		if (next.done) return { yields, value: next.value };
		yields++;
	}
}

const large = largeIndex();

describe("the binary store in steps", () => {
	it("writes the bytes the whole-buffer encoder wrote, for a small index and for one past every piece size", () => {
		const small = new ThemeIndex(THEMES);
		small.upsert(analyze("a.md", note("A", "Scaling laws and training data. Ünïcödé — “quotes”, a 🚀 launch."), THEMES, 1));
		expect(firstDifference(encodeIndex(small), encodeWhole(small))).toBe(-1);
		const bytes = encodeIndex(large);
		const header = JSON.parse(new TextDecoder().decode(bytes.subarray(24, 24 + new Int32Array(bytes.buffer, 8, 1)[0]))) as { strings: string[]; sections: { narrowBytes: number } };
		expect(header.strings.length).toBeGreaterThan(4096); // more than one step of the table's JSON
		expect(header.sections.narrowBytes).toBeGreaterThan(2 * 2 ** 19); // field strings in more than two pieces of 512 K characters
		expect(firstDifference(bytes, encodeWhole(large))).toBe(-1);
	});

	it("give the same bytes and the same index whether run at once or in slices", async () => {
		const host = fakeHost();
		const encoded = await runStepsInSlices(encodeIndexSteps(large), host, BUDGET_MS, () => false);
		expect(firstDifference(encoded?.value, encodeIndex(large))).toBe(-1);
		const bytes = encodeIndex(large);
		const decoded = await runStepsInSlices(decodeIndexSteps(bytes), host, BUDGET_MS, () => false);
		const whole = decodeIndex(bytes) as ThemeIndex;
		expect(snapshotIndex(decoded?.value as ThemeIndex)).toEqual(snapshotIndex(whole));
		expect(snapshotIndex(whole)).toEqual(snapshotIndex(large));
		expect(decoded?.value?.allThemeStats()).toEqual(large.allThemeStats());
		expect(decoded?.value?.suggestions()).toEqual(large.suggestions());
	});

	it("decode a few hundred notes in many slices, yielding every few hundred records at most", async () => {
		const bytes = encodeIndex(large);
		expect(countYields(decodeIndexSteps(bytes)).yields).toBeGreaterThan(NOTES / 128); // at least a step per 128 records
		const host = fakeHost();
		const slices: number[] = [];
		const decoded = await runStepsInSlices(decodeIndexSteps(bytes), host, BUDGET_MS, () => false, (ms) => slices.push(ms));
		expect(decoded?.value?.size).toBe(NOTES + 1);
		expect(host.yields).toBe(slices.length);
		expect(host.yields).toBeGreaterThan(4);
	});

	it("encode in many steps too", () => {
		expect(countYields(encodeIndexSteps(large)).yields).toBeGreaterThan(NOTES / 128);
	});

	it("is dropped unfinished, with no bytes, once the index changes between two slices", async () => {
		const index = new ThemeIndex(THEMES);
		for (let n = 0; n < 3; n++) index.upsert(analyze(`n${n}.md`, note(`N${n}`, body(n)), THEMES, n));
		const revision = index.revision;
		const host = fakeHost();
		const yieldOnce = host.yieldToMain;
		host.yieldToMain = async () => {
			await yieldOnce();
			if (host.yields === 2) index.remove("n0.md"); // after the first slice
		};
		const encoded = await runStepsInSlices(encodeIndexSteps(index), host, BUDGET_MS, () => index.revision !== revision);
		expect(encoded).toBeNull();
	});

	it("encodes texts in pieces that join to the bytes of the whole text, never cutting between two halves of one character", () => {
		const texts = ["ab", "\ud83d", "\ude80", "", "c", "\ud83d", "", "\ude80d", "\ude80", "é", "\ud83d", "\ud83dx", "🚀", "", "ü"]; // halves that pair across texts, across an empty one, and alone
		const whole = new TextEncoder().encode(texts.join(""));
		for (const charsPerStep of [1, 2, 3, 100]) {
			const run = countYields(utf8Steps(texts, charsPerStep));
			const joined = new Uint8Array(run.value.reduce((sum, piece) => sum + piece.length, 0));
			run.value.reduce((at, piece) => (joined.set(piece, at), at + piece.length), 0);
			expect(firstDifference(joined, whole)).toBe(-1);
			expect(run.yields).toBe(run.value.length);
			if (charsPerStep === 1) expect(run.yields).toBe(8); // ab | a pair, "", c | a pair across "", d | lone low | é | lone high | lone high, x | 🚀, "", ü
		}
	});

	it("copies the numbers in steps, a buffer of their own", () => {
		const numbers = Int32Array.from({ length: 1001 }, (_, i) => i * 7 - 500).subarray(1); // a view, not at its buffer's start
		for (const perStep of [1, 16, 1000, 4096]) {
			const run = countYields(ownCopySteps(numbers, perStep));
			expect(run.value).toEqual(numbers);
			expect(run.value.byteOffset).toBe(0);
			expect(run.value.buffer).not.toBe(numbers.buffer);
			expect(run.yields).toBe(Math.ceil(numbers.length / perStep) + 2); // before the buffer, before each copy, after the last
		}
	});

	it("sums the checksum in steps to the value of one loop over every word, whatever the step", () => {
		for (const length of [0, 5, 6, 7, 10, 11, 4097]) {
			const words = Int32Array.from({ length }, (_, i) => Math.imul(i + 1, 0x9e3779b1));
			const whole = checksumWhole(words);
			expect(runSteps(checksumSteps(words))).toBe(whole);
			for (const perStep of [4, 8, 1024]) {
				const run = countYields(checksumSteps(words, perStep));
				expect(run.value).toBe(whole);
				expect(run.yields).toBe(Math.max(0, Math.ceil((length - 3 - 6) / perStep) - 1)); // the prefix aside, a yield between two steps of words
			}
		}
	});
});
