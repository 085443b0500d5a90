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
