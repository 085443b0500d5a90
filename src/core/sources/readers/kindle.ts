// Kindle's `My Clippings.txt`: entries closed by "==========", each a book line "Title (Author)",
// a meta line "- Your Highlight on page 3 | Location 112-115 | Added on Monday, 12 June 2023 10:15:00",
// a blank line and the text. Bookmarks have no text. Byte-order marks open many entries.

import type { PassageSpan } from "../../model";
import { parseDateText } from "../../text/dates";
import type { FormatReading } from "../format";
import { type SourceText, contentEnd, contentStart, isBlankLine, lineAt } from "../source-text";

const SEPARATOR = /^\uFEFF?={8,}\s*$/;
const META = /^\uFEFF?-\s?Your (Highlight|Note|Bookmark|Clip)/i;
const BOOK_LINE = /^\uFEFF?(.*?)\s*(?:\(([^()]*)\))?\s*$/;

interface ClippingEntry {
	book: string;
	author: string | null;
	date: string | null;
	passage: PassageSpan | null;
}

export function readKindleClippings(source: SourceText): FormatReading {
	const entries: ClippingEntry[] = [];
	const excluded: number[] = [];
	let entryStart = 0;
	const lineCount = source.lineStarts.length;
	for (let index = 0; index <= lineCount; index++) {
		if (index < lineCount && !SEPARATOR.test(lineAt(source, index))) continue;
		const entry = readEntry(source, entryStart, index, excluded);
		if (entry) entries.push(entry);
		if (index < lineCount) excluded.push(source.lineStarts[index], source.lineEnds[index]);
		entryStart = index + 1;
	}
	const books = new Set(entries.map((entry) => entry.book));
	const dates = entries.map((entry) => entry.date).filter((date): date is string => date !== null).sort();
	const first = entries[0];
	return {
		passages: entries.map((entry) => entry.passage).filter((passage): passage is PassageSpan => passage !== null),
		excluded,
		hints: {
			title: books.size === 1 && first ? first.book : `Kindle clippings from ${books.size} books`,
			author: books.size === 1 && first ? first.author : null,
			highlightDate: dates[0] ?? null, // "Added on" is when it was highlighted, not published
		},
	};
}

function readEntry(source: SourceText, from: number, to: number, excluded: number[]): ClippingEntry | null {
	let index = from;
	while (index < to && isBlankLine(source, index)) index++;
	if (index >= to) return null;
	const bookLine = lineAt(source, index).trim();
	excluded.push(source.lineStarts[index], source.lineEnds[index]);
	const book = BOOK_LINE.exec(bookLine);
	const entry: ClippingEntry = { book: (book?.[1] ?? bookLine).trim(), author: book?.[2]?.trim() || null, date: null, passage: null };
	index++;
	if (index < to && META.test(lineAt(source, index))) {
		const meta = lineAt(source, index);
		entry.date = parseDateText(meta.slice(meta.search(/added on/i) + 1));
		excluded.push(source.lineStarts[index], source.lineEnds[index]);
		index++;
	}
	let first = -1;
	let last = -1;
	for (; index < to; index++) {
		if (isBlankLine(source, index)) continue;
		if (first < 0) first = index;
		last = index;
	}
	if (first >= 0) entry.passage = { start: contentStart(source, first), end: contentEnd(source, last), heading: entry.book };
	return entry;
}
