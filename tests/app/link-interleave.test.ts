// @vitest-environment happy-dom
// A link pass is planned, then, before it is written, an importer rewrites a source note and the
// reader edits a theme note. Writing goes through vault.process / processFrontMatter against the
// text at that moment: nothing anyone wrote in between is lost.
import { describe, expect, test } from "vitest";
import type { TFile } from "obsidian";
import { BLOCK_END, BLOCK_START } from "../../src/core/links/hub-render";
import { idle, notices, run, sampleVault, startPlugin, textOf, until, vaultTexts, type Loaded } from "./harness";

const READWISE = "Readwise/The Bitter Lesson Revisited.md";
const MY_NOTE = "Notes/My thoughts on emergence.md";

function fileAt(loaded: Loaded, path: string): TFile {
	const file = loaded.app.vault.getFileByPath(path);
	if (!file) throw new Error(`${path} is missing`);
	return file;
}

/** Readwise re-syncs: the YAML others added is gone and a new highlight arrives. */
function readwiseRewrite(text: string): string {
	return text.replace(/^---\n[\s\S]*?\n---\n/, "") + "\n- A highlight synced after the plan was made. ([Location 99](https://readwise.io/to_kindle?x=99))\n";
}

async function withStarterThemes(data?: unknown): Promise<Loaded> {
	const loaded = await startPlugin(sampleVault(), data);
	run(loaded.app, "install-starter-themes");
	await until(() => notices.some((n) => n.startsWith("Installed")), "the starter themes");
	await idle(loaded);
	return loaded;
}

describe("an importer rewrite and a reader's edit between plan and apply", () => {
	test("hub mode: the reader's theme-note edit and the importer's rewrite both survive", async () => {
		const loaded = await withStarterThemes();
		const { plan, ledger } = await loaded.internals.links.planLinks(loaded.internals.index.engine.index);
		const hubEdit = plan.edits.find((edit) => edit.path.startsWith("Themes/"));
		expect(hubEdit).toBeDefined();
		const themePath = hubEdit?.path ?? "";

		const readerLine = "My own note on this theme, written while the preview was open.";
		const themeBefore = textOf(loaded.app, themePath);
		await loaded.app.vault.modify(fileAt(loaded, themePath), `${readerLine}\n\n${themeBefore}`);
		const rewritten = readwiseRewrite(textOf(loaded.app, READWISE));
		await loaded.app.vault.modify(fileAt(loaded, READWISE), rewritten);

		const result = await loaded.internals.links.apply(plan, ledger);
		await idle(loaded);
		expect(result.problems).toEqual([]);
		const themeAfter = textOf(loaded.app, themePath);
		expect(themeAfter.startsWith(`${readerLine}\n\n${themeBefore}`)).toBe(true); // everything outside the block kept
		expect(themeAfter).toContain(BLOCK_START);
		expect(themeAfter).toContain(BLOCK_END);
		expect(textOf(loaded.app, READWISE)).toBe(rewritten);
		loaded.plugin.unload();
	});

	test("property mode: a note rewritten between plan and apply keeps its new text and gains only the property", async () => {
		const loaded = await withStarterThemes({ linkMode: "both" });
		const { plan, ledger } = await loaded.internals.links.planLinks(loaded.internals.index.engine.index);
		expect(plan.edits.some((edit) => edit.path === MY_NOTE)).toBe(true);
		const rewrittenBody = "A rewrite by the reader: emergence and grokking, again, with a new paragraph.\n";
		await loaded.app.vault.modify(fileAt(loaded, MY_NOTE), rewrittenBody);

		const result = await loaded.internals.links.apply(plan, ledger);
		await idle(loaded);
		expect(result.problems).toEqual([]);
		const after = textOf(loaded.app, MY_NOTE);
		expect(after.endsWith(rewrittenBody)).toBe(true);
		expect(after).toMatch(/^---\nthemes:\n/);
		const body = (text: string): string => text.replace(/^---\n[\s\S]*?\n---\n/, "");
		for (const [path, text] of Object.entries(sampleVault())) {
			if (path === MY_NOTE || /^(Readwise|Kindle|Snipd)\//.test(path)) continue;
			expect(body(textOf(loaded.app, path))).toBe(body(text)); // only the properties may change
		}
		for (const path of Object.keys(sampleVault()).filter((p) => /^(Readwise|Kindle|Snipd)\//.test(p))) {
			expect(textOf(loaded.app, path)).toBe(sampleVault()[path]); // importer-owned notes are never written
		}
		loaded.plugin.unload();
	});

	test("unlink after the interleaved pass removes only what Throughline wrote", async () => {
		const loaded = await withStarterThemes();
		const { plan, ledger } = await loaded.internals.links.planLinks(loaded.internals.index.engine.index);
		const themePath = plan.edits.find((edit) => edit.path.startsWith("Themes/"))?.path ?? "";
		await loaded.internals.links.apply(plan, ledger);
		await idle(loaded);
		const readerLine = "\nA line the reader added after linking.\n";
		await loaded.app.vault.append(fileAt(loaded, themePath), readerLine);
		const expected = { ...vaultTexts(loaded.app) };
		const unlink = await loaded.internals.links.planUnlink();
		await loaded.internals.links.apply(unlink.plan, unlink.ledger);
		await idle(loaded);
		const after = vaultTexts(loaded.app);
		expect(after[themePath]).not.toContain(BLOCK_START);
		expect(after[themePath]).toContain(readerLine.trim());
		for (const path of Object.keys(sampleVault())) expect(after[path]).toBe(expected[path]);
		loaded.plugin.unload();
	});
});
