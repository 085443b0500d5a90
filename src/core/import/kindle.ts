// Kindle's `My Clippings.txt`: entries between `==========` lines, one note per book.
import { readCalendarDate } from "./dates";
import { bookNote, type HighlightEntry } from "./highlights";
import { collapseWhitespace, normalizeLineEndings } from "./text-input";
import type { ImportedNote } from "./types";

const SEPARATOR = /^={10}[ \t]*$/m;

interface Clipping {
	book: string;
	type: "highlight" | "note" | "bookmark";
	page: string | null;
	locationStart: number | null;
	locationEnd: number | null;
	date: string | null;
	text: string;
}

export function looksLikeKindleClippings(text: string): boolean {
	return SEPARATOR.test(text) && /^- ?(?:Your )?(?:Highlight|Note|Bookmark)\b/im.test(text);
}

/** One note per book, in the order the books first appear; bookmarks (no text) are skipped. */
export function convertKindleClippings(raw: string, importedFrom: string): ImportedNote[] {
	const books = new Map<string, BookClippings>();
	for (const clipping of readClippings(raw)) {
		if (clipping.type === "bookmark" || clipping.text === "") continue;
		const book = books.get(clipping.book) ?? { entries: [], seen: new Set<string>() };
		books.set(clipping.book, book);
		addClipping(book, clipping);
	}
	const notes: ImportedNote[] = [];
	for (const [book, { entries }] of books) {
		if (entries.length === 0) continue;
		const { title, author } = splitBookLine(book);
		notes.push(bookNote({ title, author, format: "kindle", importedFrom, entries }));
	}
	return notes;
}

/** One book's entries so far, and the location + text of each, to drop repeats in one look-up. */
interface BookClippings {
	entries: HighlightEntry[];
	seen: Set<string>;
}

function addClipping({ entries, seen }: BookClippings, clipping: Clipping): void {
	const location = formatLocation(clipping);
	if (clipping.type === "note") {
		const target = findHighlightFor(entries, clipping);
		if (target) {
			target.note = target.note ? `${target.note} ${clipping.text}` : clipping.text;
			return;
		}
	}
	const key = `${location ?? ""}\n${collapseWhitespace(clipping.text)}`; // a location never holds a line break
	if (seen.has(key)) return; // Kindle repeats a clipping when a book is re-synced
	seen.add(key);
	entries.push({
		text: clipping.text,
		location,
		locationKind: location ? "location" : "page",
		page: clipping.page,
		date: clipping.date,
		note: null,
		tags: [],
		standaloneNote: clipping.type === "note",
	});
}

/** Kindle writes a note at the last location of the highlight it belongs to. */
function findHighlightFor(entries: HighlightEntry[], note: Clipping): HighlightEntry | null {
	if (note.locationStart === null) return null;
	for (let i = entries.length - 1; i >= 0; i--) {
		const entry = entries[i];
		if (entry.standaloneNote || !entry.location) continue;
		const [start, end] = entry.location.split("-").map(Number);
		if (note.locationStart >= start && note.locationStart <= (end || start)) return entry;
	}
	return null;
}

function formatLocation(clipping: Clipping): string | null {
	if (clipping.locationStart === null) return null;
	const end = clipping.locationEnd;
	return end !== null && end !== clipping.locationStart ? `${clipping.locationStart}-${end}` : String(clipping.locationStart);
}

function readClippings(raw: string): Clipping[] {
	const clippings: Clipping[] = [];
	for (const chunk of normalizeLineEndings(raw).split(SEPARATOR)) {
		const lines = chunk.split("\n").map((line) => line.trim());
		let first = 0;
		while (first < lines.length && lines[first] === "") first++;
		if (lines.length - first < 2) continue;
		const clipping = readClipping(lines[first], lines[first + 1], lines.slice(first + 2).join("\n").trim());
		if (clipping) clippings.push(clipping);
	}
	return clippings;
}

function readClipping(book: string, meta: string, text: string): Clipping | null {
	const type = /\b(Highlight|Note|Bookmark)\b/i.exec(meta);
	if (!type || !meta.startsWith("-")) return null;
	const page = /\bpage ([0-9ivxlcdm]+(?:-[0-9ivxlcdm]+)?)/i.exec(meta);
	const location = /\b(?:Location|Loc\.) (\d+)(?:-(\d+))?/i.exec(meta);
	const added = /Added on (.*)$/i.exec(meta);
	const start = location ? Number(location[1]) : null;
	return {
		book,
		type: type[1].toLowerCase() as Clipping["type"],
		page: page ? page[1] : null,
		locationStart: start,
		locationEnd: location && location[2] ? expandShortEnd(location[1], location[2]) : null,
		date: added ? readCalendarDate(added[1]) : null,
		text,
	};
}

/** Old Kindles shorten ranges: "Loc. 1170-72" means 1170–1172. */
function expandShortEnd(start: string, end: string): number {
	if (end.length >= start.length) return Number(end);
	return Number(start.slice(0, start.length - end.length) + end);
}

/** "Title (Author)" → title and author; the last parenthesis is the author. */
export function splitBookLine(line: string): { title: string; author: string | null } {
	const match = /^(.*\S)\s*\(([^()]+)\)$/.exec(line.trim());
	if (!match) return { title: line.trim() || "Untitled book", author: null };
	return { title: match[1].trim(), author: match[2].trim() };
}
