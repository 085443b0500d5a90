// Note names that every file system and Obsidian's links accept.

const MAX_NAME_LENGTH = 100; // long enough for real titles, short enough for Windows' 260-character paths
const FALLBACK_NAME = "Untitled import";

/** A file name (without `.md`) safe on Windows, macOS, Linux and in wiki-links. */
export function safeFileName(title: string): string {
	let name = withoutControlCharacters(title)
		// File systems forbid / \ : * ? " < > |; Obsidian links break on # ^ [ ].
		.replace(/[/\\:*?"<>|#^[\]]/g, " ")
		.replace(/\s+/g, " ")
		.trim()
		.replace(/^[.\s]+/, "");
	if (name.length > MAX_NAME_LENGTH) name = cutAtWord(name, MAX_NAME_LENGTH);
	// Windows drops trailing dots and spaces, which would make two names collide.
	name = name.replace(/[.\s]+$/, "");
	return name === "" ? FALLBACK_NAME : name;
}

function withoutControlCharacters(text: string): string {
	let clean = "";
	for (const char of text) {
		const code = char.charCodeAt(0);
		clean += code < 32 || code === 127 ? " " : char; // tabs, newlines, NUL: never part of a name
	}
	return clean;
}

function cutAtWord(text: string, limit: number): string {
	const cut = text.slice(0, limit);
	const space = cut.lastIndexOf(" ");
	// Only back up to a word boundary when it does not throw away most of the name.
	return space > limit / 2 ? cut.slice(0, space) : cut;
}

/** `Title.md`, `Title 2.md`, `Title 3.md`, … for the n-th candidate (n from 1). */
export function candidatePath(folder: string, fileName: string, n: number): string {
	const prefix = folder === "" ? "" : `${folder.replace(/\/+$/, "")}/`;
	return n <= 1 ? `${prefix}${fileName}.md` : `${prefix}${fileName} ${n}.md`;
}
