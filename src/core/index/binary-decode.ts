// Reading the binary store (binary-store.ts describes the file) back into an index, in steps
// (steps.ts): the checksum, the text sections and the copy of the numbers a quarter of a MB to a MB
// a step, the header's table of strings a piece a step (header-json.ts), the records a few dozen a
// step, the phrase tallies and the checks of the theme figures a few hundred a step. The app runs the
// steps in slices; decodeIndex runs them at once. Parsing the header but for its table (mostly the
// theme figures, 0.7 MB at 10,000 notes) stays one step, and so does each theme's list of notes.

import { PhraseSlotCounts } from "../suggestions/phrase-tallies";
import { type Steps, runSteps, stepEndsAt } from "../steps";
import { type BinaryHeader, MAGIC, NOT_ASCII, PREFIX_WORDS, type Prefix, type Sections, WORD_BYTES, layoutOf } from "./binary-layout";
import { parseHeaderSteps } from "./header-json";
import { type DocumentRecord, candidatesAt } from "./record";
import { FieldReader, type FieldStreams } from "./record-fields";
import { INDEX_SCHEMA, checkedRecord, validThemes } from "./serialize";
import { storeSealedSteps } from "./store-checksum";
import { isCount, restoreTalliesSteps } from "./stored-tallies";
import { ThemeIndex } from "./theme-index";

const RECORDS_PER_STEP = 64; // records read per step: the first ones, before V8 compiles the reader, take up to ~0.1 ms each on a loaded VM
const COPY_WORDS_PER_STEP = 1 << 18; // numbers copied per step: 1 MB, a millisecond or so
export const TEXT_BYTES_PER_STEP = 1 << 19; // UTF-8 decoded per step: 512 KB, 1–2 ms on a loaded VM

/** A typed array over bytes[from, from + count × its element size), copied only when `from` is not aligned for it. */
function viewAt<T extends Int32Array | Float64Array>(type: { new (buffer: ArrayBufferLike, offset: number, length: number): T; new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number }, bytes: Uint8Array, from: number, count: number): T {
	const offset = bytes.byteOffset + from;
	if (offset % type.BYTES_PER_ELEMENT === 0) return new type(bytes.buffer, offset, count);
	const copy = new Uint8Array(count * type.BYTES_PER_ELEMENT); // a copy of its own: a Node Buffer's slice is a view into the whole pool
	copy.set(bytes.subarray(from, from + copy.length));
	return new type(copy.buffer);
}

const wordsAt = (bytes: Uint8Array, from: number, count: number): Int32Array => viewAt(Int32Array, bytes, from, count);


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
function* prefixSteps(bytes: Uint8Array, schema: number): Steps<Prefix | null> {
	if (bytes.length < PREFIX_WORDS * WORD_BYTES || bytes.length % WORD_BYTES !== 0) return null;
	const [magic, stored, headerBytes, textBytes, words] = wordsAt(bytes, 0, PREFIX_WORDS);
	if (magic !== MAGIC || stored !== schema || headerBytes < 0 || textBytes < 0 || words < 0) return null;
	if (!(yield* storeSealedSteps(wordsAt(bytes, 0, bytes.length / WORD_BYTES)))) return null;
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

/** A copy of the numbers of their own, so that the index holds no part of the file beside it (the arena adopts it); copied `wordsPerStep` words a step. */
export function* ownCopySteps(numbers: Int32Array, wordsPerStep = COPY_WORDS_PER_STEP): Steps<Int32Array> {
	yield;
	const own = new Int32Array(numbers.length);
	for (let at = 0; at < numbers.length; at += wordsPerStep) {
		yield;
		own.set(numbers.subarray(at, at + wordsPerStep), at);
	}
	yield;
	return own;
}

/** The UTF-8 text of bytes[from, to), TEXT_BYTES_PER_STEP bytes a step: the decoder carries a character cut between two steps over. */
export function* utf8TextSteps(decoder: TextDecoder, bytes: Uint8Array, from: number, to: number): Steps<string> {
	const pieces: string[] = [];
	for (let at = from; at < to; at += TEXT_BYTES_PER_STEP) {
		const end = Math.min(to, at + TEXT_BYTES_PER_STEP);
		pieces.push(decoder.decode(bytes.subarray(at, end), { stream: end < to })); // the last piece ends the stream: a character cut short there throws
		yield;
	}
	return pieces.join(""); // one flat string, one byte a character when every piece is
}

/** Every record read from its fields and joined to its text and numbers, its phrases tallied by slot; null when one is malformed. */
function* indexOfStoredSteps(header: BinaryHeader, snippetOf: (n: number) => string | null, fields: FieldReader, numbers: Int32Array): Steps<ThemeIndex | null> {
	const records = new Array<DocumentRecord>(header.textLengths.length);
	const phrases = new PhraseSlotCounts(header.strings);
	const own = yield* ownCopySteps(numbers);
	let numbersFrom = 0;
	for (let n = 0; n < records.length; n++) {
		if (stepEndsAt(n, RECORDS_PER_STEP)) yield;
		const text = snippetOf(n);
		if (text === null) return null;
		const record = checkedRecord(fields.read(text, own.subarray(numbersFrom, (numbersFrom += header.numberLengths[n]))), true);
		if (!record) return null; // a record that fails its checks fails the whole load
		phrases.count(fields.candidateSlots, record.numbers, candidatesAt(record.numbers));
		records[n] = record;
	}
	const tallies = fields.finished ? yield* phrases.tallySteps() : null;
	if (!tallies) return null;
	const figures = yield* restoreTalliesSteps(header.tallies, records);
	return yield* ThemeIndex.ofStoredRecordsSteps(header.themes, records, tallies, figures, own);
}

/** The header, parsed and checked, or null. */
function* headerSteps(bytes: Uint8Array, decoder: TextDecoder, headerBytes: number): Steps<BinaryHeader | null> {
	const text = yield* utf8TextSteps(decoder, bytes, PREFIX_WORDS * WORD_BYTES, PREFIX_WORDS * WORD_BYTES + headerBytes);
	yield;
	const header = yield* parseHeaderSteps(text);
	yield;
	return validHeader(header) ? header : null;
}

/** The header and the sections' texts and streams, or null when their sizes disagree with the prefix and the file. */
function* sectionsSteps(bytes: Uint8Array, prefix: Prefix) {
	const decoder = new TextDecoder("utf-8", { fatal: true });
	const header = yield* headerSteps(bytes, decoder, prefix.headerBytes);
	if (!header) return null;
	const { sections } = header;
	const asciiBytes = sum(header.textLengths) - sum(header.wideTexts.map((n) => header.textLengths[n])); // one byte a character
	const at = layoutOf(prefix.headerBytes, prefix.textBytes, sections);
	if (asciiBytes < 0 || asciiBytes + sections.snippetWideBytes + sections.narrowBytes + sections.wideBytes !== prefix.textBytes) return null;
	if (at.numbersAt + prefix.words * WORD_BYTES !== bytes.length || sum(header.numberLengths) !== prefix.words) return null;
	const texts: string[] = [];
	let from = at.textAt;
	for (const length of [asciiBytes, sections.snippetWideBytes, sections.narrowBytes, sections.wideBytes]) texts.push(yield* utf8TextSteps(decoder, bytes, from, (from += length)));
	const [ascii, snippetWide, narrow, wide] = texts;
	if (ascii.length !== asciiBytes || sum(header.textLengths) !== ascii.length + snippetWide.length) return null;
	const streams: FieldStreams = { ints: wordsAt(bytes, at.intsAt, sections.ints), floats: viewAt(Float64Array, bytes, at.floatsAt, sections.floats), narrow, wide };
	return { header, snippetOf: snippetCutter(header, ascii, snippetWide), streams, numbers: wordsAt(bytes, at.numbersAt, prefix.words) };
}

/** decodeIndex in steps of a few milliseconds (see above for the few longer ones). Never throws. */
export function* decodeIndexSteps(bytes: Uint8Array, schema = INDEX_SCHEMA): Steps<ThemeIndex | null> {
	try {
		const prefix = yield* prefixSteps(bytes, schema);
		const parts = prefix && (yield* sectionsSteps(bytes, prefix));
		if (!parts) return null;
		return yield* indexOfStoredSteps(parts.header, parts.snippetOf, new FieldReader(parts.streams, parts.header.strings), parts.numbers);
	} catch {
		return null;
	}
}

/** The index from bytes written by encodeIndex, or null when they are of another schema, partial or corrupt. Never throws. */
export function decodeIndex(bytes: Uint8Array, schema = INDEX_SCHEMA): ThemeIndex | null {
	return runSteps(decodeIndexSteps(bytes, schema));
}
