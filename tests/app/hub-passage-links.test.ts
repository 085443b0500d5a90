// @vitest-environment happy-dom
// A hub's passage in a transcript Throughline imported links to that paragraph's block id: the id is
// in the note, at the end of the paragraph the hub quotes, and following the link (as a click in
// reading view does, through openLinkText) lands on that paragraph. Removing the links restores every byte.
import { describe, expect, test } from "vitest";
import { convertImport } from "../../src/core/import/convert";
import { scalingTalkSrt } from "../fixtures/scaling-talk";
import { clickModalButton, idle, notices, openModals, removeAllLinks, run, sampleVault, startPlugin, until, vaultTexts } from "./harness";

describe("hub links into an imported transcript", () => {
	test("name the paragraph's block id, which is in the note; following one lands on the paragraph; unlinking restores every byte", async () => {
		const imported = convertImport("scaling-talk.srt", scalingTalkSrt()).notes[0];
		const notePath = `Imports/${imported.fileName}.md`;
		const original = { ...sampleVault(), [notePath]: imported.markdown };
		const loaded = await startPlugin(original);
		run(loaded.app, "link-themes-preview");
		await until(() => openModals.length > 0, "the preview modal");
		clickModalButton("Accept all");
		await until(() => notices.some((n) => n.startsWith("Wrote links in")), "the links to be written");
		await idle(loaded);

		const texts = vaultTexts(loaded.app);
		const target = notePath.slice(0, -3);
		const pattern = new RegExp(`“([^”]+)” — \\[\\[${target.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}#\\^([A-Za-z0-9-]+)\\|`, "g");
		const hubs = Object.entries(texts).filter(([path]) => path.startsWith("Themes/"));
		const links = hubs.flatMap(([path, text]) => [...text.matchAll(pattern)].map((m) => ({ hub: path, quote: m[1], id: m[2] })));
		expect(links.length).toBeGreaterThan(0);

		const noteLines = texts[notePath].split("\n");
		for (const link of links) {
			const line = noteLines.findIndex((text) => text.endsWith(` ^${link.id}`));
			expect(line, `^${link.id} in the note`).toBeGreaterThan(0);
			const quoted = link.quote.replace(/\\/g, "").replace(/…$/, "").split(" ").slice(0, 4).join(" ");
			expect(noteLines[line], "the paragraph the hub quotes").toContain(quoted);
			await loaded.app.workspace.openLinkText(`${target}#^${link.id}`, link.hub);
			const landed = loaded.app.workspace.openedLinks.at(-1);
			expect([landed?.path, landed?.line]).toEqual([notePath, line]);
		}
		expect(links.some((link) => link.id !== "t-0")).toBe(true); // not merely the top of the note

		await removeAllLinks(loaded);
		expect(vaultTexts(loaded.app)).toEqual(original);
		loaded.plugin.unload();
	});
});
