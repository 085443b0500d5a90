// The note-themes view, and both views on an empty vault, a vault without theme notes (the starter
// pack offer) and the shared seeds, in a real Chromium.
import { expect, it } from "vitest";
import { describeInBrowser, pagePerTest, sidebarTexts, type HarnessPage } from "./harness/browser";
import { hasSeeds, sampleVault, seedVault } from "./harness/vaults";

const SIDEBAR = ".harness-right-sidebar";
const NOTE = "Readwise/The Bitter Lesson Revisited.md";

describeInBrowser("the views in Chromium", () => {
	const openPage = pagePerTest();
	const open = (files: Record<string, string>): Promise<HarnessPage> => openPage({ files });

	it("shows the active note's themes with the reason for each, and a passage click lands on its match", async () => {
		const h = await open(sampleVault());
		await h.call("openNote", NOTE);
		await h.call("openNoteThemes");
		expect(await h.page.locator(`${SIDEBAR} .throughline-note-title`).innerText()).toBe("The Bitter Lesson Revisited");
		const themes = h.page.locator(`${SIDEBAR} .throughline-note-theme`);
		expect(await themes.count()).toBeGreaterThan(0);
		const reasons = await sidebarTexts(h.page, ".throughline-note-theme .throughline-why");
		expect(reasons).toHaveLength(await themes.count());
		for (const reason of reasons) expect(reason).toMatch(/\w{3,}/);
		const passage = themes.first().locator(".throughline-passage").first();
		const highlighted = await passage.locator(".throughline-highlight").innerText();
		await passage.click();
		const landing = (await h.call("landings")).at(-1);
		expect(landing?.path).toBe(NOTE);
		expect(landing?.selected.toLowerCase()).toBe(highlighted.toLowerCase());
		expect(await h.page.locator(`${SIDEBAR} .throughline-note-title`).innerText()).toBe("The Bitter Lesson Revisited"); // still the same note
	});

	it("excludes a theme from the note in one click", async () => {
		const h = await open(sampleVault());
		await h.call("openNote", NOTE);
		await h.call("openNoteThemes");
		const name = await h.page.locator(`${SIDEBAR} .throughline-note-theme .throughline-theme-name`).first().innerText();
		await h.page.getByRole("button", { name: `Exclude this note from ${name}` }).click();
		await h.page.waitForFunction(() => (window as unknown as { harness: { notices(): string[] } }).harness.notices().length > 0);
		expect((await h.call("notices")).at(-1)).toContain(name);
		await h.page.waitForFunction(
			(excluded) => !Array.from(document.querySelectorAll(".harness-right-sidebar .throughline-note-theme.is-linked .throughline-theme-name")).some((el) => el.textContent === excluded),
			name,
			{ timeout: 10_000 },
		);
	});

	it("tells an empty vault what to do, in both views", async () => {
		const h = await open({});
		await h.call("openThemes");
		const themesText = await h.page.locator(SIDEBAR).innerText();
		expect(themesText).toContain("No notes to read yet.");
		expect(await h.page.locator(`${SIDEBAR} .throughline-theme`).count()).toBe(0);
		await h.call("openNoteThemes");
		expect(await h.page.locator(SIDEBAR).innerText()).toContain("Open a note to see its themes.");
	});

	it("offers the starter themes when the vault has no theme notes, and installing them writes the notes", async () => {
		const h = await open(sampleVault());
		await h.call("openThemes");
		const install = h.page.getByRole("button", { name: "Install the starter themes" });
		expect(await install.count()).toBe(1);
		expect((await h.call("files")).some((path) => path.startsWith("Themes/"))).toBe(false);
		await install.click();
		await h.page.waitForFunction(() => (window as unknown as { harness: { files(): string[] } }).harness.files().some((path) => path.startsWith("Themes/")));
		const themeNotes = (await h.call("files")).filter((path) => path.startsWith("Themes/"));
		const listed = await sidebarTexts(h.page, ".throughline-theme-name");
		expect(themeNotes.map((path) => path.replace(/^Themes\//, "").replace(/\.md$/, "")).sort()).toEqual([...listed].sort());
		await h.page.waitForFunction(() => !document.querySelector(".harness-right-sidebar .throughline-notice"), undefined, { timeout: 10_000 });
		await h.call("openNote", NOTE);
		await h.call("openNoteThemes");
		expect(await h.page.locator(`${SIDEBAR} .throughline-note-theme`).count()).toBeGreaterThan(0);
	});

	it.skipIf(!hasSeeds)("reads the five seeds: themes with counts, and each seed's themes with reasons", async () => {
		const files = seedVault();
		const h = await open(files);
		await h.call("openThemes");
		const counts = (await sidebarTexts(h.page, ".throughline-theme-count")).map(Number);
		expect(counts.some((count) => count > 0)).toBe(true);
		for (const path of Object.keys(files)) {
			await h.call("openNote", path);
			await h.call("openNoteThemes");
			const reasons = await sidebarTexts(h.page, ".throughline-note-theme .throughline-why");
			expect(reasons.length, `${path} shows no themes`).toBeGreaterThan(0);
			expect(await h.page.locator(`${SIDEBAR} .throughline-note-title`).innerText()).not.toBe("");
		}
	});
});
