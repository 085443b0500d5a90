// In a real Chromium: the hub Throughline writes links a passage of a transcript it imported to that
// paragraph's block id; clicking the link (as reading view shows it) opens the note on that paragraph.
import { expect, it } from "vitest";
import { convertImport } from "../../src/core/import/convert";
import { scalingTalkSrt } from "../fixtures/scaling-talk";
import { describeInBrowser, pagePerTest } from "./harness/browser";
import { sampleVault } from "./harness/vaults";

describeInBrowser("hub passage links in Chromium", () => {
	const open = pagePerTest();

	it("a click on a hub passage in an imported transcript lands on the paragraph its block id names", async () => {
		const note = convertImport("scaling-talk.srt", scalingTalkSrt()).notes[0];
		const notePath = `Imports/${note.fileName}.md`;
		const harness = await open({ files: { ...sampleVault(), [notePath]: note.markdown } });
		const h = harness;
		expect(await h.call("runCommand", "throughline:link-themes-preview")).toBe(true);
		await h.page.locator("button", { hasText: /^Accept all$/ }).click();
		await h.page.waitForFunction(() => (window as unknown as { harness: { notices(): string[] } }).harness.notices().some((n) => n.startsWith("Wrote links in")));
		await h.call("idle");
		const target = `${notePath.slice(0, -3)}#^`;
		const hubs = (await h.call("files")).filter((path) => path.startsWith("Themes/"));
		let hub: string | undefined;
		for (const path of hubs) if ((await h.call("read", path)).includes(`[[${target}`)) hub = path;
		expect(hub, "a hub links into the transcript").toBeDefined();
		await h.call("showLinks", hub as string);
		const link = h.page.locator(`.harness-note a.internal-link[data-href^="${target}t-"]:not([data-href$="^t-0"])`).first();
		const href = (await link.getAttribute("data-href")) ?? "";
		await link.click();
		await h.page.waitForFunction((wanted) => (window as unknown as { harness: { openedLinks(): { linktext: string }[] } }).harness.openedLinks().some((l) => l.linktext === wanted), href);
		const landed = (await h.call("openedLinks")).at(-1);
		const lines = (await h.call("read", notePath)).split("\n");
		const id = href.slice(href.indexOf("#^") + 2);
		expect(landed?.path).toBe(notePath);
		expect(landed?.line).toBe(lines.findIndex((line) => line.endsWith(` ^${id}`)));
		expect(lines[landed?.line ?? 0]).toMatch(/scaling|Chinchilla/);
	});
});
