import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildScanReport } from "../../../src/core/index/scan-report";
import { ThemeIndex } from "../../../src/core/index/theme-index";
import { starterPack } from "../../../src/core/themes/starter-pack";
import { analyze, note, theme } from "./helpers";

const THEMES = [theme("scaling", ["scaling laws"]), theme("data", ["training data"])];

describe("scan report", () => {
	const rawA = note("A", "The scaling laws held.\n\nScaling laws again, with training data.", "2023-09-14");
	const index = new ThemeIndex(THEMES);
	index.upsert(analyze("notes/a.md", rawA, THEMES));
	index.upsert(analyze("b.md", note("B", "Nothing relevant."), THEMES));
	const report = buildScanReport(index, "/vault", { files: 2, bytes: 123, ms: 4 });

	it("has exactly the keys of the headless contract", () => {
		expect(Object.keys(report)).toEqual(["vault", "stats", "documents", "themes", "suggestions"]);
		expect(report.stats).toEqual({ files: 2, bytes: 123, ms: 4 });
		expect(Object.keys(report.documents[0])).toEqual(["path", "kind", "format", "title", "author", "date", "url", "words", "problems", "themes"]);
		expect(Object.keys(report.themes[0])).toEqual(["id", "name", "documents", "linkedDocuments", "mentions", "monthly", "related"]);
		expect(report.documents.map((d) => d.path)).toEqual(["b.md", "notes/a.md"]);
	});

	it("lists every theme with a mention, with passages pointing at the match on disk", () => {
		const doc = report.documents[1];
		const scaling = doc.themes.find((t) => t.id === "scaling");
		expect(scaling).toBeDefined();
		expect(Object.keys(scaling ?? {})).toEqual(["id", "name", "score", "mentions", "linked", "why", "passages"]);
		expect(scaling?.mentions).toBe(scaling?.passages.length);
		const lines = rawA.split("\n");
		for (const passage of scaling?.passages ?? []) {
			expect(lines[passage.line - 1].slice(passage.col - 1, passage.col - 1 + passage.match.length)).toBe(passage.match);
			expect(passage.text).toContain(passage.match);
		}
		expect(report.documents[0].themes).toEqual([]);
		expect(report.themes.find((t) => t.id === "scaling")?.monthly).toEqual({ "2023-09": 1 });
	});

	it("computes snippets the index did not keep from the note's text when it can", () => {
		const dense = note("Dense", Array.from({ length: 40 }, (_, i) => `Point ${i} on scaling laws.`).join("\n\n"));
		const denseIndex = new ThemeIndex(THEMES);
		denseIndex.upsert(analyze("dense.md", dense, THEMES));
		const withText = buildScanReport(denseIndex, "/v", { files: 1, bytes: 0, ms: 0 }, { readText: () => dense });
		const passages = withText.documents[0].themes[0].passages;
		expect(passages.length).toBe(40);
		expect(passages[39].text).toContain("Point 39 on scaling laws");
	});
});

const SEEDS = path.resolve(__dirname, "../../../../shared/seeds");

describe.skipIf(!existsSync(SEEDS))("scan report on the seeds", () => {
	it("reports every labelled passage at its line", () => {
		const labels = JSON.parse(readFileSync(path.join(SEEDS, "labels.json"), "utf8")) as {
			documents: Record<string, { passages: Array<{ theme: string; phrase: string; line: number | null }> }>;
		};
		const themes = starterPack();
		const index = new ThemeIndex(themes);
		for (const file of readdirSync(SEEDS).filter((f) => f.endsWith(".txt"))) index.upsert(analyze(file, readFileSync(path.join(SEEDS, file), "utf8"), themes));
		const report = buildScanReport(index, SEEDS, { files: 5, bytes: 0, ms: 0 }, { readText: (p) => readFileSync(path.join(SEEDS, p), "utf8") });
		for (const [file, expected] of Object.entries(labels.documents)) {
			const doc = report.documents.find((d) => d.path === file);
			for (const label of expected.passages) {
				const passages = doc?.themes.find((t) => t.id === label.theme)?.passages ?? [];
				const phrase = label.phrase.toLowerCase();
				const found = passages.filter((p) => (label.line === null || p.line === label.line) && p.text.toLowerCase().includes(phrase));
				expect(found.length, `${file} ${label.theme} "${label.phrase}" line ${label.line}`).toBeGreaterThan(0);
			}
		}
	});
});
