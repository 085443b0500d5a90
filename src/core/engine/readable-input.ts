// Refuses what is not a text note before any parser sees it, with a plain-words reason.

const MAX_NOTE_CHARS = 50_000_000; // 50 M characters: far beyond any real transcript; above it we refuse rather than stall
const BINARY_SAMPLE = 8192; // the first 8 KB tell a binary file from text

/** Null when the text can be indexed, else why not. */
export function checkReadable(raw: string): string | null {
	if (raw.length > MAX_NOTE_CHARS) return `the note is too large to index (${Math.round(raw.length / 1_000_000)} million characters; the limit is 50 million)`;
	const sample = raw.length > BINARY_SAMPLE ? raw.slice(0, BINARY_SAMPLE) : raw;
	if (sample.includes("\u0000")) return "the note holds binary data (NUL bytes), not text; it was not indexed";
	return null;
}
