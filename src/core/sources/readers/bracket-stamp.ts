// whisper.cpp's cue stamp `[00:00:00.000 --> 00:00:02.240]` read over character codes, with no string
// made: the common exact form only. Anything else (tabs, other spaces, odd digit counts) is left to
// the regular expression, so a stamp read here reads exactly as the expression and parseTimecode read it.

import { COLON, COMMA, DASH, DOT, GT, LBRACKET, RBRACKET, SPACE_CODE } from "../../text/ascii";

/** A stamp read in place: its length and the seconds of its start and end (null where parseTimecode gives null). */
export interface BracketStamp {
	length: number;
	startSeconds: number | null;
	endSeconds: number | null;
}

const SECONDS_PER_MINUTE = 60; // as timecode.ts
const SECONDS_PER_HOUR = 3600; // as timecode.ts
const POWERS_OF_TEN = [1, 10, 100, 1000];

/** The seconds of the timecode readTimecode last read (null as parseTimecode gives it): no object per timecode. */
let timecodeSeconds: number | null = null;

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

/** How many digits run from `at` (counting stops at `most`). */
function digitsAt(raw: string, at: number, limit: number, most: number): number {
	let count = 0;
	while (count < most && at + count < limit && isDigit(raw.charCodeAt(at + count))) count++;
	return count;
}

function numberAt(raw: string, at: number, count: number): number {
	let value = 0;
	for (let k = 0; k < count; k++) value = value * 10 + raw.charCodeAt(at + k) - 48;
	return value;
}

/**
 * `\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?` at `at`, followed by `next` (a space or "]"): where it ends,
 * or -1 when the form is not this exact one. Its seconds go to timecodeSeconds, as parseTimecode computes
 * them, in the same order of sums.
 */
function readTimecode(raw: string, at: number, limit: number, next: number): number {
	const first = digitsAt(raw, at, limit, 4);
	if (first === 0 || first > 3 || raw.charCodeAt(at + first) !== COLON) return -1;
	let i = at + first + 1;
	if (digitsAt(raw, i, limit, 3) !== 2) return -1;
	const second = numberAt(raw, i, 2);
	i += 2;
	let third = -1; // the seconds when three parts are written
	if (raw.charCodeAt(i) === COLON) {
		if (digitsAt(raw, i + 1, limit, 3) !== 2) return -1;
		third = numberAt(raw, i + 1, 2);
		i += 3;
	}
	let fraction = 0;
	const mark = raw.charCodeAt(i);
	if (mark === DOT || mark === COMMA) {
		const count = digitsAt(raw, i + 1, limit, 4);
		if (count === 0 || count > 3) return -1;
		fraction = numberAt(raw, i + 1, count) / POWERS_OF_TEN[count]; // correctly rounded, as Number("0.ddd") is
		i += 1 + count;
	}
	if (i >= limit || raw.charCodeAt(i) !== next) return -1;
	const value = numberAt(raw, at, first);
	const hours = third < 0 ? 0 : value;
	const minutes = third < 0 ? value : second;
	const seconds = third < 0 ? second : third;
	const valid = seconds < SECONDS_PER_MINUTE && (third < 0 || minutes < SECONDS_PER_MINUTE);
	timecodeSeconds = valid ? hours * SECONDS_PER_HOUR + minutes * SECONDS_PER_MINUTE + seconds + fraction : null;
	return i;
}

/** The stamp at `at` (a "[") in its exact common form, written into `into` (one object for a whole note); false leaves the line to the expression. */
export function readBracketStamp(raw: string, at: number, limit: number, into: BracketStamp): boolean {
	if (raw.charCodeAt(at) !== LBRACKET) return false;
	let i = readTimecode(raw, at + 1, limit, SPACE_CODE);
	if (i < 0) return false;
	const startSeconds = timecodeSeconds;
	while (raw.charCodeAt(i) === SPACE_CODE && i < limit) i++;
	if (i + 2 >= limit || raw.charCodeAt(i) !== DASH || raw.charCodeAt(i + 1) !== DASH || raw.charCodeAt(i + 2) !== GT) return false;
	i += 3;
	while (raw.charCodeAt(i) === SPACE_CODE && i < limit) i++;
	const end = readTimecode(raw, i, limit, RBRACKET);
	if (end < 0) return false;
	into.length = end + 1 - at;
	into.startSeconds = startSeconds;
	into.endSeconds = timecodeSeconds;
	return true;
}
