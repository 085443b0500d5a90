// The app's record store in Chromium's real IndexedDB: a warm start reads it back in batches (one
// task each, the app painting between them), every record intact, and a key added or removed inside
// a batch not yet read fails the read, so that the vault is indexed afresh.
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser, openHarness, sharedBrowser, type HarnessPage } from "./harness/browser";

const BATCH = 500; // idb-record-store.ts READ_BATCH

describeInBrowser("the record store in Chromium's IndexedDB", () => {
	const browser = sharedBrowser();
	let harness: HarnessPage;

	beforeAll(async () => {
		harness = await openHarness(browser(), { files: {} });
	});
	afterAll(async () => {
		await harness?.close();
	});

	it("reads every record back intact, in batches with a pause between them", async () => {
		const count = 2 * BATCH + 123;
		const read = await harness.call("readBack", "probe-intact", count, "none");
		expect(read).toEqual({ size: count, pauses: 2, intact: true, error: null });
		expect(await harness.call("readBack", "probe-empty", 0, "none")).toEqual({ size: 0, pauses: 0, intact: true, error: null });
	});

	it("fails the read when a record is added to or deleted from a batch not yet read", async () => {
		for (const change of ["insert", "delete"] as const) {
			const read = await harness.call("readBack", `probe-${change}`, 2 * BATCH + 10, change);
			expect(read.error, change).toBe("IndexedDB changed while it was read");
			expect(read.pauses, change).toBe(2); // the last batch saw the change
		}
	});

	it("keeps the index's snapshot as bytes beside the records, read back by key", async () => {
		const back = await harness.call("snapshotBack", "probe-snapshot", 4 * 1024 * 1024); // a few MB, as a vault's snapshot
		expect(back).toEqual({ bytesIntact: true, found: ["\u0000snapshot", "n00001.md"], listed: ["\u0000snapshot", "n00000.md", "n00001.md"] });
	});
});
