// The binary store's JSON header (binary-layout.ts), written and read in steps (steps.ts). Most of
// it is the table of strings (1.8 of 2.6 MB at 10,000 notes): one JSON.stringify or JSON.parse of
// the whole header took 40–45 ms on a loaded VM, so the table is written and read a piece at a time,
// and the rest of the header at once. The text is the same as one JSON.stringify's, byte for byte.
// The header is pure ASCII: other characters are written as \u escapes, so that it decodes to a
// one-byte string, several times faster.

import type { Steps } from "../steps";
import type { BinaryHeader } from "./binary-layout";

const NOT_ASCII_ALL = /[\u0080-\uffff]/g;
const STRINGS_PER_STEP = 4096; // table strings written per step: ~90 KB of JSON, about a millisecond
const CHARS_PER_PIECE = 1 << 17; // table JSON read per JSON.parse: 128 KB, a millisecond or two
const STRINGS_OPEN = ',"strings":['; // the table's key as JSON.stringify writes it, after the themes
const STRINGS_CLOSE = '],"textLengths":'; // and the key after it: no string's content can hold either (a quote in it is escaped)
const BACKSLASH = 0x5c;

/** JSON text with every character beyond ASCII written as a \u escape: it decodes to a one-byte string, several times faster. */
export function asciiJson(value: unknown): string {
	return JSON.stringify(value).replace(NOT_ASCII_ALL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The table of strings as JSON, a few thousand strings a step: "[" + each one's JSON, joined by commas, + "]", as JSON.stringify writes an array. */
function* stringsJson(strings: readonly string[]): Steps<string> {
	const pieces: string[] = [];
	for (let at = 0; at < strings.length; at += STRINGS_PER_STEP) {
		pieces.push(asciiJson(strings.slice(at, at + STRINGS_PER_STEP)).slice(1, -1)); // without its brackets
		yield;
	}
	return `[${pieces.join(",")}]`;
}

/** The header as asciiJson writes it: each key's JSON in the object's order, the table of strings in steps. */
export function* headerJsonSteps(header: BinaryHeader): Steps<string> {
	const members: string[] = [];
	for (const [key, value] of Object.entries(header)) { // an object's own order, as JSON.stringify takes it
		members.push(`${JSON.stringify(key)}:${key === "strings" ? yield* stringsJson(value as string[]) : asciiJson(value)}`);
		yield;
	}
	return `{${members.join(",")}}`;
}

/** Whether the character at `at` is escaped: an odd run of backslashes before it. */
function escaped(text: string, at: number): boolean {
	let run = 0;
	while (at - run > 0 && text.charCodeAt(at - run - 1) === BACKSLASH) run++;
	return run % 2 === 1;
}

/** Where the piece of the table from `from` ends: just after a string's closing quote, CHARS_PER_PIECE on, or at `to`. */
function pieceEnd(text: string, from: number, to: number): number {
	for (let at = text.indexOf('","', from + CHARS_PER_PIECE); at >= 0 && at < to; at = text.indexOf('","', at + 1)) {
		if (!escaped(text, at)) return at + 1; // an unescaped quote, then a comma and a quote: one string ends, the next begins
	}
	return to;
}

/** The strings of the table's JSON between its brackets, text[from, to), parsed a piece at a time. */
function* stringsOf(text: string, from: number, to: number): Steps<unknown[]> {
	const strings: unknown[] = [];
	for (let start = from; start < to; ) {
		const end = pieceEnd(text, start, to);
		const piece = JSON.parse(`[${text.slice(start, end)}]`) as unknown[];
		for (let i = 0; i < piece.length; i++) strings.push(piece[i]);
		start = end + 1; // past the comma
		yield;
	}
	return strings;
}

/**
 * The header parsed from its JSON: the table of strings in pieces when the text is laid out as
 * headerJsonSteps writes it, else (a header rewritten by hand or by a test) the whole text at once.
 * Throws on text that is not JSON, as JSON.parse does.
 */
export function* parseHeaderSteps(text: string): Steps<unknown> {
	const open = text.indexOf(STRINGS_OPEN);
	const close = open < 0 ? -1 : text.indexOf(STRINGS_CLOSE, open);
	if (close < 0) return JSON.parse(text) as unknown;
	const from = open + STRINGS_OPEN.length;
	let header: { strings?: unknown };
	try {
		header = JSON.parse(text.slice(0, from) + text.slice(close)) as { strings?: unknown }; // the table left empty: "[" then "]"
	} catch {
		return JSON.parse(text) as unknown; // not the layout expected after all
	}
	yield;
	if (typeof header !== "object" || header === null || !Array.isArray(header.strings) || header.strings.length !== 0) return JSON.parse(text) as unknown;
	try {
		header.strings = yield* stringsOf(text, from, close);
	} catch {
		return JSON.parse(text) as unknown; // a piece cut inside something other than a list of strings: no such piece parses
	}
	return header;
}
