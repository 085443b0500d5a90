// The themes sidebar of the built plugin in a real Chromium, on the sample vault: list, filter, sort,
// expand, click a passage (where does it land?), Ctrl-click, accept and reject a suggestion.
import { expect, it } from "vitest";
import { describeInBrowser, pagePerTest, shownSuggestion, sidebarTexts, type HarnessPage } from "./harness/browser";
import { sampleVault, SUGGESTED_PHRASE, vaultWithSuggestion } from "./harness/vaults";

const SIDEBAR = ".harness-right-sidebar";
/** Letters and digits only: snippets are the readable text (Markdown, links and cues removed). */
const lettersOnly = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

describeInBrowser("the themes sidebar in Chromium", () => {
	const open = pagePerTest();

	async function openThemes(files = sampleVault()): Promise<HarnessPage> {
		const harness = await open({ files });
		await harness.call("openThemes");
		return harness;
	}

	it("lists every theme with its linked-document count and a visible sparkline", async () => {
		const { page } = await openThemes();
		const rows = page.locator(`${SIDEBAR} .throughline-theme`);
		expect(await rows.count()).toBeGreaterThan(3);
		const counts = (await sidebarTexts(page, ".throughline-theme-count")).map(Number);
		expect(counts.every((count) => Number.isInteger(count) && count >= 0)).toBe(true);
		expect(counts.some((count) => count > 0)).toBe(true);
		const lines = await page.locator(`${SIDEBAR} .throughline-theme .throughline-sparkline`).evaluateAll((svgs) =>
			svgs.map((svg) => {
				const path = svg.querySelector("path");
				const box = svg.getBoundingClientRect();
				return { width: box.width, height: box.height, stroke: path ? getComputedStyle(path).stroke : "none" };
			}),
		);
		expect(lines).toHaveLength(await rows.count());
		for (const line of lines) {
			expect(line.width).toBeGreaterThan(20);
			expect(line.height).toBeGreaterThan(8);
			expect(line.stroke).not.toMatch(/^(none|rgba\(0, 0, 0, 0\))$/);
		}
	});

	it("narrows the list as the reader types in the filter box, keeping the focus there", async () => {
		const { page } = await openThemes();
		const before = await sidebarTexts(page, ".throughline-theme-name");
		const filter = page.locator(`${SIDEBAR} input.throughline-filter`);
		await filter.click();
		await filter.pressSequentially("om", { delay: 20 }); // one re-render per keystroke
		const expected = before.filter((name) => name.toLowerCase().includes("om"));
		expect(expected.length).toBeLessThan(before.length);
		expect(await sidebarTexts(page, ".throughline-theme-name")).toEqual(expected);
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe("om");
		expect(await page.evaluate(() => document.activeElement?.classList.contains("throughline-filter"))).toBe(true);
		await page.keyboard.press("Backspace");
		expect((await sidebarTexts(page, ".throughline-theme-name")).length).toBe(before.filter((name) => name.toLowerCase().includes("o")).length);
	});

	it("reorders the themes when the sort changes", async () => {
		const { page } = await openThemes();
		const byCount = (await sidebarTexts(page, ".throughline-theme-count")).map(Number);
		expect(byCount).toEqual([...byCount].sort((a, b) => b - a));
		const namesByCount = await sidebarTexts(page, ".throughline-theme-name");
		await page.locator(`${SIDEBAR} select.throughline-sort`).selectOption("name");
		const names = await sidebarTexts(page, ".throughline-theme-name");
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		expect(names).not.toEqual(namesByCount);
		expect([...names].sort()).toEqual([...namesByCount].sort()); // the same themes, reordered
	});

	it("expands a theme into its passages grouped by document, with the matched words highlighted", async () => {
		const { page } = await openThemes();
		const first = (await sidebarTexts(page, ".throughline-theme-name"))[0];
		await page.getByRole("button", { name: `Show passages for ${first}` }).click();
		const expanded = page.locator(`${SIDEBAR} .throughline-theme.is-expanded`);
		expect(await expanded.count()).toBe(1);
		const documents = await expanded.locator(".throughline-document-name").allInnerTexts();
		expect(documents.length).toBeGreaterThan(1);
		expect(new Set(documents).size).toBe(documents.length); // one group per document
		const passages = expanded.locator(".throughline-passage");
		expect(await passages.count()).toBeGreaterThanOrEqual(documents.length);
		const highlights = await expanded.locator(".throughline-highlight").evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? "", background: getComputedStyle(el).backgroundColor })));
		expect(highlights.length).toBeGreaterThan(0);
		for (const highlight of highlights) {
			expect(highlight.text.trim()).not.toBe("");
			expect(highlight.background).not.toBe("rgba(0, 0, 0, 0)");
		}
		await page.getByRole("button", { name: `Hide passages for ${first}` }).click();
		expect(await expanded.count()).toBe(0);
	});

	it("opens the note at the clicked passage with exactly the highlighted words selected", async () => {
		const h = await openThemes();
		const { page } = h;
		const first = (await sidebarTexts(page, ".throughline-theme-name"))[0];
		await page.getByRole("button", { name: `Show passages for ${first}` }).click();
		const passages = page.locator(`${SIDEBAR} .throughline-theme.is-expanded .throughline-passage`);
		const count = await passages.count();
		for (const index of [0, count - 1]) {
			const passage = passages.nth(index);
			const highlighted = await passage.locator(".throughline-highlight").innerText();
			const where = await passage.locator(".throughline-passage-where").innerText();
			const snippet = lettersOnly(await passage.locator(".throughline-passage-text").innerText());
			await passage.click();
			const landing = (await h.call("landings")).at(-1);
			expect(landing, "no selection was made").toBeDefined();
			if (!landing) return;
			expect(await h.call("activeFile")).toBe(landing.path);
			expect(landing.selected.toLowerCase()).toBe(highlighted.toLowerCase());
			expect(landing.scrolledLine).toBe(landing.from.line);
			if (where.startsWith("line ")) expect(landing.from.line + 1).toBe(Number(where.slice(5)));
			const note = lettersOnly((await h.call("read", landing.path ?? "")).replace(/\[[\d:.,\s>-]+\]|\]\([^)\n]*\)/g, " ")); // without timecode cues and link targets
			expect(note).toContain(snippet.slice(0, 24));
		}
	});

	it("opens a Ctrl-clicked passage in a new tab", async () => {
		const h = await openThemes();
		const first = (await sidebarTexts(h.page, ".throughline-theme-name"))[0];
		await h.page.getByRole("button", { name: `Show passages for ${first}` }).click();
		const passage = h.page.locator(`${SIDEBAR} .throughline-passage`).first();
		await passage.click();
		const tabs = await h.call("rootLeafCount");
		await passage.click({ modifiers: ["Control"] });
		expect(await h.call("rootLeafCount")).toBe(tabs + 1);
		await passage.click(); // a plain click reuses the current tab
		expect(await h.call("rootLeafCount")).toBe(tabs + 1);
	});

	it("creates a theme note when a suggestion is accepted, and the sidebar then lists that theme", async () => {
		const h = await openThemes(vaultWithSuggestion());
		const phrase = await shownSuggestion(h.page, SUGGESTED_PHRASE);
		expect(phrase, `"${SUGGESTED_PHRASE}" recurs in three notes and should be suggested`).toBeTruthy();
		if (!phrase) return;
		const before = await h.call("files");
		await h.page.getByRole("button", { name: `Create a theme for "${phrase}"` }).click();
		await h.page.waitForFunction((count) => (window as unknown as { harness: { files(): string[] } }).harness.files().length > count, before.length);
		const created = (await h.call("files")).filter((path) => !before.includes(path));
		// The vault ran on the embedded starter pack: it is installed as notes too, so no theme disappears.
		expect(created).toHaveLength(1 + 16);
		const fromPhrase = created.filter((path) => path.toLowerCase() === `themes/${phrase.toLowerCase()}.md`);
		expect(fromPhrase).toHaveLength(1);
		expect((await h.call("read", fromPhrase[0])).toLowerCase()).toContain(phrase.toLowerCase());
		const name = fromPhrase[0].replace(/^Themes\//, "").replace(/\.md$/, "");
		await h.page.waitForFunction((wanted) => Array.from(document.querySelectorAll(".harness-right-sidebar .throughline-theme-name")).some((el) => el.textContent === wanted), name, { timeout: 10_000 });
	});

	it("stops suggesting a phrase once it is rejected", async () => {
		const h = await openThemes(vaultWithSuggestion());
		const phrase = await shownSuggestion(h.page, SUGGESTED_PHRASE);
		expect(phrase, `"${SUGGESTED_PHRASE}" should be suggested`).toBeTruthy();
		if (!phrase) return;
		await h.page.getByRole("button", { name: `Stop suggesting "${phrase}"` }).click();
		await h.page.waitForFunction((gone) => !Array.from(document.querySelectorAll(".harness-right-sidebar .throughline-suggestion-phrase")).some((el) => el.textContent === gone), phrase, { timeout: 10_000 });
	});

	it("draws the timeline and the co-occurrence map as SVG, and a click on the map expands that theme in the list", async () => {
		const { page } = await openThemes();
		await page.getByRole("button", { name: "Show themes as a timeline" }).click();
		expect(await page.locator(`${SIDEBAR} .throughline-timeline svg.throughline-heat-strip .throughline-heat-cell`).count()).toBeGreaterThan(0);
		await page.getByRole("button", { name: "Show themes as a map" }).click();
		const nodes = page.locator(`${SIDEBAR} .throughline-map-node`);
		expect(await nodes.count()).toBeGreaterThan(3);
		const name = await nodes.first().locator("text").textContent();
		await nodes.first().locator("circle").click(); // the circle: a label lets the pointer through
		expect(await page.locator(`${SIDEBAR} .throughline-theme.is-expanded .throughline-theme-name`).allInnerTexts()).toEqual([name]);
	});
});
