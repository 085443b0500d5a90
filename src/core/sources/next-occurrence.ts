// Where the next occurrence of a rare needle lies in a note, so that each line or block, asked in
// order, learns in constant time whether it holds one: the search runs once per occurrence.

export class NextOccurrence {
	private at = -1;
	/** `rareAt`: the needle's rarest character, searched for natively (V8 searches for a needle's first character, which may be common). */
	constructor(private readonly raw: string, private readonly needle: string, from: number, private readonly rareAt = 0) {
		this.at = this.find(from);
	}
	/** True when the needle lies wholly inside [start, end); ranges must be asked with non-decreasing starts. */
	within(start: number, end: number): boolean {
		if (this.at >= 0 && this.at < start) this.at = this.find(start);
		return this.at >= 0 && this.at + this.needle.length <= end;
	}
	private find(from: number): number {
		if (this.rareAt === 0) return this.raw.indexOf(this.needle, from);
		const rare = this.needle[this.rareAt];
		for (let at = this.raw.indexOf(rare, from + this.rareAt); at >= 0; at = this.raw.indexOf(rare, at + 1)) {
			if (this.raw.startsWith(this.needle, at - this.rareAt)) return at - this.rareAt;
		}
		return -1;
	}
}
