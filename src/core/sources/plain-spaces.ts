// Where a stretch of text holds no space character but " ", so that its words lie between spaces and
// native search finds them faster than a loop over character codes.

/**
 * Whether a segment's only space character is " " (no tab, line break, no-break space or BOM), so
 * that its words lie between spaces. Tabs, carriage returns and the rest are looked for once over
 * the span of all segments; line feeds, found in every multi-line note, segment by segment.
 */
export class PlainSpaces {
	private readonly otherSpaces: boolean;
	private readonly from: number;
	private readonly to: number;
	private nextLineFeed = -1;
	private searchedFrom = Number.POSITIVE_INFINITY; // nextLineFeed is the first "\n" at or after this offset

	/** Segments will lie within [from, to). */
	constructor(private readonly raw: string, from: number, to: number) {
		this.from = from;
		this.to = to;
		this.otherSpaces = ["\t", "\r", "\u00a0", "\ufeff"].some((space) => occursIn(raw, space, from, to));
	}

	static spanning(raw: string, segments: ReadonlyArray<{ start: number; end: number }>): PlainSpaces {
		let from = Number.POSITIVE_INFINITY;
		let to = 0;
		for (const segment of segments) {
			from = Math.min(from, segment.start);
			to = Math.max(to, segment.end);
		}
		return new PlainSpaces(raw, from, to);
	}

	onlySpaceBetweenWords(start: number, end: number): boolean {
		if (this.otherSpaces || start < 0 || end > this.raw.length) return false; // past either end, charCodeAt's NaN reads as a word character
		if (start < this.from || end > this.to) return false;
		if (start < this.searchedFrom || (this.nextLineFeed >= 0 && this.nextLineFeed < start)) {
			this.nextLineFeed = this.raw.indexOf("\n", Math.max(0, start));
			this.searchedFrom = start;
		}
		return this.nextLineFeed < 0 || this.nextLineFeed >= end;
	}
}

function occursIn(raw: string, text: string, from: number, to: number): boolean {
	const at = raw.indexOf(text, Math.max(0, from));
	return at >= 0 && at < to;
}
