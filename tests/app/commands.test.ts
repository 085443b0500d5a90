// @vitest-environment happy-dom
// Every other command on the sample vault: views, rebuild, imports, theme edits from a selection,
// exclusions, and the starter themes. (Linking and unlinking: link-commands.test.ts.)
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { TFile } from "obsidian";
import type { DocumentRecord } from "../../src/core/index/record";
import { ThemePickerModal } from "../../src/ui/modals/theme-picker-modal";
import { NOTE_THEMES_VIEW_TYPE } from "../../src/ui/note-themes-view";
import { THEMES_VIEW_TYPE } from "../../src/ui/themes-view";
import type { SuggestModal } from "../fake-obsidian/modal";
import { idle, notices, openModals, run, runWithSelection, sampleVault, startPlugin, textOf, topModal, until, type Loaded } from "./harness";

const IMPORT_FIXTURES = resolve(__dirname, "../fixtures/import");
const TRANSCRIPT = "Transcripts/Compute, Chips and the Cost of Training.md";
const READWISE = "Readwise/The Bitter Lesson Revisited.md";

let current: Loaded | null = null;

async function start(files = sampleVault(), data?: unknown): Promise<Loaded> {
	current = await startPlugin(files, data);
	return current;
}

function linkedThemes(loaded: Loaded, path: string): string[] {
	return (loaded.internals.index.engine.index.document(path)?.decisions ?? []).filter((d) => d.linked).map((d) => d.themeId).sort();
}

function linkedMap(loaded: Loaded): Record<string, string[]> {
	return Object.fromEntries(loaded.internals.index.engine.index.documents().map((r: DocumentRecord) => [r.path, linkedThemes(loaded, r.path)]));
}

async function openNote(loaded: Loaded, path: string): Promise<void> {
	const file = loaded.app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`${path} is missing`);
	await loaded.app.workspace.getLeaf(false).openFile(file);
}

async function choose(modal: SuggestModal<unknown>, query: string): Promise<void> {
	modal.inputEl.value = query;
	const suggestions = await modal.refreshSuggestions();
	expect(suggestions.length).toBeGreaterThan(0);
	modal.selectSuggestion(suggestions[0], new MouseEvent("click"));
}

describe("commands on the sample vault", () => {
	test("every command is registered, in sentence case, without default hotkeys", async () => {
		const { app } = await start();
		const commands = Object.values(app.commands.commands);
		expect(commands.length).toBe(11);
		for (const command of commands) {
			expect(command.hotkeys ?? []).toEqual([]);
			expect(command.name).toMatch(/^[A-Z][^A-Z]*$/); // sentence case: only the first letter capital
		}
	});

	test("open themes sidebar and open note themes reveal one view each, reused on the second call", async () => {
		const loaded = await start();
		await openNote(loaded, TRANSCRIPT);
		run(loaded.app, "open-themes-sidebar");
		run(loaded.app, "open-note-themes");
		await until(() => loaded.app.workspace.getLeavesOfType(NOTE_THEMES_VIEW_TYPE).length === 1, "the note themes view");
		run(loaded.app, "open-themes-sidebar");
		await idle(loaded);
		const sidebar = loaded.app.workspace.getLeavesOfType(THEMES_VIEW_TYPE);
		expect(sidebar.length).toBe(1);
		expect((sidebar[0] as unknown as { revealed: boolean }).revealed).toBe(true); // fake only: revealLeaf marks it
		expect(sidebar[0].view.containerEl.textContent?.length ?? 0).toBeGreaterThan(0);
		const noteView = loaded.app.workspace.getLeavesOfType(NOTE_THEMES_VIEW_TYPE)[0].view;
		const firstTheme = loaded.internals.index.engine.index.themes.find((t) => t.id === linkedThemes(loaded, TRANSCRIPT)[0]);
		expect(firstTheme).toBeDefined();
		expect(noteView.containerEl.textContent).toContain(firstTheme?.name);
	});

	test("rebuild index reads every note again and ends with the same index", async () => {
		const loaded = await start();
		const before = linkedMap(loaded);
		run(loaded.app, "rebuild-index");
		await until(() => notices.includes("Themes index rebuilt."), "the rebuild");
		await idle(loaded);
		expect(linkedMap(loaded)).toEqual(before);
	});

	test("import transcripts or highlights: picked files become notes, and the index follows them", async () => {
		const loaded = await start();
		const file = (name: string) => {
			const buffer = readFileSync(resolve(IMPORT_FIXTURES, name));
			return { name, bytes: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer };
		};
		const summary = await loaded.internals.importer.importFiles([file("talk.srt"), file("My Clippings.txt")]);
		expect(summary.problems).toEqual([]);
		await idle(loaded);
		expect(summary.created.length).toBeGreaterThan(1);
		for (const path of summary.created) expect(loaded.internals.index.engine.index.document(path)?.path).toBe(path);
	});

	test("import transcripts or highlights: the command opens the system file picker", async () => {
		const loaded = await start();
		let clicked: HTMLInputElement | null = null;
		const original = HTMLInputElement.prototype.click;
		HTMLInputElement.prototype.click = function (this: HTMLInputElement) {
			clicked = this;
		};
		try {
			expect(run(loaded.app, "import-files")).toBe(true);
		} finally {
			HTMLInputElement.prototype.click = original;
		}
		expect(clicked).not.toBeNull();
		expect((clicked as unknown as HTMLInputElement).type).toBe("file");
		expect((clicked as unknown as HTMLInputElement).multiple).toBe(true);
	});

	test("import from clipboard turns the clipboard's transcript into an indexed note", async () => {
		const loaded = await start();
		const srt = readFileSync(resolve(IMPORT_FIXTURES, "talk.srt"), "utf8");
		const descriptor = Object.getOwnPropertyDescriptor(navigator, "clipboard");
		Object.defineProperty(navigator, "clipboard", { configurable: true, value: { readText: () => Promise.resolve(srt) } });
		const before = new Set(loaded.app.vault.getMarkdownFiles().map((f) => f.path));
		try {
			expect(run(loaded.app, "import-clipboard")).toBe(true);
			await until(() => loaded.app.vault.getMarkdownFiles().length > before.size, "the clipboard note");
		} finally {
			if (descriptor) Object.defineProperty(navigator, "clipboard", descriptor);
			else delete (navigator as unknown as Record<string, unknown>).clipboard;
		}
		await idle(loaded);
		const created = loaded.app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => !before.has(p));
		expect(created.length).toBe(1);
		expect(textOf(loaded.app, created[0])).toContain("Welcome to the talk about scaling laws.");
		expect(loaded.internals.index.engine.index.document(created[0])?.words).toBeGreaterThan(0); // indexed as a source
	});

	test("create theme from selection makes a theme note that the index then matches", async () => {
		const loaded = await start();
		expect(runWithSelection(loaded.app, "create-theme-from-selection", "   ")).toBe(false); // nothing selected
		expect(runWithSelection(loaded.app, "create-theme-from-selection", "bitter lesson")).toBe(true);
		await until(() => loaded.app.vault.getFileByPath("Themes/Bitter lesson.md") !== null, "the theme note");
		await idle(loaded);
		const theme = loaded.internals.index.engine.index.themes.find((t) => t.name === "Bitter lesson");
		expect(theme?.path).toBe("Themes/Bitter lesson.md");
		expect(loaded.internals.index.engine.index.themeStats(theme?.id ?? "").mentions).toBeGreaterThan(0);
	});
});

describe("theme edits and exclusions from the command palette", () => {
	test("add selection as an alias: the picker chooses the theme, its note gains the alias, mentions follow", async () => {
		const loaded = await start();
		await run(loaded.app, "install-starter-themes");
		await until(() => notices.some((n) => n.startsWith("Installed")), "the starter themes");
		await idle(loaded);
		const index = loaded.internals.index.engine.index;
		const compute = index.themes.find((t) => t.id === "compute");
		expect(compute?.path).toBeTruthy();
		const alias = "bitter lesson";
		const mentionsBefore = index.themeStats("compute").mentions;
		expect(runWithSelection(loaded.app, "add-selection-as-alias", alias)).toBe(true);
		expect(topModal()).toBeInstanceOf(ThemePickerModal);
		await choose(topModal() as SuggestModal<unknown>, compute?.name ?? "");
		await until(() => textOf(loaded.app, compute?.path ?? "").includes(alias), "the alias");
		await idle(loaded);
		expect(loaded.app.metadataCache.getCache(compute?.path ?? "")?.frontmatter?.aliases).toContain(alias);
		const after = loaded.internals.index.engine.index;
		expect(after.themes.find((t) => t.id === "compute")?.aliases).toContain(alias);
		expect(after.themeStats("compute").mentions).toBeGreaterThan(mentionsBefore);
	});

	test("add an alias to a starter theme that has no note keeps every starter theme and its phrases", async () => {
		const loaded = await start();
		const index = loaded.internals.index.engine.index;
		const themeIdsBefore = index.themes.map((t) => t.id).sort();
		const computeBefore = index.themes.find((t) => t.id === "compute");
		expect(computeBefore?.path).toBeNull();
		runWithSelection(loaded.app, "add-selection-as-alias", "bitter lesson");
		await choose(topModal() as SuggestModal<unknown>, computeBefore?.name ?? "");
		await until(() => loaded.app.vault.getFileByPath(`Themes/${computeBefore?.name}.md`) !== null, "the theme note");
		await idle(loaded);
		const after = loaded.internals.index.engine.index;
		expect(after.themes.map((t) => t.id).sort()).toEqual(themeIdsBefore);
		const compute = after.themes.find((t) => t.id === "compute");
		const phrases = [compute?.name ?? "", ...(compute?.aliases ?? [])].map((a) => a.toLowerCase());
		for (const alias of computeBefore?.aliases ?? []) expect(phrases).toContain(alias.toLowerCase());
		expect(compute?.aliases).toContain("bitter lesson");
	});

	test("exclude this note from a theme: not linked after rescans, property written on a reader's note", async () => {
		const loaded = await start();
		await openNote(loaded, TRANSCRIPT);
		const themeId = linkedThemes(loaded, TRANSCRIPT)[0];
		expect(themeId).toBeDefined();
		const name = loaded.internals.index.engine.index.themes.find((t) => t.id === themeId)?.name ?? "";
		expect(run(loaded.app, "exclude-note-from-theme")).toBe(true);
		await choose(topModal() as SuggestModal<unknown>, name);
		await until(() => !linkedThemes(loaded, TRANSCRIPT).includes(themeId), "the exclusion");
		await idle(loaded);
		expect(textOf(loaded.app, TRANSCRIPT)).toContain("throughline-exclude");
		run(loaded.app, "rebuild-index");
		await until(() => notices.includes("Themes index rebuilt."), "the rebuild");
		await idle(loaded);
		expect(linkedThemes(loaded, TRANSCRIPT)).not.toContain(themeId);
	});

	test("an exclusion on an importer's note survives the importer rewriting it without YAML", async () => {
		const loaded = await start();
		await openNote(loaded, READWISE);
		const themeId = linkedThemes(loaded, READWISE)[0];
		expect(themeId).toBeDefined();
		const name = loaded.internals.index.engine.index.themes.find((t) => t.id === themeId)?.name ?? "";
		const original = textOf(loaded.app, READWISE);
		run(loaded.app, "exclude-note-from-theme");
		await choose(topModal() as SuggestModal<unknown>, name);
		await until(() => !linkedThemes(loaded, READWISE).includes(themeId), "the exclusion");
		await idle(loaded);
		expect(textOf(loaded.app, READWISE)).toBe(original); // importer-owned: the note is never written
		const rewritten = original.replace(/^---\n[\s\S]*?\n---\n/, "") + "\n- One more highlight, synced later.\n";
		const readwise = loaded.app.vault.getFileByPath(READWISE);
		if (!(readwise instanceof TFile)) throw new Error(`${READWISE} is missing`);
		await loaded.app.vault.modify(readwise, rewritten);
		await idle(loaded);
		expect(loaded.internals.index.engine.index.document(READWISE)?.words).toBeGreaterThan(0);
		expect(textOf(loaded.app, READWISE)).toBe(rewritten);
		expect(linkedThemes(loaded, READWISE)).not.toContain(themeId);
		expect(loaded.plugin.settingsState.excludedThemesByNote[READWISE]).toContain(themeId);
	});

	test("install the starter themes writes one note per theme and matches exactly as before", async () => {
		const loaded = await start();
		const before = linkedMap(loaded);
		const starterCount = loaded.internals.index.engine.index.themes.length;
		run(loaded.app, "install-starter-themes");
		await until(() => notices.some((n) => n.startsWith("Installed")), "the install");
		await idle(loaded);
		const themeNotes = loaded.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Themes/"));
		expect(themeNotes.length).toBe(starterCount);
		expect(loaded.internals.index.engine.loaded.fromStarterPack).toBe(false);
		expect(linkedMap(loaded)).toEqual(before);
		notices.length = 0;
		run(loaded.app, "install-starter-themes");
		await until(() => notices.length > 0, "the second install");
		expect(notices).toEqual(["The starter themes are already installed."]);
		expect(openModals).toEqual([]);
	});
});
