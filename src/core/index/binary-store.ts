// The index as one binary file (the headless runner's cache; the bench's warm start): a JSON header
// with the themes, one table of recurring strings and the theme figures; then the text section (every
// record's snippet text, then the strings of its fields); then the fields' numbers (record-fields.ts)
// and every record's numbers (fingerprint included). Loading parses no record from JSON and no
// number from text: each record is read from typed arrays in one pass, its numbers a view into one
// buffer. Text is laid out to decode fast: the header is pure ASCII (other characters as \u
// escapes); the snippet texts of records written in ASCII alone come first, so that they decode to
// one-byte strings (a record with an em dash would otherwise make the whole section, and every
// snippet cut from it, two bytes a character); field strings within Latin-1 come before the others
// for the same reason. The figures are used when they pass their checks against the records
// (stored-tallies.ts), else rebuilt from the records. A checksum over the whole file
// (store-checksum.ts) refuses a file damaged anywhere. A file of another schema, byte order, length
// or shape loads as null and the vault is re-indexed.
// What a sealed file is trusted with: its records were checked (or made by analysis) when this
// version wrote them, and the checksum says no byte changed since, so each record's layout is
// checked (its counts add up, its slots name strings of the table) but not every mention and passage
// again: that pass cost 20–25 ms of a 10,000-note warm start in a process just started. The app's
// store, which has no checksum, checks every one (serialize.ts).

import type { ThemeDefinition } from "../model";
import { type DocumentRecord, candidatesAt } from "./record";
import { PhraseSlotCounts } from "../suggestions/phrase-tallies";
import { FieldReader, type FieldStreams, FieldWriter } from "./record-fields";
import { INDEX_SCHEMA, checkedRecord, validThemes } from "./serialize";
import { CHECKSUM_WORD, sealStore, storeSealed } from "./store-checksum";
import { type StoredTallies, restoreTallies } from "./stored-tallies";
import { ThemeIndex } from "./theme-index";

const MAGIC = 0x5849_4c54; // "TLIX" read as a little-endian 32-bit word: a big-endian reader sees another number and rebuilds
const PREFIX_WORDS = CHECKSUM_WORD + 1; // magic, schema, header bytes, text bytes, number words, checksum
const WORD_BYTES = 4;

/** Bytes and entries of the sections after the header (the prefix holds the totals). */
interface Sections {
	/** UTF-8 bytes of the snippet texts beyond ASCII (those in ASCII are one byte a character). */
	snippetWideBytes: number;
	/** UTF-8 bytes of the field strings within Latin-1, and of the others. */
	narrowBytes: number;
	wideBytes: number;
	/** Entries of the fields' Int32 and Float64 streams. */
	ints: number;
	floats: number;
}

interface BinaryHeader {
	themes: ThemeDefinition[];
	/** Every candidate phrase, theme id, matched text, tag, excluded theme, kind, format and date once (and any text UTF-8 cannot carry): records name theirs by slot (one string, hashed once, for thousands of notes). */
	strings: string[];
	/** Length of each record's snippet text in UTF-16 code units, and of its numbers in words. */
	textLengths: number[];
	/** The records (ascending places) whose snippet text is not ASCII alone: their texts follow every other record's. */
	wideTexts: number[];
	numberLengths: number[];
	sections: Sections;
	/** The theme figures (stored-tallies.ts), so that a warm start need not add every record again. */
	tallies: StoredTallies;
}

const roundUp = (bytes: number, unit = WORD_BYTES): number => Math.ceil(bytes / unit) * unit;
const FLOAT_BYTES = 8;
const NOT_ASCII = /[\u0080-\uffff]/;
const NOT_ASCII_ALL = /[\u0080-\uffff]/g;

/** JSON text with every character beyond ASCII written as a \u escape: it decodes to a one-byte string, several times faster. */
function asciiJson(value: unknown): string {
	return JSON.stringify(value).replace(NOT_ASCII_ALL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Byte offsets of each section, from the prefix's totals and the header's sizes; the numbers end the file. */
function layoutOf(headerBytes: number, textBytes: number, sections: Sections) {
	const textAt = PREFIX_WORDS * WORD_BYTES + headerBytes;
	const floatsAt = roundUp(textAt + textBytes, FLOAT_BYTES);
	const intsAt = floatsAt + sections.floats * FLOAT_BYTES;
	const numbersAt = intsAt + sections.ints * WORD_BYTES;
	return { textAt, floatsAt, intsAt, numbersAt };
}

/** The whole index as bytes (see the layout above). */
export function encodeIndex(index: ThemeIndex, schema = INDEX_SCHEMA): Uint8Array {
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
	const [snippetWide, narrow, wide] = [wideTexts.map((n) => records[n].snippetText).join(""), fields.narrowText, fields.wideText].map((text) => encoder.encode(text));
	const isWide = new Set(wideTexts);
	const snippetAscii = encoder.encode(records.filter((_, n) => !isWide.has(n)).map((r) => r.snippetText).join(""));
	const sections: Sections = { snippetWideBytes: snippetWide.length, narrowBytes: narrow.length, wideBytes: wide.length, ints: fields.ints.length, floats: fields.floats.length };
	const header = encoder.encode(asciiJson({
		themes: index.themes.map((t) => ({ ...t })), strings: [...slots.keys()], textLengths: records.map((r) => r.snippetText.length), wideTexts,
		numberLengths: records.map((r) => r.numbers.length), sections, tallies: index.storedTallies(),
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
	sealStore(new Int32Array(bytes.buffer)); // the layout is whole words: the numbers end the file on a word boundary
	return bytes;
}

/** A typed array over bytes[from, from + count × its element size), copied only when `from` is not aligned for it. */
function viewAt<T extends Int32Array | Float64Array>(type: { new (buffer: ArrayBufferLike, offset: number, length: number): T; new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number }, bytes: Uint8Array, from: number, count: number): T {
	const offset = bytes.byteOffset + from;
	if (offset % type.BYTES_PER_ELEMENT === 0) return new type(bytes.buffer, offset, count);
	const copy = new Uint8Array(count * type.BYTES_PER_ELEMENT); // a copy of its own: a Node Buffer's slice is a view into the whole pool
	copy.set(bytes.subarray(from, from + copy.length));
	return new type(copy.buffer);
}

const wordsAt = (bytes: Uint8Array, from: number, count: number): Int32Array => viewAt(Int32Array, bytes, from, count);

const isCount = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 0;

function validHeader(value: unknown): value is BinaryHeader {
	if (typeof value !== "object" || value === null) return false;
	const header = value as Partial<BinaryHeader>;
	if (!validThemes(header.themes) || !Array.isArray(header.strings) || !header.strings.every((text) => typeof text === "string")) return false;
	const sections = header.sections as Partial<Sections> | undefined;
	if (typeof sections !== "object" || sections === null || ![sections.snippetWideBytes, sections.narrowBytes, sections.wideBytes, sections.ints, sections.floats].every(isCount)) return false;
	if (!Array.isArray(header.textLengths)) return false;
	const count = header.textLengths.length;
	const wide = header.wideTexts;
	const ascending = Array.isArray(wide) && wide.every((n, i) => Number.isInteger(n) && n >= 0 && n < count && (i === 0 || n > wide[i - 1]));
	return ascending && countsList(header.textLengths, count) && countsList(header.numberLengths, count);
}

function sum(values: readonly number[]): number {
	let total = 0;
	for (let i = 0; i < values.length; i++) total += values[i];
	return total;
}

/** Whether a list has `count` entries, each a whole number ≥ 0. */
function countsList(list: unknown, count: number): boolean {
	if (!Array.isArray(list) || list.length !== count) return false;
	for (let i = 0; i < count; i++) if (!isCount(list[i])) return false;
	return true;
}

/** Reads the prefix words, or null when the bytes are too short, of another schema or byte order, or damaged (the checksum disagrees). */
function prefixOf(bytes: Uint8Array, schema: number): { headerBytes: number; textBytes: number; words: number } | null {
	if (bytes.length < PREFIX_WORDS * WORD_BYTES || bytes.length % WORD_BYTES !== 0) return null;
	const [magic, stored, headerBytes, textBytes, words] = wordsAt(bytes, 0, PREFIX_WORDS);
	if (magic !== MAGIC || stored !== schema || headerBytes < 0 || textBytes < 0 || words < 0) return null;
	if (!storeSealed(wordsAt(bytes, 0, bytes.length / WORD_BYTES))) return null;
	return { headerBytes, textBytes, words };
}

/** Each record's snippet text, cut in record order from the ASCII part and the wide part of the section; null for a text listed as wide that is ASCII (a list that does not match the texts). */
function snippetCutter(header: BinaryHeader, ascii: string, wide: string): (n: number) => string | null {
	let [asciiFrom, wideFrom, nextWide] = [0, 0, 0];
	return (n) => {
		const length = header.textLengths[n];
		if (header.wideTexts[nextWide] !== n) return ascii.slice(asciiFrom, (asciiFrom += length));
		nextWide++;
		const text = wide.slice(wideFrom, (wideFrom += length));
		return NOT_ASCII.test(text) ? text : null;
	};
}

/** Every record read from its fields and joined to its text and numbers, its phrases tallied by slot; null when one is malformed. */
function indexOfStored(header: BinaryHeader, snippetOf: (n: number) => string | null, fields: FieldReader, numbers: Int32Array): ThemeIndex | null {
	const records = new Array<DocumentRecord>(header.textLengths.length);
	const phrases = new PhraseSlotCounts(header.strings);
	const own = numbers.slice(); // one copy, so that the index holds no part of the file beside it (the arena adopts it)
	let numbersFrom = 0;
	for (let n = 0; n < records.length; n++) {
		const text = snippetOf(n);
		if (text === null) return null;
		const record = checkedRecord(fields.read(text, own.subarray(numbersFrom, (numbersFrom += header.numberLengths[n]))), true);
		if (!record) return null; // a record that fails its checks fails the whole load
		phrases.count(fields.candidateSlots, record.numbers, candidatesAt(record.numbers));
		records[n] = record;
	}
	const tallies = fields.finished ? phrases.tallies() : null;
	return tallies ? ThemeIndex.ofStoredRecords(header.themes, records, tallies, restoreTallies(header.tallies, records), own) : null;
}

/** The header and the sections' texts and streams, or null when their sizes disagree with the prefix and the file. */
function sectionsOf(bytes: Uint8Array, prefix: { headerBytes: number; textBytes: number; words: number }) {
	const decoder = new TextDecoder("utf-8", { fatal: true });
	const header: unknown = JSON.parse(decoder.decode(bytes.subarray(PREFIX_WORDS * WORD_BYTES, PREFIX_WORDS * WORD_BYTES + prefix.headerBytes)));
	if (!validHeader(header)) return null;
	const { sections } = header;
	const asciiBytes = sum(header.textLengths) - sum(header.wideTexts.map((n) => header.textLengths[n])); // one byte a character
	const at = layoutOf(prefix.headerBytes, prefix.textBytes, sections);
	if (asciiBytes < 0 || asciiBytes + sections.snippetWideBytes + sections.narrowBytes + sections.wideBytes !== prefix.textBytes) return null;
	if (at.numbersAt + prefix.words * WORD_BYTES !== bytes.length || sum(header.numberLengths) !== prefix.words) return null;
	const cuts = [asciiBytes, sections.snippetWideBytes, sections.narrowBytes, sections.wideBytes];
	let from = at.textAt;
	const [ascii, snippetWide, narrow, wide] = cuts.map((length) => decoder.decode(bytes.subarray(from, (from += length))));
	if (ascii.length !== asciiBytes || sum(header.textLengths) !== ascii.length + snippetWide.length) return null;
	const streams: FieldStreams = { ints: wordsAt(bytes, at.intsAt, sections.ints), floats: viewAt(Float64Array, bytes, at.floatsAt, sections.floats), narrow, wide };
	return { header, snippetOf: snippetCutter(header, ascii, snippetWide), streams, numbers: wordsAt(bytes, at.numbersAt, prefix.words) };
}

/** The index from bytes written by encodeIndex, or null when they are of another schema, partial or corrupt. Never throws. */
export function decodeIndex(bytes: Uint8Array, schema = INDEX_SCHEMA): ThemeIndex | null {
	try {
		const prefix = prefixOf(bytes, schema);
		const parts = prefix && sectionsOf(bytes, prefix);
		if (!parts) return null;
		return indexOfStored(parts.header, parts.snippetOf, new FieldReader(parts.streams, parts.header.strings), parts.numbers);
	} catch {
		return null;
	}
}
