// What a change of settings asks of the index, one field at a time.
import { describe, expect, it } from "vitest";
import { migrateSettings, type ThroughlineSettings } from "../../src/core/settings";
import { settingsChange } from "../../src/obsidian/settings-change";

const base = (): ThroughlineSettings => migrateSettings(null);
const changed = (patch: Partial<ThroughlineSettings>): ThroughlineSettings => ({ ...base(), ...patch });

describe("a change of settings", () => {
	const cases: Array<[string, Partial<ThroughlineSettings>, { judgedAgain: boolean; sourcesMoved: boolean; excluded: string[] }]> = [
		["nothing", {}, { judgedAgain: false, sourcesMoved: false, excluded: [] }],
		["the themes folder", { themesFolder: "Ideas" }, { judgedAgain: true, sourcesMoved: true, excluded: [] }],
		["the link threshold", { linkThreshold: base().linkThreshold + 1 }, { judgedAgain: true, sourcesMoved: true, excluded: [] }],
		["the inbox folder", { inboxFolder: "Incoming" }, { judgedAgain: false, sourcesMoved: true, excluded: [] }],
		["the excluded folders", { excludedFolders: ["Private"] }, { judgedAgain: false, sourcesMoved: true, excluded: [] }],
		["an exclusion added", { excludedThemesByNote: { "a.md": ["scaling"] } }, { judgedAgain: false, sourcesMoved: false, excluded: ["a.md"] }],
	];
	it.each(cases)("%s", (_name, patch, expected) => {
		expect(settingsChange(base(), changed(patch))).toEqual(expected);
	});

	it("names a note whose exclusions were removed or reordered, not one whose exclusions stayed", () => {
		const before = changed({ excludedThemesByNote: { "a.md": ["scaling", "data"], "b.md": ["agents"], "c.md": ["data"] } });
		const after = changed({ excludedThemesByNote: { "a.md": ["data", "scaling"], "c.md": ["data"] } });
		expect(settingsChange(before, after).excluded.sort()).toEqual(["a.md", "b.md"]);
	});
});
