// @vitest-environment happy-dom
// "Link themes (preview)" and "Remove all theme links" on the sample vault, end to end:
// the command, the preview modal, the writes, the ledger, and the way back to the original bytes.
import { describe, expect, test } from "vitest";
import { BLOCK_END, BLOCK_START } from "../../src/core/links/hub-render";
import { LinkPreviewModal } from "../../src/ui/modals/link-preview-modal";
import { ConfirmModal } from "../../src/ui/modals/confirm-modal";
import { clickModalButton, countAnalyses, idle, notices, openModals, run, sampleVault, startPlugin, topModal, until, vaultTexts, type Loaded } from "./harness";

async function linkAll(loaded: Loaded): Promise<void> {
	expect(run(loaded.app, "link-themes-preview")).toBe(true);
	await until(() => openModals.length > 0, "the preview modal");
	expect(topModal()).toBeInstanceOf(LinkPreviewModal);
	clickModalButton("Accept all");
	await until(() => notices.some((n) => n.startsWith("Wrote links in")), "the links to be written");
	await idle(loaded);
}

describe("link themes (preview) and remove all links, on the sample vault", () => {
	test("accept all writes hubs only in Themes/, inside the markers; sources keep their bytes", async () => {
		const original = sampleVault();
		const loaded = await startPlugin(original);
		await linkAll(loaded);
		const after = vaultTexts(loaded.app);
		const written = Object.keys(after).filter((path) => after[path] !== original[path]);
		expect(written.length).toBeGreaterThan(0);
		for (const path of written) {
			expect(path.startsWith("Themes/")).toBe(true);
			const text = after[path];
			expect(text).toContain(BLOCK_START);
			expect(text).toContain(BLOCK_END);
			expect(text.indexOf(BLOCK_START)).toBeLessThan(text.indexOf(BLOCK_END));
			expect(text).toMatch(/\[\[[^\]]+\]\]/); // real wikilinks to the sources
		}
		for (const [path, text] of Object.entries(original)) expect(after[path]).toBe(text);
		await expect(loaded.app.vault.adapter.exists(".obsidian/plugins/throughline/ledger.json")).resolves.toBe(true);
		loaded.plugin.unload();
	});

	test("a second preview plans nothing", async () => {
		const loaded = await startPlugin(sampleVault());
		await linkAll(loaded);
		notices.length = 0;
		const modalsBefore = openModals.length;
		run(loaded.app, "link-themes-preview");
		await until(() => notices.length > 0, "the notice");
		expect(notices).toEqual(["Every link is up to date."]);
		expect(openModals.length).toBe(modalsBefore);
		loaded.plugin.unload();
	});

	test("the link pass re-analyses no source note (its own writes cause no storm)", async () => {
		const loaded = await startPlugin(sampleVault());
		const analyses = countAnalyses(loaded);
		await linkAll(loaded);
		await new Promise((resolve) => setTimeout(resolve, 500)); // past the theme-note settle delay
		await idle(loaded);
		expect(analyses.paths).toEqual([]);
		loaded.plugin.unload();
	});

	test("remove all links, confirmed, restores every file's bytes and removes the notes it created", async () => {
		const original = sampleVault();
		const loaded = await startPlugin(original);
		await linkAll(loaded);
		expect(Object.keys(vaultTexts(loaded.app)).some((path) => path.startsWith("Themes/"))).toBe(true);
		notices.length = 0;
		expect(run(loaded.app, "remove-all-links")).toBe(true);
		expect(topModal()).toBeInstanceOf(ConfirmModal);
		clickModalButton("Remove");
		await until(() => notices.some((n) => n.startsWith("Removed links from")), "the links to be removed");
		await idle(loaded);
		expect(vaultTexts(loaded.app)).toEqual(original);
		loaded.plugin.unload();
	});

	test("cancelling the preview or the confirmation writes nothing", async () => {
		const original = sampleVault();
		const loaded = await startPlugin(original);
		run(loaded.app, "link-themes-preview");
		await until(() => openModals.length > 0, "the preview modal");
		clickModalButton("Cancel");
		run(loaded.app, "remove-all-links");
		clickModalButton("Cancel");
		await idle(loaded);
		expect(openModals).toEqual([]);
		expect(vaultTexts(loaded.app)).toEqual(original);
		loaded.plugin.unload();
	});
});
