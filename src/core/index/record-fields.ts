// A record's fields (everything but its numbers and snippet text) as flat streams for the binary
// store: whole numbers in an Int32 stream, other numbers in a Float64 stream, strings as two texts
// (those within Latin-1, which decode to one-byte strings, and the rest) with each length in the
// Int32 stream, and recurring strings (theme ids, matches, tags, phrases, kinds, formats, dates) as
// slots of one table.
// Reading builds each record in one pass with no JSON: a warm start parsed 11 MB of JSON for this.
// Every read is checked: a stream that ends early, a slot outside the table or a length past its
// text throws, and the caller refuses the whole file.

import { DOCUMENT_KINDS, type DocumentKind, type DocumentThemeDecision } from "../model";
import { internOwn, sharedIfEmpty } from "../text/intern";

const EMPTY: never[] = sharedIfEmpty<never>([]); // the shared empty list (frozen)
import type { DocumentRecord } from "./record";

const BEYOND_LATIN1 = /[\u0100-\uffff]/;
const NULL_TEXT = -1; // a length entry for null; a text's entry is its length × 2, plus 1 when it sits in the wide text
const TABLED_TEXT = -2; // a text kept in the table instead (TABLED_TEXT - slot): one holding half of a surrogate pair (a title cut inside an emoji)

/** Whether a text holds half of a surrogate pair alone, which UTF-8 cannot encode (TextEncoder writes U+FFFD instead). */
function hasLoneSurrogate(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0xd800 || code > 0xdfff) continue; // not a surrogate
		if (code > 0xdbff || i + 1 >= text.length) return true; // a low half first, or a high half at the end
		const next = text.charCodeAt(i + 1);
		if (next < 0xdc00 || next > 0xdfff) return true; // a high half not followed by a low one
		i++;
	}
	return false;
}

/** The fields of a record the store keeps in streams: all but its numbers and snippet text. */
export type RecordFields = Omit<DocumentRecord, "numbers" | "snippetText">;

export class FieldWriter {
	readonly ints: number[] = [];
	readonly floats: number[] = [];
	/** The strings within Latin-1 and the others, in order: their texts are these joined. */
	readonly narrow: string[] = [];
	readonly wide: string[] = [];

	/** `slotOf` gives a recurring string's slot in the store's table. */
	constructor(private readonly slotOf: (text: string) => number) {}

	get narrowText(): string {
		return this.narrow.join("");
	}

	get wideText(): string {
		return this.wide.join("");
	}

	private text(text: string | null): void {
		if (text === null) return void this.ints.push(NULL_TEXT);
		const wide = BEYOND_LATIN1.test(text);
		if (wide && hasLoneSurrogate(text)) return void this.ints.push(TABLED_TEXT - this.slotOf(text)); // UTF-8 cannot carry it; the table's JSON can
		(wide ? this.wide : this.narrow).push(text);
		this.ints.push(text.length * 2 + (wide ? 1 : 0));
	}

	private texts(list: readonly string[]): void {
		this.ints.push(list.length);
		for (const text of list) this.text(text);
	}

	private slots(list: readonly string[]): void {
		this.ints.push(list.length);
		for (const text of list) this.ints.push(this.slotOf(text));
	}

	private decisions(list: readonly DocumentThemeDecision[]): void {
		this.ints.push(list.length);
		for (const d of list) {
			this.ints.push(this.slotOf(d.themeId), d.linked ? 1 : 0);
			this.floats.push(d.score, d.mentions);
			this.text(d.why);
		}
	}

	/** Appends one record's fields (FieldReader.read reads them back in this order). */
	write(r: RecordFields): void {
		this.text(r.path);
		this.ints.push(this.slotOf(r.kind), this.slotOf(r.format), r.titleFromPath === undefined ? 0 : r.titleFromPath ? 2 : 1); // 0: absent, 1: false, 2: true
		this.text(r.title);
		this.text(r.author);
		this.ints.push(r.date === null ? NULL_TEXT : this.slotOf(r.date));
		this.text(r.url);
		this.floats.push(r.size, r.mtime, r.durationSeconds ?? Number.NaN, r.words, r.passageCount); // NaN: no duration
		this.slots(r.tags);
		this.slots(r.excludedThemes);
		this.texts(r.problems);
		this.decisions(r.decisions);
		this.slots(r.mentionThemes);
		this.slots(r.matches);
		this.texts(r.labels);
		this.ints.push(r.passageSeconds === null ? NULL_TEXT : r.passageSeconds.length);
		for (const seconds of r.passageSeconds ?? []) this.floats.push(seconds);
		this.slots(r.candidatePhrases);
	}
}

/** The streams a FieldWriter wrote, as read back from the store. */
export interface FieldStreams {
	ints: Int32Array;
	floats: Float64Array;
	narrow: string;
	wide: string;
}

class BadFields extends Error {}

export class FieldReader {
	private intAt = 0;
	private floatAt = 0;
	private narrowAt = 0;
	private wideAt = 0;
	/** Each slot's shared copy (intern.ts), made the first time an interned field names it. */
	private readonly shared: Array<string | undefined>;

	constructor(private readonly streams: FieldStreams, private readonly table: readonly string[]) {
		this.shared = new Array<string | undefined>(table.length).fill(undefined); // filled: reading a hole walks the prototype chain
	}

	/** Whether every stream was read to its end (a file whose fields add up). */
	get finished(): boolean {
		const s = this.streams;
		return this.intAt === s.ints.length && this.floatAt === s.floats.length && this.narrowAt === s.narrow.length && this.wideAt === s.wide.length;
	}

	private int(): number {
		if (this.intAt >= this.streams.ints.length) throw new BadFields("the fields end early");
		return this.streams.ints[this.intAt++];
	}

	private count(): number {
		const n = this.int();
		if (n < 0) throw new BadFields("a negative count");
		return n;
	}

	/** A finite number, or NaN where `nullable` allows it. */
	private float(nullable = false): number {
		if (this.floatAt >= this.streams.floats.length) throw new BadFields("the numbers end early");
		const value = this.streams.floats[this.floatAt++];
		if (!Number.isFinite(value) && !(nullable && Number.isNaN(value))) throw new BadFields("a number that is not finite");
		return value;
	}

	private text(): string | null {
		const entry = this.int();
		if (entry === NULL_TEXT) return null;
		if (entry <= TABLED_TEXT) return this.tableText(TABLED_TEXT - entry);
		const length = entry >>> 1;
		const wide = (entry & 1) === 1;
		const from = wide ? this.wideAt : this.narrowAt;
		const source = wide ? this.streams.wide : this.streams.narrow;
		if (from + length > source.length) throw new BadFields("a text past its section");
		if (wide) this.wideAt += length;
		else this.narrowAt += length;
		return source.slice(from, from + length);
	}

	private string(): string {
		const text = this.text();
		if (text === null) throw new BadFields("a missing text");
		return text;
	}

	private texts(): string[] {
		const n = this.count();
		if (n === 0) return EMPTY; // most lists are empty: the shared one, no array each
		const list = new Array<string>(n);
		for (let i = 0; i < list.length; i++) list[i] = this.string();
		return list;
	}

	private tableText(slot: number): string {
		if (slot >= this.table.length) throw new BadFields("a slot outside the table");
		return this.table[slot];
	}

	/** The slot's string; `interned`: its shared copy, as analysis interns theme ids, matches and tags. */
	private slotted(interned: boolean): string {
		const slot = this.int();
		if (slot < 0 || slot >= this.table.length) throw new BadFields("a slot outside the table");
		if (!interned) return this.table[slot];
		return (this.shared[slot] ??= internOwn(this.table[slot])); // the table's strings are JSON.parse's own
	}

	private slots(interned: boolean): string[] {
		const n = this.count();
		if (n === 0) return EMPTY;
		const list = new Array<string>(n);
		for (let i = 0; i < list.length; i++) list[i] = this.slotted(interned);
		return list;
	}

	/** The slots of the last record's candidate phrases (the phrase tallies count by slot). */
	candidateSlots: Int32Array = new Int32Array(0);

	private decisions(): DocumentThemeDecision[] {
		const n = this.count();
		if (n === 0) return EMPTY;
		const list = new Array<DocumentThemeDecision>(n);
		for (let i = 0; i < list.length; i++) {
			const themeId = this.slotted(true);
			const linked = this.int();
			if (linked !== 0 && linked !== 1) throw new BadFields("a link that is neither yes nor no");
			const score = this.float();
			const mentions = this.float();
			list[i] = { themeId, score, mentions, linked: linked === 1, why: this.string() };
		}
		return list;
	}

	private kind(): DocumentKind {
		const kind = this.slotted(true);
		if (!DOCUMENT_KINDS.includes(kind as DocumentKind)) throw new BadFields("an unknown kind");
		return kind as DocumentKind;
	}

	private passageSeconds(): number[] | null {
		const n = this.int();
		if (n === NULL_TEXT) return null;
		if (n < 0) throw new BadFields("a negative count");
		const list = new Array<number>(n);
		for (let i = 0; i < n; i++) list[i] = this.float();
		return list;
	}

	/** The next record, its fields read in FieldWriter.write's order, its properties in buildRecord's (titleFromPath last). Throws on a malformed stream. */
	read(snippetText: string, numbers: Int32Array): DocumentRecord {
		const path = this.string();
		const kind = this.kind();
		const format = this.slotted(true);
		const titleFromPath = this.int();
		if (titleFromPath < 0 || titleFromPath > 2) throw new BadFields("a title flag out of range");
		const title = this.string();
		const author = this.text();
		const date = this.streams.ints[this.intAt] === NULL_TEXT ? (this.int(), null) : this.slotted(true);
		const url = this.text();
		const size = this.float();
		const mtime = this.float();
		const duration = this.float(true);
		const words = this.float();
		const passageCount = this.float();
		const tags = this.slots(true);
		const excludedThemes = this.slots(true);
		const problems = this.texts();
		const decisions = this.decisions();
		const mentionThemes = this.slots(true);
		const matches = this.slots(true);
		const labels = this.texts();
		const passageSeconds = this.passageSeconds();
		this.candidateSlots = this.streams.ints.subarray(this.intAt + 1, this.intAt + 1 + Math.max(0, this.streams.ints[this.intAt] ?? 0));
		const candidatePhrases = this.slots(false);
		const record: DocumentRecord = {
			path, size, mtime, kind, format, title, author, date, url, durationSeconds: Number.isNaN(duration) ? null : duration, words, tags, excludedThemes, problems,
			decisions, mentionThemes, matches, labels, passageSeconds, snippetText, candidatePhrases, passageCount, numbers,
		};
		if (titleFromPath !== 0) record.titleFromPath = titleFromPath === 2; // last: a spread costs more than the property
		return record;
	}
}
