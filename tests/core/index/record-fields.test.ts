// A record's fields as the binary store keeps them (record-fields.ts): every field must come back as
// it went in, whatever its value, and a stream that is short, long or points outside itself must
// throw (the store then refuses the file) rather than give a record built from garbage.

import { describe, expect, it } from "vitest";
import type { DocumentRecord } from "../../../src/core/index/record";
import { FieldReader, type FieldStreams, FieldWriter } from "../../../src/core/index/record-fields";
import { analyze, note, theme } from "./helpers";

const THEMES = [theme("scaling", ["scaling laws"]), theme("data", ["training data"])];

function records(): DocumentRecord[] {
	const plain = analyze("a.md", note("A", "Scaling laws and training data. The scaling laws again."), THEMES, 100);
	const full: DocumentRecord = {
		...analyze("talks/b.md", note("B", "Training data; scaling laws.", "2022-05-01"), THEMES, 1_700_000_000_123), // an mtime past 2^31
		kind: "transcript", author: "Ada — Lovelace", url: "https://example.com/ü", durationSeconds: 3725.5, titleFromPath: true,
		tags: ["ai/scaling", "🚀"], excludedThemes: ["data"], problems: ["a line that could not be read: “…”"], labels: ["Intro ×2", "Ünïcödé 🚀"],
		passageSeconds: [1.5, -1],
	};
	full.decisions = full.decisions.map((d, i) => ({ ...d, score: d.score + 0.25, why: i === 0 ? `${d.why} 🚀` : d.why }));
	const untitled: DocumentRecord = { ...plain, path: "c.md", titleFromPath: false, date: null, author: null, url: null, passageSeconds: null };
	return [plain, full, untitled];
}

/** The streams a writer made, as the store reads them back, and the table its slots name. */
function written(list: readonly DocumentRecord[]): { streams: FieldStreams; table: string[] } {
	const slots = new Map<string, number>();
	const writer = new FieldWriter((text) => {
		if (!slots.has(text)) slots.set(text, slots.size);
		return slots.get(text) as number;
	});
	for (const record of list) writer.write(record);
	return { streams: { ints: Int32Array.from(writer.ints), floats: Float64Array.from(writer.floats), narrow: writer.narrowText, wide: writer.wideText }, table: [...slots.keys()] };
}

function readAll(streams: FieldStreams, table: string[], list: readonly DocumentRecord[]): { read: DocumentRecord[]; finished: boolean } {
	const reader = new FieldReader(streams, table);
	const read = list.map((r) => reader.read(r.snippetText, r.numbers));
	return { read, finished: reader.finished };
}

describe("record fields in streams", () => {
	it("read back every field as written: nulls, numbers past 2^31 and fractions, every title flag, strings beyond Latin-1", () => {
		const list = records();
		const { streams, table } = written(list);
		const { read, finished } = readAll(streams, table, list);
		expect(finished).toBe(true);
		expect(read).toEqual(list);
		expect(read.map((r) => r.titleFromPath)).toEqual([undefined, true, false]);
		expect("titleFromPath" in read[0]).toBe(false);
		expect(streams.wide).toContain("🚀"); // beyond Latin-1: the wide text
		expect(streams.narrow).toContain("Intro ×2"); // within Latin-1: the narrow one
		expect(streams.narrow).not.toMatch(/[\u0100-\uffff]/);
	});

	it("keep a text holding half of a surrogate pair (a title cut inside an emoji), which UTF-8 cannot carry, in the table", () => {
		const cut = `${"🚀".repeat(3)}`.slice(0, 5); // ends with the high half of the third rocket
		const list = records().map((r, n) => (n === 1 ? { ...r, title: cut, path: "lone\ud800.md", labels: ["\udc00 first", "fine 🚀"] } : r));
		const { streams, table } = written(list);
		expect(table).toContain(cut);
		expect(table).toContain("lone\ud800.md");
		expect(streams.wide).toContain("fine 🚀"); // well-formed texts still go to the wide text
		const { read, finished } = readAll(streams, table, list);
		expect(finished).toBe(true);
		expect(read[1].title).toBe(cut);
		expect(read[1].path).toBe("lone\ud800.md");
		expect(read[1].labels).toEqual(["\udc00 first", "fine 🚀"]);
	});

	it("give the candidate phrases' slots of the record just read (the phrase tallies count by slot)", () => {
		const list = records();
		const { streams, table } = written(list);
		const reader = new FieldReader(streams, table);
		for (const record of list) {
			reader.read(record.snippetText, record.numbers);
			expect([...reader.candidateSlots].map((slot) => table[slot])).toEqual(record.candidatePhrases);
		}
	});

	it("throw on a stream that ends early, a slot outside the table, a text past its section, a number that is not finite, an unknown kind", () => {
		const list = records();
		const { streams, table } = written(list);
		const spoilt: Array<[string, FieldStreams, string[], RegExp]> = [
			["ints cut short", { ...streams, ints: streams.ints.subarray(0, streams.ints.length - 1) }, table, /end early/],
			["floats cut short", { ...streams, floats: streams.floats.subarray(0, streams.floats.length - 1) }, table, /end early/],
			["table cut short", streams, table.slice(0, -1), /outside the table/],
			["narrow text cut short", { ...streams, narrow: streams.narrow.slice(0, -1) }, table, /past its section/],
			["wide text cut short", { ...streams, wide: streams.wide.slice(0, -1) }, table, /past its section/],
			["a size that is not a number", { ...streams, floats: Float64Array.from(streams.floats, (v, i) => (i === 0 ? Number.NaN : v)) }, table, /not finite/],
			["an unknown kind", streams, table.map((text) => (text === "transcript" ? "transcrypt" : text)), /unknown kind/],
			["a negative count", { ...streams, ints: Int32Array.from(streams.ints, (v, i) => (i === streams.ints.length - 1 - list[2].candidatePhrases.length ? -2 : v)) }, table, /negative count/],
		];
		for (const [name, bad, badTable, why] of spoilt) expect(() => readAll(bad, badTable, list), name).toThrow(why);
	});

	it("tell a stream with more than its records hold (not finished)", () => {
		const list = records();
		const { streams, table } = written(list);
		expect(readAll({ ...streams, ints: Int32Array.from([...streams.ints, 0]) }, table, list).finished).toBe(false);
		expect(readAll({ ...streams, narrow: `${streams.narrow}x` }, table, list).finished).toBe(false);
	});
});
