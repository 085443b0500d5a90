// Highlight notes (one per book or article): quote blocks with a stable block id each, so that a
// later import can tell which highlights are already in the note and append only the new ones.
import { buildFrontmatter } from "./frontmatter";
import { earliestDate } from "./dates";
import { safeFileName } from "./file-name";
import { collapseWhitespace } from "./text-input";
import type { HighlightBlock, ImportedNote } from "./types";

export interface HighlightEntry {
	text: string;
	/** "170-172", "12", "0:30:37": as the export writes it. */
	location: string | null;
	/** "location", "page", "time", "order": what `location` counts. */
	locationKind: string;
	page: string | null;
	/** YYYY-MM-DD the highlight was made. */
	date: string | null;
	note: string | null;
	tags: string[];
	/** A note written on its own, with no highlighted text. */
	standaloneNote?: boolean;
}

export interface BookDraft {
	title: string;
	author: string | null;
	format: string;
	importedFrom: string;
	entries: HighlightEntry[];
	source?: string | null;
	tags?: string[];
}

/** The note for a book or article: frontmatter, then one block per highlight. */
export function bookNote(draft: BookDraft): ImportedNote {
	const blocks = highlightBlocks(draft.entries, new Set());
	const frontmatter = buildFrontmatter({
		kind: "highlights",
		format: draft.format,
		title: draft.title,
		author: draft.author,
		date: earliestDate(draft.entries.map((entry) => entry.date)),
		source: draft.source ?? null,
		importedFrom: draft.importedFrom,
		tags: draft.tags,
	});
	const name = draft.author ? `${draft.title} (${draft.author})` : draft.title;
	const body = blocks.map((block) => block.markdown).join("\n");
	return {
		title: draft.title,
		fileName: safeFileName(name),
		markdown: `${frontmatter}\n${body}`,
		kind: "highlights",
		format: draft.format,
		author: draft.author,
		blocks,
	};
}

/** Blocks for entries, with ids unique among themselves and among `taken` (ids already in a note). */
export function highlightBlocks(entries: HighlightEntry[], taken: Set<string>): HighlightBlock[] {
	const used = new Set(taken);
	return entries.map((entry, index) => {
		const id = uniqueId(baseId(entry, index), used);
		used.add(id);
		return { id, matchText: collapseWhitespace(entry.text), markdown: renderBlock(entry, id) };
	});
}

function baseId(entry: HighlightEntry, index: number): string {
	const prefix = entry.standaloneNote ? "note" : entry.locationKind === "location" ? "loc" : entry.locationKind;
	const first = (entry.location ?? "").split("-")[0].replace(/[^A-Za-z0-9]/g, "");
	if (first !== "" && /^[a-z]+$/.test(prefix)) return `${prefix}-${first}`;
	if (entry.page) return `page-${entry.page.replace(/[^A-Za-z0-9]/g, "")}`;
	return `hl-${index + 1}`;
}

/** `id`, else `id-2`, `id-3`, … — Obsidian block ids allow letters, digits and hyphens. */
export function uniqueId(id: string, used: Set<string>): string {
	if (!used.has(id)) return id;
	let n = 2;
	while (used.has(`${id}-${n}`)) n++;
	return `${id}-${n}`;
}

function renderBlock(entry: HighlightEntry, id: string): string {
	const where = [
		entry.location ? `${entry.locationKind} ${entry.location}` : null,
		entry.page && entry.locationKind !== "page" ? `page ${entry.page}` : null,
		entry.date,
	].filter((part): part is string => part !== null);
	const label = where.length > 0 ? `— ${where.join(" · ")}` : "—";
	const lines: string[] = [];
	if (entry.standaloneNote) lines.push(`Note: ${collapseWhitespace(entry.text)}`);
	else for (const line of entry.text.trim().split("\n")) lines.push(line.trim() === "" ? ">" : `> ${line.trim()}`);
	// Without a blank line the label continues the quote, so the id names the whole highlight.
	lines.push(`${label} ^${id}`);
	const extra: string[] = [];
	if (entry.note) extra.push(`Note: ${collapseWhitespace(entry.note)}`);
	if (entry.tags.length > 0) extra.push(`Tags: ${entry.tags.map((tag) => `#${tag}`).join(" ")}`);
	const tail = extra.length > 0 ? `\n${extra.join("\n")}\n` : "";
	return `${lines.join("\n")}\n${tail}`;
}

/** A tag as Obsidian accepts it: no spaces or `#`. */
export function cleanTag(tag: string): string {
	return tag.trim().replace(/^#+/, "").replace(/\s+/g, "-").replace(/[^\p{L}\p{N}_/-]/gu, "");
}
