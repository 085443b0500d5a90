// Note text never becomes markup: highlights and titles holding <img onerror> and <script> show as text
// in every view of the real browser, nothing runs, and no <img> exists inside the views.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeInBrowser, openHarness, sharedBrowser, type HarnessPage } from "./harness/browser";
import { hostileVault, XSS_IMG, XSS_THEME } from "./harness/vaults";

const SIDEBAR = ".harness-right-sidebar";
const NOTE = "Readwise/Hostile highlights.md";
/** The title is shown verbatim: its markup must read as text. */
const HOSTILE_TITLE = `Hostile ${XSS_IMG} title`;
/**
 * The passages beside the markup. Snippets go through the engine's readable-text step, which drops
 * tags (so the markup may be absent from them); either way it must never become an element.
 */
const HOSTILE_PASSAGES = ["Scaling laws held again this year", "Scaling laws predict the loss", "Interpretability work found features"];

interface Exposure {
	xss: unknown;
	images: number;
	scripts: number;
	text: string;
}

function exposure(page: Page): Promise<Exposure> {
	return page.evaluate((selector) => {
		const box = document.querySelector(selector);
		return {
			xss: (window as unknown as { __xss?: unknown }).__xss,
			images: box?.querySelectorAll("img").length ?? -1,
			scripts: box?.querySelectorAll("script").length ?? -1,
			text: box?.textContent ?? "",
		};
	}, SIDEBAR);
}

async function expectInert(page: Page, where: string, shown: string[]): Promise<void> {
	await page.waitForTimeout(50); // an onerror fires on a later task: give it the chance to run
	const seen = await exposure(page);
	expect(seen.xss, `${where}: script ran`).toBeUndefined();
	expect(seen.images, `${where}: an <img> element exists`).toBe(0);
	expect(seen.scripts, `${where}: a <script> element exists`).toBe(0);
	for (const text of shown) expect(seen.text, `${where}: the markup is not shown as text`).toContain(text);
}

describeInBrowser("markup in notes, in Chromium", () => {
	const browser = sharedBrowser();
	let harness: HarnessPage;

	beforeAll(async () => {
		harness = await openHarness(browser(), { files: hostileVault() });
	});

	afterAll(async () => {
		const errors = harness?.errors ?? [];
		await harness?.close();
		expect(errors, "the page raised errors").toEqual([]);
	});

	it("shows as text in the themes list with every theme expanded", async () => {
		await harness.call("openThemes");
		const toggles = harness.page.locator(`${SIDEBAR} button.throughline-expand[aria-expanded="false"]`);
		while ((await toggles.count()) > 0) await toggles.first().click();
		await expectInert(harness.page, "themes list", [HOSTILE_TITLE, XSS_THEME, ...HOSTILE_PASSAGES]);
		expect(await harness.page.locator(`${SIDEBAR} .throughline-document-name`).allInnerTexts()).toContain(HOSTILE_TITLE);
	});

	it("shows as text in the timeline and the map", async () => {
		await harness.page.getByRole("button", { name: "Show themes as a timeline" }).click();
		await expectInert(harness.page, "timeline", [XSS_THEME]);
		await harness.page.getByRole("button", { name: "Show themes as a map" }).click();
		await expectInert(harness.page, "map", [XSS_THEME]);
		await harness.page.getByRole("button", { name: "Show themes as a list" }).click();
	});

	it("shows as text in the note's themes", async () => {
		await harness.call("openNote", NOTE);
		await harness.call("openNoteThemes");
		await expectInert(harness.page, "note themes", [HOSTILE_TITLE, XSS_THEME, ...HOSTILE_PASSAGES]);
		expect(await harness.page.locator(`${SIDEBAR} .throughline-note-title`).innerText()).toBe(HOSTILE_TITLE);
	});

	it("shows as text in the note's themes of the other note, whose related notes carry the hostile title", async () => {
		await harness.call("openNote", "Readwise/Another article.md");
		await harness.call("idle");
		await expectInert(harness.page, "related notes", [HOSTILE_TITLE]);
	});
});
