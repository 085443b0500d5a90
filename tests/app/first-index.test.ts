// @vitest-environment happy-dom
// After the first index pass over a vault, one notice says what it found (sources by kind, themes
// linked, suggestions, that nothing was written) with a button to the themes sidebar; the plugin's
// settings remember it, so later starts and rebuilds stay quiet.
import { describe, expect, test } from "vitest";
import { DOCUMENT_KINDS } from "../../src/core/model";
import { THEMES_VIEW_TYPE } from "../../src/ui/themes-view";
import { MANIFEST, idle, notices, run, sampleVault, shownNotices, startPlugin, until, vaultTexts, type Loaded } from "./harness";

const FIRST_INDEX = "Throughline indexed your vault";

function summaryNotices(): typeof shownNotices {
	return shownNotices.filter((notice) => notice.message.startsWith(FIRST_INDEX));
}

function savedData(loaded: Loaded): Record<string, unknown> {
	return JSON.parse(loaded.app.fake.pluginData.get(MANIFEST.id) ?? "null") as Record<string, unknown>;
}

describe("the first index pass on a vault", () => {
	test("ends with one notice of what was found, and nothing was written to the notes", async () => {
		const original = sampleVault();
		const loaded = await startPlugin(original);
		await until(() => summaryNotices().length > 0, "the first-index notice");
		expect(summaryNotices()).toHaveLength(1);
		const [notice] = summaryNotices();
		const index = loaded.internals.index.engine.index;
		const records = index.documents();
		expect(records.length).toBeGreaterThan(0);
		for (const kind of DOCUMENT_KINDS) {
			const count = records.filter((record) => record.kind === kind).length;
			if (count > 0) expect(notice.message, kind).toMatch(new RegExp(`\\b${count} ${kind === "note" ? "notes? of your own" : kind.replace(/s$/, "")}`));
		}
		const linked = index.allThemeStats().filter((stats) => stats.linkedDocuments > 0).length;
		expect(linked).toBeGreaterThan(0);
		expect(notice.message).toContain(`${linked} of ${index.themes.length} starter themes linked to your notes`);
		const suggestions = index.suggestions().length;
		expect(notice.message).toContain(suggestions === 0 ? "; no new theme to suggest yet." : `; ${suggestions} suggested theme`);
		expect(notice.message).toContain("Nothing was written to your notes");
		expect(notice.duration).toBe(0); // stays until dismissed: it is shown once
		expect(vaultTexts(loaded.app)).toEqual(original);
		expect(savedData(loaded).firstIndexAnnounced).toBe(true);
	});

	test("its button opens the themes sidebar", async () => {
		const loaded = await startPlugin(sampleVault());
		await until(() => summaryNotices().length > 0, "the first-index notice");
		expect(loaded.app.workspace.getLeavesOfType(THEMES_VIEW_TYPE)).toHaveLength(0);
		const button = Array.from(summaryNotices()[0].messageEl.querySelectorAll("button")).find((b) => b.textContent === "Open themes sidebar");
		expect(button).toBeDefined();
		button?.click();
		await until(() => loaded.app.workspace.getLeavesOfType(THEMES_VIEW_TYPE).length === 1, "the themes sidebar");
	});

	test("is never announced again: not on a rebuild, not on the next start", async () => {
		const files = sampleVault();
		const first = await startPlugin(files);
		await until(() => summaryNotices().length > 0, "the first-index notice");
		run(first.app, "rebuild-index");
		await until(() => notices.includes("Themes index rebuilt."), "the rebuild");
		await idle(first);
		expect(summaryNotices()).toHaveLength(1);
		const data = savedData(first);
		first.plugin.unload();
		const again = await startPlugin(files, data);
		await idle(again);
		expect(again.internals.index.engine.index.documents().length).toBeGreaterThan(0); // it did index
		expect(summaryNotices()).toEqual([]);
	});

	test("is not announced to a reader whose settings an earlier version saved: that vault was indexed long ago", async () => {
		const loaded = await startPlugin(sampleVault(), { version: 1, themesFolder: "Themes", linkMode: "hub" });
		await idle(loaded);
		expect(loaded.internals.index.engine.index.documents().length).toBeGreaterThan(0);
		expect(summaryNotices()).toEqual([]);
	});
});
