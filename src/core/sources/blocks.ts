// Markdown blocks of a note body: headings, list items, paragraphs (quotes included), code and
// boilerplate, each with its exact range. Readers turn them into passages.

import type { PassageSpan } from "../model";
import { countWords } from "../text/readable";
import { isPlainHeading } from "./profile";
import { type SourceText, contentEnd, contentStart, isBlankLine, lineAt } from "./source-text";
import { BACKTICK, CARET, DASH, GT, HASH, STAR, TILDE, UNDERSCORE } from "../text/ascii";

export type BlockType = "heading" | "item" | "paragraph" | "code" | "boilerplate";

export interface Block {
	type: BlockType;
	/** From the first character after the line's markers to the end of the last line's text. */
	start: number;
	end: number;
	firstLine: number;
	lastLine: number;
	/** Heading text (for headings), without `#` marks. */
	headingText?: string;
	/** Heading level: 1–6 for `#` headings, 0 for plain-text headings. */
	level?: number;
	blockId?: string;
	/** Columns of indentation before the first line's marker (nesting depth of list items). */
	indent: number;
}

export interface BlockScan {
	blocks: Block[];
	/** Flat ranges of line markers (`> `, `- `, `*  `) inside blocks, for the excluded list. */
	markers: number[];
}

export interface BlockOptions {
	/** Read short isolated Title Case / ALL CAPS lines as headings (articles, summaries). */
	plainHeadings?: boolean;
	fromLine?: number;
	toLine?: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const RULE = /^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const ITEM = /^[ \t]*(?:>[ \t]?)*(?:[-*+•]|\d{1,3}[.)])[ \t]+/;
const BLOCK_ID_LINE = /^\^([\w-]+)$/;
const BOILERPLATE = /^(?:>\s*)*(?:<div class="quoteback|Note on .{3,} via .{2,}$|Created with \[Snipd\])/;

export function scanBlocks(source: SourceText, options: BlockOptions = {}): BlockScan {
	const blocks: Block[] = [];
	const markers: number[] = [];
	const raw = source.raw;
	const last = Math.min(options.toLine ?? source.lineStarts.length, source.lineStarts.length);
	let open: Block | null = null;
	for (let index = options.fromLine ?? 0; index < last; index++) {
		if (isBlankLine(source, index)) {
			open = null;
			continue;
		}
		const lineStart = source.lineStarts[index];
		const lineEnd = source.lineEnds[index];
		const opener = afterSpaces(raw, lineStart, lineEnd, 3); // fences and rules allow three spaces of indent
		const fence = (opener === BACKTICK || opener === TILDE) && FENCE.exec(lineAt(source, index));
		if (fence) {
			index = closeFence(source, index, last, fence[1], blocks);
			open = null;
			continue;
		}
		const firstShown = raw.charCodeAt(trimmedStart(raw, lineStart, lineEnd));
		const blockId = firstShown === CARET && BLOCK_ID_LINE.exec(lineAt(source, index).trim());
		if (blockId && blocks.length > 0) {
			blocks[blocks.length - 1].blockId ??= blockId[1];
			open = null;
			continue;
		}
		if ((opener === STAR || opener === DASH || opener === UNDERSCORE) && RULE.test(lineAt(source, index))) {
			open = null;
			continue;
		}
		const kind = lineKind(source, index, firstShown, options);
		if (kind === "paragraph" && open && (open.type === "paragraph" || open.type === "item")) {
			extendBlock(source, open, index, markers);
			continue;
		}
		open = startBlock(source, index, kind, markers);
		blocks.push(open);
		if (kind === "heading" || kind === "boilerplate") open = null;
	}
	return { blocks, markers };
}

const MAX_HEADING_CHARS = 100; // isPlainHeading refuses longer lines; test before counting words
const BOILERPLATE_OPENERS = new Set([GT, 60, 78, 67]); // ">", "<" (quoteback), "N" (Note on … via), "C" (Created with)
const ITEM_OPENERS = new Set([GT, DASH, STAR, 43, 0x2022]); // ">", "-", "*", "+", "•"; digits are tested apart

/** The code after at most `limit` spaces at the line's start (NaN at the end of the text). */
function afterSpaces(raw: string, start: number, end: number, limit: number): number {
	let i = start;
	while (i < end && i - start < limit && raw.charCodeAt(i) === 32) i++;
	return i < end ? raw.charCodeAt(i) : -1;
}

function lineKind(source: SourceText, index: number, firstShown: number, options: BlockOptions): BlockType {
	const raw = source.raw;
	const lineStart = source.lineStarts[index];
	const lineEnd = source.lineEnds[index];
	if (raw.charCodeAt(lineStart) === HASH && HEADING.test(lineAt(source, index))) return "heading";
	if (BOILERPLATE_OPENERS.has(firstShown) && BOILERPLATE.test(lineAt(source, index).trim())) return "boilerplate";
	const opener = afterIndent(raw, lineStart, lineEnd);
	if ((ITEM_OPENERS.has(opener) || (opener >= 48 && opener <= 57)) && ITEM.test(lineAt(source, index))) return "item";
	if (options.plainHeadings && betweenBlankLines(source, index)) {
		const trimmed = lineAt(source, index).trim();
		if (trimmed.length <= MAX_HEADING_CHARS && isPlainHeading(source, index, trimmed, countWords(trimmed))) return "heading";
	}
	return "paragraph";
}

/** A plain heading stands between blank lines (checked before any substring is made). */
function betweenBlankLines(source: SourceText, index: number): boolean {
	const beforeBlank = index === 0 || isBlankLine(source, index - 1);
	return beforeBlank && (index + 1 >= source.lineStarts.length || isBlankLine(source, index + 1));
}

function afterIndent(raw: string, start: number, end: number): number {
	let i = start;
	while (i < end && (raw.charCodeAt(i) === 32 || raw.charCodeAt(i) === 9)) i++;
	return i < end ? raw.charCodeAt(i) : -1;
}

/** Start of the line's text after JavaScript whitespace (what `trim` removes), or -1 when none is left. */
function trimmedStart(raw: string, start: number, end: number): number {
	let i = start;
	while (i < end && isTrimmedSpace(raw.charCodeAt(i))) i++;
	return i < end ? i : -1;
}

/** Whitespace as `String.prototype.trim` and the regex class `\s` define it. */
function isTrimmedSpace(code: number): boolean {
	if (code === 32 || (code >= 9 && code <= 13)) return true;
	if (code < 160) return false;
	return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function closeFence(source: SourceText, index: number, last: number, fence: string, blocks: Block[]): number {
	let close = index + 1;
	while (close < last && !lineAt(source, close).trimStart().startsWith(fence)) close++;
	const lastLine = Math.min(close, last - 1);
	blocks.push({ type: "code", start: source.lineStarts[index], end: source.lineEnds[lastLine], firstLine: index, lastLine, indent: 0 });
	return lastLine;
}

/** End of the line's markers: indent, `>` quotes, a bullet or number, a checkbox (as MARKERS matched). */
function markerEnd(source: SourceText, index: number): number {
	const raw = source.raw;
	const end = source.lineEnds[index];
	let i = skipBlanks(raw, source.lineStarts[index], end);
	while (i < end && raw.charCodeAt(i) === GT) {
		i++;
		if (i < end && isBlank(raw.charCodeAt(i))) i++;
	}
	i = afterBullet(raw, i, end);
	if (i + 3 < end && raw.charCodeAt(i) === 91 && raw.charCodeAt(i + 2) === 93 && isCheck(raw.charCodeAt(i + 1)) && isBlank(raw.charCodeAt(i + 3))) {
		i = skipBlanks(raw, i + 3, end); // "[ ] ", "[x] "
	}
	return i;
}

/** After `- `, `* `, `+ `, `• `, `1. ` or `12) ` with its spaces; `i` itself when none opens here. */
function afterBullet(raw: string, i: number, end: number): number {
	const code = raw.charCodeAt(i);
	let next = i;
	if (code === DASH || code === STAR || code === 43 || code === 0x2022) next = i + 1;
	else {
		while (next < end && next - i < 4 && raw.charCodeAt(next) >= 48 && raw.charCodeAt(next) <= 57) next++;
		const digits = next - i;
		if (digits === 0 || digits > 3 || next >= end || (raw.charCodeAt(next) !== 46 && raw.charCodeAt(next) !== 41)) return i; // at most three digits, then "." or ")"
		next++;
	}
	return next < end && isBlank(raw.charCodeAt(next)) ? skipBlanks(raw, next, end) : i;
}

function isBlank(code: number): boolean {
	return code === 32 || code === 9;
}

function isCheck(code: number): boolean {
	return code === 32 || code === 120 || code === 88; // " ", "x", "X"
}

function skipBlanks(raw: string, i: number, end: number): number {
	while (i < end && isBlank(raw.charCodeAt(i))) i++;
	return i;
}

function addMarker(source: SourceText, index: number, end: number, markers: number[]): void {
	const start = contentStart(source, index);
	if (end > start) markers.push(start, end);
}

function startBlock(source: SourceText, index: number, type: BlockType, markers: number[]): Block {
	const raw = source.raw;
	const lineStart = source.lineStarts[index];
	let indent = 0;
	for (let i = lineStart; i < source.lineEnds[index] && isBlank(raw.charCodeAt(i)); i++) indent += raw.charCodeAt(i) === 9 ? 4 : 1; // a tab counts four columns
	let start = markerEnd(source, index);
	let headingText: string | undefined;
	let level: number | undefined;
	if (type === "heading") {
		const line = lineAt(source, index);
		const heading = HEADING.exec(line);
		headingText = heading ? heading[1] : line.trim();
		if (heading) start = lineStart + line.indexOf(heading[1]);
		level = heading ? line.indexOf(" ") : 0;
	} else if (type !== "boilerplate") {
		addMarker(source, index, start, markers);
	}
	const block: Block = { type, start, end: start, firstLine: index, lastLine: index, indent, headingText, level };
	if (type === "boilerplate") block.start = contentStart(source, index);
	setEnd(source, block, index);
	if (block.end < block.start) block.end = block.start;
	return block;
}

function extendBlock(source: SourceText, block: Block, index: number, markers: number[]): void {
	addMarker(source, index, markerEnd(source, index), markers);
	block.lastLine = index;
	setEnd(source, block, index);
}

const LONGEST_BLOCK_ID_TAIL = 80; // block ids are short: look at most this far back from the line's end

/** Ends the block at the line's text, leaving a closing ` ^block-id` outside and recording it. */
function setEnd(source: SourceText, block: Block, index: number): void {
	const raw = source.raw;
	let end = contentEnd(source, index);
	const tailStart = Math.max(source.lineStarts[index], end - LONGEST_BLOCK_ID_TAIL);
	let idStart = end;
	while (idStart > tailStart && isIdCode(raw.charCodeAt(idStart - 1))) idStart--;
	const caret = idStart - 1;
	if (idStart < end && caret - 1 >= tailStart && raw.charCodeAt(caret) === CARET && isTrimmedSpace(raw.charCodeAt(caret - 1)) && block.type !== "boilerplate") {
		block.blockId = raw.slice(idStart, end);
		end = caret - 1;
	}
	block.end = Math.max(end, block.start);
}

/** `[\w-]`: a character of a block id. */
function isIdCode(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === DASH;
}

/** Passages for the readable blocks, each knowing its nearest heading; headings become passages when asked. */
export function blocksToPassages(blocks: readonly Block[], includeHeadings: boolean): PassageSpan[] {
	const passages: PassageSpan[] = [];
	let heading: string | undefined;
	for (const block of blocks) {
		if (block.type === "heading") heading = block.headingText;
		if (block.type === "code" || block.type === "boilerplate") continue;
		if (block.type === "heading" && !includeHeadings) continue;
		if (block.end <= block.start) continue;
		const passage: PassageSpan = { start: block.start, end: block.end };
		if (heading) passage.heading = heading;
		if (block.blockId) passage.blockId = block.blockId;
		passages.push(passage);
	}
	return passages;
}
