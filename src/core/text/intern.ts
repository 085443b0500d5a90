// One shared copy of the short strings that recur across thousands of records: theme ids, the texts
// of mentions ("scaling laws", "Scaling"), tags, formats. The table is bounded, so a vault of odd
// strings costs at most its size; past it, strings are kept as given.

const MAX_INTERNED = 50_000; // a few MB at most; real vaults repeat far fewer distinct short strings
const LONGEST_INTERNED = 64; // longer strings rarely repeat (snippets, titles)

const table = new Map<string, string>();

/** The shared copy of `text`; the first time, `keep` makes the copy kept (past the table's bound, the copy given). */
function shared(text: string, keep: (text: string) => string): string {
	if (text.length > LONGEST_INTERNED) return text;
	const known = table.get(text);
	if (known !== undefined) return known;
	const kept = keep(text);
	if (table.size < MAX_INTERNED) table.set(kept, kept);
	return kept;
}

const itself = (text: string): string => text;

/** The shared copy of `text` (a detached copy the first time, so it never pins a note's text). */
export function intern(text: string): string {
	return shared(text, detach);
}

/** As intern, for a string known to share no memory with a note (JSON.parse or a structured clone made it): kept as the shared copy without copying it. */
export function internOwn(text: string): string {
	return shared(text, itself);
}

const WIDE = /[\u0100-\uffff]/; // a character beyond Latin-1: the string must be two bytes a character
const encoder = new TextEncoder();
const decoder = new TextDecoder();
let scratch = new Uint8Array(4096); // UTF-8 of the text being copied; grown by doubling, never shrunk

/** A one-byte copy of a text with no character beyond Latin-1 (each is at most two bytes of UTF-8). */
function oneByteCopy(text: string): string {
	if (scratch.length < text.length * 2) scratch = new Uint8Array(Math.max(text.length * 2, scratch.length * 2));
	const { written } = encoder.encodeInto(text, scratch);
	return decoder.decode(scratch.subarray(0, written)); // decoding makes a one-byte string when every character fits
}

/**
 * A copy of a string that shares no memory with the note text it was cut from (V8 slices do), in
 * one byte a character whenever its characters allow. A slice of a note that holds one curly quote
 * anywhere is two bytes a character even when the slice itself is plain ASCII (about half the notes
 * of the bench's vault), and so would be a plain copy of it: a UTF-8 round trip makes it one-byte.
 * Otherwise, joining a space in front makes a new flat string when it is read (one copy of the
 * characters); the slice then points into that copy, never into the note.
 */
export function detach(text: string): string {
	if (!WIDE.test(text)) return text.length === 0 ? text : oneByteCopy(text);
	if (text.length < 13) return text; // V8 copies strings shorter than 13 anyway
	const copy = ` ${text}`;
	void copy.charCodeAt(copy.length - 1); // reading it flattens the pair into one new string
	return copy.slice(1);
}

const NOTHING: readonly never[] = Object.freeze([]);

/** The list, or one shared empty list when it is empty: most records hold several empty lists (frozen, so nothing can add to it). */
export function sharedIfEmpty<T>(list: T[]): T[] {
	return list.length === 0 ? (NOTHING as never[]) : list;
}
