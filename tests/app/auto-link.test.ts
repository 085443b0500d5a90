// @vitest-environment happy-dom
// Auto-link: off until a first preview was accepted; once on, a new note's themes reach the hubs
// without a preview, and the pass converges (a second pass writes nothing).
import { describe, expect, test } from "vitest";
import { AutoLinker } from "../../src/obsidian/auto-linker";
import { LinkService } from "../../src/obsidian/link-service";
import { migrateSettings } from "../../src/core/settings";
import { idle, internalsOf, sampleVault, startPlugin, vaultTexts } from "./harness";

const NEW_NOTE = "Readwise/Sparse autoencoders.md";
const NEW_TEXT = "---\ntitle: Sparse autoencoders\n---\n\n> Sparse autoencoders recover monosemantic features; mechanistic interpretability needs them.\n";

function autoLinkerFor(loaded: Awaited<ReturnType<typeof startPlugin>>, autoLink: boolean, accepted: boolean): AutoLinker {
	const settings = migrateSettings({ autoLink, firstPreviewAccepted: accepted });
	const index = internalsOf(loaded.plugin).index;
	return new AutoLinker(index, new LinkService(loaded.app as never, () => settings), () => settings);
}

describe("auto-link", () => {
	test("does nothing until a first preview was accepted, even when switched on", async () => {
		const loaded = await startPlugin(sampleVault());
		const before = vaultTexts(loaded.app);
		expect(await autoLinkerFor(loaded, true, false).pass()).toBe(0);
		expect(vaultTexts(loaded.app)).toEqual(before);
		loaded.plugin.unload();
	});

	test("once on, links a new note's themes without a preview, and a second pass writes nothing", async () => {
		const loaded = await startPlugin(sampleVault());
		const linker = autoLinkerFor(loaded, true, true);
		expect(await linker.pass()).toBeGreaterThan(0);
		await loaded.app.vault.create(NEW_NOTE, NEW_TEXT);
		await idle(loaded);
		expect(await linker.pass()).toBeGreaterThan(0);
		const hub = vaultTexts(loaded.app)["Themes/Interpretability.md"] ?? "";
		expect(hub).toContain("[[Readwise/Sparse autoencoders|");
		await idle(loaded);
		expect(await linker.pass()).toBe(0);
		expect(vaultTexts(loaded.app)[NEW_NOTE]).toBe(NEW_TEXT); // the source itself is never written in hub mode
		loaded.plugin.unload();
	});
});
