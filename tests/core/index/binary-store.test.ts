import { runSteps } from "../../../src/core/steps";
import { describe, expect, it } from "vitest";
import { decodeIndex, encodeIndex } from "../../../src/core/index/binary-store";
import { sealStoreSteps } from "../../../src/core/index/store-checksum";
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

	it("writes its header in ASCII alone, the snippet texts of records beyond ASCII after all the others, then the fields' strings within Latin-1 before the rest", () => {
		const index = sampleIndex();
		const bytes = encodeIndex(index);
		const [headerBytes, textBytes] = [...new Int32Array(bytes.buffer, 8, 2)];
		const header = bytes.subarray(24, 24 + headerBytes); // after the six prefix words
		expect(header.every((byte) => byte < 0x80)).toBe(true);
		const parsed = JSON.parse(new TextDecoder().decode(header)) as { wideTexts: number[]; sections: { snippetWideBytes: number; narrowBytes: number; wideBytes: number } };
		const records = index.documents();
		expect(records.map((r) => r.path)).toEqual(["a.md", "b.md", "c.md", "d/e.md"]);
		expect(parsed.wideTexts).toEqual([1, 3]); // b.md (Ünïcödé — “quotes”) and d/e.md (🚀)
		const text = new TextDecoder().decode(bytes.subarray(24 + headerBytes, 24 + headerBytes + textBytes));
		const snippets = [0, 2, 1, 3].map((n) => records[n].snippetText).join("");
		expect(text.startsWith(snippets)).toBe(true);
		const fieldText = text.slice(snippets.length);
		const wide = new TextDecoder().decode(bytes.subarray(24 + headerBytes + textBytes - parsed.sections.wideBytes, 24 + headerBytes + textBytes));
		expect(wide).toBe("linked: 1 mention in 1 passage, '🚀 launch'"); // the one field string beyond Latin-1, after all the others
		expect(fieldText.endsWith(wide)).toBe(true);
		expect(fieldText.slice(0, -wide.length)).toMatch(/^a\.mdA.*×2.*b\.md.*d\/e\.mdE/); // paths, titles and reasons in record order; "×" is within Latin-1
		expect(unpackLatin(records[1].snippetText)).toContain("“quotes”");
		expect(decodeIndex(bytes)?.document("b.md")?.snippetText).toBe(records[1].snippetText);
	});

	it("reads bytes that do not start on a 4-byte boundary (a Buffer from a pool)", () => {
		const bytes = encodeIndex(sampleIndex());
		const shifted = new Uint8Array(bytes.length + 1).subarray(1);
		shifted.set(bytes);
		expect(snapshotIndex(decodeIndex(shifted) as ThemeIndex)).toEqual(snapshotIndex(sampleIndex()));
	});

	it("reads a Node Buffer whose bytes start 4 bytes past an 8-byte boundary (the Float64 stream then needs a copy of its own)", () => {
		const bytes = encodeIndex(sampleIndex());
		const pool = Buffer.alloc(bytes.length + 4);
		const shifted = pool.subarray(4);
		shifted.set(bytes);
		expect(shifted.byteOffset % 8).toBe(4);
		expect(snapshotIndex(decodeIndex(shifted) as ThemeIndex)).toEqual(snapshotIndex(sampleIndex()));
	});

	it("keeps a path or title holding half of a surrogate pair as it was (a title cut inside an emoji)", () => {
		const index = new ThemeIndex(THEMES);
		index.upsert(analyze("lone\ud83d.md", `${"🚀".repeat(50)}\n\nScaling laws.`, THEMES, 1));
		const restored = decodeIndex(encodeIndex(index));
		expect(restored?.document("lone\ud83d.md")).toBeDefined();
		expect(snapshotIndex(restored as ThemeIndex)).toEqual(snapshotIndex(index));
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
			const strings = header.strings as string[];
			const slot = strings.indexOf("2022-05-01"); // dates are named by their slot in the table of strings
			if (slot < 0) throw new Error("the sample has no such date");
			strings[slot] = "2022-06-01"; // same length, still a date
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

	it("rejects a file of the earlier layout (records in the JSON header, no sections), even sealed", () => {
		const bytes = encodeIndex(sampleIndex());
		expect(decodeIndex(withHeader(bytes, (header) => void delete header.sections))).toBeNull();
		expect(decodeIndex(withHeader(bytes, (header) => void ((header.sections as Record<string, number>).ints -= 1)))).toBeNull(); // sizes that do not add up to the file
		expect(decodeIndex(withHeader(bytes, () => undefined))?.size).toBe(4);
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
		const index = sampleIndex();
		const bytes = encodeIndex(index);
		const phrases = [...new Set(index.documents().flatMap((r) => r.candidatePhrases))].sort((a, b) => a.length - b.length);
		expect(phrases.length).toBeGreaterThan(1);
		const duplicate = (twice: boolean) => (header: Record<string, unknown>): void => {
			const strings = header.strings as string[];
			if (twice) strings[strings.indexOf(phrases[phrases.length - 1])] = phrases[0]; // the longest phrase's slot now holds the shortest: the header gets no longer
		};
		expect(decodeIndex(withHeader(bytes, duplicate(false)))).not.toBeNull();
		expect(decodeIndex(withHeader(bytes, duplicate(true)))).toBeNull();
	});

	it("rejects a record whose numbers do not add up to their layout, even sealed; a sealed file's mention slots are vouched for by its checksum", () => {
		const bytes = encodeIndex(sampleIndex());
		const words = new Int32Array(bytes.buffer);
		const numbersAt = words.length - sampleIndex().documents().reduce((sum, r) => sum + r.numbers.length, 0);
		const recount = new Int32Array(words);
		recount[numbersAt] += 1; // the first record's count of mentions: its header no longer adds up to its length
		runSteps(sealStoreSteps(recount)); // a file that passes its checksum: the record's layout check must refuse it
		expect(decodeIndex(new Uint8Array(recount.buffer))).toBeNull();
		const reslotted = new Int32Array(words);
		reslotted[numbersAt + 5] = 99 << 16; // the first record's first mention's theme slot (after the 5-word header, in the high 16 bits)
		expect(decodeIndex(new Uint8Array(reslotted.buffer))).toBeNull(); // the checksum refuses it
		runSteps(sealStoreSteps(reslotted));
		expect(decodeIndex(new Uint8Array(reslotted.buffer))?.size).toBe(4); // sealed, it is not read mention by mention (serialize.test.ts: the app's store is)
	});
});
