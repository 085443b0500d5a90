// Every indexed record's numbers side by side in a few large buffers, the record's `numbers` a view
// into its place. Planning a theme edit probes every note's fingerprint: with one small buffer per
// record, scattered over the heap, each probe chased four pointers and missed the cache each time
// (8–9 ms at 10,000 notes, beside a vault's text); read in buffer order it costs one miss a note.
// The numbers are moved, not copied: no memory is added beyond the unused end of the last buffer and
// the holes left by replaced records, which are closed by moving a buffer's records out once a quarter
// of it is empty (or the unused end of a buffer given up: at most about 16/9 of the live words in all).

import { type Steps, stepEndsAt } from "../steps";
import { type DocumentRecord, fingerprintAt, H_FINGERPRINT } from "./record";

const CHUNK_WORDS = 1 << 18; // 1 MB per buffer: the one being filled wastes at most that, and a copy of one is a fraction of a ms
const OWN_BUFFER_SHARE = 2; // a record of a quarter of a buffer or more (256 KB of numbers: a transcript of about a megabyte) keeps a buffer of its own: shift by 2

/** One buffer and the records placed in it, in order (null where a record left). */
class Chunk {
	readonly records: Array<DocumentRecord | null> = [];
	/** Where each record's numbers start in `data` (rising), and where its fingerprint starts and its length in words. */
	readonly starts: number[] = [];
	readonly fingerprintStarts: number[] = [];
	readonly fingerprintWords: number[] = [];
	used = 0;
	live = 0;

	/** `shared`: records are appended to it; else it holds one large record, or the records of a warm start. */
	constructor(readonly data: Int32Array, readonly shared: boolean) {}

	get free(): number {
		return this.data.length - this.used;
	}

	/** The entry of `record` if it is placed here (its numbers a view at its place), else -1. */
	entryOf(record: DocumentRecord): number {
		const start = record.numbers.byteOffset / Int32Array.BYTES_PER_ELEMENT;
		let [low, high] = [0, this.starts.length - 1];
		while (low <= high) {
			const middle = (low + high) >> 1;
			if (this.starts[middle] < start) low = middle + 1;
			else if (this.starts[middle] > start) high = middle - 1;
			else return this.records[middle] === record ? middle : -1;
		}
		return -1;
	}
}

export class NumbersArena {
	private readonly chunks: Chunk[] = [];
	/** Each buffer's chunk: a placed record is found from its own numbers view, so no map of 10,000 records to their places is kept. */
	private readonly chunkOf = new Map<ArrayBufferLike, Chunk>();

	/** `chunkWords`: the size of a shared buffer (smaller in tests, to see many of them). */
	constructor(private readonly chunkWords = CHUNK_WORDS) {}

	/**
	 * Moves a record's numbers into the arena; its `numbers` becomes a view of its place, and stays
	 * so until release: the arena finds a record by that view, so replacing `numbers` meanwhile would
	 * keep the old place swept for good. (Records always have numbers: a header and a fingerprint.)
	 */
	place(record: DocumentRecord): void {
		this.release(record); // placed twice, it would be swept twice
		const words = record.numbers.length;
		const chunk = this.chunkWithRoom(words);
		const start = chunk.used;
		chunk.data.set(record.numbers, start);
		chunk.used += words;
		this.enter(chunk, record, start, words);
	}

	/**
	 * Takes a whole buffer of records as it stands (a warm start's: each record's numbers a view into
	 * `data`, a whole buffer, in order, one after the other) instead of copying them one by one. It is
	 * filled no further, and compacted like any other once a quarter of it is empty. In steps of a
	 * few hundred records (steps.ts): the arena is whole once they end.
	 */
	*adoptSteps(data: Int32Array, records: readonly DocumentRecord[]): Steps<void> {
		if (data.byteOffset !== 0) throw new Error("an adopted buffer must start at its own start");
		const chunk = this.addChunk(data, false);
		for (let i = 0; i < records.length; i++) {
			if (stepEndsAt(i)) yield;
			const record = records[i];
			const view = record.numbers;
			if (view.buffer !== data.buffer || view.byteOffset !== chunk.used * Int32Array.BYTES_PER_ELEMENT) throw new Error("adopted records must lie in order in the buffer");
			chunk.used += view.length;
			this.enter(chunk, record, chunk.used - view.length, view.length, view);
		}
	}

	/** Forgets a record placed here (its numbers stay readable); a buffer left a quarter empty is compacted. */
	release(record: DocumentRecord): void {
		const chunk = this.chunkOf.get(record.numbers.buffer);
		const entry = chunk ? chunk.entryOf(record) : -1;
		if (!chunk || entry < 0) return;
		chunk.records[entry] = null;
		chunk.live -= record.numbers.length;
		if (chunk !== this.appendChunk()) this.settle(chunk);
	}

	/** Whether a record is placed here and reads its numbers from a buffer the arena still holds (an invariant the tests check). */
	isPlaced(record: DocumentRecord): boolean {
		const chunk = this.chunkOf.get(record.numbers.buffer);
		return chunk !== undefined && this.chunks.includes(chunk) && chunk.entryOf(record) >= 0;
	}

	/** The records whose fingerprint `holds` says may hold something, read in buffer order. */
	matching(holds: (bits: Int32Array, offset: number, words: number) => boolean): DocumentRecord[] {
		const found: DocumentRecord[] = [];
		for (const chunk of this.chunks) {
			const { data, records, fingerprintStarts, fingerprintWords } = chunk;
			for (let entry = 0; entry < records.length; entry++) {
				const record = records[entry];
				if (record !== null && holds(data, fingerprintStarts[entry], fingerprintWords[entry])) found.push(record);
			}
		}
		return found;
	}

	/** Words held in buffers, and words of live records (for tests and the bench). */
	get wordsHeld(): number {
		return this.chunks.reduce((sum, chunk) => sum + chunk.data.length, 0);
	}

	get wordsLive(): number {
		return this.chunks.reduce((sum, chunk) => sum + chunk.live, 0);
	}

	private enter(chunk: Chunk, record: DocumentRecord, start: number, words: number, view = chunk.data.subarray(start, start + words)): void {
		record.numbers = view;
		chunk.records.push(record);
		chunk.starts.push(start);
		chunk.fingerprintStarts.push(start + fingerprintAt(view));
		chunk.fingerprintWords.push(view[H_FINGERPRINT]);
		chunk.live += words;
	}

	private appendChunk(): Chunk | undefined {
		for (let i = this.chunks.length - 1; i >= 0; i--) if (this.chunks[i].shared) return this.chunks[i];
		return undefined;
	}

	private chunkWithRoom(words: number): Chunk {
		if (words >= this.chunkWords >> OWN_BUFFER_SHARE) return this.addChunk(words, false);
		const last = this.appendChunk();
		if (last && last.free >= words) return last;
		const fresh = this.addChunk(this.chunkWords, true);
		if (last) this.settle(last); // no longer filled: its holes are closed now, or never (a note saved over and over empties it)
		return fresh.free >= words ? fresh : this.chunkWithRoom(words);
	}

	/** A buffer no longer filled: let it go when empty, compact it when a quarter empty (so buffers hold at most about 16/9 of the live words, beside the one being filled). */
	private settle(chunk: Chunk): void {
		if (chunk.live === 0) this.drop(chunk);
		else if (chunk.live * 4 < chunk.used * 3) this.compact(chunk); // a quarter empty
	}

	private addChunk(words: number | Int32Array, shared: boolean): Chunk {
		const chunk = new Chunk(typeof words === "number" ? new Int32Array(words) : words, shared);
		this.chunks.push(chunk);
		this.chunkOf.set(chunk.data.buffer, chunk);
		return chunk;
	}

	private drop(chunk: Chunk): void {
		this.chunks.splice(this.chunks.indexOf(chunk), 1);
		this.chunkOf.delete(chunk.data.buffer);
	}

	/** Moves a buffer's records to the end of the arena and lets the buffer go. */
	private compact(chunk: Chunk): void {
		this.drop(chunk);
		for (const record of chunk.records) if (record !== null) this.place(record); // the buffer is dropped: no longer its place
	}
}
