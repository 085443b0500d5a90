// The themes sidebar on the bench's generated vault (bench/generate-vault.ts: 40 themes, notes dated
// 2019–2026) in Chromium: screenshots of the list, an expanded theme, the timeline and the map in light
// and dark, written to test-output/screenshots/large-*.png, and render times printed (not asserted:
// the machine is shared). THROUGHLINE_BROWSER_NOTES sets the vault's size (default 3,000 notes).
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeInBrowser, pagePerTest, screenshotSidebar } from "./harness/browser";
import type { RenderTime } from "./harness/large-vault";

const SIDEBAR = ".harness-right-sidebar";
const SEED = 17; // any seed; fixed so that the pictures are the same from run to run
const NOTES = Number(process.env.THROUGHLINE_BROWSER_NOTES ?? 3000);
const EDIT = "- Chinchilla showed that scaling laws favour more data: the compute-optimal frontier moved again."; // touches a theme or two
const LARGE_TIMEOUT_MS = 600_000; // generating and indexing thousands of notes on a busy 2-core machine

function report(label: string, time: RenderTime): void {
	console.log(`[large vault] ${label.padEnd(34)} ${time.scriptMs.toFixed(1).padStart(7)} ms script, ${time.totalMs.toFixed(1).padStart(7)} ms with layout; ${time.redrawn} parts redrawn, ${time.nodes} elements`);
}

async function shoot(page: Page, name: string, keepPointer = false): Promise<void> {
	if (!keepPointer) await page.mouse.move(1, 1); // no hover in the picture unless asked for
	const overflow = await page.evaluate((selector) => {
		const content = document.querySelector(`${selector} .view-content`) as HTMLElement;
		return content.scrollWidth - content.clientWidth;
	}, SIDEBAR);
	expect(overflow, `${name}: content wider than the sidebar`).toBeLessThanOrEqual(0);
	await screenshotSidebar(page, name);
}

/** Hover on the busiest theme's busiest cell says its figures; a click shows its notes above the chart. */
async function readTimelineCell(page: Page, theme: string): Promise<void> {
	const strip = page.locator(`${SIDEBAR} .throughline-heat-row`).first().locator("svg");
	const cell = strip.locator(".throughline-heat-4").last();
	await cell.hover();
	const tip = page.locator(`${SIDEBAR} .throughline-timeline .throughline-tooltip`);
	expect(await tip.textContent()).toMatch(/^[\w -]+, \w{3}–\w{3} \d{4}: \d+ notes$/);
	await shoot(page, `large-timeline-hover-${theme}`, true);
	await cell.click();
	const title = page.locator(`${SIDEBAR} .throughline-slice-title`);
	await title.waitFor();
	expect(await page.locator(`${SIDEBAR} .throughline-slice .throughline-document`).count()).toBeGreaterThan(0);
	await page.evaluate((selector) => document.querySelector(`${selector} .view-content`)?.scrollTo(0, 0), SIDEBAR);
	await shoot(page, `large-timeline-passages-${theme}`);
	await page.getByRole("button", { name: "Close these passages" }).click();
}

/** Hover on the busiest theme lights its ties; a click on the strongest tie shows the passages the two share. */
async function readMapTie(page: Page, theme: string): Promise<void> {
	const busiest = page.locator(`${SIDEBAR} .throughline-map-node circle`).first();
	await busiest.hover({ force: true });
	expect(await page.locator(`${SIDEBAR} .throughline-map .throughline-tooltip`).textContent()).toMatch(/: [\d,]+ notes$/);
	await shoot(page, `large-map-hover-${theme}`, true);
	await page.locator(`${SIDEBAR} .throughline-map-tie`).last().dispatchEvent("click");
	await page.locator(`${SIDEBAR} .throughline-slice-title`).waitFor();
	expect(await page.locator(`${SIDEBAR} .throughline-slice-title`).textContent()).toMatch(/ and /);
	expect(await page.locator(`${SIDEBAR} .throughline-slice .throughline-passage`).count()).toBeGreaterThan(0);
	await shoot(page, `large-map-passages-${theme}`);
}

describeInBrowser(`the themes sidebar on a generated vault of ${NOTES} notes`, () => {
	const open = pagePerTest();

	for (const theme of ["light", "dark"] as const) {
		it(`draws 40 themes readably and fast in the ${theme} theme`, { timeout: LARGE_TIMEOUT_MS }, async () => {
			const harness = await open({ files: {}, generated: { seed: SEED, notes: NOTES }, theme, height: 1100 });
			const { page } = harness;
			await harness.call("openThemes");
			expect(await page.locator(`${SIDEBAR} .throughline-theme`).count()).toBe(40);
			const times: Array<[string, RenderTime]> = [];
			times.push(["sidebar model from the index", await harness.call("timeThemes", "data")]);
			times.push(["list, first render", await harness.call("timeThemes", "cold")]);
			times.push(["list, nothing changed", await harness.call("timeThemes", "again")]);
			const note = (await harness.call("files")).find((path) => path.startsWith("Readwise/Highlights/")) ?? "";
			const edit = await harness.call("timeAfterEdit", note, EDIT);
			times.push(["one note changed: sidebar model", edit.data], ["one note changed: list re-render", edit.render]);
			await shoot(page, `large-list-${theme}`);
			times.push(["busiest theme expanded", await harness.call("timeThemes", "expand-first")]);
			times.push(["its next page of notes", await harness.call("timeThemes", "more-first")]);
			await shoot(page, `large-expanded-${theme}`);
			times.push(["timeline", await harness.call("timeThemes", "timeline")]);
			await shoot(page, `large-timeline-${theme}`);
			await readTimelineCell(page, theme);
			times.push(["map", await harness.call("timeThemes", "map")]);
			await shoot(page, `large-map-${theme}`);
			await readMapTie(page, theme);
			for (const [label, time] of times) report(`${theme}: ${label}`, time);
		});
	}
});
