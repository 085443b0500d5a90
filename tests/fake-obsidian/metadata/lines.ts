// Lines of a note with their offsets, and offset → {line, col, offset} as Obsidian reports
// positions (line and col 0-based, col counted in UTF-16 code units from the line's start).
import type { Loc, Pos } from "obsidian";

export interface Line {
	/** 0-based line number. */
	number: number;
	start: number;
	/** Offset of the line break (\r\n or \n) or of the text's end. */
	end: number;
	text: string;
}

export function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	for (;;) {
		const newline = text.indexOf("\n", start);
		const rawEnd = newline === -1 ? text.length : newline;
		const end = rawEnd > start && text[rawEnd - 1] === "\r" ? rawEnd - 1 : rawEnd;
		lines.push({ number: lines.length, start, end, text: text.slice(start, end) });
		if (newline === -1) return lines;
		start = newline + 1;
	}
}

export class Locator {
	constructor(private readonly lines: Line[]) {}

	loc(offset: number): Loc {
		let low = 0;
		let high = this.lines.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (this.lines[middle].start <= offset) low = middle;
			else high = middle - 1;
		}
		return { line: low, col: offset - this.lines[low].start, offset };
	}

	pos(start: number, end: number): Pos {
		return { start: this.loc(start), end: this.loc(end) };
	}
}

export function isBlank(line: Line): boolean {
	return line.text.trim() === "";
}
