// Bytes of a picked or dropped file to text, as the shell's importer decodes them: UTF-8 (with or
// without its byte-order mark), UTF-16 with its mark, else Windows-1252. Refuses in plain words
// what is not text: empty, too large, binary. Uses only TextDecoder, so it runs on mobile too.

import { decodeText, MAX_IMPORT_BYTES, sizeProblem } from "../core/import/decode";

export { MAX_IMPORT_BYTES, sizeProblem };
const BYTES_PER_MB = 1024 * 1024;

/** Decoded text, or the reason in plain words why the file cannot be read. */
export type DecodedFile = { text: string; problem: null } | { text: null; problem: string };

/** Decodes a file's bytes; the converters then check the text itself (binary, empty, format). */
export function decodeImportBytes(buffer: ArrayBuffer | Uint8Array): DecodedFile {
	const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
	const tooLarge = sizeProblem(bytes.length);
	if (tooLarge !== null) return { text: null, problem: tooLarge };
	if (bytes.length === 0) return { text: null, problem: "the file is empty" };
	const text = decodeText(bytes);
	return text === null ? { text: null, problem: "the file is binary, not text" } : { text, problem: null };
}

/** "3.2 MB", "840 KB": sizes as a progress notice shows them. */
export function describeSize(bytes: number): string {
	if (bytes >= BYTES_PER_MB) return `${(bytes / BYTES_PER_MB).toFixed(1)} MB`;
	return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
