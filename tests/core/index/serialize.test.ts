import { describe, expect, it } from "vitest";
import { INDEX_SCHEMA, reconcile, restoreIndex, restoreStoredRecords, serializeIndex, storableRecord } from "../../../src/core/index/serialize";
import { ThemeIndex } from "../../../src/core/index/theme-index";
import { analyze, note, theme } from "./helpers";

const THEMES = [theme("scaling", ["scaling laws"]), theme("data", ["training data"])];

function sampleIndex(): ThemeIndex {
	const index = new ThemeIndex(THEMES);
	index.upsert(analyze("a.md", note("A", "Scaling laws and training data. The scaling laws again."), THEMES, 100));
	index.upsert(analyze("b.md", note("B", "Training data matters; scaling laws too.", "2022-05-01"), THEMES, 200));
	index.upsert(analyze("c.md", note("C", "Nothing."), THEMES, 300));
	return index;
}

describe("serialisation", () => {
	it("round-trips through JSON text to an equal index", () => {
		const index = sampleIndex();
		const stored = JSON.parse(JSON.stringify(serializeIndex(index))) as { schema: number };
		expect(stored.schema).toBe(INDEX_SCHEMA);
		const restored = restoreIndex(stored, INDEX_SCHEMA);
		expect(restored).not.toBeNull();
		expect(serializeIndex(restored as ThemeIndex)).toEqual(serializeIndex(index));
		expect(restored?.allThemeStats()).toEqual(index.allThemeStats());
		expect(restored?.relatedDocuments("a.md")).toEqual(index.relatedDocuments("a.md"));
	});

	it("rejects another schema, partial or corrupt data, without throwing", () => {
		type Stored = { documents: Array<Record<string, unknown>>; themes: Array<Record<string, unknown>> };
		const good = JSON.parse(JSON.stringify(serializeIndex(sampleIndex()))) as Stored;
		expect(restoreIndex(good, INDEX_SCHEMA + 1)).toBeNull();
		expect(restoreIndex(null)).toBeNull();
		expect(restoreIndex("garbage")).toBeNull();
		expect(restoreIndex({ schema: INDEX_SCHEMA })).toBeNull();
		const corruptions: Array<(d: Stored) => void> = [
			(d) => (d.documents[0].fingerprint = "!!!!"),
			(d) => (d.documents[0].fingerprint = (d.documents[0].fingerprint as string).slice(4)),
			(d) => (d.documents[0].numbers = [1, 2, 3]),
			(d) => ((d.documents[0].numbers as number[])[0] += 1), // one more mention than stored
			(d) => ((d.documents[0].numbers as number[])[5] = 99), // the first mention's theme slot
			(d) => ((d.documents[0].numbers as number[])[6] = 1.5),
			(d) => ((d.documents[0].numbers as unknown[])[6] = "7"),
			(d) => (d.documents[0].matches = []),
			(d) => (d.documents[0].snippetText = ""),
			(d) => delete d.documents[0].candidatePhrases,
			(d) => (d.documents[0].kind = "poem"),
			(d) => delete d.documents[1].decisions,
			(d) => d.documents.push(d.documents[0]),
			(d) => (d.themes[0].aliases = "scaling"),
			(d) => ((d.documents as unknown[])[2] = 7),
		];
		for (const corrupt of corruptions) {
			const copy = structuredClone(good);
			corrupt(copy);
			expect(restoreIndex(copy, INDEX_SCHEMA)).toBeNull();
		}
	});
});

describe("records as the app's IndexedDB keeps them", () => {
	const stored = (): unknown[] => sampleIndex().documents().map((record) => structuredClone(storableRecord(record)));

	it("restore to an equal index, numbers read as stored", () => {
		const index = sampleIndex();
		const restored = restoreStoredRecords(INDEX_SCHEMA, structuredClone(index.themes), stored());
		expect(restored).not.toBeNull();
		expect(serializeIndex(restored as ThemeIndex)).toEqual(serializeIndex(index));
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
		const corruptions: Array<(r: Record<string, unknown>) => void> = [
			(r) => (r.numbers = Array.from(r.numbers as Int32Array)),
			(r) => ((r.numbers as Int32Array)[0] += 1),
			(r) => (r.numbers = (r.numbers as Int32Array).subarray(1)),
			(r) => (r.matches = []),
			(r) => delete r.decisions,
		];
		for (const corrupt of corruptions) {
			const records = stored() as Array<Record<string, unknown>>;
			corrupt(records[0]);
			expect(restoreStoredRecords(INDEX_SCHEMA, themes, records)).toBeNull();
		}
		expect(restoreStoredRecords(INDEX_SCHEMA, themes, [null, 7])).toBeNull();
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
