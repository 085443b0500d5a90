// Launches Debian's Chromium through playwright-core (no downloaded browsers here) and opens the harness
// page on a made-up origin served from memory: nothing touches the network, and IndexedDB works
// (an opaque about:blank origin has none).
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect } from "vitest";
import { harnessFiles, ROOT } from "./build";
import type { Harness } from "./entry";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const SCREENSHOT_DIR = join(ROOT, "test-output/screenshots");
const ORIGIN = "http://throughline.test";

/** Flags for a root user on a machine without network (see /work/shared/field-notes.md). */
const FLAGS = [
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	"--disable-dev-shm-usage", // containers often have a tiny /dev/shm
];

const missingMessage = `Browser tests skipped: ${CHROMIUM_PATH} is missing (apt-get install -y chromium).`;

/**
 * `describe` for a browser suite: skipped with a clear message when Chromium is absent on a
 * developer's machine, but run (and failing loudly) in CI, where it must be installed.
 */
export function describeInBrowser(name: string, body: () => void): void {
	const available = existsSync(CHROMIUM_PATH);
	if (!available && !process.env.CI) {
		console.warn(missingMessage);
		describe.skip(`${name} (${missingMessage})`, body);
		return;
	}
	describe(name, body);
}

export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(CHROMIUM_PATH)) throw new Error(`CI must install Chromium: ${CHROMIUM_PATH} is missing (.ci/run runs apt-get install -y chromium).`);
	// playwright-core gives every launch a fresh temporary profile (its own --user-data-dir).
	return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS });
}

/** One browser for every test of a file: launched before the first, closed after the last. */
export function sharedBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error("The browser did not start; see the error in beforeAll.");
		return browser;
	};
}

/** The visible texts of the elements matching `selector` inside the right sidebar. */
export function sidebarTexts(page: Page, selector: string): Promise<string[]> {
	return page.locator(`.harness-right-sidebar ${selector}`).allInnerTexts();
}

/**
 * The sidebar's text of the suggestion `phrase` (in any case), once shown: the app ranks suggestions
 * in slices after the sidebar's first draw, which draws again when they are ranked. Undefined when
 * none comes within the timeout.
 */
export async function shownSuggestion(page: Page, phrase: string, timeout = 10_000): Promise<string | undefined> {
	const wanted = phrase.toLowerCase();
	const shown = (w: string): boolean => Array.from(document.querySelectorAll(".harness-right-sidebar .throughline-suggestion-phrase")).some((el) => el.textContent?.toLowerCase() === w);
	await page.waitForFunction(shown, wanted, { timeout }).catch(() => undefined);
	return (await sidebarTexts(page, ".throughline-suggestion-phrase")).find((p) => p.toLowerCase() === wanted);
}

/** A page driven through `window.harness`, with the errors it raised. */
export interface HarnessPage {
	page: Page;
	context: BrowserContext;
	errors: string[];
	call<K extends keyof Harness>(name: K, ...args: Parameters<Harness[K]>): Promise<Awaited<ReturnType<Harness[K]>>>;
	close(): Promise<void>;
}

export interface OpenOptions {
	files: Record<string, string>;
	/** Instead of `files`: the bench's generated vault of this many notes, made in the page. */
	generated?: { seed: number; notes: number };
	theme?: "light" | "dark";
	height?: number;
}

/**
 * Opens pages in the describe block's shared browser, one a test: each is closed after its test,
 * and the test fails if the page raised errors. Call it inside `describeInBrowser`.
 */
export function pagePerTest(): (options: OpenOptions) => Promise<HarnessPage> {
	const browser = sharedBrowser();
	let harness: HarnessPage | null = null;
	afterEach(async () => {
		const errors = harness?.errors ?? [];
		await harness?.close();
		harness = null;
		expect(errors, "the page raised errors").toEqual([]);
	});
	return async (options) => (harness = await openHarness(browser(), options));
}

export async function openHarness(browser: Browser, options: OpenOptions): Promise<HarnessPage> {
	const { html, script } = await harnessFiles();
	const context = await browser.newContext({ viewport: { width: 900, height: options.height ?? 760 }, deviceScaleFactor: 1 });
	await context.route("**/*", (route) => route.abort()); // nothing leaves the machine
	await context.route(`${ORIGIN}/**`, (route) => {
		const path = new URL(route.request().url()).pathname;
		if (path === "/harness.js") return route.fulfill({ status: 200, contentType: "text/javascript", body: script });
		return route.fulfill({ status: 200, contentType: "text/html", body: html });
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on("pageerror", (error) => errors.push(error.stack ?? error.message));
	page.on("console", (message) => {
		if (message.type() === "error") errors.push(message.text());
	});
	await page.goto(`${ORIGIN}/`);
	await page.waitForFunction(() => "harness" in window);
	const call: HarnessPage["call"] = async (name, ...args) =>
		(await page.evaluate(([fn, params]) => {
			const harness = (window as unknown as { harness: Record<string, (...a: unknown[]) => unknown> }).harness;
			return harness[fn as string](...(params as unknown[]));
		}, [name, args] as const)) as never;
	if (options.generated) {
		const made = await call("startGenerated", options.generated.seed, options.generated.notes, options.theme ?? "light");
		console.log(`[large vault] ${made.files} files, ${(made.chars / 1e6).toFixed(1)} M characters, indexed in ${(made.indexMs / 1000).toFixed(1)} s (${options.theme ?? "light"})`);
	} else await call("start", options.files, options.theme ?? "light");
	return { page, context, errors, call, close: () => context.close() };
}

/** Writes a screenshot of the right sidebar to test-output/screenshots/<name>.png. */
export async function screenshotSidebar(page: Page, name: string): Promise<string> {
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	const path = join(SCREENSHOT_DIR, `${name}.png`);
	await page.locator(".harness-right-sidebar").screenshot({ path, animations: "disabled" });
	return path;
}
