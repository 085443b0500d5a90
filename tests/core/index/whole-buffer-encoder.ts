// The binary store as encodeIndex wrote it before it ran in steps: every text section encoded whole,
// the header stringified in one go, the checksum over the whole file at once. The steps must write
// the same bytes, whatever pieces they cut the work into.

import { runSteps } from "../../../src/core/steps";
import { type BinaryHeader, MAGIC, NOT_ASCII, PREFIX_WORDS, type Sections, WORD_BYTES, layoutOf } from "../../../src/core/index/binary-layout";
import { asciiJson } from "../../../src/core/index/header-json";
import { FieldWriter } from "../../../src/core/index/record-fields";
import { INDEX_SCHEMA } from "../../../src/core/index/serialize";
import { CHECKSUM_WORD } from "../../../src/core/index/store-checksum";
import type { ThemeIndex } from "../../../src/core/index/theme-index";

const PRIME = 0x01000193; // FNV prime, as store-checksum.ts

/** The store's checksum in one loop, as store-checksum.ts summed it before it ran in steps. */
export function checksumWhole(words: Int32Array): number {
	let [a, b, c, d] = [0x811c9dc5 | 0, 0x2545f491, 0x1b873593, 0x68e31da4]; // the same four seeds
	for (let k = 0; k < CHECKSUM_WORD && k < words.length; k++) a = Math.imul(a ^ words[k], PRIME);
	let i = CHECKSUM_WORD + 1;
	for (const end = words.length - 3; i < end; i += 4) {
		a = Math.imul(a ^ words[i], PRIME);
		b = Math.imul(b ^ words[i + 1], PRIME);
		c = Math.imul(c ^ words[i + 2], PRIME);
		d = Math.imul(d ^ words[i + 3], PRIME);
	}
	for (; i < words.length; i++) a = Math.imul(a ^ words[i], PRIME);
	return (a ^ Math.imul(b, 3) ^ Math.imul(c, 5) ^ Math.imul(d, 7)) | 0;
}

export function encodeWhole(index: ThemeIndex, schema = INDEX_SCHEMA): Uint8Array {
	const records = index.documents();
	const slots = new Map<string, number>();
	const fields = new FieldWriter((text) => {
		let slot = slots.get(text);
		if (slot === undefined) slots.set(text, (slot = slots.size));
		return slot;
	});
	for (const record of records) fields.write(record);
	const wideTexts = records.flatMap((r, n) => (NOT_ASCII.test(r.snippetText) ? [n] : []));
	const encoder = new TextEncoder();
	const [snippetWide, narrow, wide] = [wideTexts.map((n) => records[n].snippetText).join(""), fields.narrow.join(""), fields.wide.join("")].map((text) => encoder.encode(text));
	const snippetAscii = encoder.encode(records.filter((_, n) => !wideTexts.includes(n)).map((r) => r.snippetText).join(""));
	const sections: Sections = { snippetWideBytes: snippetWide.length, narrowBytes: narrow.length, wideBytes: wide.length, ints: fields.ints.length, floats: fields.floats.length };
	const header = encoder.encode(asciiJson({
		themes: index.themes.map((t) => ({ ...t })), strings: [...slots.keys()], textLengths: records.map((r) => r.snippetText.length), wideTexts,
		numberLengths: records.map((r) => r.numbers.length), sections, tallies: runSteps(index.storedTalliesSteps()),
	} satisfies BinaryHeader));
	const texts = [snippetAscii, snippetWide, narrow, wide];
	const textBytes = texts.reduce((sum, part) => sum + part.length, 0);
	const words = records.reduce((sum, r) => sum + r.numbers.length, 0);
	const at = layoutOf(header.length, textBytes, sections);
	const bytes = new Uint8Array(at.numbersAt + words * WORD_BYTES);
	new Int32Array(bytes.buffer, 0, PREFIX_WORDS).set([MAGIC, schema, header.length, textBytes, words, 0]);
	bytes.set(header, PREFIX_WORDS * WORD_BYTES);
	let textAt = at.textAt;
	for (const part of texts) bytes.set(part, (textAt += part.length) - part.length);
	new Float64Array(bytes.buffer, at.floatsAt, sections.floats).set(fields.floats);
	new Int32Array(bytes.buffer, at.intsAt, sections.ints).set(fields.ints);
	const numbers = new Int32Array(bytes.buffer, at.numbersAt, words);
	let place = 0;
	for (const record of records) {
		numbers.set(record.numbers, place);
		place += record.numbers.length;
	}
	const all = new Int32Array(bytes.buffer);
	all[CHECKSUM_WORD] = checksumWhole(all);
	return bytes;
}
