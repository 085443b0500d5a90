// The passages a chart opens, and a theme's passages a page at a time, read from a real index.
import { describe, expect, it } from "vitest";
import { ThemeIndex } from "../../src/core/index/theme-index";
import { pairDetail, periodDetail, sliceDetail } from "../../src/obsidian/slice-data";
import { themeDetail } from "../../src/obsidian/view-data";
import { analyze, note, theme } from "../core/index/helpers";

const THEMES = [theme("scaling", ["scaling laws", "chinchilla"]), theme("compute", ["gpus", "training run"])];

function vault(): ThemeIndex {
	const index = new ThemeIndex(THEMES);
	const add = (path: string, body: string, date: string) => index.upsert(analyze(path, note(path.replace(/\.md$/, ""), body, date), THEMES));
	add("both-march.md", "Scaling laws say a bigger training run pays.\n\nLater, an unrelated paragraph about gardens.\n\nChinchilla again, on its own.", "2024-03-05");
	add("scaling-march.md", "Scaling laws held once more this spring.", "2024-03-20");
	add("scaling-may.md", "Chinchilla and scaling laws, revisited.", "2024-05-02");
	add("apart.md", "Scaling laws first.\n\nThen, far apart, the gpus arrived.", "2024-04-11");
	return index;
}

describe("periodDetail", () => {
	it("holds the theme's notes dated in the months, newest first, and only the first page", () => {
		const index = vault();
		expect(periodDetail(index, "scaling", "2024-03", "2024-03", 10).documents.map((d) => d.path)).toEqual(["scaling-march.md", "both-march.md"]);
		const quarter = periodDetail(index, "scaling", "2024-03", "2024-05", 2);
		expect(quarter.documents.map((d) => d.path)).toEqual(["scaling-may.md", "apart.md"]);
		expect(quarter.totalDocuments).toBe(4);
		expect(periodDetail(index, "scaling", "2023-01", "2023-12", 10).documents).toEqual([]);
	});
});

describe("pairDetail", () => {
	it("holds only the passages where both themes are mentioned, with the match highlighted", () => {
		const detail = sliceDetail(vault(), { kind: "pair", themeIds: ["scaling", "compute"] }, 10);
		expect(detail.documents.map((d) => d.path)).toEqual(["both-march.md"]); // "apart.md" mentions them in different passages
		const [passage] = detail.documents[0].passages;
		expect(detail.documents[0].passages).toHaveLength(1);
		expect(passage.text.slice(passage.matchStart, passage.matchEnd).toLowerCase()).toMatch(/scaling laws|training run/);
		expect(pairDetail(vault(), "compute", "scaling", 10).documents.map((d) => d.path)).toEqual(["both-march.md"]);
	});
});

describe("themeDetail", () => {
	it("reads passages for the first page of documents only and says how many there are", () => {
		const index = vault();
		const all = themeDetail(index, "scaling");
		expect(all.documents).toHaveLength(4);
		const page = themeDetail(index, "scaling", 3);
		expect(page.documents.map((d) => d.path)).toEqual(all.documents.slice(0, 3).map((d) => d.path));
		expect(page.totalDocuments).toBe(4);
	});
});
