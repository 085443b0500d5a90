import { describe, expect, it } from "vitest";
import { INDEX_SCHEMA, reconcile, restoreStoredRecords, restoreStoredRecordsInSlices, snapshotIndex, storableRecord } from "../../../src/core/index/serialize";
import { ThemeIndex } from "../../../src/core/index/theme-index";
import { SAMPLE_THEMES, sampleIndex } from "./helpers";

const THEMES = SAMPLE_THEMES;

describe("records as the app's IndexedDB keeps them", () => {
	const stored = (): unknown[] => sampleIndex().documents().map((record) => structuredClone(storableRecord(record)));

	it("restore to an equal index, numbers read as stored", () => {
		const index = sampleIndex();
		const restored = restoreStoredRecords(INDEX_SCHEMA, structuredClone(index.themes), stored());
		expect(restored).not.toBeNull();
		expect(snapshotIndex(restored as ThemeIndex)).toEqual(snapshotIndex(index));
		expect(restored?.allThemeStats()).toEqual(index.allThemeStats());
	});

	it("keeps a record's numbers apart from the buffer they came from", () => {
		const record = sampleIndex().documents()[0];
		const shared = new Int32Array(record.numbers.length + 8);
		shared.set(record.numbers, 4);
		const kept = storableRecord({ ...record, numbers: shared.subarray(4, 4 + record.numbers.length) });
		expect(kept.numbers.buffer.byteLength).toBe(record.numbers.length * 4);
	});

	it("rejects another schema, numbers of another type or that disagree, without throwing", () => {
		const themes = sampleIndex().themes;
		expect(restoreStoredRecords(INDEX_SCHEMA + 1, themes, stored())).toBeNull();
		expect(restoreStoredRecords(INDEX_SCHEMA, [{ id: 1 }], stored())).toBeNull();
		expect(restoreStoredRecords(INDEX_SCHEMA, [{ ...themes[0], aliases: "scaling" }], stored())).toBeNull();
		expect(restoreStoredRecords(undefined, undefined, [])).toBeNull();
		const corruptions: Array<(r: Array<Record<string, unknown>>) => void> = [
			(r) => (r[0].numbers = Array.from(r[0].numbers as Int32Array)),
			(r) => ((r[0].numbers as Int32Array)[0] += 1), // one more mention than stored
			(r) => ((r[0].numbers as Int32Array)[5] = 99 << 16), // the first mention's theme slot (its high 16 bits), with no snippet
			(r) => ((r[0].numbers as Int32Array)[5] = 99), // theme slot 0, snippet slot 98: past the record's snippets
			(r) => (r[0].numbers = (r[0].numbers as Int32Array).subarray(1)),
			(r) => (r[0].matches = []),
			(r) => (r[0].snippetText = ""),
			(r) => delete r[0].candidatePhrases,
			(r) => (r[0].kind = "poem"),
			(r) => delete r[1].decisions,
			(r) => r.push(r[0]), // the same path twice
			(r) => ((r as unknown[])[2] = 7),
		];
		for (const corrupt of corruptions) {
			const records = stored() as Array<Record<string, unknown>>;
			corrupt(records);
			expect(restoreStoredRecords(INDEX_SCHEMA, themes, records)).toBeNull();
		}
	});
});

describe("reconcile", () => {
	it("sorts the vault listing into unchanged, changed, added and removed, by size and mtime", () => {
		const index = sampleIndex();
		const a = index.document("a.md");
		const b = index.document("b.md");
		const plan = reconcile(index, [
			{ path: "a.md", size: a?.size ?? 0, mtime: 100 },
			{ path: "b.md", size: (b?.size ?? 0) + 1, mtime: 200 },
			{ path: "new.md", size: 10, mtime: 5 },
		]);
		expect(plan).toEqual({ unchanged: ["a.md"], changed: ["b.md"], added: ["new.md"], removed: ["c.md"] });
		const touched = reconcile(index, [{ path: "a.md", size: a?.size ?? 0, mtime: 101 }]);
		expect(touched.changed).toEqual(["a.md"]);
	});
});

describe("a restore in slices (the app's warm start)", () => {
	/** 600 stored records: the sample's three under 200 folders each, so a restore takes several batches. */
	function manyStored(): unknown[] {
		const out: unknown[] = [];
		for (let folder = 0; folder < 200; folder++) {
			for (const record of sampleIndex().documents()) out.push(structuredClone({ ...storableRecord(record), path: `f${folder}/${record.path}` }));
		}
		return out;
	}

	it("restores what the one-piece restore does, giving the main thread back between batches", async () => {
		let yields = 0;
		const sliced = await restoreStoredRecordsInSlices(INDEX_SCHEMA, THEMES, manyStored(), async () => {
			yields++;
		});
		const whole = restoreStoredRecords(INDEX_SCHEMA, THEMES, manyStored());
		expect(sliced?.size).toBe(600);
		expect(snapshotIndex(sliced as ThemeIndex)).toEqual(snapshotIndex(whole as ThemeIndex));
		expect(sliced?.allThemeStats()).toEqual(whole?.allThemeStats());
		expect(yields).toBe(2); // 600 records in batches of 250
	});

	it("is null when a record in a later batch is corrupt or repeats a path, and never throws", async () => {
		const pass = async (): Promise<void> => undefined;
		const corrupt = manyStored();
		(corrupt[520] as { numbers: Int32Array }).numbers = new Int32Array(3);
		expect(await restoreStoredRecordsInSlices(INDEX_SCHEMA, THEMES, corrupt, pass)).toBeNull();
		const repeated = manyStored();
		(repeated[590] as { path: string }).path = (repeated[10] as { path: string }).path;
		expect(await restoreStoredRecordsInSlices(INDEX_SCHEMA, THEMES, repeated, pass)).toBeNull();
		expect(await restoreStoredRecordsInSlices(INDEX_SCHEMA, THEMES, [null, 7, "x"], pass)).toBeNull();
		expect(await restoreStoredRecordsInSlices(INDEX_SCHEMA + 1, THEMES, manyStored(), pass)).toBeNull();
	});
});
