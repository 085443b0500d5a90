// Loads the real plugin (src/main.ts) into the fake Obsidian app, the way Obsidian enables it:
// construct, await onload, trigger layout-ready, then wait until the index is idle.
import { resolve } from "node:path";
import type { PluginManifest } from "obsidian";
import { afterEach } from "vitest";
import ThroughlinePlugin from "../../src/main";
import { createFakeApp, notices, openModals, shownNotices, type FakeApp } from "../fake-obsidian/index";
import { loadVaultFromDisk } from "../fake-obsidian/load-from-disk";

export const SAMPLE_VAULT_DIR = resolve(__dirname, "../fixtures/vault");
export const MANIFEST: PluginManifest = { id: "throughline", name: "Throughline", version: "0.1.0", minAppVersion: "1.7.2", description: "", author: "", isDesktopOnly: false };

export function sampleVault(): Record<string, string> {
	return loadVaultFromDisk(SAMPLE_VAULT_DIR);
}

/** The plugin's private services, as a test reaches them (the same objects the commands use). */
export interface PluginInternals {
	index: import("../../src/obsidian/index-controller").IndexController;
	links: import("../../src/obsidian/link-service").LinkService;
	themes: import("../../src/obsidian/theme-actions").ThemeActions;
	importer: import("../../src/obsidian/importer").AppImporter;
}

export interface Loaded {
	app: FakeApp;
	plugin: ThroughlinePlugin;
	internals: PluginInternals;
}

export function internalsOf(plugin: ThroughlinePlugin): PluginInternals {
	return plugin as unknown as PluginInternals;
}

/** Every plugin a test loaded; each is disabled after its test, so no test leaks into the next. */
const loadedInThisTest = new Set<ThroughlinePlugin>();
// The last save runs on after unload: it is awaited, so none outlives its test's environment.
afterEach(async () => {
	const unloaded = [...loadedInThisTest];
	loadedInThisTest.clear();
	for (const plugin of unloaded) plugin.unload();
	await Promise.all(unloaded.map((plugin) => internalsOf(plugin).index.whenSaved()));
});

/** A plugin on a fresh fake app, loaded but before layout-ready (disabled again after the test). */
export async function loadPlugin(files: Record<string, string>, data?: unknown): Promise<Loaded> {
	notices.length = 0;
	shownNotices.length = 0;
	openModals.length = 0;
	const app = createFakeApp({ files });
	if (data !== undefined) app.fake.pluginData.set(MANIFEST.id, JSON.stringify(data));
	const plugin = new ThroughlinePlugin(app as never, MANIFEST);
	loadedInThisTest.add(plugin);
	await plugin.load();
	return { app, plugin, internals: internalsOf(plugin) };
}

/** Waits for the metadata cache, the index queue and pending imports, until nothing moves. */
export async function idle(loaded: Loaded): Promise<void> {
	for (let round = 0; round < 500; round++) { // 500 × 10 ms: well past the 400 ms theme-note settle delay
		await loaded.app.fake.settle();
		await loaded.internals.index.whenIdle();
		await loaded.internals.importer.whenIdle();
		await new Promise((resolve) => setTimeout(resolve, round === 0 ? 0 : 10));
		if (!loaded.internals.index.busy()) return;
	}
	throw new Error("the index never became idle");
}

/** Loads, triggers layout-ready and waits until the first index pass is done. */
export async function startPlugin(files: Record<string, string>, data?: unknown): Promise<Loaded> {
	const loaded = await loadPlugin(files, data);
	loaded.app.fake.layoutReady();
	await idle(loaded);
	return loaded;
}

/** Every file's text, by path. */
export function vaultTexts(app: FakeApp): Record<string, string> {
	const texts: Record<string, string> = {};
	for (const file of app.vault.getFiles()) texts[file.path] = app.vault.readNow(file as never);
	return texts;
}

export function textOf(app: FakeApp, path: string): string {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`${path} is not in the vault`);
	return app.vault.readNow(file as never);
}

/** Runs a registered command by its id (without the plugin prefix). */
export function run(app: FakeApp, id: string): boolean {
	return app.commands.executeCommandById(`${MANIFEST.id}:${id}`);
}

/** Runs an editor command with a selection, as the palette does with an active editor. */
export function runWithSelection(app: FakeApp, id: string, selection: string): boolean {
	const command = app.commands.commands[`${MANIFEST.id}:${id}`];
	if (!command?.editorCheckCallback) throw new Error(`${id} is not an editor command`);
	const editor = { getSelection: () => selection };
	if (command.editorCheckCallback(true, editor as never, {} as never) !== true) return false;
	command.editorCheckCallback(false, editor as never, {} as never);
	return true;
}

/** Lets queued promise callbacks and zero-delay timers run. */
export async function ticks(count = 5): Promise<void> {
	for (let i = 0; i < count; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The newest open modal, asserting there is one. */
export function topModal(): import("../fake-obsidian/modal").Modal {
	const modal = openModals[openModals.length - 1];
	if (!modal) throw new Error("no modal is open");
	return modal;
}

/** Clicks the button with this text in the newest open modal. */
export function clickModalButton(text: string): void {
	const buttons = Array.from(topModal().contentEl.querySelectorAll("button"));
	const button = buttons.find((b) => b.textContent === text);
	if (!button) throw new Error(`no "${text}" button; there are: ${buttons.map((b) => b.textContent).join(", ")}`);
	button.click();
}

/** Waits until `check` holds, letting timers and promises run (bounded: fails instead of hanging). */
export async function until(check: () => boolean, what: string, rounds = 400): Promise<void> {
	for (let i = 0; i < rounds; i++) {
		if (check()) return;
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
	throw new Error(`timed out waiting for ${what}`);
}

/** Runs "remove all links", confirms it, and waits until the removal is done and indexed. */
export async function removeAllLinks(loaded: Loaded): Promise<void> {
	run(loaded.app, "remove-all-links");
	clickModalButton("Remove");
	await until(() => notices.some((n) => n.startsWith("Removed links from")), "the links to be removed");
	await idle(loaded);
}

/** Counts the analyses the engine runs (one per note re-read and re-analysed). */
export function countAnalyses(loaded: Loaded): { paths: string[] } {
	const engine = loaded.internals.index.engine;
	const counted = { paths: [] as string[] };
	const original = engine.upsertText.bind(engine);
	engine.upsertText = (stat, raw) => {
		counted.paths.push(stat.path);
		original(stat, raw);
	};
	return counted;
}

export { notices, openModals, shownNotices };
