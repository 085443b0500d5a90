// Who is speaking in a text, counted in one pass over its character codes: the writer's own "I" (a
// reader's notes are in the first person), the fillers of speech ("um", "uh", "you know", "yeah": written
// text almost never holds them), and clock stamps cited inside a line (a summary pointing into its
// recording) rather than opening one (a transcript's cue). Quoted words are someone else's voice. Line shapes decide most formats; these
// counts are read only when they do not, once per note, and from the body's first
// VOICE_SAMPLE_CHARS only: a voice shows in its first pages.

import type { SourceText } from "./source-text";

export interface VoiceCounts {
	/** Words read (the rates' denominator): runs of letters, digits and apostrophes. */
	words: number;
	/** "I", "I'm", "I've", "I'd", "I'll", "me", "my", "mine", "myself". */
	firstPerson: number;
	/** "um", "uh" (and "umm", "uhh"), "you know", "I mean", "yeah", "okay": the fillers and backchannels of talk. */
	speechMarkers: number;
	/** `[00:01:25]` or `(1:02)` stamps with at least CITED_STAMP_OFFSET characters of their line before them. */
	citedStamps: number;
}

const VOICE_SAMPLE_CHARS = 8 * 1024; // about 1,300 words: enough to hear whose voice it is
const CITED_STAMP_OFFSET = 40; // a stamp this far into its line cites the recording; a cue's stamp opens its line
const FIRST_PERSON = new Set(["i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself"]);
const LONGEST_FIRST_PERSON = 6; // "myself"
const LF = 10;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019; // "’", the apostrophe of typeset text
const LOWER_CASE = 32; // added to an ASCII capital's code
const QUOTATION_MARK = 34; // '"'
const LEFT_DOUBLE_QUOTE = 0x201c; // "“"
const RIGHT_DOUBLE_QUOTE = 0x201d; // "”"

/** 1 for the ASCII codes inside a word (letters, digits, the apostrophe), 2 for those that may open a counted word ("i", "m", "o", "u", "y" in either case), else 0. */
const ASCII_CLASS: Uint8Array = (() => {
	const table = new Uint8Array(128); // one entry per ASCII code
	for (let code = 0; code < 128; code++) {
		const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
		if (letter || (code >= 48 && code <= 57) || code === APOSTROPHE) table[code] = 1;
	}
	for (const opener of "iImMoOuUyY") table[opener.charCodeAt(0)] = 2;
	return table;
})();

/** A character inside a word beyond ASCII: any letter, the typeset apostrophe; not spaces or general punctuation (U+2000–U+206F). */
function isWordBeyondAscii(code: number): boolean {
	if (code === RIGHT_QUOTE) return true;
	return code > 0x2000 ? code > 0x206f && code !== 0x3000 && code !== 0xfeff : code !== 0xa0 && code !== 0x1680;
}

/** The counts for `raw` from `from` to `to` (the body of a note, or a whole imported file). Quoted words (a `>` line, text between quotation marks) are someone else's voice: they are not counted. */
export function countVoice(raw: string, from = 0, to = raw.length): VoiceCounts {
	const counts: VoiceCounts = { words: 0, firstPerson: 0, speechMarkers: 0, citedStamps: 0 };
	let lineStart = from;
	let quotedLine = opensQuoteLine(raw, from, to);
	let quoted = false;
	for (let i = from; i < to; ) {
		const code = raw.charCodeAt(i);
		const kind = code < 128 ? ASCII_CLASS[code] : isWordBeyondAscii(code) ? 1 : 0;
		if (kind === 0) {
			if (code === LF) {
				lineStart = i + 1;
				quotedLine = opensQuoteLine(raw, lineStart, to);
				quoted = false; // an unclosed quotation mark ends with its line
			} else if (code === QUOTATION_MARK) quoted = !quoted;
			else if (code === LEFT_DOUBLE_QUOTE || code === RIGHT_DOUBLE_QUOTE) quoted = code === LEFT_DOUBLE_QUOTE;
			else if ((code === 91 || code === 40) && i - lineStart >= CITED_STAMP_OFFSET && isStampAt(raw, i + 1, to)) counts.citedStamps++; // "[" or "("
			i++;
			continue;
		}
		let end = i + 1;
		for (let next = raw.charCodeAt(end); end < to && (next < 128 ? ASCII_CLASS[next] !== 0 : isWordBeyondAscii(next)); next = raw.charCodeAt(++end));
		if (!quoted && !quotedLine) {
			counts.words++;
			if (kind === 2) tallyWord(raw, i, end, to, counts);
		}
		i = end;
	}
	return counts;
}

/** The line from `at` opens with ">" after its indent: a blockquote. */
function opensQuoteLine(raw: string, at: number, to: number): boolean {
	let i = at;
	while (i < to && (raw.charCodeAt(i) === 32 || raw.charCodeAt(i) === 9)) i++;
	return raw.charCodeAt(i) === 62; // ">"
}

/** Counts the word [start, end) when it is the first person or a filler; only words opening with "i", "m", "o", "u" or "y" are read. */
function tallyWord(raw: string, start: number, end: number, to: number, counts: VoiceCounts): void {
	const first = lower(raw.charCodeAt(start));
	const length = end - start;
	if (first === 105 || first === 109) { // "i", "m"
		if (length <= LONGEST_FIRST_PERSON && mayBeFirstPerson(raw, start, first) && FIRST_PERSON.has(raw.slice(start, end).replace(RIGHT_QUOTE_PATTERN, "'").toLowerCase())) counts.firstPerson++;
		if (length === 1 && first === 105 && isFollowedBy(raw, end, to, " mean")) counts.speechMarkers++; // "I mean"
	} else if (first === 117) { // "u"
		if (length >= 2 && isFiller(raw, start, end)) counts.speechMarkers++;
	} else if (first === 121) { // "y"
		if ((length === 3 && isWordAt(raw, start, "you") && isFollowedBy(raw, end, to, " know")) || (length === 4 && isWordAt(raw, start, "yeah"))) counts.speechMarkers++;
	} else if (first === 111 && length === 4 && isWordAt(raw, start, "okay")) counts.speechMarkers++; // "o"
}

/** The word at `start` is `word` (lower case), its first letter in either case and the rest as written in lower case. */
function isWordAt(raw: string, start: number, word: string): boolean {
	for (let k = 1; k < word.length; k++) if (raw.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
	return lower(raw.charCodeAt(start)) === word.charCodeAt(0);
}

/** `text` (a space and a word) follows at `end`, as a whole word ending by `to`. */
function isFollowedBy(raw: string, end: number, to: number, text: string): boolean {
	if (end + text.length > to || !raw.startsWith(text, end)) return false;
	const after = raw.charCodeAt(end + text.length);
	return Number.isNaN(after) || (after < 128 ? ASCII_CLASS[after] === 0 : !isWordBeyondAscii(after));
}


const RIGHT_QUOTE_PATTERN = /’/g;

/** "I" only as a capital (a lower-case "i" opens "in", "is", "it"); "m" only before "e", "y" or "i" ("me", "my", "mine"). */
function mayBeFirstPerson(raw: string, start: number, first: number): boolean {
	if (first === 105) return raw.charCodeAt(start) === 73;
	const second = lower(raw.charCodeAt(start + 1));
	return second === 101 || second === 121 || second === 105;
}

/** "um", "umm", "uh", "uhh": a "u" and then only "m"s or only "h"s. */
function isFiller(raw: string, start: number, end: number): boolean {
	const second = lower(raw.charCodeAt(start + 1));
	if (second !== 109 && second !== 104) return false; // "m", "h"
	for (let i = start + 2; i < end; i++) if (lower(raw.charCodeAt(i)) !== second) return false;
	return true;
}

function lower(code: number): number {
	return code >= 65 && code <= 90 ? code + LOWER_CASE : code;
}

/** `\d{1,2}:\d{2}(?::\d{2})?` then "]" or ")" at `at`. */
function isStampAt(raw: string, at: number, to: number): boolean {
	if (!isDigit(raw.charCodeAt(at))) return false;
	let i = isDigit(raw.charCodeAt(at + 1)) ? at + 2 : at + 1;
	if (!isClockPart(raw, i)) return false;
	i += 3;
	if (isClockPart(raw, i)) i += 3; // the seconds of h:mm:ss
	const close = raw.charCodeAt(i);
	return i < to && (close === 93 || close === 41); // "]" or ")"
}

/** ":" and two digits at `at`. */
function isClockPart(raw: string, at: number): boolean {
	return raw.charCodeAt(at) === 58 && isDigit(raw.charCodeAt(at + 1)) && isDigit(raw.charCodeAt(at + 2));
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

const VOICES = new WeakMap<SourceText, VoiceCounts>();

/** The counts for a note's body's first VOICE_SAMPLE_CHARS (to the next word's end), measured on first request. */
export function voiceOf(source: SourceText): VoiceCounts {
	let counts = VOICES.get(source);
	if (!counts) {
		counts = countVoice(source.raw, source.bodyStart, sampleEnd(source.raw, source.bodyStart + VOICE_SAMPLE_CHARS));
		VOICES.set(source, counts);
	}
	return counts;
}

const LONGEST_WORD = 100; // characters: a cut is looked for this far past the sample's end

/** Where the sample ends: the first line break or space at or after `limit` (a one-line transcript has no line break), or `limit` itself. */
function sampleEnd(raw: string, limit: number): number {
	if (limit >= raw.length) return raw.length;
	for (let i = limit; i < Math.min(raw.length, limit + LONGEST_WORD); i++) {
		const code = raw.charCodeAt(i);
		if (code === LF || code === 32) return i;
	}
	return limit;
}

/** Occurrences per thousand words, zero for no words. */
export function perThousandWords(count: number, words: number): number {
	return words > 0 ? (count * 1000) / words : 0;
}

/** Occurrences in the counted text per thousand of its words. */
export function voiceRate(counts: VoiceCounts, count: number): number {
	return perThousandWords(count, counts.words);
}
