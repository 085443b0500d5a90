// @vitest-environment happy-dom
// Both views, opened through their commands, render every kind of vault without throwing: an empty
// vault, a vault without theme notes (the starter pack), the sample vault with theme notes, the seeds.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { TFile, type View } from "obsidian";
import { NOTE_THEMES_VIEW_TYPE } from "../../src/ui/note-themes-view";
import { THEMES_VIEW_TYPE } from "../../src/ui/themes-view";
import { idle, notices, run, sampleVault, startPlugin, until, type Loaded } from "./harness";

const SEEDS = resolve(__dirname, "../..", "../shared/seeds"); // the repo root, then its sibling
const REFRESH_WAIT_MS = 300; // past the views' 250 ms refresh debounce

let current: Loaded | null = null;

async function openViews(loaded: Loaded): Promise<{ sidebar: View; noteThemes: View }> {
	run(loaded.app, "open-themes-sidebar");
	run(loaded.app, "open-note-themes");
	await until(() => loaded.app.workspace.getLeavesOfType(NOTE_THEMES_VIEW_TYPE).length === 1 && loaded.app.workspace.getLeavesOfType(THEMES_VIEW_TYPE).length === 1, "both views");
	await idle(loaded);
	await new Promise((resolve) => setTimeout(resolve, REFRESH_WAIT_MS));
	return { sidebar: loaded.app.workspace.getLeavesOfType(THEMES_VIEW_TYPE)[0].view, noteThemes: loaded.app.workspace.getLeavesOfType(NOTE_THEMES_VIEW_TYPE)[0].view };
}

async function openNote(loaded: Loaded, path: string): Promise<void> {
	const file = loaded.app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`${path} is missing`);
	await loaded.app.workspace.getLeaf(false).openFile(file);
	await new Promise((resolve) => setTimeout(resolve, REFRESH_WAIT_MS));
}

function text(view: View): string {
	return view.containerEl.textContent ?? "";
}

function seedVault(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const name of readdirSync(SEEDS).filter((n) => n.endsWith(".txt"))) files[`Seeds/${name.replace(/\.txt$/, ".md")}`] = readFileSync(resolve(SEEDS, name), "utf8");
	return files;
}

describe("the views on every kind of vault", () => {
	test("an empty vault: the sidebar says there is nothing to read; the note view asks for a note", async () => {
		current = await startPlugin({});
		const { sidebar, noteThemes } = await openViews(current);
		expect(text(sidebar)).toContain("No notes to read yet.");
		expect(text(noteThemes)).toContain("Open a note to see its themes.");
	});

	test("a vault without theme notes: the starter themes, with the offer to install them", async () => {
		current = await startPlugin(sampleVault());
		const { sidebar, noteThemes } = await openViews(current);
		expect(text(sidebar)).toContain("These are the built-in starter themes.");
		const linkedTheme = current.internals.index.engine.index.themes.find((t) => current?.internals.index.engine.index.themeStats(t.id).linkedDocuments);
		expect(text(sidebar)).toContain(linkedTheme?.name);
		await openNote(current, "Transcripts/Compute, Chips and the Cost of Training.md");
		expect(text(noteThemes)).toContain("Compute, Chips and the Cost of Training");
	});

	test("the sample vault with theme notes: every theme listed, no starter offer, a note's themes with reasons", async () => {
		current = await startPlugin(sampleVault());
		run(current.app, "install-starter-themes");
		await until(() => notices.some((n) => n.startsWith("Installed")), "the starter themes");
		const { sidebar, noteThemes } = await openViews(current);
		expect(text(sidebar)).not.toContain("These are the built-in starter themes.");
		for (const theme of current.internals.index.engine.index.themes) expect(text(sidebar)).toContain(theme.name);
		const path = "Readwise/Toy Models of Superposition.md";
		await openNote(current, path);
		const decisions = current.internals.index.engine.index.document(path)?.decisions ?? [];
		expect(decisions.length).toBeGreaterThan(0);
		for (const decision of decisions) expect(text(noteThemes)).toContain(decision.why);
		await openNote(current, "Themes/Compute.md"); // a theme note is not a source: the view says so plainly
		expect(text(noteThemes).length).toBeGreaterThan(0);
	});

	test.skipIf(!existsSync(SEEDS))("the seeds: both views render, each seed with its themes", async () => {
		const files = seedVault();
		current = await startPlugin(files);
		const { sidebar, noteThemes } = await openViews(current);
		expect(text(sidebar).length).toBeGreaterThan(0);
		for (const path of Object.keys(files)) {
			await openNote(current, path);
			const title = current.internals.index.engine.index.document(path)?.title ?? "";
			expect(text(noteThemes)).toContain(title);
		}
	});
});
