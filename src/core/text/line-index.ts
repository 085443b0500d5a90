// Offsets into a note's raw text, mapped to the 1-based line and column an editor shows.
// Only "\n" ends a line: a "\r\n" pair is one break (the "\r" sits at the end of its line), and a
// lone "\r" is ordinary text, as grep and `wc -l` count lines.
// The table of line starts is found with native `indexOf` and only as far as the offsets asked for:
// a note whose mentions sit in its first lines never has its whole text scanned.

export interface LinePosition {
	line: number;
	col: number;
}

const FIRST_CAPACITY = 64; // lines; the table doubles as it grows

export class LineIndex {
	private starts = new Int32Array(FIRST_CAPACITY);
	private count = 1; // line 1 starts at 0
	/** Every line start at or before this offset is in the table (the text's length once complete). */
	private scannedTo = 0;
	private complete: boolean;

	constructor(private readonly raw: string) {
		this.complete = raw.length === 0;
	}

	/** Number of lines (a file with no newline has one line; a trailing newline opens an empty last line). */
	get lineCount(): number {
		this.scanThrough(this.raw.length);
		return this.count;
	}

	/** 1-based line and column of an offset; offsets past the end clamp to the end. */
	position(offset: number): LinePosition {
		const clamped = Math.max(0, Math.min(offset, this.raw.length));
		this.scanThrough(clamped);
		const starts = this.starts;
		let low = 0;
		let high = this.count - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (starts[middle] <= clamped) low = middle;
			else high = middle - 1;
		}
		return { line: low + 1, col: clamped - starts[low] + 1 };
	}

	/** The offset of a 1-based line and column (the inverse of `position`). */
	offsetAt(line: number, col: number): number {
		while (!this.complete && this.count < line) this.scanThrough(this.scannedTo + 1);
		const index = Math.max(0, Math.min(line - 1, this.count - 1));
		return Math.min(this.raw.length, this.starts[index] + Math.max(0, col - 1));
	}

	/** Offset where a 1-based line starts. */
	lineStart(line: number): number {
		return this.offsetAt(line, 1);
	}

	/** Extends the table until every line start at or before `offset` is known. */
	private scanThrough(offset: number): void {
		if (this.complete || offset <= this.scannedTo) return;
		const raw = this.raw;
		let from = this.starts[this.count - 1];
		while (true) {
			const newline = raw.indexOf("\n", from);
			if (newline < 0) {
				this.complete = true;
				this.scannedTo = raw.length;
				return;
			}
			this.push(newline + 1);
			from = newline + 1;
			if (newline >= offset) {
				this.scannedTo = newline; // the next start lies past `offset`: later offsets up to here are settled too
				return;
			}
		}
	}

	private push(start: number): void {
		if (this.count === this.starts.length) {
			const bigger = new Int32Array(this.starts.length * 2);
			bigger.set(this.starts);
			this.starts = bigger;
		}
		this.starts[this.count++] = start;
	}
}
