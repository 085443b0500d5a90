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
// Both ways run as steps (steps.ts), so that the app can encode and decode in slices between which it
// paints and handles input; encodeIndex and decodeIndex (binary-decode.ts) run the same steps at once,
// and write and read the same bytes. Encoding yields every few dozen records, every theme's figures,
// every few thousand strings of the table (header-json.ts), every half a million characters of text
// and every MB or so of numbers (the checksum's included). A few steps stay whole: sorting the paths
// (index.documents), mapping each path to its place, and the header's JSON but for its table.

import { type Steps, runSteps, stepEndsAt } from "../steps";
import { type BinaryHeader, MAGIC, NOT_ASCII, PREFIX_WORDS, type Sections, WORD_BYTES, layoutOf } from "./binary-layout";
import { headerJsonSteps } from "./header-json";
import type { DocumentRecord } from "./record";
import { FieldWriter } from "./record-fields";
import { INDEX_SCHEMA } from "./serialize";
import { sealStoreSteps } from "./store-checksum";
import type { ThemeIndex } from "./theme-index";

export { decodeIndex, decodeIndexSteps } from "./binary-decode";

const RECORDS_PER_STEP = 64; // records written per step: the first ones, before V8 compiles the writer, take up to ~0.1 ms each on a loaded VM
const CHARS_PER_STEP = 1 << 19; // text encoded per step: 512 K characters, a few ms on a loaded VM

const byteLength = (pieces: readonly Uint8Array[]): number => pieces.reduce((total, piece) => total + piece.length, 0);

/** Every record's fields written to the streams, a few hundred records a step; `wideTexts`: the records whose snippet text is not ASCII alone. */
function* fieldsSteps(records: readonly DocumentRecord[]): Steps<{ fields: FieldWriter; strings: string[]; wideTexts: number[] }> {
	const slots = new Map<string, number>();
	const fields = new FieldWriter((text) => {
		let slot = slots.get(text);
		if (slot === undefined) slots.set(text, (slot = slots.size));
		return slot;
	});
	const wideTexts: number[] = [];
	for (let n = 0; n < records.length; n++) {
		if (stepEndsAt(n, RECORDS_PER_STEP)) yield;
		fields.write(records[n]);
		if (NOT_ASCII.test(records[n].snippetText)) wideTexts.push(n);
	}
	yield;
	return { fields, strings: [...slots.keys()], wideTexts };
}

/** Whether a piece may end between two texts: both hold something, and no half of a surrogate pair ends the one and starts the other (joined, they make one character). */
function mayCutBetween(before: string, after: string): boolean {
	if (before.length === 0 || after.length === 0) return false;
	const [high, low] = [before.charCodeAt(before.length - 1), after.charCodeAt(0)];
	return !(high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff); // a high half, then a low one
}

/**
 * Texts joined and encoded as UTF-8, in pieces of about `charsPerStep` characters, a piece a step:
 * together the same bytes as encoding the whole joined text, as a piece ends only where mayCutBetween.
 */
export function* utf8Steps(texts: readonly string[], charsPerStep = CHARS_PER_STEP): Steps<Uint8Array[]> {
	const encoder = new TextEncoder();
	const pieces: Uint8Array[] = [];
	let [from, chars] = [0, 0];
	for (let n = 0; n < texts.length; n++) {
		chars += texts[n].length;
		const last = n === texts.length - 1;
		if (!last && (chars < charsPerStep || !mayCutBetween(texts[n], texts[n + 1]))) continue;
		pieces.push(encoder.encode(texts.slice(from, n + 1).join("")));
		[from, chars] = [n + 1, 0];
		yield;
	}
	return pieces;
}

/** The four text sections as UTF-8, each in pieces: the ASCII snippet texts, the others, the field strings within Latin-1, the rest. */
function* textSteps(records: readonly DocumentRecord[], wideTexts: readonly number[], fields: FieldWriter): Steps<Uint8Array[][]> {
	const isWide = new Set(wideTexts);
	const snippetAscii = yield* utf8Steps(records.filter((_, n) => !isWide.has(n)).map((r) => r.snippetText));
	const snippetWide = yield* utf8Steps(wideTexts.map((n) => records[n].snippetText));
	return [snippetAscii, snippetWide, yield* utf8Steps(fields.narrow), yield* utf8Steps(fields.wide)];
}

/** The header's JSON, pure ASCII (asciiJson): as many bytes as characters. */
function* headerSteps(index: ThemeIndex, records: readonly DocumentRecord[], strings: string[], wideTexts: number[], sections: Sections): Steps<string> {
	const tallies = yield* index.storedTalliesSteps();
	const header: BinaryHeader = {
		themes: index.themes.map((t) => ({ ...t })), strings, textLengths: records.map((r) => r.snippetText.length), wideTexts,
		numberLengths: records.map((r) => r.numbers.length), sections, tallies,
	};
	const text = yield* headerJsonSteps(header);
	yield;
	return text;
}

/** Copies `pieces` into `bytes` one after the other from `at`, a piece a step (touching a fresh buffer's pages costs time too). */
function* copySteps(bytes: Uint8Array, pieces: readonly Uint8Array[], at: number): Steps<void> {
	for (const piece of pieces) {
		bytes.set(piece, at);
		at += piece.length;
		yield;
	}
}

/** An ASCII text written as bytes from `at`, one byte a character, CHARS_PER_STEP characters a step. */
function* asciiSteps(bytes: Uint8Array, text: string, at: number): Steps<void> {
	const encoder = new TextEncoder();
	for (let from = 0; from < text.length; from += CHARS_PER_STEP) {
		encoder.encodeInto(text.slice(from, from + CHARS_PER_STEP), bytes.subarray(at + from));
		yield;
	}
}

/** Every record's numbers, one after the other, from `at` in `words`; a few hundred records a step. */
function* numbersSteps(records: readonly DocumentRecord[], words: Int32Array, at: number): Steps<void> {
	for (let n = 0; n < records.length; n++) {
		if (stepEndsAt(n)) yield;
		words.set(records[n].numbers, at);
		at += records[n].numbers.length;
	}
}

/**
 * The whole index as bytes (see the layout above), in steps. It reads the index in every step: run
 * in slices, drop the steps once the index changed (its revision moved), or the bytes mix two states.
 */
export function* encodeIndexSteps(index: ThemeIndex, schema = INDEX_SCHEMA): Steps<Uint8Array> {
	const records = index.documents();
	yield;
	const { fields, strings, wideTexts } = yield* fieldsSteps(records);
	const texts = yield* textSteps(records, wideTexts, fields);
	const [snippetWide, narrow, wide] = texts.slice(1).map(byteLength);
	const sections: Sections = { snippetWideBytes: snippetWide, narrowBytes: narrow, wideBytes: wide, ints: fields.ints.length, floats: fields.floats.length };
	const header = yield* headerSteps(index, records, strings, wideTexts, sections);
	const textBytes = texts.reduce((total, pieces) => total + byteLength(pieces), 0);
	const words = records.reduce((total, r) => total + r.numbers.length, 0);
	const at = layoutOf(header.length, textBytes, sections);
	const bytes = new Uint8Array(at.numbersAt + words * WORD_BYTES);
	new Int32Array(bytes.buffer, 0, PREFIX_WORDS).set([MAGIC, schema, header.length, textBytes, words, 0]);
	yield* asciiSteps(bytes, header, PREFIX_WORDS * WORD_BYTES);
	yield* copySteps(bytes, texts.flat(), at.textAt);
	new Float64Array(bytes.buffer, at.floatsAt, sections.floats).set(fields.floats);
	yield;
	new Int32Array(bytes.buffer, at.intsAt, sections.ints).set(fields.ints);
	yield;
	const all = new Int32Array(bytes.buffer); // the layout is whole words: the numbers end the file on a word boundary
	yield* numbersSteps(records, all, at.numbersAt / WORD_BYTES);
	yield* sealStoreSteps(all);
	return bytes;
}

/** The whole index as bytes, at once (the headless runner's cache, the tests). */
export function encodeIndex(index: ThemeIndex, schema = INDEX_SCHEMA): Uint8Array {
	return runSteps(encodeIndexSteps(index, schema));
}
