// @vitest-environment happy-dom
// The index controller on its own, with a record store the test holds: one connection for the
// plugin's life (closed on unload), problems announced only for notes read in this session,
// settings changed during the first pass applied at its end, and a revision that moves when the
// index becomes ready.
import { describe, expect, test } from "vitest";
import { migrateSettings, type ThroughlineSettings } from "../../src/core/settings";
import { MemoryRecordStore, type RecordStore } from "../../src/obsidian/idb-record-store";
import { IndexController } from "../../src/obsidian/index-controller";
import { createFakeApp } from "../fake-obsidian/index";
import { decodeIndex } from "../../src/core/index/binary-store";
import { snapshotIndex } from "../../src/core/index/serialize";
import type { ThemeIndex } from "../../src/core/index/theme-index";
import { SNAPSHOT_KEY } from "../../src/obsidian/index-snapshot";

const THEME = "---\naliases: [agents, agentic]\n---\n";
const BROKEN = "---\ntitle: [never closed\n---\n\nAgents plan and act; agentic systems use tools.\n";
const FINE = "Agents plan and act; agentic systems use tools.\n";

class CountingStore extends MemoryRecordStore<unknown> {
	closed = 0;
	fullReads = 0;
	close(): void {
		this.closed++;
	}
	override readAll(pause?: () => Promise<void>): Promise<Map<string, unknown>> {
		this.fullReads++;
		return super.readAll(pause);
	}
}

interface Started {
	controller: IndexController;
	messages: string[];
	opens: () => number;
}

async function startController(app: ReturnType<typeof createFakeApp>, store: RecordStore<unknown>, settings: () => ThroughlineSettings = () => migrateSettings(null)): Promise<Started> {
	const messages: string[] = [];
	let opens = 0;
	const controller = new IndexController({
		app: app as never,
		settings,
		openRecords: () => {
			opens++;
			return Promise.resolve(store);
		},
		showStatus: () => undefined,
		notify: (message) => messages.push(message),
	});
	controller.load();
	await controller.start();
	return { controller, messages, opens: () => opens };
}

describe("the index controller", () => {
	test("a note's problem is announced when it is read, not again at the next launch from the restored record", async () => {
		const app = createFakeApp({ files: { "Themes/Agents.md": THEME, "Notes/Broken.md": BROKEN, "Notes/Fine.md": FINE } });
		const store = new CountingStore();
		const first = await startController(app, store);
		expect(first.messages.join("\n")).toContain("Notes/Broken.md");
		first.controller.unload();
		await new Promise((resolve) => setTimeout(resolve, 50)); // the unload's last save
		const second = await startController(app, store);
		expect(second.controller.engine.index.document("Notes/Broken.md")?.problems.length).toBeGreaterThan(0); // restored, with its problem
		expect(second.messages).toEqual([]);
		second.controller.unload();
	});

	test("opens the store once, keeps it through a rebuild, and closes it on unload", async () => {
		const app = createFakeApp({ files: { "Themes/Agents.md": THEME, "Notes/Fine.md": FINE } });
		const store = new CountingStore();
		const started = await startController(app, store);
		await started.controller.rebuild();
		expect(started.opens()).toBe(1);
		expect(started.controller.engine.index.document("Notes/Fine.md")).toBeDefined();
		started.controller.unload();
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(store.closed).toBe(1);
	});

	test("a first pass leaves a snapshot of the index; the next start decodes it instead of reading every record, and a rebuild replaces it", async () => {
		const app = createFakeApp({ files: { "Themes/Agents.md": THEME, "Notes/Broken.md": BROKEN, "Notes/Fine.md": FINE } });
		const store = new CountingStore();
		const first = await startController(app, store);
		const saved = snapshotIndex(first.controller.engine.index);
		first.controller.unload();
		await first.controller.whenSaved();
		expect((await store.read([SNAPSHOT_KEY])).get(SNAPSHOT_KEY)).toBeInstanceOf(Uint8Array);
		store.fullReads = 0;
		const second = await startController(app, store);
		expect(store.fullReads).toBe(0);
		expect(snapshotIndex(second.controller.engine.index)).toEqual(saved);
		await store.write(new Map([[SNAPSHOT_KEY, new Uint8Array([1])]]), []); // to be replaced by the rebuild's
		await second.controller.rebuild();
		second.controller.unload();
		await second.controller.whenSaved();
		const rebuilt = (await store.read([SNAPSHOT_KEY])).get(SNAPSHOT_KEY) as Uint8Array;
		expect(snapshotIndex(decodeIndex(rebuilt) as ThemeIndex)).toEqual(saved);
	});

	test("a settings change during the first pass is applied when it ends", async () => {
		const app = createFakeApp({ files: { "Themes/Agents.md": THEME, "Notes/Fine.md": FINE, "Transcripts/Talk.md": FINE } });
		let settings = migrateSettings(null);
		const messages: string[] = [];
		const controller = new IndexController({ app: app as never, settings: () => settings, openRecords: () => Promise.resolve(new MemoryRecordStore()), showStatus: () => undefined, notify: (m) => messages.push(m) });
		controller.load();
		const original = controller.engine.upsertText.bind(controller.engine);
		let changed = false;
		controller.engine.upsertText = (stat, raw) => {
			original(stat, raw);
			if (changed) return;
			changed = true; // after the first read: every note is already listed and queued
			const before = settings;
			settings = migrateSettings({ ...settings, excludedFolders: ["Transcripts"] });
			void controller.settingsChanged(before);
		};
		await controller.start();
		await controller.whenIdle();
		expect(changed).toBe(true);
		expect(controller.engine.index.document("Notes/Fine.md")).toBeDefined();
		expect(controller.engine.index.document("Transcripts/Talk.md")).toBeUndefined();
		controller.unload();
	});

	test("becoming ready moves the revision, so a view showing 'Indexing…' redraws", async () => {
		const app = createFakeApp({ files: { "Themes/Agents.md": THEME, "Notes/Fine.md": FINE } });
		const controller = new IndexController({ app: app as never, settings: () => migrateSettings(null), openRecords: () => Promise.resolve(new MemoryRecordStore()), showStatus: () => undefined, notify: () => undefined });
		controller.load();
		let lastWhileIndexing = -1;
		controller.onChange(() => {
			if (!controller.ready || controller.progress) lastWhileIndexing = controller.revision;
		});
		await controller.start();
		expect(lastWhileIndexing).toBeGreaterThanOrEqual(0);
		expect(controller.revision).toBeGreaterThan(lastWhileIndexing);
		controller.unload();
	});

	test("a note re-read on request before the first themes load is read, forced, once they are, not judged without themes", async () => {
		const app = createFakeApp({ files: { "Themes/Agents.md": THEME, "Notes/Fine.md": FINE } });
		const store = new CountingStore();
		const first = await startController(app, store);
		first.controller.unload();
		await new Promise((resolve) => setTimeout(resolve, 50)); // the unload's last save
		const controller = new IndexController({ app: app as never, settings: () => migrateSettings(null), openRecords: () => Promise.resolve(store), showStatus: () => undefined, notify: () => undefined });
		controller.load();
		const refreshed: Array<[string, boolean]> = [];
		const refresh = controller.engine.refresh.bind(controller.engine);
		controller.engine.refresh = (stat, force) => {
			refreshed.push([stat.path, force ?? false]);
			return refresh(stat, force);
		};
		const starting = controller.start();
		controller.reindex("Notes/Fine.md"); // while the stored index is being restored
		await starting;
		await controller.whenIdle();
		expect(refreshed).toContainEqual(["Notes/Fine.md", true]); // honoured once the themes are loaded (unchanged, it would not be read otherwise)
		const record = controller.engine.index.document("Notes/Fine.md");
		expect(record?.problems).toEqual([]);
		expect(record?.decisions.some((d) => d.themeId === "agents" && d.linked)).toBe(true);
		controller.unload();
	});
});

