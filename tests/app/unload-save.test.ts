// @vitest-environment happy-dom
// Unloading while a note's read is still under way: the read may finish afterwards, but nothing is
// saved once the plugin is gone (the last save ran at unload; the store's connection is closed).
import { describe, expect, test, vi } from "vitest";
import { loadPlugin } from "./harness";

const SAVE_DELAY_MS = 2000; // index-controller.ts: a save follows a change by this much

describe("a read that finishes after unload", () => {
	test("saves nothing once the plugin is unloaded", { timeout: 15_000 }, async () => {
		const loaded = await loadPlugin({ "Notes/a.md": "# A\n\nScaling laws again.\n", "Notes/b.md": "# B\n\nEmergence.\n" });
		let release: (() => void) | null = null;
		const read = loaded.app.vault.cachedRead.bind(loaded.app.vault);
		vi.spyOn(loaded.app.vault, "cachedRead").mockImplementation(async (file) => {
			await new Promise<void>((resolve) => (release = resolve)); // held until the test lets it go
			return read(file);
		});
		loaded.app.fake.layoutReady();
		for (let i = 0; i < 200 && release === null; i++) await new Promise((resolve) => setTimeout(resolve, 5));
		expect(release).not.toBeNull(); // a read is under way
		const persistence = (loaded.internals.index as unknown as { persistence: { store: { write: (...args: unknown[]) => Promise<void> } } }).persistence;
		loaded.plugin.unload();
		await loaded.internals.index.whenSaved();
		const write = vi.spyOn(persistence.store, "write");
		(release as unknown as () => void)();
		await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 500));
		await loaded.internals.index.whenSaved();
		expect(write).not.toHaveBeenCalled();
	});
});
