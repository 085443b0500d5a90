// @vitest-environment happy-dom
// The index's snapshot beside the per-note records (index-snapshot.ts): a warm start decodes it and
// takes the records saved after it; one that is corrupt, of another schema or too far out of date is
// deleted and the per-note records are read instead, and the snapshot never passes for a note.
import { describe, expect, it, vi } from "vitest";
import { encodeIndex } from "../../src/core/index/binary-store";
import { INDEX_SCHEMA, snapshotIndex } from "../../src/core/index/serialize";
import { ThemeIndex } from "../../src/core/index/theme-index";
import { MemoryRecordStore } from "../../src/obsidian/idb-record-store";
import { IndexPersistence } from "../../src/obsidian/index-persistence";
import { META_KEY, SNAPSHOT_KEY, SNAPSHOT_STALE_AFTER, type StoreMeta } from "../../src/obsidian/index-snapshot";
import { SAMPLE_THEMES, analyze, note, sampleIndex } from "../core/index/helpers";

const THEMES = SAMPLE_THEMES;

/** A store that counts full reads (the per-note path) and can refuse to delete the snapshot. */
class WatchedStore extends MemoryRecordStore<unknown> {
	fullReads = 0;
	refuseSnapshotDelete = false;
	override readAll(pause?: () => Promise<void>): Promise<Map<string, unknown>> {
		this.fullReads++;
		return super.readAll(pause);
	}
	override write(changed: Map<string, unknown>, removed: Iterable<string>): Promise<void> {
		const removing = [...removed];
		if (this.refuseSnapshotDelete && removing.includes(SNAPSHOT_KEY)) return Promise.reject(new Error("refused"));
		return super.write(changed, removing);
	}
	async entry(key: string): Promise<unknown> {
		return (await this.read([key])).get(key);
	}
}

/** One session: restores from `store`, lets `work` change the index (reporting what it changed), then saves and closes, a first pass ended. */
async function session(store: WatchedStore, work: (index: ThemeIndex, persistence: IndexPersistence) => void = () => undefined): Promise<ThemeIndex> {
	let index = new ThemeIndex(THEMES);
	const persistence = new IndexPersistence(() => index);
	persistence.attach(store);
	index = (await persistence.restore()) ?? index;
	work(index, persistence);
	persistence.saveSoon();
	persistence.indexComplete();
	persistence.close(); // runs the save now
	await persistence.whenSaved();
	return index;
}

/** A first session that indexed `saved` from nothing: every record saved, then the snapshot. */
async function storeOf(saved: ThemeIndex): Promise<WatchedStore> {
	const store = new WatchedStore();
	await session(store, (index, persistence) => {
		for (const record of saved.documents()) {
			index.upsert(record);
			persistence.changed(record.path);
		}
	});
	store.fullReads = 0; // the first start found nothing and read every (no) record
	return store;
}

async function restoreFrom(store: WatchedStore): Promise<ThemeIndex | null> {
	const persistence = new IndexPersistence(() => new ThemeIndex());
	persistence.attach(store);
	return persistence.restore();
}

describe("the index's snapshot", () => {
	it("is written after the first pass, and a warm start restores the saved index from it without reading every record", async () => {
		const saved = sampleIndex();
		const store = await storeOf(saved);
		expect(await store.entry(SNAPSHOT_KEY)).toBeInstanceOf(Uint8Array);
		const restored = await restoreFrom(store);
		expect(snapshotIndex(restored as ThemeIndex)).toEqual(snapshotIndex(saved));
		expect(restored?.allThemeStats()).toEqual(saved.allThemeStats());
		expect(store.fullReads).toBe(0);
	});

	it("with the per-note records saved after it, restores the index as it is now", async () => {
		const store = await storeOf(sampleIndex());
		const snapshotBefore = await store.entry(SNAPSHOT_KEY);
		const current = await session(store, (index, persistence) => {
			index.upsert(analyze("b.md", note("B", "Only training data now."), THEMES, 250));
			index.remove("c.md");
			index.upsert(analyze("d.md", note("D", "Scaling laws, at last."), THEMES, 400));
			for (const path of ["b.md", "d.md"]) persistence.changed(path);
			persistence.gone("c.md");
		});
		expect(await store.entry(SNAPSHOT_KEY)).toEqual(snapshotBefore); // three changes: the snapshot is kept, the meta lists them
		expect(((await store.entry(META_KEY)) as StoreMeta).sinceSnapshot.sort()).toEqual(["b.md", "c.md", "d.md"]);
		const restored = await restoreFrom(store);
		expect(snapshotIndex(restored as ThemeIndex)).toEqual(snapshotIndex(current));
		expect(restored?.allThemeStats()).toEqual(current.allThemeStats());
		expect(store.fullReads).toBe(0);
	});

	it("is written again once enough paths were saved after it", async () => {
		const store = await storeOf(sampleIndex());
		const snapshotBefore = await store.entry(SNAPSHOT_KEY);
		await session(store, (index, persistence) => {
			index.remove("c.md");
			for (let n = 0; n < SNAPSHOT_STALE_AFTER; n++) persistence.gone(`gone/${n}.md`); // notes never indexed: only the list grows
			persistence.gone("c.md");
		});
		expect(await store.entry(SNAPSHOT_KEY)).not.toEqual(snapshotBefore);
		expect(((await store.entry(META_KEY)) as StoreMeta).sinceSnapshot).toEqual([]);
		expect((await restoreFrom(store))?.document("c.md")).toBeUndefined();
	});

	it("when corrupt, is cleared and the per-note records are restored", async () => {
		const saved = sampleIndex();
		const store = await storeOf(saved);
		const bytes = (await store.entry(SNAPSHOT_KEY)) as Uint8Array;
		bytes[bytes.length - 1] ^= 1; // the checksum no longer holds
		await store.write(new Map([[SNAPSHOT_KEY, bytes]]), []);
		const restored = await restoreFrom(store);
		expect(snapshotIndex(restored as ThemeIndex)).toEqual(snapshotIndex(saved));
		expect(store.fullReads).toBe(1);
		expect(await store.entry(SNAPSHOT_KEY)).toBeUndefined();
	});

	it("of another schema, is ignored for the per-note records", async () => {
		const store = await storeOf(sampleIndex());
		const other = new ThemeIndex(THEMES);
		other.upsert(analyze("z.md", note("Z", "Scaling laws."), THEMES, 900));
		await store.write(new Map([[SNAPSHOT_KEY, encodeIndex(other, INDEX_SCHEMA + 1)]]), []);
		const restored = await restoreFrom(store);
		expect(restored?.documents().map((record) => record.path)).toEqual(["a.md", "b.md", "c.md"]);
		expect(await store.entry(SNAPSHOT_KEY)).toBeUndefined();
	});

	it("is never taken for a note's record when it cannot be deleted", async () => {
		const saved = sampleIndex();
		const store = await storeOf(saved);
		await store.write(new Map([[SNAPSHOT_KEY, new Uint8Array([1, 2, 3])]]), []);
		store.refuseSnapshotDelete = true;
		const restored = await restoreFrom(store);
		expect(snapshotIndex(restored as ThemeIndex)).toEqual(snapshotIndex(saved));
	});

	it("listing more paths saved after it than it may, is dropped for the per-note records", async () => {
		const store = await storeOf(sampleIndex());
		const meta = (await store.entry(META_KEY)) as StoreMeta;
		const tooMany = Array.from({ length: SNAPSHOT_STALE_AFTER + 1 }, (_, n) => `n${n}.md`);
		await store.write(new Map([[META_KEY, { ...meta, sinceSnapshot: tooMany }]]), ["c.md"]); // c.md's record deleted after the snapshot
		const restored = await restoreFrom(store);
		expect(restored?.documents().map((record) => record.path)).toEqual(["a.md", "b.md"]);
		expect(store.fullReads).toBe(1);
		expect(await store.entry(SNAPSHOT_KEY)).toBeUndefined();
	});

	it("whose later record fails its checks, is dropped, and the store with it", async () => {
		const store = await storeOf(sampleIndex());
		const meta = (await store.entry(META_KEY)) as StoreMeta;
		await store.write(new Map<string, unknown>([[META_KEY, { ...meta, sinceSnapshot: ["b.md"] }], ["b.md", { path: "b.md" }]]), []);
		const clear = vi.spyOn(store, "clear");
		expect(await restoreFrom(store)).toBeNull(); // never a half index: the vault is indexed afresh
		expect(clear).toHaveBeenCalled();
	});
});
