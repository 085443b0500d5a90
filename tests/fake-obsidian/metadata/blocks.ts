// Block structure of a note's body: sections (paragraph, heading, list, code, …), headings,
// list items and block ids, found line by line the way Obsidian's CommonMark parser sees them.
import type { BlockCache, HeadingCache, ListItemCache, SectionCache } from "obsidian";
import { isBlank, Locator } from "./lines";
import type { Line } from "./lines";

export interface BlockStructure {
	sections: SectionCache[];
	headings: HeadingCache[];
	listItems: ListItemCache[];
	blocks: Record<string, BlockCache>;
	/** Line ranges [first, last] whose text may hold links and tags (not code, math or comments). */
	proseLines: [number, number][];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const QUOTE = /^ {0,3}>/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const HTML_START = /^ {0,3}<[a-zA-Z/!]/;
const FOOTNOTE = /^\[\^[^\]]+\]:/;
const BLOCK_ID = /(?:^|\s)\^([A-Za-z0-9-]+)[ \t]*$/;
const TASK = /^\[(.)\][ \t]/;

type Found = { type: string; last: number };

function untilBlank(lines: Line[], first: number, stop?: (line: Line) => boolean): number {
	let last = first;
	while (last + 1 < lines.length && !isBlank(lines[last + 1]) && !(stop && stop(lines[last + 1]))) last++;
	return last;
}

function closingLine(lines: Line[], first: number, isClose: (line: Line) => boolean): number {
	for (let index = first + 1; index < lines.length; index++) if (isClose(lines[index])) return index;
	return lines.length - 1;
}

function interruptsParagraph(line: Line): boolean {
	return FENCE.test(line.text) || HEADING.test(line.text) || THEMATIC_BREAK.test(line.text) || QUOTE.test(line.text) || LIST_ITEM.test(line.text);
}

/** A list runs over its items, indented continuation lines, lazy lines and blank lines between items. */
function listEnd(lines: Line[], first: number): number {
	let last = first;
	for (let index = first + 1; index < lines.length; index++) {
		const line = lines[index];
		if (isBlank(line)) continue;
		const isItem = LIST_ITEM.test(line.text) && !THEMATIC_BREAK.test(line.text);
		const indented = /^[ \t]/.test(line.text);
		const lazy = !isBlank(lines[index - 1]) && !interruptsParagraph(line);
		if (!(isItem || indented || lazy)) break;
		last = index;
	}
	return last;
}

function findSection(lines: Line[], first: number): Found {
	const text = lines[first].text;
	const fence = FENCE.exec(text);
	if (fence) {
		const marker = fence[1];
		const isClose = (line: Line) => line.text.trim().startsWith(marker) && /^[`~]+$/.test(line.text.trim());
		return { type: "code", last: closingLine(lines, first, isClose) };
	}
	if (text.trim() === "$$") return { type: "math", last: closingLine(lines, first, (line) => line.text.trim() === "$$") };
	if (text.trim().startsWith("%%")) {
		const closesOnSameLine = text.trim().length > 2 && text.trim().endsWith("%%");
		return { type: "comment", last: closesOnSameLine ? first : closingLine(lines, first, (line) => line.text.trim().endsWith("%%")) };
	}
	if (HEADING.test(text)) return { type: "heading", last: first };
	if (THEMATIC_BREAK.test(text)) return { type: "thematicBreak", last: first };
	if (QUOTE.test(text)) return { type: /^ {0,3}>\s*\[!/.test(text) ? "callout" : "blockquote", last: untilBlank(lines, first) };
	if (LIST_ITEM.test(text)) return { type: "list", last: listEnd(lines, first) };
	if (text.includes("|") && first + 1 < lines.length && TABLE_DIVIDER.test(lines[first + 1].text)) return { type: "table", last: untilBlank(lines, first) };
	if (HTML_START.test(text)) return { type: "html", last: untilBlank(lines, first) };
	if (FOOTNOTE.test(text)) return { type: "footnoteDefinition", last: untilBlank(lines, first) };
	return { type: "paragraph", last: untilBlank(lines, first, interruptsParagraph) };
}

function indentWidth(whitespace: string): number {
	let width = 0;
	for (const char of whitespace) width += char === "\t" ? 4 : 1; // a tab indents like four spaces
	return width;
}

function collectListItems(lines: Line[], first: number, last: number, locator: Locator, out: BlockStructure): void {
	const stack: { indent: number; line: number }[] = [];
	const items: { item: ListItemCache; line: number }[] = [];
	for (let index = first; index <= last; index++) {
		const match = LIST_ITEM.exec(lines[index].text);
		if (!match) continue;
		const indent = indentWidth(match[1]);
		while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
		const parent = stack.length > 0 ? stack[stack.length - 1].line : -first;
		stack.push({ indent, line: index });
		const rest = lines[index].text.slice(match[0].length);
		const item: ListItemCache = { parent, position: locator.pos(lines[index].start + match[1].length, lines[index].end) };
		const task = TASK.exec(rest);
		if (task) item.task = task[1];
		items.push({ item, line: index });
	}
	items.forEach(({ item, line }, position) => {
		const lastLine = position + 1 < items.length ? items[position + 1].line - 1 : last;
		let end = lastLine;
		while (end > line && isBlank(lines[end])) end--;
		item.position = locator.pos(item.position.start.offset, lines[end].end);
		const id = BLOCK_ID.exec(lines[end].text);
		if (id) {
			item.id = id[1];
			out.blocks[id[1].toLowerCase()] = { id: id[1], position: item.position };
		}
		out.listItems.push(item);
	});
}

export function findBlocks(lines: Line[], firstBodyLine: number, locator: Locator): BlockStructure {
	const out: BlockStructure = { sections: [], headings: [], listItems: [], blocks: {}, proseLines: [] };
	let index = firstBodyLine;
	while (index < lines.length) {
		if (isBlank(lines[index])) {
			index++;
			continue;
		}
		const found = findSection(lines, index);
		const section: SectionCache = { type: found.type, position: locator.pos(lines[index].start, lines[found.last].end) };
		if (found.type === "heading") {
			const match = HEADING.exec(lines[index].text);
			out.headings.push({ heading: (match?.[2] ?? "").trim(), level: match?.[1].length ?? 1, position: section.position });
		}
		if (found.type === "list") collectListItems(lines, index, found.last, locator, out);
		if (found.type === "paragraph") {
			const id = BLOCK_ID.exec(lines[found.last].text);
			if (id) {
				section.id = id[1];
				out.blocks[id[1].toLowerCase()] = { id: id[1], position: section.position };
			}
		}
		if (!["code", "math", "comment"].includes(found.type)) out.proseLines.push([index, found.last]);
		out.sections.push(section);
		index = found.last + 1;
	}
	return out;
}
