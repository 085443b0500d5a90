// Refuses what is not a text note before any parser sees it, with a plain-words reason.

const MAX_NOTE_CHARS = 50_000_000; // 50 M characters: far beyond any real transcript; above it we refuse rather than stall
const BINARY_SAMPLE = 8192; // the first 8 KB tell a binary file from text
const BINARY_SHARE = 0.1; // text has almost no control or undecodable characters; binary has many more than 1 in 10
const REPLACEMENT = 0xfffd; // what a UTF-8 reader puts where bytes were not UTF-8

/** True for characters text never holds: C0 controls other than tab, line breaks and form feed, and U+FFFD. */
function isBinaryChar(code: number): boolean {
	if (code === REPLACEMENT) return true;
	return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
}

function binaryShare(sample: string): number {
	let count = 0;
	for (let i = 0; i < sample.length; i++) if (isBinaryChar(sample.charCodeAt(i))) count++;
	return sample.length === 0 ? 0 : count / sample.length;
}

/** Null when the text can be indexed, else why not. */
export function checkReadable(raw: string): string | null {
	if (raw.length > MAX_NOTE_CHARS) return `the note is too large to index (${Math.round(raw.length / 1_000_000)} million characters; the limit is 50 million)`;
	const sample = raw.length > BINARY_SAMPLE ? raw.slice(0, BINARY_SAMPLE) : raw;
	if (sample.includes("\u0000")) return "the note holds binary data (NUL bytes), not text; it was not indexed";
	if (binaryShare(sample) > BINARY_SHARE) return "the note holds binary data, not text (many of its bytes are not characters); it was not indexed";
	return null;
}

/**
 * Null for clean text; else a warning for a note that holds bytes that are not UTF-8 (a file saved as
 * Latin-1 or Windows-1252). Such a note is indexed, but writing it back would change those bytes,
 * so the warning also keeps Throughline's writes away from it.
 */
export function encodingWarning(raw: string): string | null {
	if (raw.indexOf("\ufffd") < 0) return null;
	return "the note is not valid UTF-8 (perhaps saved as Latin-1 or Windows-1252); it was indexed, but Throughline will not write to it";
}
