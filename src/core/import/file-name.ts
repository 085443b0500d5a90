// Note names that every file system and Obsidian's links accept, cut the way a reader would shorten
// a long title: at a word boundary, with no dangling punctuation, joining word or half a parenthesis.

const MAX_NAME_LENGTH = 100; // long enough for real titles, short enough for Windows' 260-character paths
const FALLBACK_NAME = "Untitled import";
const SHORTEST_KEPT = 20; // a cut that would leave less than this of a parenthesis's lead-in keeps the words inside it instead

// What may not end a shortened name: separators and openers (`,` `;` `-` `(` `“`…) and the words that join
// a title's parts (`and`, `of`, `the`…): "Power Pivot for Excel and" reads as cut off. Closers stay.
const DANGLING_MARKS = /[\s,;:.·•\-–—/&+({‘“«]+$/;
const JOINING_WORDS = new Set(["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "vs", "with"]);

/** A file name (without `.md`) safe on Windows, macOS, Linux and in wiki-links. */
export function safeFileName(title: string): string {
	let name = withoutControlCharacters(title)
		// File systems forbid / \ : * ? " < > |; Obsidian links break on # ^ [ ].
		.replace(/[/\\:*?"<>|#^[\]]/g, " ")
		.replace(/\s+/g, " ")
		.trim()
		.replace(/^[.\s]+/, "");
	if (name.length > MAX_NAME_LENGTH) name = shortenTitle(name, MAX_NAME_LENGTH);
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

/**
 * At most `limit` characters of `text`, cut where a reader would cut: after a whole word, then
 * without an unclosed parenthesis (its lead-in is kept, or the words inside it when the lead-in is
 * short), a trailing mark or a joining word. Only a first word longer than the limit is cut inside.
 */
export function shortenTitle(text: string, limit: number): string {
	if (text.length <= limit) return text;
	const cut = withinLimit(text, limit);
	const words = atWordBoundary(text, cut);
	return withoutDanglingEnd(withoutOpenParenthesis(words)) || words;
}

/** The first `limit` characters, one fewer when the limit would split a surrogate pair (an emoji). */
function withinLimit(text: string, limit: number): string {
	const code = text.charCodeAt(limit - 1);
	return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit); // a high surrogate needs the character after it
}

/** `cut` backed up to its last whole word, unless the word after it is whole already (or there is no space). */
function atWordBoundary(text: string, cut: string): string {
	if (text.charAt(cut.length) === " ") return cut;
	const space = cut.lastIndexOf(" ");
	return space > 0 ? cut.slice(0, space) : cut;
}

/** Without the parentheses the cut left open: "Power BI (Allington," becomes "Power BI". */
function withoutOpenParenthesis(text: string): string {
	let current = text;
	for (let open = lastUnclosed(current); open >= 0; open = lastUnclosed(current)) {
		const leadIn = current.slice(0, open).trimEnd();
		current = leadIn.length >= SHORTEST_KEPT ? leadIn : current.slice(0, open) + current.slice(open + 1);
	}
	return current;
}

/** Where the last "(" or "{" without its closing bracket is, or -1. */
function lastUnclosed(text: string): number {
	const open: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const char = text.charAt(i);
		if (char === "(" || char === "{") open.push(i);
		else if ((char === ")" || char === "}") && open.length > 0) open.pop();
	}
	return open.length > 0 ? open[open.length - 1] : -1;
}

/** Without trailing marks and joining words, repeated while one uncovers another ("Excel, and"). */
function withoutDanglingEnd(text: string): string {
	let current = text;
	for (;;) {
		const trimmed = current.replace(DANGLING_MARKS, "");
		const space = trimmed.lastIndexOf(" ");
		const lastWord = trimmed.slice(space + 1).toLowerCase();
		const next = space > 0 && JOINING_WORDS.has(lastWord) ? trimmed.slice(0, space) : trimmed;
		if (next === current) return current;
		current = next;
	}
}

/** `Title.md`, `Title 2.md`, `Title 3.md`, … for the n-th candidate (n from 1). */
export function candidatePath(folder: string, fileName: string, n: number): string {
	const prefix = folder === "" ? "" : `${folder.replace(/\/+$/, "")}/`;
	return n <= 1 ? `${prefix}${fileName}.md` : `${prefix}${fileName} ${n}.md`;
}
