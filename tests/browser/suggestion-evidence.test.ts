// A suggestion's evidence in the real sidebar (issue 16): expand it, read where and since when it
// recurs, with which themes and the sentence of each note that uses it, open a source, accept it,
// and find its forms among the new theme note's aliases. Screenshots of the expanded suggestion in the light and dark themes.
import { statSync } from "node:fs";
import { expect, it } from "vitest";
import { describeInBrowser, pagePerTest, screenshotSidebar, shownSuggestion } from "./harness/browser";
import { sampleVault } from "./harness/vaults";

const SIDEBAR = ".harness-right-sidebar";
const TERM = "speculative decoding";

/** The sample vault plus four dated notes that return to one term no theme covers, in two spellings. */
function vaultWithRecurringTerm(): Record<string, string> {
	const note = (date: string, title: string, body: string) => `---\ndate: ${date}\n---\n# ${title}\n\n${body}\n`;
	return {
		...sampleVault(),
		"Notes/Faster inference.md": note("2024-03-04", "Faster inference", "A small draft proposes tokens and the big model checks them: with speculative decoding the latency halves."),
		"Notes/Serving costs.md": note("2024-04-11", "Serving costs", "The serving team turned on speculative decoding last month, and the bill fell by a third."),
		"Notes/Reading list.md": note("2024-05-20", "Reading list", "Three papers on speculative-decoding, and one that argues the draft model matters most."),
		"Notes/Latency budget.md": note("2024-06-02", "Latency budget", "Our latency budget only works because speculative decoding hides the big model's cost."),
	};
}

describeInBrowser("a suggestion's evidence in Chromium", () => {
	const open = pagePerTest();

	for (const theme of ["light", "dark"] as const) {
		it(`shows where a suggestion recurs, and accepting it writes every form as an alias (${theme})`, async () => {
			const harness = await open({ files: vaultWithRecurringTerm(), theme });
			const { page } = harness;
			await harness.call("openThemes");
			const phrase = await shownSuggestion(page, TERM);
			expect(phrase, `"${TERM}" recurs in four notes and should be suggested`).toBeTruthy();
			if (!phrase) return;
			await page.getByRole("button", { name: `Show where "${phrase}" recurs` }).click();
			const evidence = page.locator(`${SIDEBAR} .throughline-suggestion-evidence`);
			await evidence.waitFor({ timeout: 10_000 });
			expect(await evidence.locator(".throughline-suggestion-summary").innerText()).toMatch(/^In 4 sources since March 2024/);
			expect(await evidence.innerText()).toContain("speculative-decoding");
			const sources = await evidence.locator(".throughline-suggestion-source .throughline-document-title").allInnerTexts();
			expect(sources).toEqual(expect.arrayContaining(["Latency budget", "Faster inference"]));
			const quote = evidence.locator(".throughline-suggestion-source", { hasText: "Latency budget" }).locator(".throughline-suggestion-quote");
			await quote.waitFor({ timeout: 10_000 }); // read from the note's text once the row is open
			expect(await quote.innerText()).toBe("Our latency budget only works because speculative decoding hides the big model's cost.");
			expect(await quote.locator(".throughline-highlight").innerText()).toBe("speculative decoding");
			const hyphenated = evidence.locator(".throughline-suggestion-source", { hasText: "Reading list" }).locator(".throughline-highlight");
			expect(await hyphenated.innerText()).toBe("speculative-decoding");
			const spaced = evidence.locator(".throughline-suggestion-source", { hasText: "Serving costs" }).locator(".throughline-muted");
			expect(await spaced.innerText()).toContain("“speculative decoding”"); // each source is labelled with the form it writes
			await evidence.scrollIntoViewIfNeeded();
			await page.mouse.move(1, 1); // no hover highlight in the picture
			const shot = await screenshotSidebar(page, `suggestion-evidence-${theme}`);
			expect(statSync(shot).size).toBeGreaterThan(2_000);

			const before = await harness.call("files");
			await page.getByRole("button", { name: `Create a theme for "${phrase}"` }).click();
			await page.waitForFunction((count) => (window as unknown as { harness: { files(): string[] } }).harness.files().length > count, before.length);
			const created = (await harness.call("files")).filter((path) => path.toLowerCase() === `themes/${TERM}.md`);
			expect(created).toHaveLength(1);
			const text = await harness.call("read", created[0]);
			const aliases = text.slice(text.indexOf("aliases:"), text.indexOf("\n---"));
			expect(aliases).toContain('"speculative-decoding"'); // the other form; the shown one is the note's name
		});
	}
});
