// Text as it arrives from disk or the clipboard: byte-order marks, CRLF, stray carriage returns.

/** Removes every BOM (Kindle puts one at the start of many entries) and turns CRLF / CR into LF. */
export function normalizeLineEndings(text: string): string {
	const withoutBom = text.replace(/\uFEFF/g, "");
	if (!withoutBom.includes("\n")) return withoutBom.replace(/\r/g, "\n");
	// A lone CR beside LF endings is noise (YouTube captions have them); it becomes nothing.
	return withoutBom.replace(/\r\n/g, "\n").replace(/\r/g, "");
}

/** Collapses runs of whitespace to one space and trims. */
export function collapseWhitespace(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}

/** The last segment of a path written with either slash. */
export function baseName(fileName: string): string {
	const parts = fileName.split(/[\\/]/);
	return parts[parts.length - 1] ?? fileName;
}

/** Lower-case extension without the dot, or "" when there is none. */
export function extensionOf(fileName: string): string {
	const name = baseName(fileName);
	const dot = name.lastIndexOf(".");
	return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** The file name without folders and without its extension. */
export function stemOf(fileName: string): string {
	const name = baseName(fileName);
	const dot = name.lastIndexOf(".");
	return dot > 0 ? name.slice(0, dot) : name;
}

/** True when the text holds NUL or other control bytes that no text file has. */
export function looksBinary(text: string): boolean {
	const sample = text.slice(0, 8192); // the first 8 KB tell, as they do for git and grep
	let control = 0;
	for (let i = 0; i < sample.length; i++) {
		const code = sample.charCodeAt(i);
		if (code === 0) return true;
		if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++;
	}
	return control > sample.length / 100; // more than 1% control characters is not prose
}
