// @vitest-environment happy-dom
// The app decodes and encodes its snapshot (index-snapshot.ts) in slices, the main thread given back
// between them (binary-store.ts's steps), and never writes a snapshot of an index that changed while
// it was being encoded: that one is dropped and written at a later save. The host is fake: a clock
// that moves FAKE_MS each time it is read, and a yield that counts itself. Counts, never times.
import { describe, expect, it } from "vitest";
import { decodeIndex } from "../../src/core/index/binary-store";
import { snapshotIndex } from "../../src/core/index/serialize";
import { ThemeIndex } from "../../src/core/index/theme-index";
import { MemoryRecordStore } from "../../src/obsidian/idb-record-store";
import { IndexPersistence } from "../../src/obsidian/index-persistence";
import { SNAPSHOT_KEY } from "../../src/obsidian/index-snapshot";
import { analyze, note, theme } from "../core/index/helpers";

const THEMES = [theme("scaling", ["scaling laws"]), theme("data", ["training data"])];
const NOTES = 40; // enough notes for a few dozen steps each way
const FAKE_MS = 5; // the fake clock's move per reading: a slice of the app's 16 ms budget runs about three steps

function sampleIndex(): ThemeIndex {
	const index = new ThemeIndex(THEMES);
	for (let n = 0; n < NOTES; n++) index.upsert(analyze(`n${n}.md`, note(`N${n}`, `Scaling laws and training data, note ${n}.\n\nTraining data again.`), THEMES, n));
	return index;
}

interface FakeHost {
	now(): number;
	yieldToMain(): Promise<void>;
	yields: number;
	/** Times the clock was read: only a slice of steps reads it. */
	reads: number;
	/** Runs at each yield, after the count. */
	onYield: () => void;
}

function fakeHost(): FakeHost {
	const host: FakeHost = {
		yields: 0, reads: 0, onYield: () => undefined,
		now: () => ++host.reads * FAKE_MS,
		yieldToMain: async () => {
			host.yields++;
			host.onYield();
		},
	};
	return host;
}

async function snapshotIn(store: MemoryRecordStore<unknown>): Promise<Uint8Array | undefined> {
	return (await store.read([SNAPSHOT_KEY])).get(SNAPSHOT_KEY) as Uint8Array | undefined;
}

/** A persistence over `store` for the index `indexOf()` gives, every record of `saved` indexed and reported, its first pass ended. */
async function indexed(store: MemoryRecordStore<unknown>, saved: ThemeIndex, host: FakeHost): Promise<{ persistence: IndexPersistence; index: ThemeIndex }> {
	const index = new ThemeIndex(THEMES);
	const persistence = new IndexPersistence(() => index, host);
	persistence.attach(store);
	await persistence.restore();
	for (const record of saved.documents()) {
		index.upsert(record);
		persistence.changed(record.path);
	}
	persistence.saveSoon();
	persistence.indexComplete();
	return { persistence, index };
}

describe("the snapshot in slices", () => {
	it("is encoded and decoded in many slices, and restores the index it was written from", async () => {
		const saved = sampleIndex();
		const store = new MemoryRecordStore<unknown>();
		const writer = fakeHost();
		const { persistence } = await indexed(store, saved, writer);
		persistence.close(); // the save now
		await persistence.whenSaved();
		expect(writer.yields).toBeGreaterThan(3);
		expect(await snapshotIn(store)).toBeInstanceOf(Uint8Array);
		const reader = fakeHost();
		const restorer = new IndexPersistence(() => new ThemeIndex(), reader);
		restorer.attach(store);
		const restored = await restorer.restore();
		expect(snapshotIndex(restored as ThemeIndex)).toEqual(snapshotIndex(saved));
		expect(reader.yields).toBeGreaterThan(3); // decoded in slices (the per-note records are read in none of them)
		expect(reader.reads).toBeGreaterThan(0);
	});

	it("is not written when the index changes between two slices of its encoding", async () => {
		const store = new MemoryRecordStore<unknown>();
		const host = fakeHost();
		const { persistence, index } = await indexed(store, sampleIndex(), host);
		let changes = 0;
		host.onYield = () => {
			if (host.reads === 0 || changes > 0) return; // the encoding has not begun, or has seen its change
			index.upsert(analyze("late.md", note("Late", "Scaling laws, late."), THEMES, 99));
			changes++;
		};
		persistence.close(); // the last save now: the snapshot it drops is not asked for again
		await persistence.whenSaved();
		expect(changes).toBe(1);
		expect(await snapshotIn(store)).toBeUndefined();
	});

	it("dropped for a change, is written at the next save, of the index as it is then", async () => {
		const store = new MemoryRecordStore<unknown>();
		const host = fakeHost();
		const { persistence, index } = await indexed(store, sampleIndex(), host);
		let changed: () => void = () => undefined;
		const changedOnce = new Promise<void>((resolve) => (changed = resolve));
		host.onYield = () => {
			if (host.reads === 0 || index.document("late.md")) return;
			index.upsert(analyze("late.md", note("Late", "Scaling laws, late."), THEMES, 99));
			persistence.changed("late.md");
			changed();
		};
		await changedOnce; // the save a while after the changes, its encoding under way
		await persistence.whenSaved();
		expect(await snapshotIn(store)).toBeUndefined();
		persistence.close(); // runs the save asked for, now
		await persistence.whenSaved();
		const snapshot = await snapshotIn(store);
		expect(snapshotIndex(decodeIndex(snapshot as Uint8Array) as ThemeIndex)).toEqual(snapshotIndex(index));
		expect(index.document("late.md")).toBeDefined();
	});
});
