// Markdown blocks of a note body: headings, list items, paragraphs (quotes included), code and
// boilerplate, each with its exact range. Readers turn them into passages.

import type { PassageSpan } from "../model";
import { countWords } from "../text/readable";
import { isPlainHeading } from "./profile";
import { type SourceText, contentEnd, contentStart, isBlankLine, lineAt } from "./source-text";

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
const MARKERS = /^[ \t]*(?:>[ \t]?)*(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?/;
const ITEM = /^[ \t]*(?:>[ \t]?)*(?:[-*+•]|\d{1,3}[.)])[ \t]+/;
const BLOCK_ID_LINE = /^\^([\w-]+)$/;
const TRAILING_BLOCK_ID = /\s\^([\w-]+)$/;
const BOILERPLATE = /^(?:>\s*)*(?:<div class="quoteback|Note on .{3,} via .{2,}$|Created with \[Snipd\])/;

export function scanBlocks(source: SourceText, options: BlockOptions = {}): BlockScan {
	const blocks: Block[] = [];
	const markers: number[] = [];
	const last = Math.min(options.toLine ?? source.lineStarts.length, source.lineStarts.length);
	let open: Block | null = null;
	for (let index = options.fromLine ?? 0; index < last; index++) {
		if (isBlankLine(source, index)) {
			open = null;
			continue;
		}
		const line = lineAt(source, index);
		const fence = FENCE.exec(line);
		if (fence) {
			index = closeFence(source, index, last, fence[1], blocks);
			open = null;
			continue;
		}
		const trimmed = line.trim();
		const blockId = BLOCK_ID_LINE.exec(trimmed);
		if (blockId && blocks.length > 0) {
			blocks[blocks.length - 1].blockId ??= blockId[1];
			open = null;
			continue;
		}
		if (RULE.test(line)) {
			open = null;
			continue;
		}
		const kind = lineKind(source, index, line, trimmed, options);
		if (kind === "paragraph" && open && (open.type === "paragraph" || open.type === "item")) {
			extendBlock(source, open, index, markers);
			continue;
		}
		open = startBlock(source, index, line, kind, markers);
		blocks.push(open);
		if (kind === "heading" || kind === "boilerplate") open = null;
	}
	return { blocks, markers };
}

function lineKind(source: SourceText, index: number, line: string, trimmed: string, options: BlockOptions): BlockType {
	if (line.charCodeAt(0) === 35 && HEADING.test(line)) return "heading";
	if (BOILERPLATE.test(trimmed)) return "boilerplate";
	if (ITEM.test(line)) return "item";
	if (options.plainHeadings && isPlainHeading(source, index, trimmed, countWords(trimmed))) return "heading";
	return "paragraph";
}

function closeFence(source: SourceText, index: number, last: number, fence: string, blocks: Block[]): number {
	let close = index + 1;
	while (close < last && !lineAt(source, close).trimStart().startsWith(fence)) close++;
	const lastLine = Math.min(close, last - 1);
	blocks.push({ type: "code", start: source.lineStarts[index], end: source.lineEnds[lastLine], firstLine: index, lastLine, indent: 0 });
	return lastLine;
}

function markerEnd(source: SourceText, index: number, line: string): number {
	const match = MARKERS.exec(line);
	return source.lineStarts[index] + (match ? match[0].length : 0);
}

function addMarker(source: SourceText, index: number, end: number, markers: number[]): void {
	const start = contentStart(source, index);
	if (end > start) markers.push(start, end);
}

function startBlock(source: SourceText, index: number, line: string, type: BlockType, markers: number[]): Block {
	const indentMatch = /^[ \t]*/.exec(line);
	const indent = indentMatch ? indentMatch[0].replace(/\t/g, "    ").length : 0;
	let start = markerEnd(source, index, line);
	let headingText: string | undefined;
	let level: number | undefined;
	if (type === "heading") {
		const heading = HEADING.exec(line);
		headingText = heading ? heading[1] : line.trim();
		if (heading) start = source.lineStarts[index] + line.indexOf(heading[1]);
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
	addMarker(source, index, markerEnd(source, index, lineAt(source, index)), markers);
	block.lastLine = index;
	setEnd(source, block, index);
}

/** Ends the block at the line's text, leaving a closing ` ^block-id` outside and recording it. */
function setEnd(source: SourceText, block: Block, index: number): void {
	let end = contentEnd(source, index);
	const tail = source.raw.slice(Math.max(source.lineStarts[index], end - 80), end); // block ids are short
	const id = TRAILING_BLOCK_ID.exec(tail);
	if (id && block.type !== "boilerplate") {
		block.blockId = id[1];
		end -= id[0].length;
	}
	block.end = Math.max(end, block.start);
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
