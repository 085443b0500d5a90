// Reads the app's record store back in Chromium's real IndexedDB (the fake app has none of its own):
// how many records came back intact, how many pauses the batched read made, and whether a change
// made during a pause failed the read as it must.
import { openRecordStore } from "../../../src/obsidian/idb-record-store";

export type StoreChange = "none" | "insert" | "delete";

export interface ReadBack {
	size: number;
	pauses: number;
	intact: boolean;
	error: string | null;
}

type Stored = { numbers: Int32Array; words: string[] };

const keyOf = (i: number): string => `n${String(i).padStart(5, "0")}.md`;

/** Writes `count` records, reads them back with a pause counter, and applies `change` at the first pause. */
export async function readBack(prefix: string, count: number, change: StoreChange): Promise<ReadBack> {
	const store = await openRecordStore<Stored>(prefix, 1);
	const records = new Map<string, Stored>(Array.from({ length: count }, (_, i) => [keyOf(i), { numbers: Int32Array.of(i, i * 2), words: [`w${i}`] }]));
	await store.write(records, []);
	let pauses = 0;
	const pause = async (): Promise<void> => {
		if (pauses++ === 0 && change === "insert") await store.write(new Map([[`${keyOf(count - 2)}x`, { numbers: Int32Array.of(0), words: [] }]]), []); // inside the last batch
		if (pauses === 1 && change === "delete") await store.write(new Map(), [keyOf(count - 2)]);
	};
	try {
		const read = await store.readAll(pause);
		const intact = [...records].every(([key, value]) => {
			const got = read.get(key);
			return got !== undefined && got.numbers instanceof Int32Array && got.numbers.join() === value.numbers.join() && got.words.join() === value.words.join();
		});
		return { size: read.size, pauses, intact, error: null };
	} catch (error) {
		return { size: 0, pauses, intact: false, error: error instanceof Error ? error.message : String(error) };
	} finally {
		await store.clear();
		store.close?.();
	}
}

export interface SnapshotBack {
	/** Whether read() gave the snapshot back as a Uint8Array of the same bytes. */
	bytesIntact: boolean;
	/** The keys read() found, of those asked (one is absent). */
	found: string[];
	/** The keys readAll() listed: the snapshot's among the records'. */
	listed: string[];
}

/** Writes a snapshot-sized Uint8Array under a key no path can be, beside two records, and reads a few keys back, then every one. */
export async function snapshotBack(prefix: string, bytes: number): Promise<SnapshotBack> {
	const store = await openRecordStore<unknown>(prefix, 1);
	const snapshot = new Uint8Array(bytes).map((_, i) => (i * 31) & 0xff);
	const snapshotKey = "\u0000snapshot"; // index-snapshot.ts SNAPSHOT_KEY
	await store.write(new Map<string, unknown>([[snapshotKey, snapshot], [keyOf(0), { numbers: Int32Array.of(1), words: [] }], [keyOf(1), { numbers: Int32Array.of(2), words: [] }]]), []);
	try {
		const some = await store.read([snapshotKey, keyOf(1), "absent.md"]);
		const back = some.get(snapshotKey);
		const bytesIntact = back instanceof Uint8Array && back.length === snapshot.length && back.every((byte, i) => byte === snapshot[i]);
		return { bytesIntact, found: [...some.keys()], listed: [...(await store.readAll()).keys()] };
	} finally {
		await store.clear();
		store.close?.();
	}
}
