// @vitest-environment happy-dom
// Renames keep what was said about a note (its exclusions), the note themes view follows the note
// it shows and says why a note has no themes, the sidebar opens with the sort chosen in settings,
// and a starter theme without a note is never opened as a stray new note.
import { describe, expect, test } from "vitest";
import { TFile, type View } from "obsidian";
import { buildViewDeps } from "../../src/obsidian/view-wiring";
import { NOTE_THEMES_VIEW_TYPE, type NoteThemesView } from "../../src/ui/note-themes-view";
import { THEMES_VIEW_TYPE } from "../../src/ui/themes-view";
import { idle, notices, run, sampleVault, startPlugin, until, type Loaded } from "./harness";

const REFRESH_WAIT_MS = 300; // past the views' 250 ms refresh debounce
const SOURCE = "Readwise/Toy Models of Superposition.md";

let current: Loaded | null = null;

function fileAt(loaded: Loaded, path: string): TFile {
	const file = loaded.app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`${path} is missing`);
	return file;
}

async function openNoteThemes(loaded: Loaded, path: string): Promise<View> {
	run(loaded.app, "open-note-themes");
	await until(() => loaded.app.workspace.getLeavesOfType(NOTE_THEMES_VIEW_TYPE).length === 1, "the note themes view");
	await loaded.app.workspace.getLeaf(false).openFile(fileAt(loaded, path));
	await new Promise((resolve) => setTimeout(resolve, REFRESH_WAIT_MS));
	return loaded.app.workspace.getLeavesOfType(NOTE_THEMES_VIEW_TYPE)[0].view;
}

describe("renames", () => {
	test("a note's exclusions follow it to its new path", async () => {
		current = await startPlugin(sampleVault());
		const record = current.internals.index.engine.index.document(SOURCE);
		const theme = record?.decisions.find((d) => d.linked)?.themeId ?? "";
		expect(theme).not.toBe("");
		await current.internals.themes.excludeTheme(SOURCE, theme, theme);
		await idle(current);
		const moved = "Readwise/Moved.md";
		await current.app.fileManager.renameFile(fileAt(current, SOURCE), moved);
		await until(() => current?.plugin.settingsState.excludedThemesByNote[moved] !== undefined, "the exclusion to move");
		await idle(current);
		expect(current.plugin.settingsState.excludedThemesByNote[SOURCE]).toBeUndefined();
		expect(current.plugin.settingsState.excludedThemesByNote[moved]).toEqual([theme]);
		expect(current.internals.index.engine.index.document(moved)?.decisions.find((d) => d.themeId === theme)?.linked ?? false).toBe(false);
	});

	test("the note themes view keeps showing a note that was renamed", async () => {
		current = await startPlugin(sampleVault());
		const view = (await openNoteThemes(current, SOURCE)) as NoteThemesView;
		expect(view.notePath).toBe(SOURCE);
		await current.app.vault.rename(fileAt(current, SOURCE), "Readwise/Renamed.md");
		await idle(current);
		expect(view.notePath).toBe("Readwise/Renamed.md");
	});
});

describe("the note themes view says why a note has no themes", () => {
	test("a theme note, and a note in an excluded folder, each with its own message", async () => {
		current = await startPlugin({ ...sampleVault(), "Themes/Agents.md": "---\naliases: [agents]\n---\n", "Private/Diary.md": "About agents.\n" }, { excludedFolders: ["Private"] });
		const view = await openNoteThemes(current, "Themes/Agents.md");
		expect(view.containerEl.textContent).toContain("This is a theme note.");
		await current.app.workspace.getLeaf(false).openFile(fileAt(current, "Private/Diary.md"));
		await new Promise((resolve) => setTimeout(resolve, REFRESH_WAIT_MS));
		expect(view.containerEl.textContent).toContain("This note is not indexed");
		expect(view.containerEl.textContent).not.toContain("Open a note to see its themes.");
	});
});

describe("the themes sidebar", () => {
	test("opens with the sort chosen in settings after the plugin loaded", async () => {
		current = await startPlugin(sampleVault());
		await current.plugin.updateSettings({ sidebarSort: "name" });
		run(current.app, "open-themes-sidebar");
		await until(() => current?.app.workspace.getLeavesOfType(THEMES_VIEW_TYPE).length === 1, "the sidebar");
		const view = current.app.workspace.getLeavesOfType(THEMES_VIEW_TYPE)[0].view as unknown as { sort: string };
		expect(view.sort).toBe("name");
	});

	test("opening a starter theme that has no note explains how to install it and creates nothing", async () => {
		current = await startPlugin(sampleVault());
		const { app, internals, plugin } = current;
		const starter = internals.index.engine.index.themes.find((t) => t.path === null);
		if (!starter) throw new Error("the sample vault should use the starter pack");
		const files = app.vault.getFiles().length;
		const deps = buildViewDeps({ app: app as never, index: internals.index, themes: internals.themes, settings: () => plugin.settingsState });
		notices.length = 0;
		deps.actions.openTheme(starter.id, false);
		await idle(current);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain(starter.name);
		expect(notices[0]).toContain("Install the starter themes");
		expect(app.vault.getFiles().length).toBe(files);
	});
});
