import { describe, expect, it } from "vitest";
import { ThemeIndex } from "../../../src/core/index/theme-index";
import { passageNpmi } from "../../../src/core/index/related";
import { analyze, note, theme } from "./helpers";

const THEMES = [theme("scaling", ["scaling laws"]), theme("reward-hacking", ["reward hacking"]), theme("agents", ["agent", "tool use"])];

function indexOf(notes: Array<[string, string, string]>, themes = THEMES): ThemeIndex {
	const index = new ThemeIndex(themes);
	for (const [path, body, date] of notes) index.upsert(analyze(path, note(path, body, date), themes));
	return index;
}

describe("theme figures", () => {
	const index = indexOf([
		["a.md", "The scaling laws held. Scaling laws again, and the scaling laws once more.", "2023-09-14"],
		["b.md", "Reward hacking is when scaling laws stop helping. The scaling laws and reward hacking meet.", "2023-09-30"],
		["c.md", "Scaling laws, scaling laws, scaling laws and more scaling laws.", "2024-01-02"],
		["d.md", "Nothing here about any theme at all.", "2024-02-02"],
	]);

	it("counts documents, mentions, first and last dates and months", () => {
		const scaling = index.themeStats("scaling");
		expect(scaling.documents).toBe(3);
		expect(scaling.mentions).toBe(3 + 2 + 4);
		expect(scaling.firstDate).toBe("2023-09-14");
		expect(scaling.lastDate).toBe("2024-01-02");
		expect(scaling.monthly).toEqual({ "2023-09": 2, "2024-01": 1 });
		expect(Object.keys(scaling.monthly)).toEqual(["2023-09", "2024-01"]);
		expect(index.themeDocuments("scaling")).toEqual(["a.md", "b.md", "c.md"]);
	});

	it("updates every figure on remove and rename, bumping the revision", () => {
		const copy = indexOf([
			["a.md", "The scaling laws held. Scaling laws again.", "2023-09-14"],
			["b.md", "More scaling laws and scaling laws here.", "2024-01-02"],
		]);
		const before = copy.revision;
		copy.rename("a.md", "renamed/a2.md");
		expect(copy.revision).toBeGreaterThan(before);
		expect(copy.themeDocuments("scaling")).toEqual(["b.md", "renamed/a2.md"]);
		copy.remove("b.md");
		expect(copy.themeStats("scaling").monthly).toEqual({ "2023-09": 1 });
		expect(copy.themeStats("scaling").lastDate).toBe("2023-09-14");
		expect(copy.remove("missing.md")).toBe(false);
	});

	it("ranks related documents by shared linked themes and names them", () => {
		const related = index.relatedDocuments("b.md");
		expect(related.map((r) => r.path)).toEqual(["a.md", "c.md"]);
		expect(related[0].shared).toEqual(["scaling"]);
		expect(index.relatedDocuments("d.md")).toEqual([]);
	});
});

describe("related themes", () => {
	it("corrects for how common a theme is (NPMI, not raw counts)", () => {
		// "agents" is in every passage; "scaling" and "reward-hacking" meet far more often than chance.
		const notes: Array<[string, string, string]> = [];
		for (let i = 0; i < 12; i++) notes.push([`both${i}.md`, "An agent saw scaling laws and reward hacking together, agent again.", "2024-01-01"]);
		for (let i = 0; i < 30; i++) notes.push([`agent${i}.md`, "An agent with tool use did work. The agent and the agent.", "2024-01-01"]);
		for (let i = 0; i < 6; i++) notes.push([`scale${i}.md`, "An agent read about scaling laws, with tool use.", "2024-01-01"]);
		const index = indexOf(notes);
		const forScaling = index.relatedThemes("scaling");
		expect(forScaling[0].id).toBe("reward-hacking");
		const agentsShared = index.relatedThemes("scaling", 100).find((r) => r.id === "agents");
		// By raw counts agents would win (it shares 18 passages against 12).
		expect(agentsShared === undefined || agentsShared.strength < forScaling[0].strength).toBe(true);
		for (const id of ["scaling", "reward-hacking"]) expect(index.relatedThemes(id)[0]?.id).not.toBe("agents");
	});

	it("needs a minimum support before calling themes related", () => {
		expect(passageNpmi(2, 2, 2, 1000)).toBeNull();
		expect(passageNpmi(3, 3, 3, 1000)).toBeGreaterThan(0.9);
		expect(passageNpmi(100, 100, 1000, 1000)).toBeCloseTo(0, 5); // one theme everywhere: no information
	});
});

describe("theme edits", () => {
	it("names tagged notes and notes with an inflected alias, not others", () => {
		const themes = [theme("scaling", ["scaling laws"])];
		const index = new ThemeIndex(themes);
		index.upsert(analyze("tagged.md", "---\ntags: [evals]\n---\nNothing to see.\n", themes));
		index.upsert(analyze("words.md", note("W", "We benchmarked twice."), themes));
		index.upsert(analyze("other.md", note("O", "Cats and dogs."), themes));
		const affected = index.setThemes([...themes, theme("evaluation", ["benchmark"], { tags: ["evals"] })]);
		expect(affected).toEqual(["tagged.md", "words.md"]);
		const removed = index.setThemes([theme("evaluation", ["benchmark"], { tags: ["evals"] })]);
		expect(removed).toEqual([]); // nothing mentioned scaling
	});

	it("names no note when a theme only moves to another note, yet takes the new definition", () => {
		const themes = [theme("scaling", ["scaling laws"], { path: "Themes/Scaling.md" })];
		const index = new ThemeIndex(themes);
		index.upsert(analyze("a.md", note("A", "Scaling laws again."), themes));
		const revision = index.revision;
		const moved = [{ ...themes[0], path: "Hubs/Scaling.md" }];
		expect(index.planThemes(moved)).toMatchObject({ reread: [], verify: [] });
		expect(index.themes).toEqual(moved);
		expect(index.revision).toBeGreaterThan(revision);
		expect(index.setThemes(moved)).toEqual([]);
	});
});
