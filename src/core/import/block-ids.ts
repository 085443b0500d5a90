// Block ids on the paragraphs Throughline's importer writes, so that a hub (or any link) can name
// the paragraph itself: `[[Talk#^t-754]]` opens at 12:34 instead of the top of a two-hour transcript.
// Ids come from the paragraph's own timestamp, else its order, so that the same input always gives
// the same ids (a re-import writes byte-identical notes) and a reader can guess an id from a time.
import { parseTimecode } from "../text/timecode";
import { uniqueId } from "./highlights";

/** `[1:02:03] …` or `[0:17] Speaker 2: …`: the stamp a timed paragraph opens with. */
const OPENING_STAMP = /^\[(\d{1,3}:\d{2}(?::\d{2})?)\]/;
/** A closing ` ^id`, as Obsidian reads one at the end of a paragraph (letters, digits, hyphens). */
const CLOSING_ID = /[ \t]\^[A-Za-z0-9-]+[ \t]*$/;
/** Openers of blocks whose last line cannot take an id without changing what they are: headings, fences, tables, HTML, maths, comments. */
const STRUCTURED_OPENER = /^(?:#{1,6}(?:\s|$)|`{3,}|~{3,}|\||<|\$\$|%%)/;
/** A fence or maths line anywhere in a block: an id after it would land inside or break it. */
const FENCE_LINE = /^\s*(?:`{3,}|~{3,}|\$\$)/m;

/** The id a paragraph gets before de-duplication: `t-<seconds>` when it opens with a stamp, else `p-<order>`. */
export function baseParagraphId(paragraph: string, order: number): string {
	const stamp = OPENING_STAMP.exec(paragraph);
	const seconds = stamp ? parseTimecode(stamp[1]) : null;
	return seconds === null ? `p-${order + 1}` : `t-${Math.floor(seconds)}`;
}

/** True when ` ^id` can close the paragraph without changing how Obsidian reads it. */
export function canCarryBlockId(paragraph: string): boolean {
	const text = paragraph.trim();
	if (text === "" || CLOSING_ID.test(text)) return false;
	return !STRUCTURED_OPENER.test(text) && !FENCE_LINE.test(text);
}

export interface IdentifiedParagraph {
	text: string;
	/** Null when the paragraph cannot carry one (a heading, a table, code). */
	id: string | null;
}

/** Each paragraph with the id it carries; ids are unique in the note and among `taken`. */
export function identifyParagraphs(paragraphs: readonly string[], taken: ReadonlySet<string> = new Set()): IdentifiedParagraph[] {
	const used = new Set(taken);
	return paragraphs.map((text, order) => {
		if (!canCarryBlockId(text)) return { text, id: null };
		const id = uniqueId(baseParagraphId(text, order), used);
		used.add(id);
		return { text, id };
	});
}

/** The paragraphs as a note body: each closed by its ` ^id`, blank lines between. */
export function paragraphsWithIds(paragraphs: readonly string[]): string {
	return identifyParagraphs(paragraphs)
		.map(({ text, id }) => (id === null ? text : `${text} ^${id}`))
		.join("\n\n");
}

/** A paragraph's text without its closing ` ^id`. */
export function withoutClosingId(paragraph: string): string {
	return paragraph.replace(CLOSING_ID, "");
}

/** Every block id a note holds. */
export function blockIdsIn(note: string): Set<string> {
	const ids = new Set<string>();
	for (const match of note.matchAll(/\s\^([A-Za-z0-9-]+)[ \t]*\r?$/gm)) ids.add(match[1]);
	return ids;
}

/** Blank lines (any run, LF or CRLF) between paragraphs, captured so that splitting keeps every byte. */
const PARAGRAPH_BREAK = /(\r?\n(?:[ \t]*\r?\n)+)/;

/**
 * Gives the paragraphs of `current` that `markdown` (the note as the importer writes it now) holds
 * word for word the id it gives them there. Paragraphs the reader edited, and every other byte, stay as they are.
 */
export function addMissingParagraphIds(current: string, markdown: string): { text: string; added: number } {
	const wanted = idsByParagraph(markdown);
	const used = blockIdsIn(current);
	let added = 0;
	const pieces = current.split(PARAGRAPH_BREAK).map((piece, index) => {
		if (index % 2 === 1) return piece; // a separator
		const content = piece.replace(/\s+$/, "");
		const id = wanted.get(content.replace(/\r/g, ""));
		if (id === undefined || !canCarryBlockId(content)) return piece;
		const free = uniqueId(id, used);
		used.add(free);
		added++;
		return `${content} ^${free}${piece.slice(content.length)}`;
	});
	return { text: pieces.join(""), added };
}

/** Each paragraph's text (without its id) → the id the importer gives it. */
function idsByParagraph(markdown: string): Map<string, string> {
	const ids = new Map<string, string>();
	for (const paragraph of markdown.split(PARAGRAPH_BREAK)) {
		const id = / \^([A-Za-z0-9-]+)$/.exec(paragraph.trimEnd());
		if (id && !ids.has(withoutClosingId(paragraph.trimEnd()))) ids.set(withoutClosingId(paragraph.trimEnd()), id[1]);
	}
	return ids;
}
