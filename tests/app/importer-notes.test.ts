// @vitest-environment happy-dom
// Property mode in the app on a vault whose importers' notes live where readers really keep them
// (Sources/Readwise/, 📚 Kindle/): the preview lists them as left alone with the reason, accepting
// writes none of them, and removing every link brings back every byte.
import { describe, expect, test } from "vitest";
import { clickModalButton, idle, notices, openModals, removeAllLinks, run, sampleVault, startPlugin, topModal, until, vaultTexts } from "./harness";

/** The sample vault with its Readwise and Kindle exports moved out of the default importer-owned folders. */
function movedVault(): Record<string, string> {
	const moved: Record<string, string> = {};
	for (const [path, text] of Object.entries(sampleVault())) {
		moved[path.replace(/^Readwise\//, "Sources/Readwise/").replace(/^Kindle\//, "📚 Kindle/")] = text;
	}
	return moved;
}

const PROPERTY_MODE = { linkMode: "property" };

describe("importers' notes outside the importer-owned folders", () => {
	test("the preview says why each is left alone; accepting writes none of them; removing all restores every byte", async () => {
		const original = movedVault();
		const owned = Object.keys(original).filter((path) => path.startsWith("Sources/Readwise/") || path.startsWith("📚 Kindle/"));
		const loaded = await startPlugin(original, PROPERTY_MODE);
		expect(run(loaded.app, "link-themes-preview")).toBe(true);
		await until(() => openModals.length > 0, "the preview modal");
		const shown = topModal().contentEl.textContent ?? "";
		for (const path of owned) expect(shown).toContain(path);
		expect(shown).toContain("Sources/Readwise/Toy Models of Superposition.md: written by Readwise: Throughline never writes into it");
		expect(shown).toContain("📚 Kindle/The Alignment Problem.md: written by Kindle: Throughline never writes into it");
		const offered = Array.from(topModal().contentEl.querySelectorAll("input[data-path]")).map((box) => box.getAttribute("data-path"));
		expect(offered.length).toBeGreaterThan(0);
		for (const path of owned) expect(offered).not.toContain(path);
		clickModalButton("Accept all");
		await until(() => notices.some((n) => n.startsWith("Wrote links in")), "the links to be written");
		await idle(loaded);
		const after = vaultTexts(loaded.app);
		for (const path of owned) expect(after[path], path).toBe(original[path]);
		expect(Object.keys(original).some((path) => after[path] !== original[path] && after[path].includes("themes:"))).toBe(true);
		await removeAllLinks(loaded);
		expect(vaultTexts(loaded.app)).toEqual(original);
		loaded.plugin.unload();
	});

	test("excluding an importer's note from a theme remembers it in settings and leaves the note's bytes alone", async () => {
		const original = movedVault();
		const path = "Sources/Readwise/Toy Models of Superposition.md";
		const loaded = await startPlugin(original);
		const record = loaded.internals.index.engine.index.document(path);
		const decision = record?.decisions.find((d) => d.linked);
		expect(decision).toBeDefined();
		await loaded.internals.themes.excludeTheme(path, decision?.themeId ?? "", decision?.themeId ?? "");
		await idle(loaded);
		expect(vaultTexts(loaded.app)[path]).toBe(original[path]);
		expect(loaded.plugin.settingsState.excludedThemesByNote[path]).toContain(decision?.themeId);
		loaded.plugin.unload();
	});
});
