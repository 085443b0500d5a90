// @vitest-environment happy-dom
// The vault watcher inside the plugin: every vault event reaches the index, bursts are batched,
// unchanged files are never re-read, theme-note edits take effect, folders are respected.
import { describe, expect, test, vi } from "vitest";
import type { TFile } from "obsidian";
import { countAnalyses, idle, loadPlugin, sampleVault, startPlugin, until, type Loaded } from "./harness";

const TRANSCRIPT = "Transcripts/Compute, Chips and the Cost of Training.md";
const SCALING_NOTE = "Scaling laws keep holding: more compute, more data, a bigger model. The scaling laws papers measured it.\n";

let current: Loaded | null = null;

async function start(files = sampleVault(), data?: unknown): Promise<Loaded> {
	current = await startPlugin(files, data);
	return current;
}

function fileAt(loaded: Loaded, path: string): TFile {
	const file = loaded.app.vault.getFileByPath(path);
	if (!file) throw new Error(`${path} is missing`);
	return file;
}

function paths(loaded: Loaded): string[] {
	return loaded.internals.index.engine.index.documents().map((r) => r.path);
}

describe("the watcher follows the vault", () => {
	test("create, modify, rename and delete each update the index", async () => {
		const loaded = await start();
		const { vault, fileManager } = loaded.app;
		await vault.create("Notes/New note.md", SCALING_NOTE);
		await idle(loaded);
		expect(paths(loaded)).toContain("Notes/New note.md");
		expect(loaded.internals.index.engine.index.document("Notes/New note.md")?.mentionThemes).toContain("scaling");

		await vault.modify(fileAt(loaded, "Notes/New note.md"), "Nothing here about any theme at all.\n");
		await idle(loaded);
		expect(loaded.internals.index.engine.index.document("Notes/New note.md")?.mentionThemes).toEqual([]);

		await fileManager.renameFile(fileAt(loaded, "Notes/New note.md"), "Notes/Renamed note.md");
		await idle(loaded);
		expect(paths(loaded)).toContain("Notes/Renamed note.md");
		expect(paths(loaded)).not.toContain("Notes/New note.md");

		await vault.delete(fileAt(loaded, "Notes/Renamed note.md"));
		await idle(loaded);
		expect(paths(loaded)).not.toContain("Notes/Renamed note.md");
		expect(paths(loaded).length).toBe(Object.keys(sampleVault()).length);
	});

	test("a note an importer writes while the first index pass runs is indexed too", async () => {
		const filler = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`Filler/Note ${i}.md`, `# Note ${i}\n\n${SCALING_NOTE.repeat(20)}`]));
		const files = { ...sampleVault(), ...filler };
		const loaded = await loadPlugin(files);
		current = loaded;
		loaded.app.fake.layoutReady();
		await until(() => loaded.internals.index.engine.index.size > 0, "the first pass to be under way"); // the vault is listed by now
		expect(loaded.internals.index.ready).toBe(false);
		await loaded.app.vault.create("Synced during start-up.md", SCALING_NOTE);
		await idle(loaded);
		expect(paths(loaded)).toContain("Synced during start-up.md");
		expect(paths(loaded).length).toBe(Object.keys(files).length + 1);
	});

	test("a burst of 500 created notes is batched: each note is analysed exactly once", async () => {
		const loaded = await start();
		const analyses = countAnalyses(loaded);
		await loaded.app.vault.createFolder("Burst");
		for (let i = 0; i < 500; i++) await loaded.app.vault.create(`Burst/Note ${i}.md`, `# Note ${i}\n\n${SCALING_NOTE}`);
		await idle(loaded);
		expect(analyses.paths.length).toBe(500);
		expect(new Set(analyses.paths).size).toBe(500);
		expect(paths(loaded).filter((p) => p.startsWith("Burst/")).length).toBe(500);
	});

	test("a metadata-only event never re-reads an unchanged file", async () => {
		const loaded = await start();
		const cachedRead = vi.spyOn(loaded.app.vault, "cachedRead");
		const read = vi.spyOn(loaded.app.vault, "read");
		const analyses = countAnalyses(loaded);
		const file = fileAt(loaded, TRANSCRIPT);
		loaded.app.metadataCache.trigger("changed", file, loaded.app.vault.readNow(file as never), loaded.app.metadataCache.getFileCache(file));
		loaded.app.metadataCache.trigger("resolve", file);
		await idle(loaded);
		expect(cachedRead).not.toHaveBeenCalled();
		expect(read).not.toHaveBeenCalled();
		expect(analyses.paths).toEqual([]);
	});

	test("an edit reads the note once, though the vault and the metadata cache both report it", async () => {
		const loaded = await start();
		const cachedRead = vi.spyOn(loaded.app.vault, "cachedRead");
		const file = fileAt(loaded, TRANSCRIPT);
		await loaded.app.vault.modify(file, loaded.app.vault.readNow(file as never) + "\nOne more line on scaling laws.\n");
		await idle(loaded);
		expect(cachedRead.mock.calls.map(([f]) => f.path)).toEqual([TRANSCRIPT]);
	});

	test("a theme-note edit takes effect: a new alias finds its mentions", async () => {
		const files = { ...sampleVault(), "Themes/Lessons.md": "---\naliases: []\n---\nWhat the field keeps relearning.\n" };
		const loaded = await start(files);
		const index = () => loaded.internals.index.engine.index;
		expect(index().themes.map((t) => t.id)).toEqual(["lessons"]);
		expect(index().themeStats("lessons").linkedDocuments).toBe(0);
		await loaded.app.vault.modify(fileAt(loaded, "Themes/Lessons.md"), "---\naliases: [bitter lesson]\n---\nWhat the field keeps relearning.\n");
		await idle(loaded);
		expect(index().themes[0].aliases).toContain("bitter lesson");
		expect(index().themeDocuments("lessons", true)).toEqual(["Readwise/The Bitter Lesson Revisited.md"]);
		const decision = index().document("Readwise/The Bitter Lesson Revisited.md")?.decisions.find((d) => d.themeId === "lessons");
		expect(decision?.why).toContain("bitter lesson");
	});

	test("notes in the excluded, themes and inbox folders are never indexed as sources", async () => {
		const loaded = await start(sampleVault(), { excludedFolders: ["Archive"], inboxFolder: "Inbox" });
		for (const folder of ["Archive", "Inbox", "Themes"]) await loaded.app.vault.createFolder(folder);
		await loaded.app.vault.create("Archive/Old.md", SCALING_NOTE);
		await loaded.app.vault.create("Themes/Scaling.md", "---\naliases: [scaling laws]\n---\n");
		await idle(loaded);
		expect(paths(loaded).some((p) => p.startsWith("Archive/") || p.startsWith("Themes/") || p.startsWith("Inbox/"))).toBe(false);
		await loaded.app.fileManager.renameFile(fileAt(loaded, TRANSCRIPT), "Archive/Moved.md");
		await idle(loaded);
		expect(paths(loaded)).not.toContain(TRANSCRIPT);
		expect(paths(loaded)).not.toContain("Archive/Moved.md");
	});
});
