import { describe, expect, it } from "vitest";
import { floorPass, naiveLinkerPass } from "../../bench/baselines";
import { MemoryNoteStore } from "../../bench/memory-note-store";
import { percentile } from "../../bench/measure";
import { leastWordWorkPass } from "../../bench/word-pass";
import { BenchRow, atLeast, atMost, exactly, renderJson, renderTable, verdict } from "../../bench/report";

const rows: BenchRow[] = [
	{ key: "index_mb_per_s", label: "full index", value: 180.5, unit: "MB/s", target: atLeast(150), note: "x" },
	{ key: "edit_p95_ms", label: "edit p95", value: 7, unit: "ms", target: atMost(5), note: "" },
	{ key: "relink_writes", label: "relink", value: null, unit: "", target: exactly(0), note: "n/a (not built)" },
];

describe("bench report", () => {
	it("says met, NOT met, or nothing when there is no value", () => {
		expect(rows.map(verdict)).toEqual(["met", "NOT met", ""]);
	});

	it("renders one JSON object with each key at the top level", () => {
		const parsed = JSON.parse(renderJson({ notes: 10 }, rows)) as Record<string, unknown>;
		expect(parsed.index_mb_per_s).toBe(180.5);
		expect(parsed.relink_writes).toBeNull();
		expect((parsed.targets as Record<string, { met: boolean | null }>).edit_p95_ms.met).toBe(false);
		expect((parsed.notes as Record<string, string>).relink_writes).toBe("n/a (not built)");
	});

	it("renders every row in the table", () => {
		const table = renderTable("title", rows);
		expect(table.split("\n").filter((line) => line.includes("NOT met")).length).toBe(1);
		expect(table).toContain("n/a (not built)");
	});
});

describe("bench yardsticks", () => {
	it("the naive linker counts whole-word, case-insensitive matches of every phrase", () => {
		const texts = ["Scaling laws, scaling LAWS and rescaling laws.", "C++ and a.b but not aab"];
		expect(naiveLinkerPass(texts, ["scaling laws"])).toBe(2);
		expect(naiveLinkerPass(texts, ["a.b"])).toBe(1); // metacharacters escaped: "aab" does not match
	});

	it("the floor reads every character after lower-casing", () => {
		expect(floorPass(["AB"])).toBe("ab".charCodeAt(0) + "ab".charCodeAt(1));
	});

	it("the least per-word work folds words, dedups their keys and pairs long neighbours", () => {
		const count = leastWordWorkPass(["Emergent Abilities, emergent abilities! Über 42"]);
		expect(count.words).toBe(6);
		// emergent, abilities, über, 42; pairs emergent+abilities, abilities+emergent, abilities+über ("42" is short)
		expect(count.keys).toBe(7);
		expect(leastWordWorkPass(["", "—", "x"]).words).toBe(1);
	});

	it("percentile takes the nearest rank", () => {
		const samples = Array.from({ length: 20 }, (_, i) => i + 1);
		expect(percentile(samples, 0.5)).toBe(10);
		expect(percentile(samples, 0.95)).toBe(19);
	});
});

describe("MemoryNoteStore", () => {
	it("counts a write only when the text changes", async () => {
		const store = new MemoryNoteStore([{ path: "a.md", text: "one", mtime: 1 }]);
		await store.process("a.md", (text) => text);
		expect(store.writes).toBe(0);
		await store.process("a.md", (text) => `${text}!`);
		await store.create("b.md", "two");
		await store.remove("b.md");
		expect(store.writes).toBe(3);
		expect(store.peek("a.md")).toBe("one!");
		expect(store.exists("b.md")).toBe(false);
	});
});
