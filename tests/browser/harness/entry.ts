// The browser side of the harness, bundled with src/main.ts and the fake app into one script.
// It starts the plugin on a vault the test passes in, mounts views in a right-sidebar-like box, and
// exposes on `window.harness` what the tests need to see (where a click landed, the vault's files).
import type { PluginManifest } from "obsidian";
import ThroughlinePlugin from "../../../src/main";
import { createFakeApp, notices, type FakeApp } from "../../fake-obsidian/index";
import { FakeEditor, MarkdownView } from "../../fake-obsidian/views";
import manifest from "../../../manifest.json";
import { readBack, snapshotBack } from "./record-store-probe";
import { generatedFiles, renderStep, timeRender, type RenderStep, type RenderTime } from "./large-vault";

/** Where a passage click landed: the note, the line the view scrolled to and the selected range. */
export interface Landing {
	path: string | null;
	scrolledLine: number | null;
	from: { line: number; ch: number };
	to: { line: number; ch: number };
	selected: string;
}

type Position = { line: number; ch: number };

interface IndexLike {
	ready: boolean;
	whenIdle(): Promise<void>;
}

const landings: Landing[] = [];

/** Obsidian's editor selects text; the fake's minimal editor does not, so record it here. */
function recordSelections(): void {
	const proto = FakeEditor.prototype as unknown as Record<string, unknown>;
	proto.setSelection = function (this: FakeEditor, from: Position, to: Position = from) {
		const view = (this as unknown as { view: MarkdownView }).view;
		const line = this.getLine(from.line);
		const selected = from.line === to.line ? line.slice(from.ch, to.ch) : "";
		const scrolled = (view.leaf as unknown as { eState: { line?: number } | null }).eState?.line ?? null;
		landings.push({ path: view.file?.path ?? null, scrolledLine: scrolled, from: { ...from }, to: { ...to }, selected });
	};
	proto.getSelection = function () {
		const last = landings[landings.length - 1];
		return last?.selected ?? "";
	};
}

let app: FakeApp | null = null;
let plugin: ThroughlinePlugin | null = null;

function indexOf(p: ThroughlinePlugin): IndexLike {
	return (p as unknown as { index: IndexLike }).index;
}

function sidebar(): HTMLElement {
	const el = document.querySelector<HTMLElement>(".harness-right-sidebar");
	if (!el) throw new Error("The harness page has no right sidebar.");
	return el;
}

function requireApp(): FakeApp {
	if (!app || !plugin) throw new Error("Call harness.start first.");
	return app;
}

/** Waits until the metadata cache and the index are idle, then lets views redraw now. */
async function idle(): Promise<void> {
	const current = requireApp();
	await current.fake.settle();
	if (plugin) await indexOf(plugin).whenIdle();
	for (const leaf of current.workspace.leaves) leaf.view.onResize();
}

async function start(files: Record<string, string>, theme: "light" | "dark" = "light"): Promise<void> {
	document.body.classList.remove("theme-light", "theme-dark");
	document.body.classList.add(`theme-${theme}`);
	app = createFakeApp({ files });
	plugin = new ThroughlinePlugin(app, manifest as PluginManifest);
	await plugin.load();
	app.fake.layoutReady();
	await app.fake.settle();
	while (!indexOf(plugin).ready) await new Promise((resolve) => setTimeout(resolve, 10)); // start() is not awaitable from outside
	await idle();
}

/** Runs a command and moves the sidebar leaf it opened into the page's right sidebar. */
async function openSidebarView(commandId: string, viewType: string): Promise<void> {
	const current = requireApp();
	if (!current.commands.executeCommandById(commandId)) throw new Error(`No command ${commandId}.`);
	let leaf = current.workspace.getLeavesOfType(viewType)[0];
	for (let tries = 0; !leaf && tries < 100; tries++) {
		await new Promise((resolve) => setTimeout(resolve, 10)); // the command opens the view asynchronously
		leaf = current.workspace.getLeavesOfType(viewType)[0];
	}
	if (!leaf) throw new Error(`The command ${commandId} opened no ${viewType} view.`);
	const box = sidebar();
	box.replaceChildren((leaf as unknown as { containerEl: HTMLElement }).containerEl); // the fake's leaf has one, as Obsidian's does
	await idle();
}

async function openNote(path: string): Promise<void> {
	const current = requireApp();
	const file = current.vault.getFileByPath(path);
	if (!file) throw new Error(`No note ${path}.`);
	await current.workspace.getLeaf(false).openFile(file as never); // Obsidian's TFile type and the fake's are the same class at run time
}

/** Runs a command by its full id; false when there is none. */
function runCommand(id: string): boolean {
	return requireApp().commands.executeCommandById(id);
}

/**
 * A note's wikilinks as reading view shows them: an `a.internal-link` per link whose click opens its
 * target from that note, as Obsidian's reading view does (through openLinkText).
 */
function showLinks(path: string): number {
	const current = requireApp();
	document.querySelector(".harness-note")?.remove();
	const box = document.body.createDiv({ cls: "harness-note" });
	for (const match of harness.read(path).matchAll(/\[\[([^\]|]+)(?:\|([^\]]*))?\]\]/g)) {
		const link = box.createEl("a", { cls: "internal-link", text: match[2] ?? match[1] });
		link.dataset.href = match[1];
		link.addEventListener("click", () => void current.workspace.openLinkText(match[1], path));
	}
	return box.childElementCount;
}

/** Where each followed link led: its target, the note opened and the 0-based line it scrolled to. */
function openedLinks(): { linktext: string; path: string; line: number | null }[] {
	return requireApp().workspace.openedLinks.map(({ linktext, path, line }) => ({ linktext, path, line }));
}

function themesViewInside(): Parameters<typeof renderStep>[0] {
	const leaf = requireApp().workspace.getLeavesOfType("throughline-themes")[0];
	if (!leaf) throw new Error("Open the themes sidebar first.");
	return leaf.view as unknown as Parameters<typeof renderStep>[0]; // its protected members are public at run time
}

/** Starts on the bench's generated vault; returns how many notes and characters, and how long indexing took. */
async function startGenerated(seed: number, notes: number, theme: "light" | "dark"): Promise<{ files: number; chars: number; indexMs: number }> {
	const { files, bytes } = generatedFiles(seed, notes);
	const began = performance.now();
	await start(files, theme);
	return { files: Object.keys(files).length, chars: bytes, indexMs: performance.now() - began };
}

/** Appends a sentence to one note, waits until the index took it in, then times the re-render it calls for. */
async function timeAfterEdit(path: string, sentence: string): Promise<{ data: RenderTime; render: RenderTime }> {
	const current = requireApp();
	const file = current.vault.getFileByPath(path);
	if (!file) throw new Error(`No note ${path}.`);
	const view = themesViewInside();
	view.contentEl.hide(); // a hidden view skips its own refresh: the render timed below is the one the edit calls for
	await current.vault.modify(file as never, `${current.vault.readNow(file as never)}\n\n${sentence}\n`);
	await current.fake.settle();
	if (plugin) await indexOf(plugin).whenIdle();
	view.contentEl.show();
	const data = timeRender(view, () => void view.deps.getSidebarData()); // the index's figures and suggestions, recomputed once per revision
	const render = timeRender(view, () => view.invalidate()); // before the view's own debounced refresh: this is that render
	return { data: { ...data, redrawn: 0 }, render };
}

const harness = {
	start,
	startGenerated,
	timeThemes: (step: RenderStep): RenderTime => renderStep(themesViewInside(), step),
	timeAfterEdit,
	idle,
	openNote,
	openThemes: () => openSidebarView("throughline:open-themes-sidebar", "throughline-themes"),
	openNoteThemes: () => openSidebarView("throughline:open-note-themes", "throughline-note-themes"),
	landings: (): Landing[] => landings.slice(),
	files: (): string[] => requireApp().vault.getFiles().map((file) => file.path).sort(),
	read: (path: string): string => {
		const file = requireApp().vault.getFileByPath(path);
		return file ? requireApp().vault.readNow(file as never) : ""; // the same TFile class at run time
	},
	notices: (): string[] => notices.slice(),
	activeFile: (): string | null => requireApp().workspace.getActiveFile()?.path ?? null,
	/** Leaves in the main area (a Ctrl-click opens one more). */
	rootLeafCount: (): number => requireApp().workspace.leaves.filter((leaf) => (leaf as unknown as { side: string }).side === "root").length,
	runCommand,
	showLinks,
	openedLinks,
	/** The record store in the page's real IndexedDB, written and read back (record-store-probe.ts). */
	readBack,
	/** A snapshot's bytes beside two records in the page's real IndexedDB, read back (record-store-probe.ts). */
	snapshotBack,
};

export type Harness = typeof harness;

recordSelections();
(window as unknown as { harness: Harness }).harness = harness;
