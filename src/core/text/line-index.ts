// Offsets into a note's raw text, mapped to the 1-based line and column an editor shows.
// Only "\n" ends a line: a "\r\n" pair is one break (the "\r" sits at the end of its line), and a
// lone "\r" is ordinary text, as grep and `wc -l` count lines.

export interface LinePosition {
	line: number;
	col: number;
}

const NEWLINE = 10;

export class LineIndex {
	private starts: Int32Array | null = null;

	constructor(private readonly raw: string) {}

	/** Number of lines (a file with no newline has one line; a trailing newline opens an empty last line). */
	get lineCount(): number {
		return this.lineStarts().length;
	}

	/** 1-based line and column of an offset; offsets past the end clamp to the end. */
	position(offset: number): LinePosition {
		const starts = this.lineStarts();
		const clamped = Math.max(0, Math.min(offset, this.raw.length));
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (starts[middle] <= clamped) low = middle;
			else high = middle - 1;
		}
		return { line: low + 1, col: clamped - starts[low] + 1 };
	}

	/** The offset of a 1-based line and column (the inverse of `position`). */
	offsetAt(line: number, col: number): number {
		const starts = this.lineStarts();
		const index = Math.max(0, Math.min(line - 1, starts.length - 1));
		return Math.min(this.raw.length, starts[index] + Math.max(0, col - 1));
	}

	/** Offset where a 1-based line starts. */
	lineStart(line: number): number {
		return this.offsetAt(line, 1);
	}

	private lineStarts(): Int32Array {
		if (this.starts) return this.starts;
		const raw = this.raw;
		let count = 1;
		for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === NEWLINE) count++;
		const starts = new Int32Array(count);
		let line = 1;
		for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === NEWLINE) starts[line++] = i + 1;
		this.starts = starts;
		return starts;
	}
}
