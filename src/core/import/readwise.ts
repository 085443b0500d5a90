// Readwise exports: the CSV of all highlights (one note per book) and markdown files that already
// are notes (frontmatter added, body kept).
import { csvRecords, parseCsv } from "./csv";
import { readCalendarDate } from "./dates";
import { buildFrontmatter } from "./frontmatter";
import { bookNote, cleanTag, type HighlightEntry } from "./highlights";
import { safeFileName } from "./file-name";
import { normalizeLineEndings, stemOf } from "./text-input";
import type { ImportedNote } from "./types";

export function looksLikeReadwiseCsv(text: string): boolean {
	const header = parseCsv(text.slice(0, 2000))[0] ?? []; // the header row is well within 2 KB
	const names = header.map((name) => name.trim());
	return names.includes("Highlight") && names.includes("Book Title");
}

/** One highlights note per book or article of the CSV, in the order they first appear. */
export function convertReadwiseCsv(raw: string, importedFrom: string): ImportedNote[] {
	const books = new Map<string, { title: string; author: string | null; entries: HighlightEntry[]; tags: Set<string> }>();
	for (const record of csvRecords(normalizeLineEndings(raw))) {
		const text = (record["Highlight"] ?? "").trim();
		if (text === "") continue;
		const title = (record["Book Title"] ?? "").trim() || "Untitled";
		const author = (record["Book Author"] ?? "").trim() || null;
		const key = `${title}\u0000${author ?? ""}`;
		const book = books.get(key) ?? { title, author, entries: [], tags: new Set<string>() };
		books.set(key, book);
		for (const tag of splitTags(record["Document tags"])) book.tags.add(tag);
		book.entries.push(entryFrom(record, text));
	}
	return [...books.values()].map((book) =>
		bookNote({ title: book.title, author: book.author, format: "readwise-csv", importedFrom, entries: book.entries, tags: [...book.tags] }),
	);
}

function entryFrom(record: Record<string, string>, text: string): HighlightEntry {
	const kind = (record["Location Type"] ?? "").trim().toLowerCase();
	const location = (record["Location"] ?? "").trim() || null;
	return {
		text,
		location,
		locationKind: kind === "" || kind === "order" ? "location" : kind.replace(/[^a-z]/g, "") || "location",
		page: kind === "page" ? location : null,
		date: readCalendarDate(record["Highlighted at"] ?? ""),
		note: (record["Note"] ?? "").trim() || null,
		tags: splitTags(record["Tags"]),
	};
}

function splitTags(field: string | undefined): string[] {
	return (field ?? "").split(/[,;]/).map(cleanTag).filter((tag) => tag !== "");
}

/** Readwise markdown: the official plugin's `## Metadata` list, or a custom template with YAML. */
export function looksLikeReadwiseMarkdown(text: string): boolean {
	return /^## Highlights\s*$/m.test(text) || /^(readwise_url|highlight_id|book_id):/m.test(text) || /\(\[View Highlight\]\(/.test(text);
}

/** The file as a note: frontmatter added (or completed) with what the `## Metadata` list says. */
export function convertReadwiseMarkdown(raw: string, importedFrom: string): ImportedNote {
	const text = normalizeLineEndings(raw);
	const meta = (name: string): string | null => {
		const match = new RegExp(`^- ${name}:\\s*(.+)$`, "m").exec(text);
		return match ? match[1].trim().replace(/^\[\[(.*)\]\]$/, "$1") : null;
	};
	const heading = /^# (.+)$/m.exec(text);
	const title = meta("Full Title") ?? meta("Title") ?? (heading ? heading[1].trim() : stemOf(importedFrom));
	const author = meta("Author");
	const source = meta("URL");
	const frontmatter = buildFrontmatter({ kind: "highlights", format: "readwise", title, author, source, importedFrom });
	const markdown = text.startsWith("---\n") ? mergeIntoFrontmatter(text, frontmatter) : `${frontmatter}\n${text.replace(/^\n+/, "")}`;
	return { title, fileName: safeFileName(title), markdown: markdown.endsWith("\n") ? markdown : `${markdown}\n`, kind: "highlights", format: "readwise", author };
}

/** Adds our keys that the file's own frontmatter lacks, just before its closing `---`. */
function mergeIntoFrontmatter(text: string, ours: string): string {
	const close = text.indexOf("\n---", 3);
	if (close < 0) return `${ours}\n${text}`;
	const existing = text.slice(4, close);
	const keys = new Set(existing.split("\n").map((line) => /^([\w-]+):/.exec(line)?.[1]).filter(Boolean));
	const missing = ours
		.split("\n")
		.filter((line) => /^[\w-]+: /.test(line) && !keys.has(line.slice(0, line.indexOf(":"))))
		.filter((line) => !line.startsWith("tags:"));
	if (missing.length === 0) return text;
	return `${text.slice(0, close)}\n${missing.join("\n")}${text.slice(close)}`;
}

