// @vitest-environment happy-dom
// The plugin disabled during its warm start: the store's batched read, spanning several tasks, fails
// once the connection is closing (as Chromium's IndexedDB does). The first pass must then stop, not
// take the failed read for "no stored index" and re-read every note of the vault for nothing.
// Also: the controller tells its queue each note's size, so that a large note gets a slice of its own.
import { expect, test, vi } from "vitest";
import { migrateSettings } from "../../src/core/settings";
import { LARGE_NOTE_BYTES, SlicedWorkQueue } from "../../src/core/work-queue";
import { MemoryRecordStore } from "../../src/obsidian/idb-record-store";
import { IndexController } from "../../src/obsidian/index-controller";
import { createFakeApp } from "../fake-obsidian/index";

const THEME = "---\naliases: [agents]\n---\n";
const NOTES = 200;

/** Reads in batches like IdbRecordStore: after close(), the batch after a pause fails, and so does a read of a few keys (the snapshot's) that ends after it. */
class ClosingStore extends MemoryRecordStore<unknown> {
	closed = false;
	close(): void {
		this.closed = true;
	}
	override async readAll(pause?: () => Promise<void>): Promise<Map<string, unknown>> {
		const all = await super.readAll();
		await pause?.();
		if (this.closed) throw new Error("The database connection is closing");
		return all;
	}
	override async read(keys: readonly string[]): Promise<Map<string, unknown>> {
		const found = await super.read(keys);
		await new Promise((resolve) => setTimeout(resolve, 0)); // a read that takes a task
		if (this.closed) throw new Error("The database connection is closing");
		return found;
	}
}

function controllerOf(app: ReturnType<typeof createFakeApp>, store: MemoryRecordStore<unknown>): IndexController {
	const controller = new IndexController({ app: app as never, settings: () => migrateSettings(null), openRecords: () => Promise.resolve(store), showStatus: () => undefined, notify: () => undefined });
	controller.load();
	return controller;
}

test("a controller unloaded while its store is read reads no note afterwards", async () => {
	const files: Record<string, string> = { "Themes/Agents.md": THEME };
	for (let i = 0; i < NOTES; i++) files[`Notes/n${i}.md`] = `Agents plan and act, note ${i}.\n`;
	const app = createFakeApp({ files });
	const store = new ClosingStore();
	const first = controllerOf(app, store);
	await first.start();
	first.unload();
	await first.whenSaved();
	store.closed = false;
	const second = controllerOf(app, store);
	let readAfterUnload = 0;
	const refresh = second.engine.refresh.bind(second.engine);
	second.engine.refresh = (stat, force) => {
		if (store.closed) readAfterUnload++;
		return refresh(stat, force);
	};
	const running = second.start();
	await Promise.resolve(); // the read is under way
	second.unload();
	await running;
	await second.whenSaved();
	expect(store.closed).toBe(true);
	expect(readAfterUnload).toBe(0); // before the fix: all 200
	expect(second.ready).toBe(false);
});

test("tells the queue each note's size from the vault's listing", async () => {
	const large = `Agents plan and act. ${"x".repeat(LARGE_NOTE_BYTES)}\n`;
	const app = createFakeApp({ files: { "Themes/Agents.md": THEME, "Notes/small.md": "Agents act.\n", "Notes/large.md": large } });
	const sizes = new Map<string, number | undefined>();
	const enqueue = SlicedWorkQueue.prototype.enqueue;
	const spy = vi.spyOn(SlicedWorkQueue.prototype, "enqueue").mockImplementation(function (this: SlicedWorkQueue, path, task, bytes) {
		sizes.set(path, bytes);
		return enqueue.call(this, path, task, bytes);
	});
	try {
		const controller = controllerOf(app, new MemoryRecordStore());
		await controller.start();
		expect(sizes.get("Notes/large.md")).toBe(new TextEncoder().encode(large).length);
		expect(sizes.get("Notes/small.md")).toBe("Agents act.\n".length);
		controller.unload();
		await controller.whenSaved();
	} finally {
		spy.mockRestore();
	}
});
