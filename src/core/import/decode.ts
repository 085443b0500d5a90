// Bytes of an import file to text, the same in the shell and the app (TextDecoder only, so it runs
// on mobile too): UTF-16 by its byte-order mark; NUL bytes without one mean binary; strict UTF-8
// (with or without its mark), else Windows-1252, which decodes every byte.

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024; // 50 MB: far above any transcript or clippings file
const BYTES_PER_MB = 1024 * 1024;

/** Plain words for a file over the limit; null when the size is fine. */
export function sizeProblem(size: number): string | null {
	if (size <= MAX_IMPORT_BYTES) return null;
	return `the file is too large to import (${Math.round(size / BYTES_PER_MB)} MB; the limit is 50 MB)`;
}

/** The text of a file's bytes, or null for binary content. */
export function decodeText(bytes: Uint8Array): string | null {
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
	if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
	if (bytes.includes(0)) return null;
	try {
		return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		// Not UTF-8: old caption files are often Windows-1252.
		return new TextDecoder("windows-1252").decode(bytes);
	}
}
