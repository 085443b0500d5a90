// Finds, replaces, inserts and removes the managed block inside a note's text. Everything outside
// the block is kept byte for byte; what Throughline adds around a new block is returned so that
// removing it later gives back the exact original.

import { BLOCK_END, BLOCK_START } from "./hub-render";
import type { HubInsertion } from "./hub-model";

/** Where a block sits: from the start marker's first character to the end marker's last. */
export interface BlockRange {
	start: number;
	end: number;
}

export type BlockSearch =
	| { kind: "none" }
	| { kind: "found"; blocks: BlockRange[] }
	| { kind: "unclosed"; start: number };

const BOM = "\uFEFF";

/** The line break the note uses near `at`: the last one before it, else the first after it, else LF. */
export function detectLineBreak(text: string, at = text.length): string {
	let newline = text.lastIndexOf("\n", Math.max(0, at - 1));
	if (newline === -1) newline = text.indexOf("\n", at);
	return newline > 0 && text[newline - 1] === "\r" ? "\r\n" : "\n";
}

/** Every complete block in the note, in order; an unclosed start marker is reported, not guessed. */
export function findHubBlocks(text: string): BlockSearch {
	const blocks: BlockRange[] = [];
	let openAt = -1;
	let lineStart = 0;
	while (lineStart <= text.length) {
		const newline = text.indexOf("\n", lineStart);
		const lineEnd = newline === -1 ? text.length : newline;
		const contentEnd = lineEnd > lineStart && text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
		const line = text.slice(lineStart, contentEnd).replace(BOM, "").trim();
		if (openAt === -1 && line === BLOCK_START) openAt = lineStart + (text.startsWith(BOM, lineStart) ? 1 : 0);
		else if (openAt !== -1 && line === BLOCK_END) {
			blocks.push({ start: openAt, end: contentEnd });
			openAt = -1;
		}
		if (newline === -1) break;
		lineStart = newline + 1;
	}
	if (openAt !== -1) return { kind: "unclosed", start: openAt };
	return blocks.length === 0 ? { kind: "none" } : { kind: "found", blocks };
}

export type UpsertResult =
	| { kind: "ok"; text: string; inserted: HubInsertion | null }
	| { kind: "problem"; message: string };

/**
 * Puts `block` (lines joined with `\n`) into the note: replaces the existing block, or appends a
 * new one at the end. Extra copies of the block (pasted by hand) are removed so links never double.
 */
export function upsertHubBlock(text: string, block: string): UpsertResult {
	const search = findHubBlocks(text);
	if (search.kind === "unclosed") return { kind: "problem", message: unclosedMessage() };
	const first = search.kind === "found" ? search.blocks[0] : null;
	const lineBreak = detectLineBreak(text, first === null ? text.length : first.start);
	const rendered = block.split("\n").join(lineBreak);
	if (search.kind === "none" || first === null) return { kind: "ok", ...appendBlock(text, rendered, lineBreak) };
	const extras = search.blocks.slice(1);
	let out = text;
	for (const extra of [...extras].reverse()) out = cutBlockLoosely(out, extra);
	out = out.slice(0, first.start) + rendered + out.slice(first.end);
	return { kind: "ok", text: out, inserted: null };
}

function appendBlock(text: string, rendered: string, lineBreak: string): { text: string; inserted: HubInsertion } {
	const body = text.startsWith(BOM) ? text.slice(1) : text;
	let before: string;
	if (body === "") before = "";
	else if (body.endsWith("\n\n") || body.endsWith("\n\r\n")) before = "";
	else if (body.endsWith("\n")) before = lineBreak;
	else before = lineBreak + lineBreak;
	const after = body === "" || body.endsWith("\n") ? lineBreak : "";
	return { text: text + before + rendered + after, inserted: { before, after } };
}

export type RemoveResult =
	| { kind: "ok"; text: string; exact: boolean }
	| { kind: "problem"; message: string };

/**
 * Removes the block. With what Throughline recorded at insertion, the exact original comes back;
 * without it (a block from before the ledger, or the record was lost) the block and the line
 * breaks around it are removed as well as can be judged.
 */
export function removeHubBlock(text: string, insertion: HubInsertion | null): RemoveResult {
	const search = findHubBlocks(text);
	if (search.kind === "unclosed") return { kind: "problem", message: unclosedMessage() };
	if (search.kind === "none") return { kind: "ok", text, exact: true };
	let out = text;
	let exact = search.blocks.length === 1;
	for (const range of [...search.blocks].reverse()) {
		const precise = insertion !== null && range === search.blocks[0] ? cutBlockExactly(out, range, insertion) : null;
		if (precise === null) exact = false;
		out = precise ?? cutBlockLoosely(out, range);
	}
	return { kind: "ok", text: out, exact };
}

function cutBlockExactly(text: string, range: BlockRange, insertion: HubInsertion): string | null {
	const from = range.start - insertion.before.length;
	const to = range.end + insertion.after.length;
	if (from < 0 || text.slice(from, range.start) !== insertion.before) return null;
	if (text.slice(range.end, to) !== insertion.after) return null;
	return text.slice(0, from) + text.slice(to);
}

/** Removes the block with the line break after it, or, at the very end, the blank line before it. */
function cutBlockLoosely(text: string, range: BlockRange): string {
	const rest = text.slice(range.end);
	const afterBreak = rest.startsWith("\r\n") ? 2 : rest.startsWith("\n") ? 1 : 0;
	if (afterBreak > 0) return text.slice(0, range.start) + rest.slice(afterBreak);
	let from = range.start;
	for (let breaks = 0; breaks < 2 && from > 0 && text[from - 1] === "\n"; breaks++) {
		from -= from > 1 && text[from - 2] === "\r" ? 2 : 1;
	}
	return text.slice(0, from);
}

function unclosedMessage(): string {
	return `it has a "${BLOCK_START}" line without a matching "${BLOCK_END}" line, so Throughline left it alone; add the end marker or remove the start marker`;
}

/** What is left of a note Throughline created once its block is taken out: nothing but blanks? */
export function holdsOnlyBlank(text: string): boolean {
	return text.replace(BOM, "").trim() === "";
}
