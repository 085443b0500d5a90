// The record store's housekeeping and its memory fallback (IndexedDB itself runs in the browser tests).
import { describe, expect, it } from "vitest";
import { MemoryRecordStore, forgetOlderStores } from "../../src/obsidian/idb-record-store";

describe("the record store", () => {
	it("deletes the databases of every earlier schema, never the current one", () => {
		const deleted: string[] = [];
		forgetOlderStores({ deleteDatabase: (name: string) => (deleted.push(name), {} as IDBOpenDBRequest) }, "throughline-index-v42", 3);
		expect(deleted).toEqual(["throughline-index-v42-v1", "throughline-index-v42-v2"]);
	});

	it("goes on when a deletion throws", () => {
		const tried: string[] = [];
		const refusing = {
			deleteDatabase: (name: string): IDBOpenDBRequest => {
				tried.push(name);
				throw new Error("blocked");
			},
		};
		expect(() => forgetOlderStores(refusing, "p", 3)).not.toThrow();
		expect(tried).toEqual(["p-v1", "p-v2"]);
	});

	it("in memory, keeps and returns copies, as IndexedDB does", async () => {
		const store = new MemoryRecordStore<{ numbers: Int32Array; words: string[] }>();
		const value = { numbers: new Int32Array([1, 2, 3]), words: ["a"] };
		await store.write(new Map([["n.md", value]]), []);
		value.numbers[0] = 99;
		value.words.push("b");
		const first = (await store.readAll()).get("n.md");
		expect(Array.from(first?.numbers ?? [])).toEqual([1, 2, 3]);
		expect(first?.words).toEqual(["a"]);
		expect(first?.numbers).toBeInstanceOf(Int32Array);
		first?.words.push("c");
		expect((await store.readAll()).get("n.md")?.words).toEqual(["a"]);
		await store.write(new Map(), ["n.md"]);
		expect((await store.readAll()).size).toBe(0);
	});
});
