// Snippet texts kept at one byte a character. V8 stores a string in one byte a character only when
// every character is Latin-1; one curly quote or em dash makes the whole string two bytes a character.
// A record's snippets are joined into one string, so a single "—" in a note doubled the memory of all
// its snippets. Each character beyond Latin-1, and the escape itself, is written instead as three
// Latin-1 characters: the escape ÿ (U+00FF, the rarest letter of Latin-1 text), then the high and
// the low byte of its UTF-16 code unit. Snippet ends count in the packed text; a snippet is unpacked
// when it is read.

const ESCAPE = "\u00ff";
const NEEDS_ESCAPE = /[\u00ff-\uffff]/;
const NEEDS_ESCAPE_ALL = /[\u00ff-\uffff]/g;
const PACKED_ALL = /\u00ff([\s\S])([\s\S])/g;
const BYTE = 8; // bits in the low byte of a code unit
const LOW_BYTE = 0xff; // mask of the low byte

/** The text with every character beyond Latin-1, and ÿ, written as ÿ and its two bytes. */
export function packLatin(text: string): string {
	if (!NEEDS_ESCAPE.test(text)) return text;
	return text.replace(NEEDS_ESCAPE_ALL, (char) => {
		const code = char.charCodeAt(0);
		return ESCAPE + String.fromCharCode(code >>> BYTE, code & LOW_BYTE);
	});
}

/** The text packLatin was given. */
export function unpackLatin(packed: string): string {
	if (!packed.includes(ESCAPE)) return packed;
	return packed.replace(PACKED_ALL, (_match, high: string, low: string) => String.fromCharCode((high.charCodeAt(0) << BYTE) | low.charCodeAt(0)));
}
