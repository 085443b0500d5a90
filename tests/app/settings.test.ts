// @vitest-environment happy-dom
// Settings in the app: old or partial data.json migrates forward, a synced change is reloaded and
// applied to the index, and the index itself never goes into data.json.
import { describe, expect, test } from "vitest";
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from "../../src/core/settings";
import { idle, loadPlugin, MANIFEST, notices, run, sampleVault, startPlugin, until, type Loaded } from "./harness";

let current: Loaded | null = null;

function sources(loaded: Loaded): string[] {
	return loaded.internals.index.engine.index.documents().map((r) => r.path);
}

function savedData(loaded: Loaded): Record<string, unknown> {
	return JSON.parse(loaded.app.fake.pluginData.get(MANIFEST.id) ?? "null") as Record<string, unknown>;
}

describe("settings", () => {
	test("an old, partial data.json migrates forward to the current version", async () => {
		const old = { themesFolder: " My Themes/ ", linkThreshold: "high", autoLink: true, sidebarSort: "size", excludedFolders: ["Archive", 3], retired: 1 };
		current = await loadPlugin(sampleVault(), old);
		const settings = current.plugin.settingsState;
		expect(settings.version).toBe(SETTINGS_VERSION);
		expect(settings.themesFolder).toBe("My Themes");
		expect(settings.linkThreshold).toBe(DEFAULT_SETTINGS.linkThreshold);
		expect(settings.autoLink).toBe(false); // never on before the reader accepted a first preview
		expect(settings.sidebarSort).toBe(DEFAULT_SETTINGS.sidebarSort);
		expect(settings.excludedFolders).toEqual(["Archive"]);
		expect("retired" in settings).toBe(false);
	});

	test("damaged data.json (not an object) gives the defaults", async () => {
		current = await loadPlugin(sampleVault(), ["not", "settings"]);
		expect(current.plugin.settingsState).toEqual({ ...DEFAULT_SETTINGS });
	});

	test("a configured themes folder is where themes are read from", async () => {
		current = await startPlugin({ ...sampleVault(), "My Themes/Lessons.md": "---\naliases: [bitter lesson]\n---\n" }, { themesFolder: "My Themes" });
		expect(current.internals.index.engine.index.themes.map((t) => t.id)).toEqual(["lessons"]);
		expect(sources(current)).not.toContain("My Themes/Lessons.md");
	});

	test("onExternalSettingsChange reloads the settings and applies them to the index", async () => {
		current = await startPlugin(sampleVault());
		expect(sources(current).some((p) => p.startsWith("Transcripts/"))).toBe(true);
		await current.app.fake.syncPluginData(current.plugin, { ...DEFAULT_SETTINGS, excludedFolders: ["Transcripts"], sidebarSort: "name" });
		await idle(current);
		expect(current.plugin.settingsState.sidebarSort).toBe("name");
		expect(current.plugin.settingsState.excludedFolders).toEqual(["Transcripts"]);
		expect(sources(current).some((p) => p.startsWith("Transcripts/"))).toBe(false);
		await current.app.fake.syncPluginData(current.plugin, { ...DEFAULT_SETTINGS });
		await idle(current);
		expect(sources(current)).toEqual(Object.keys(sampleVault()).sort());
	});

	test("a higher link threshold synced from another device re-judges every note", async () => {
		current = await startPlugin(sampleVault());
		const linked = () => current?.internals.index.engine.index.documents().reduce((sum, r) => sum + r.decisions.filter((d) => d.linked).length, 0) ?? 0;
		const before = linked();
		expect(before).toBeGreaterThan(0);
		await current.app.fake.syncPluginData(current.plugin, { ...DEFAULT_SETTINGS, linkThreshold: 1000 });
		await idle(current);
		expect(linked()).toBe(0);
	});

	test("the index is never written to data.json, whatever the reader does", async () => {
		current = await startPlugin(sampleVault());
		run(current.app, "rebuild-index");
		await until(() => notices.includes("Themes index rebuilt."), "the rebuild");
		await current.plugin.updateSettings({ rejectedSuggestions: ["some phrase"] });
		await idle(current);
		const data = savedData(current);
		expect(Object.keys(data).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
		const json = current.app.fake.pluginData.get(MANIFEST.id) ?? "";
		expect(json.length).toBeLessThan(2_000); // settings only: no records, mentions or passages
		for (const path of Object.keys(sampleVault())) expect(json).not.toContain(path);
	});
});
