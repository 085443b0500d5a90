import { describe, expect, it } from "vitest";
import { decodeIndex, encodeIndex } from "../../../src/core/index/binary-store";
import { sealStore } from "../../../src/core/index/store-checksum";
import { unpackLatin } from "../../../src/core/index/latin-text";
import { INDEX_SCHEMA, snapshotIndex } from "../../../src/core/index/serialize";
import { ThemeIndex } from "../../../src/core/index/theme-index";
import { analyze, note, theme, withHeader } from "./helpers";

const THEMES = [theme("scaling", ["scaling laws"]), theme("data", ["training data"]), theme("emoji", ["🚀 launch"])];

function sampleIndex(): ThemeIndex {
	const index = new ThemeIndex(THEMES);
	index.upsert(analyze("a.md", note("A", "Scaling laws and training data. The scaling laws again."), THEMES, 100));
	index.upsert(analyze("b.md", note("B", "Training data matters; scaling laws too. Ünïcödé — “quotes”.", "2022-05-01"), THEMES, 200));
	index.upsert(analyze("c.md", note("C", "Nothing."), THEMES, 300));
	index.upsert(analyze("d/e.md", note("E", "A 🚀 launch, then scaling laws\r\nwith CRLF and training data.", "2021-01-09"), THEMES, 400));
	return index;
}

describe("binary store", () => {
	it("decodes to an index equal to the one encoded, figures included", () => {
		const index = sampleIndex();
		const restored = decodeIndex(encodeIndex(index));
		expect(restored).not.toBeNull();
		expect(snapshotIndex(restored as ThemeIndex)).toEqual(snapshotIndex(index));
		expect(restored?.allThemeStats()).toEqual(index.allThemeStats());
		expect(restored?.relatedThemes("scaling")).toEqual(index.relatedThemes("scaling"));
		expect(restored?.suggestions()).toEqual(index.suggestions());
	});

	it("writes its header in ASCII alone, and the snippet texts of records beyond ASCII after all the others", () => {
		const index = sampleIndex();
		const bytes = encodeIndex(index);
		const [headerBytes, textBytes] = [...new Int32Array(bytes.buffer, 8, 2)];
		const header = bytes.subarray(24, 24 + headerBytes); // after the six prefix words
		expect(header.every((byte) => byte < 0x80)).toBe(true);
		const parsed = JSON.parse(new TextDecoder().decode(header)) as { wideTexts: number[] };
		const records = index.documents();
		expect(records.map((r) => r.path)).toEqual(["a.md", "b.md", "c.md", "d/e.md"]);
		expect(parsed.wideTexts).toEqual([1, 3]); // b.md (Ünïcödé — “quotes”) and d/e.md (🚀)
		const text = new TextDecoder().decode(bytes.subarray(24 + headerBytes, 24 + headerBytes + textBytes));
		expect(text).toBe([0, 2, 1, 3].map((n) => records[n].snippetText).join(""));
		expect(unpackLatin(records[1].snippetText)).toContain("“quotes”");
		expect(decodeIndex(bytes)?.document("b.md")?.snippetText).toBe(records[1].snippetText);
	});

	it("reads bytes that do not start on a 4-byte boundary (a Buffer from a pool)", () => {
		const bytes = encodeIndex(sampleIndex());
		const shifted = new Uint8Array(bytes.length + 1).subarray(1);
		shifted.set(bytes);
		expect(snapshotIndex(decodeIndex(shifted) as ThemeIndex)).toEqual(snapshotIndex(sampleIndex()));
	});

	it("an empty index round-trips", () => {
		const restored = decodeIndex(encodeIndex(new ThemeIndex(THEMES)));
		expect(restored?.size).toBe(0);
		expect(restored?.themes).toEqual(THEMES);
	});

	it("rejects another schema, a truncated or grown file, flipped bytes and garbage, without throwing", () => {
		const good = encodeIndex(sampleIndex());
		expect(decodeIndex(good, INDEX_SCHEMA + 1)).toBeNull();
		expect(decodeIndex(encodeIndex(sampleIndex(), INDEX_SCHEMA + 1))).toBeNull();
		expect(decodeIndex(good.subarray(0, good.length - 4))).toBeNull();
		expect(decodeIndex(good.subarray(0, 10))).toBeNull();
		expect(decodeIndex(new Uint8Array([...good, 0, 0, 0, 0]))).toBeNull();
		expect(decodeIndex(new TextEncoder().encode('{"schema":2}'))).toBeNull();
		expect(decodeIndex(new Uint8Array(0))).toBeNull();
		let rejected = 0;
		for (let at = 0; at < good.length; at += 7) {
			const copy = good.slice();
			copy[at] ^= 0xff;
			const restored = decodeIndex(copy);
			if (restored === null) rejected++;
			else expect(restored.size).toBe(4); // a flipped byte inside a snippet's text or a stray bit may still be whole
		}
		expect(rejected).toBeGreaterThan(0);
	});

	it("refuses a file changed anywhere, even where every count stays in range (the checksum), and reads it once sealed again", () => {
		const bytes = encodeIndex(sampleIndex());
		const redated = (header: Record<string, unknown>): void => {
			const record = (header.documents as Array<{ date: string | null }>).find((d) => d.date === "2022-05-01");
			if (!record) throw new Error("the sample has no such date");
			record.date = "2022-06-01"; // same length, still a date
		};
		expect(decodeIndex(withHeader(bytes, redated, false))).toBeNull();
		expect(decodeIndex(withHeader(bytes, redated))?.document("b.md")?.date).toBe("2022-06-01");
		const words = new Int32Array(bytes.slice().buffer);
		const numbersAt = words.length - sampleIndex().documents().reduce((sum, r) => sum + r.numbers.length, 0);
		words[numbersAt + 6] ^= 1; // the first record's first mention's line: in range either way
		expect(decodeIndex(new Uint8Array(words.buffer))).toBeNull();
		for (const at of [words.length - 1, words.length - 2, words.length - 3]) { // the last words, which the checksum's lanes leave to its tail loop
			const copy = new Int32Array(bytes.slice().buffer);
			copy[at] ^= 1 << 20;
			expect(decodeIndex(new Uint8Array(copy.buffer))).toBeNull();
		}
	});

	it("rejects a list of wide texts out of order, out of range or missing, even sealed", () => {
		const bytes = encodeIndex(sampleIndex());
		for (const wide of [[3, 1], [1, 1, 3], [1, 4], [-1, 3], [1.5], "1,3", undefined, [0, 1, 3], [2, 3]]) { // the last two list ASCII texts as wide
			expect(decodeIndex(withHeader(bytes, (header) => void (header.wideTexts = wide)))).toBeNull();
		}
		expect(decodeIndex(withHeader(bytes, (header) => void (header.wideTexts = [1, 3])))?.size).toBe(4); // the check itself passes a good list
	});

	it("rejects a candidate phrase that is not in the table of strings", () => {
		const bytes = encodeIndex(sampleIndex());
		let popped = "";
		const copy = withHeader(bytes, (header) => {
			const strings = header.strings as string[];
			popped = strings.pop() ?? ""; // some record names the table's last string: its slot now points past the end
		});
		expect(popped).not.toBe("");
		expect(decodeIndex(copy)).toBeNull();
		expect(decodeIndex(withHeader(bytes, () => undefined))).not.toBeNull(); // the same file, its header only rewritten, reads
	});

	it("rejects a table that holds a candidate phrase twice (two slots would share one tally)", () => {
		const bytes = encodeIndex(sampleIndex());
		const duplicate = (twice: boolean) => (header: Record<string, unknown>): void => {
			header.tallies = ""; // room for the longer table (the figures are then rebuilt from the records)
			if (!twice) return;
			const strings = header.strings as string[];
			const record = (header.documents as Array<{ candidatePhrases: number[] }>).find((d) => d.candidatePhrases.length > 0);
			if (!record) throw new Error("the sample has no candidate phrase");
			strings.push(strings[record.candidatePhrases[0]]);
			record.candidatePhrases[0] = strings.length - 1;
		};
		expect(decodeIndex(withHeader(bytes, duplicate(false)))).not.toBeNull();
		expect(decodeIndex(withHeader(bytes, duplicate(true)))).toBeNull();
	});

	it("rejects numbers that disagree with their record (a mention's theme slot out of range)", () => {
		const bytes = encodeIndex(sampleIndex());
		const words = new Int32Array(bytes.buffer);
		const numbersAt = words.length - sampleIndex().documents().reduce((sum, r) => sum + r.numbers.length, 0);
		const copy = new Int32Array(words);
		copy[numbersAt + 5 + 0] = 99; // the first record's first mention's theme slot (after the 5-word header)
		sealStore(copy); // a file that passes its checksum: the record's own checks must refuse it
		expect(decodeIndex(new Uint8Array(copy.buffer))).toBeNull();
	});
});
