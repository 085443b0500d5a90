// Bytes of a picked or dropped file to text, as the shell's importer decodes them: UTF-8 (with or
// without its byte-order mark), UTF-16 with its mark, else Windows-1252. Refuses in plain words
// what is not text: empty, too large, binary. Uses only TextDecoder, so it runs on mobile too.

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024; // 50 MB, as in the shell: far above any transcript or clippings file
const BYTES_PER_MB = 1024 * 1024;

/** Decoded text, or the reason in plain words why the file cannot be read. */
export type DecodedFile = { text: string; problem: null } | { text: null; problem: string };

/** Plain words for a file over the limit; null when the size is fine. */
export function sizeProblem(size: number): string | null {
	if (size <= MAX_IMPORT_BYTES) return null;
	return `the file is too large to import (${Math.round(size / BYTES_PER_MB)} MB; the limit is 50 MB)`;
}

/** Decodes a file's bytes; the converters then check the text itself (binary, empty, format). */
export function decodeImportBytes(buffer: ArrayBuffer | Uint8Array): DecodedFile {
	const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
	const tooLarge = sizeProblem(bytes.length);
	if (tooLarge !== null) return { text: null, problem: tooLarge };
	if (bytes.length === 0) return { text: null, problem: "the file is empty" };
	const text = decodeText(bytes);
	return text === null ? { text: null, problem: "the file is binary, not text" } : { text, problem: null };
}

/** UTF-16 by its byte-order mark; NUL bytes without one mean binary; strict UTF-8, else Windows-1252. */
function decodeText(bytes: Uint8Array): string | null {
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
	if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
	if (bytes.includes(0)) return null;
	try {
		return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		// Not UTF-8: old caption files are often Windows-1252, which decodes every byte.
		return new TextDecoder("windows-1252").decode(bytes);
	}
}

/** "3.2 MB", "840 KB": sizes as a progress notice shows them. */
export function describeSize(bytes: number): string {
	if (bytes >= BYTES_PER_MB) return `${(bytes / BYTES_PER_MB).toFixed(1)} MB`;
	return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
