// The index as one binary file (the headless runner's cache; the bench's warm start): a JSON header
// with the themes, each record's strings and facts (recurring strings as slots in one table), and
// the theme figures, then every record's snippet text as one UTF-8 section, then every record's
// numbers (fingerprint included) as one Int32 section. Loading parses no number from text and
// decodes no base64: each record's numbers are a view into one buffer. Text is laid out to decode
// fast: the header is pure ASCII (other characters as \u escapes), and the snippet texts of records
// written in ASCII alone come first, so that they decode to one-byte strings (a record with an em
// dash would otherwise make the whole section, and every snippet cut from it, two bytes a character). The figures are used when
// they pass their checks against the records (stored-tallies.ts), else rebuilt from the records. A
// checksum over the whole file (store-checksum.ts) refuses a file damaged anywhere.
// A file of another schema, byte order, length or shape loads as null and the vault is re-indexed.

import type { ThemeDefinition } from "../model";
import type { DocumentRecord } from "./record";
import { PhraseSlotCounts } from "../suggestions/phrase-tallies";
import { INDEX_SCHEMA, completeRecord, validThemes } from "./serialize";
import { CHECKSUM_WORD, sealStore, storeSealed } from "./store-checksum";
import { type StoredTallies, restoreTallies } from "./stored-tallies";
import { ThemeIndex } from "./theme-index";

const MAGIC = 0x5849_4c54; // "TLIX" read as a little-endian 32-bit word: a big-endian reader sees another number and rebuilds
const PREFIX_WORDS = CHECKSUM_WORD + 1; // magic, schema, header bytes, text bytes, number words, checksum
const WORD_BYTES = 4;

/** A record's fields whose strings are named by their slot in the header's table of strings. */
const TABLED = ["candidatePhrases", "mentionThemes", "matches", "tags"] as const;
type Tabled = (typeof TABLED)[number];

interface BinaryHeader {
	themes: ThemeDefinition[];
	/** Every candidate phrase, theme id, matched text and tag once: records name theirs by slot (one string, hashed once, for thousands of notes). */
	strings: string[];
	/** Each record without `numbers` and `snippetText`, its tabled fields as slots in `strings`. */
	documents: Array<Omit<DocumentRecord, "numbers" | "snippetText" | Tabled> & Record<Tabled, number[]>>;
	/** Length of each record's snippet text in UTF-16 code units, and of its numbers in words. */
	textLengths: number[];
	/** The records (ascending places) whose snippet text is not ASCII alone: their texts follow every other record's. */
	wideTexts: number[];
	numberLengths: number[];
	/** The theme figures (stored-tallies.ts), so that a warm start need not add every record again. */
	tallies: StoredTallies;
}

const roundUp = (bytes: number): number => Math.ceil(bytes / WORD_BYTES) * WORD_BYTES;
const NOT_ASCII = /[\u0080-\uffff]/;
const NOT_ASCII_ALL = /[\u0080-\uffff]/g;

/** JSON text with every character beyond ASCII written as a \u escape: it decodes to a one-byte string, several times faster. */
function asciiJson(value: unknown): string {
	return JSON.stringify(value).replace(NOT_ASCII_ALL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The snippet texts, ASCII records' first, then the others' (header.wideTexts). */
function textSection(records: readonly DocumentRecord[], wide: readonly number[]): string {
	const isWide = new Set(wide);
	return records.filter((_, n) => !isWide.has(n)).map((r) => r.snippetText).join("") + wide.map((n) => records[n].snippetText).join("");
}

function headerOf(index: ThemeIndex, records: readonly DocumentRecord[]): BinaryHeader {
	const slots = new Map<string, number>();
	const slotOf = (text: string): number => {
		let slot = slots.get(text);
		if (slot === undefined) slots.set(text, (slot = slots.size));
		return slot;
	};
	const documents = records.map(({ numbers: _numbers, snippetText: _text, candidatePhrases, mentionThemes, matches, tags, ...rest }) => ({
		...rest, candidatePhrases: candidatePhrases.map(slotOf), mentionThemes: mentionThemes.map(slotOf), matches: matches.map(slotOf), tags: tags.map(slotOf),
	}));
	return {
		themes: index.themes.map((t) => ({ ...t })),
		strings: [...slots.keys()],
		documents,
		textLengths: records.map((r) => r.snippetText.length),
		wideTexts: records.flatMap((r, n) => (NOT_ASCII.test(r.snippetText) ? [n] : [])),
		numberLengths: records.map((r) => r.numbers.length),
		tallies: index.storedTallies(),
	};
}

/** The whole index as bytes (see the layout above). */
export function encodeIndex(index: ThemeIndex, schema = INDEX_SCHEMA): Uint8Array {
	const records = index.documents();
	const encoder = new TextEncoder();
	const fields = headerOf(index, records);
	const header = encoder.encode(asciiJson(fields));
	const text = encoder.encode(textSection(records, fields.wideTexts));
	const words = records.reduce((sum, r) => sum + r.numbers.length, 0);
	const textAt = PREFIX_WORDS * WORD_BYTES + header.length;
	const numbersAt = roundUp(textAt + text.length);
	const bytes = new Uint8Array(numbersAt + words * WORD_BYTES);
	new Int32Array(bytes.buffer, 0, PREFIX_WORDS).set([MAGIC, schema, header.length, text.length, words, 0]);
	bytes.set(header, PREFIX_WORDS * WORD_BYTES);
	bytes.set(text, textAt);
	const numbers = new Int32Array(bytes.buffer, numbersAt, words);
	let at = 0;
	for (const record of records) {
		numbers.set(record.numbers, at);
		at += record.numbers.length;
	}
	sealStore(new Int32Array(bytes.buffer)); // the layout is whole words: the numbers end the file on a word boundary
	return bytes;
}

/** The Int32 words at bytes[from, from + 4 × count), copied only when they are not 4-byte aligned. */
function wordsAt(bytes: Uint8Array, from: number, count: number): Int32Array {
	const offset = bytes.byteOffset + from;
	if (offset % WORD_BYTES === 0) return new Int32Array(bytes.buffer, offset, count);
	return new Int32Array(bytes.slice(from, from + count * WORD_BYTES).buffer);
}

function validHeader(value: unknown): value is BinaryHeader {
	if (typeof value !== "object" || value === null) return false;
	const header = value as Partial<BinaryHeader>;
	if (!validThemes(header.themes) || !Array.isArray(header.documents) || !Array.isArray(header.strings)) return false;
	if (!header.strings.every((text) => typeof text === "string")) return false;
	const count = header.documents.length;
	const lengths = (list: unknown): boolean => Array.isArray(list) && list.length === count && list.every((n) => Number.isInteger(n) && n >= 0);
	const wide = header.wideTexts;
	const ascending = Array.isArray(wide) && wide.every((n, i) => Number.isInteger(n) && n >= 0 && n < count && (i === 0 || n > wide[i - 1]));
	return ascending && lengths(header.textLengths) && lengths(header.numberLengths);
}

function validSlots(slots: unknown, size: number): slots is number[] {
	if (!Array.isArray(slots)) return false;
	for (const slot of slots) if (typeof slot !== "number" || !Number.isInteger(slot) || slot < 0 || slot >= size) return false;
	return true;
}

/** Replaces, in place, each slot of a tabled field by its string; false when one is not a slot of the table. */
function fromTable(slots: unknown, table: readonly string[]): boolean {
	if (!Array.isArray(slots)) return false;
	for (let i = 0; i < slots.length; i++) {
		const slot: unknown = slots[i];
		if (typeof slot !== "number" || !Number.isInteger(slot) || slot < 0 || slot >= table.length) return false;
		slots[i] = table[slot];
	}
	return true;
}

function sum(values: readonly number[]): number {
	let total = 0;
	for (const value of values) total += value;
	return total;
}

/** Reads the prefix words, or null when the bytes are too short, of another schema or byte order, or damaged (the checksum disagrees). */
function prefixOf(bytes: Uint8Array, schema: number): { headerBytes: number; textBytes: number; words: number } | null {
	if (bytes.length < PREFIX_WORDS * WORD_BYTES) return null;
	const [magic, stored, headerBytes, textBytes, words] = wordsAt(bytes, 0, PREFIX_WORDS);
	if (magic !== MAGIC || stored !== schema || headerBytes < 0 || textBytes < 0 || words < 0) return null;
	const numbersAt = roundUp(PREFIX_WORDS * WORD_BYTES + headerBytes + textBytes);
	if (numbersAt + words * WORD_BYTES !== bytes.length || !storeSealed(wordsAt(bytes, 0, bytes.length / WORD_BYTES))) return null;
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

/** Every record of a valid header joined to its text and numbers, its phrases tallied by slot; null when one is malformed. */
function indexOfStored(header: BinaryHeader, snippetOf: (n: number) => string | null, numbers: Int32Array): ThemeIndex | null {
	const records = new Array<DocumentRecord>(header.documents.length);
	const table = header.strings; // theme ids, matches and tags are interned with the record (completeRecord); phrases need not be
	const phrases = new PhraseSlotCounts(table);
	let numbersFrom = 0;
	for (let n = 0; n < records.length; n++) {
		const fields = header.documents[n] as unknown as Record<string, unknown>;
		if (typeof fields !== "object" || fields === null || "numbers" in fields || "snippetText" in fields) return null;
		const own = numbers.subarray(numbersFrom, (numbersFrom += header.numberLengths[n]));
		if (!validSlots(fields.candidatePhrases, table.length)) return null;
		phrases.count(fields.candidatePhrases, own); // before the slots become strings; a record that fails its checks below fails the whole load
		if (!TABLED.every((name) => fromTable(fields[name], table))) return null;
		fields.snippetText = snippetOf(n);
		if (fields.snippetText === null) return null;
		const record = completeRecord(fields, own);
		if (!record) return null;
		records[n] = record;
	}
	const tallies = phrases.tallies();
	return tallies ? ThemeIndex.ofStoredRecords(header.themes, records, tallies, restoreTallies(header.tallies, records)) : null;
}

/** The index from bytes written by encodeIndex, or null when they are of another schema, partial or corrupt. Never throws. */
export function decodeIndex(bytes: Uint8Array, schema = INDEX_SCHEMA): ThemeIndex | null {
	try {
		const prefix = prefixOf(bytes, schema);
		if (!prefix) return null;
		const decoder = new TextDecoder("utf-8", { fatal: true });
		const textAt = PREFIX_WORDS * WORD_BYTES + prefix.headerBytes;
		const header: unknown = JSON.parse(decoder.decode(bytes.subarray(PREFIX_WORDS * WORD_BYTES, textAt)));
		if (!validHeader(header)) return null;
		const textLength = sum(header.textLengths);
		const asciiBytes = textLength - sum(header.wideTexts.map((n) => header.textLengths[n])); // one byte a character
		if (asciiBytes < 0 || asciiBytes > prefix.textBytes) return null;
		const ascii = decoder.decode(bytes.subarray(textAt, textAt + asciiBytes));
		const wide = decoder.decode(bytes.subarray(textAt + asciiBytes, textAt + prefix.textBytes));
		if (ascii.length !== asciiBytes || textLength !== ascii.length + wide.length || sum(header.numberLengths) !== prefix.words) return null;
		return indexOfStored(header, snippetCutter(header, ascii, wide), wordsAt(bytes, roundUp(textAt + prefix.textBytes), prefix.words));
	} catch {
		return null;
	}
}
