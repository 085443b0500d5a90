// @vitest-environment happy-dom
// IndexPersistence once closed (the plugin unloaded): nothing more is saved, and a store that opens
// only afterwards (IndexedDB still opening at unload) is closed at once instead of left open.
import { describe, expect, it, vi } from "vitest";
import { MemoryRecordStore, type RecordStore } from "../../src/obsidian/idb-record-store";
import { IndexPersistence } from "../../src/obsidian/index-persistence";
import { ThemeIndex } from "../../src/core/index/theme-index";

describe("IndexPersistence after close", () => {
	it("closes a store attached after it closed, and one attached before only after the last save", async () => {
		const persistence = new IndexPersistence(() => new ThemeIndex([]));
		const closeEarly = vi.fn();
		const early: RecordStore<unknown> = Object.assign(new MemoryRecordStore<unknown>(), { close: closeEarly });
		persistence.attach(early);
		persistence.changed("a.md");
		persistence.saveSoon();
		persistence.close();
		await persistence.whenSaved();
		expect(closeEarly).toHaveBeenCalledTimes(1);
		const closeLate = vi.fn();
		const late: RecordStore<unknown> = Object.assign(new MemoryRecordStore<unknown>(), { close: closeLate });
		persistence.attach(late);
		expect(closeLate).toHaveBeenCalledTimes(1);
		const write = vi.spyOn(late, "write");
		persistence.changed("b.md");
		persistence.saveSoon();
		persistence.close();
		await persistence.whenSaved();
		expect(write).not.toHaveBeenCalled();
	});
});
