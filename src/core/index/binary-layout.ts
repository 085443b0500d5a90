// The binary store's layout (binary-store.ts describes the file): the prefix words, the JSON header's
// shape, the sections' sizes and where each starts. Shared by the encoder and the decoder.

import type { ThemeDefinition } from "../model";
import { CHECKSUM_WORD } from "./store-checksum";
import type { StoredTallies } from "./stored-tallies";

export const MAGIC = 0x5849_4c54; // "TLIX" read as a little-endian 32-bit word: a big-endian reader sees another number and rebuilds
export const PREFIX_WORDS = CHECKSUM_WORD + 1; // magic, schema, header bytes, text bytes, number words, checksum
export const WORD_BYTES = 4;
export const FLOAT_BYTES = 8;
export const NOT_ASCII = /[\u0080-\uffff]/;

/** Bytes and entries of the sections after the header (the prefix holds the totals). */
export interface Sections {
	/** UTF-8 bytes of the snippet texts beyond ASCII (those in ASCII are one byte a character). */
	snippetWideBytes: number;
	/** UTF-8 bytes of the field strings within Latin-1, and of the others. */
	narrowBytes: number;
	wideBytes: number;
	/** Entries of the fields' Int32 and Float64 streams. */
	ints: number;
	floats: number;
}

/** The header, its keys in the order the file writes them (header-json.ts relies on it). */
export interface BinaryHeader {
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

/** The prefix's lengths, as read back. */
export interface Prefix {
	headerBytes: number;
	textBytes: number;
	words: number;
}

const roundUp = (bytes: number, unit = WORD_BYTES): number => Math.ceil(bytes / unit) * unit;

/** Byte offsets of each section, from the prefix's totals and the header's sizes; the numbers end the file. */
export function layoutOf(headerBytes: number, textBytes: number, sections: Sections) {
	const textAt = PREFIX_WORDS * WORD_BYTES + headerBytes;
	const floatsAt = roundUp(textAt + textBytes, FLOAT_BYTES);
	const intsAt = floatsAt + sections.floats * FLOAT_BYTES;
	const numbersAt = intsAt + sections.ints * WORD_BYTES;
	return { textAt, floatsAt, intsAt, numbersAt };
}
