// Screenshots of the themes sidebar (list, expanded theme, timeline, map) and the note's themes in light
// and dark themes, written to test-output/screenshots/. Each shot is also checked for what makes a
// sidebar hard to read: text without contrast, invisible sparklines, content wider than the sidebar.
import { existsSync, rmSync, statSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeInBrowser, pagePerTest, screenshotSidebar, SCREENSHOT_DIR } from "./harness/browser";
import { sampleVault } from "./harness/vaults";

const SIDEBAR = ".harness-right-sidebar";
const NOTE = "Readwise/The Bitter Lesson Revisited.md";
const MIN_TEXT_CONTRAST = 4.5; // WCAG AA for body text
const MIN_GRAPHIC_CONTRAST = 3; // WCAG AA for graphics such as a sparkline's line

interface Legibility {
	overflow: number;
	lowContrast: string[];
	faintGraphics: string[];
}

/** Runs in the page: WCAG contrast of visible text and of chart strokes against the sidebar background. */
function legibility(page: Page): Promise<Legibility> {
	return page.evaluate(
		({ selector, minText, minGraphic }) => {
			const parse = (colour: string): number[] => (colour.match(/[\d.]+/g) ?? ["0", "0", "0"]).map(Number);
			const luminance = (colour: string): number => {
				const [r, g, b] = parse(colour).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
				return 0.2126 * r + 0.7152 * g + 0.0722 * b;
			};
			const contrast = (a: string, b: string): number => {
				const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
				return (hi + 0.05) / (lo + 0.05);
			};
			/** The colour behind an element: its ancestors' backgrounds, translucent ones blended over what lies beneath. */
			const backgroundOf = (el: Element | null): string => {
				const layers: number[][] = [];
				for (let node = el; node; node = node.parentElement) {
					const [r, g, b, a = 1] = parse(getComputedStyle(node).backgroundColor);
					if (a === 0) continue;
					layers.push([r, g, b, a]);
					if (a === 1) break;
				}
				let [r, g, b] = [255, 255, 255];
				for (const [lr, lg, lb, a] of layers.reverse()) [r, g, b] = [lr * a + r * (1 - a), lg * a + g * (1 - a), lb * a + b * (1 - a)];
				return `rgb(${r}, ${g}, ${b})`;
			};
			const box = document.querySelector(selector) as HTMLElement;
			const content = box.querySelector(".view-content") as HTMLElement;
			const lowContrast: string[] = [];
			for (const el of Array.from(box.querySelectorAll<HTMLElement>(".throughline-view *"))) {
				const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "");
				if (!own || el.getClientRects().length === 0 || el.closest("svg")) continue;
				const style = getComputedStyle(el);
				const ratio = contrast(style.color, backgroundOf(el));
				// Small secondary labels (like Obsidian's faint text) and accent buttons (Obsidian's own mod-cta measures about 4:1) need 3:1.
				const min = el.closest(".throughline-passage-where, .throughline-document-meta, .throughline-related-strength, button") ? 3 : minText;
				if (ratio < min) lowContrast.push(`${el.className || el.tagName}: "${(el.textContent ?? "").slice(0, 30)}" ${ratio.toFixed(2)}`);
			}
			const faintGraphics: string[] = [];
			for (const path of Array.from(box.querySelectorAll<SVGElement>(".throughline-sparkline-line, .throughline-chart-series"))) {
				const ratio = contrast(getComputedStyle(path).stroke, backgroundOf(path.closest("svg")));
				if (ratio < minGraphic) faintGraphics.push(`${path.getAttribute("class")}: ${ratio.toFixed(2)}`);
			}
			return { overflow: content.scrollWidth - content.clientWidth, lowContrast, faintGraphics };
		},
		{ selector: SIDEBAR, minText: MIN_TEXT_CONTRAST, minGraphic: MIN_GRAPHIC_CONTRAST },
	);
}

async function shoot(page: Page, name: string): Promise<void> {
	await page.mouse.move(1, 1); // no hover highlight in the picture
	const seen = await legibility(page);
	expect(seen.overflow, `${name}: content wider than the sidebar`).toBeLessThanOrEqual(0);
	expect(seen.lowContrast, `${name}: text without enough contrast`).toEqual([]);
	expect(seen.faintGraphics, `${name}: chart lines without enough contrast`).toEqual([]);
	const path = await screenshotSidebar(page, name);
	expect(statSync(path).size).toBeGreaterThan(2_000); // a blank 320-pixel PNG is far smaller
}

/** The README's picture: a taller sidebar, the list with one theme (the fourth) open beneath the busiest ones. */
async function shootForReadme(page: Page, expanded: string): Promise<void> {
	await page.getByRole("button", { name: `Hide passages for ${expanded}` }).click();
	const fourth = (await page.locator(`${SIDEBAR} .throughline-theme-name`).allInnerTexts())[3];
	await page.getByRole("button", { name: `Show passages for ${fourth}` }).click();
	await page.setViewportSize({ width: 900, height: 1000 });
	await shoot(page, "readme-sidebar-light");
	await page.setViewportSize({ width: 900, height: 760 });
	await page.getByRole("button", { name: `Hide passages for ${fourth}` }).click();
	await page.getByRole("button", { name: `Show passages for ${expanded}` }).click();
}

describeInBrowser("screenshots of the views in Chromium", () => {
	const open = pagePerTest();

	beforeAll(() => {
		if (existsSync(SCREENSHOT_DIR)) rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
	});

	for (const theme of ["light", "dark"] as const) {
		it(`shows the themes sidebar and the note's themes in the ${theme} theme`, async () => {
			const harness = await open({ files: sampleVault(), theme });
			const { page } = harness;
			await harness.call("openThemes");
			await shoot(page, `starter-offer-${theme}`);
			await page.getByRole("button", { name: "Install the starter themes" }).click();
			await page.waitForFunction(() => !document.querySelector(".harness-right-sidebar .throughline-notice"), undefined, { timeout: 10_000 });
			await shoot(page, `themes-list-${theme}`);
			const first = (await page.locator(`${SIDEBAR} .throughline-theme-name`).allInnerTexts())[0];
			await page.getByRole("button", { name: `Show passages for ${first}` }).click();
			await shoot(page, `themes-expanded-${theme}`);
			if (theme === "light") await shootForReadme(page, first);
			await page.getByRole("button", { name: "Show themes as a timeline" }).click();
			await shoot(page, `themes-timeline-${theme}`);
			await page.getByRole("button", { name: "Show themes as a map" }).click();
			await shoot(page, `themes-map-${theme}`);
			await harness.call("openNote", NOTE);
			await harness.call("openNoteThemes");
			await shoot(page, `note-themes-${theme}`);
		});
	}
});
