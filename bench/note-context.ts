// What every synthetic note format receives: its random source, its writer, its size and its metadata.

import { SeededRandom } from "./prng";
import { ProseWriter } from "./prose-writer";

export interface NoteContext {
	random: SeededRandom;
	writer: ProseWriter;
	/** The size to reach, in characters; formats stop at the first unit past it. */
	targetChars: number;
	title: string;
	author: string;
	/** Publication or recording date. */
	date: Date;
	url: string;
	/** Theme ids the reader tagged the note with (may be empty). */
	tags: string[];
}

const MONTHS = [
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
];

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** 2023-07-21 */
export function isoDate(date: Date): string {
	return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** 2023-07-21T10:22:00Z */
export function isoDateTime(date: Date): string {
	return `${isoDate(date)}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:00Z`;
}

/** April 03, 2024 (whisper's "Date Generated") or September 12, 2023. */
export function longDate(date: Date, padDay: boolean): string {
	const day = padDay ? pad(date.getUTCDate()) : String(date.getUTCDate());
	return `${MONTHS[date.getUTCMonth()]} ${day}, ${date.getUTCFullYear()}`;
}

/** hh:mm:ss.mmm as whisper.cpp writes it. */
export function clockTime(seconds: number): string {
	const ms = Math.round(seconds * 1000);
	const h = Math.floor(ms / 3_600_000);
	const m = Math.floor((ms % 3_600_000) / 60_000);
	const s = Math.floor((ms % 60_000) / 1000);
	return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** A lower-case hexadecimal id of `length` digits, as Readwise and YouTube ids look. */
export function hexId(random: SeededRandom, length: number): string {
	let out = "";
	for (let i = 0; i < length; i++) out += "0123456789abcdef"[random.int(0, 15)];
	return out;
}

/** An id of letters, digits, `-` and `_`, like a YouTube video id. */
export function videoId(random: SeededRandom): string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
	let out = "";
	for (let i = 0; i < 11; i++) out += alphabet[random.int(0, alphabet.length - 1)]; // YouTube ids are 11 characters
	return out;
}

/** Breaks text into lines of about `width` characters at spaces (mid-sentence, as whisper does). */
export function wrapAtSpaces(text: string, width: number): string[] {
	const lines: string[] = [];
	let start = 0;
	while (start < text.length) {
		if (text.length - start <= width) {
			lines.push(text.slice(start));
			break;
		}
		let cut = text.lastIndexOf(" ", start + width);
		if (cut <= start) cut = text.indexOf(" ", start + width);
		if (cut < 0) cut = text.length;
		lines.push(text.slice(start, cut));
		start = cut + 1;
	}
	return lines;
}
