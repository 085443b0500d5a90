// @vitest-environment happy-dom
// The plugin on the sample vault: load, layout-ready, index every source note with progress in the
// status bar, then unload and leave nothing attached.
import { describe, expect, test } from "vitest";
import { createFakeApp } from "../fake-obsidian/index";
import ThroughlinePlugin from "../../src/main";
import { idle, internalsOf, MANIFEST, sampleVault } from "./harness";

describe("the plugin on the sample vault", () => {
	test("indexes every source note after layout-ready, shows progress, then clears it", async () => {
		const files = sampleVault();
		const app = createFakeApp({ files });
		const plugin = new ThroughlinePlugin(app as never, MANIFEST);
		const statusTexts: string[] = [];
		await plugin.load();
		const status = app.fake.statusBarEl?.querySelector(".status-bar-item");
		expect(status).toBeTruthy();
		const observer = new MutationObserver(() => statusTexts.push(status?.textContent ?? ""));
		observer.observe(status as Node, { childList: true, characterData: true, subtree: true });
		const index = internalsOf(plugin).index;
		expect(index.engine.index.size).toBe(0); // nothing happens before layout-ready
		app.fake.layoutReady();
		await idle({ app, plugin, internals: internalsOf(plugin) });
		observer.disconnect();
		const sources = Object.keys(files).filter((path) => path.endsWith(".md"));
		expect(index.engine.index.documents().map((r) => r.path)).toEqual([...sources].sort());
		expect(index.ready).toBe(true);
		expect(statusTexts.some((text) => /^Throughline: indexing \d+ \/ \d+$/.test(text))).toBe(true);
		expect(status?.textContent).toBe("");
		plugin.unload();
		await index.whenSaved(); // the last save, before the environment goes
	});

	test("unload removes every listener, DOM listener and interval it added", async () => {
		const app = createFakeApp({ files: sampleVault() });
		const tracker = app.fake.trackListeners(window as never);
		const before = tracker.count();
		const plugin = new ThroughlinePlugin(app as never, MANIFEST);
		await plugin.load();
		app.fake.layoutReady();
		await idle({ app, plugin, internals: internalsOf(plugin) });
		expect(tracker.count().events).toBeGreaterThan(before.events); // the watcher is attached
		plugin.unload();
		expect(tracker.count()).toEqual(before);
		tracker.restore();
		expect(app.fake.statusBarEl?.querySelector(".status-bar-item")).toBeNull();
		expect(Object.keys(app.commands.commands)).toEqual([]);
		await internalsOf(plugin).index.whenSaved(); // the last save, before the environment goes
	});

	test("unloading before the first index pass finishes stops it and attaches nothing afterwards", async () => {
		const app = createFakeApp({ files: sampleVault() });
		const tracker = app.fake.trackListeners(window as never);
		const before = tracker.count();
		const plugin = new ThroughlinePlugin(app as never, MANIFEST);
		await plugin.load();
		app.fake.layoutReady();
		plugin.unload();
		const index = internalsOf(plugin).index;
		await index.whenFirstPassEnds();
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(index.ready).toBe(false); // the pass stopped at the unload: it read no note and became ready for no one
		expect(index.engine.index.size).toBe(0);
		expect(tracker.count()).toEqual(before);
		tracker.restore();
		await index.whenSaved(); // the last save, before the environment goes
	});
});
