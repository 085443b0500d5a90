// The starter pack on the five real seed documents: every core theme linked, nothing outside
// core ∪ mention linked, every labelled phrase inside a passage that holds a mention of its theme.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../../src/core/model";
import { compileThemes } from "../../../src/core/themes/matcher";
import { DEFAULT_SCORING, judgeDocument } from "../../../src/core/themes/scoring";
import { STARTER_THEME_IDS, starterPack } from "../../../src/core/themes/starter-pack";
import { standInSource } from "./seed-source";

const SEED_DIR = path.resolve(__dirname, "../../..", "../shared/seeds");
const REPO = path.resolve(__dirname, "../../..");
const PARSER_FILES = ["src/core/sources/index.ts", "src/cli/gray-matter-frontmatter.ts"];

interface SeedLabel {
	core: string[];
	mention: string[];
	passages: Array<{ theme: string; phrase: string; line: number | null }>;
}

type Parse = (file: string, raw: string) => SourceDocument;

/** The project's source parser when it is there, else the stand-in (frontmatter excluded, lines as passages). */
async function loadParser(): Promise<Parse> {
	if (!PARSER_FILES.every((f) => existsSync(path.join(REPO, f)))) return standInSource;
	const sources = await import(/* @vite-ignore */ path.join(REPO, PARSER_FILES[0]));
	const port = await import(/* @vite-ignore */ path.join(REPO, PARSER_FILES[1]));
	return (file, raw) => sources.parseSource(file, raw, port.grayMatterFrontmatter) as SourceDocument;
}

function phrasePattern(phrase: string): RegExp {
	const words = phrase.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]"));
	return new RegExp(words.join("[\\s*>-]+"), "gi");
}

function lineOf(raw: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (raw.charCodeAt(i) === 10) line++;
	return line;
}

describe.skipIf(!existsSync(path.join(SEED_DIR, "labels.json")))("starter pack on the seeds", () => {
	const labels = existsSync(path.join(SEED_DIR, "labels.json")) ? JSON.parse(readFileSync(path.join(SEED_DIR, "labels.json"), "utf8")) : { themes: [], documents: {} };
	const compiled = compileThemes(starterPack());

	it("has exactly the labelled theme ids", () => {
		expect([...STARTER_THEME_IDS].sort()).toEqual([...labels.themes].sort());
	});

	for (const [file, label] of Object.entries<SeedLabel>(labels.documents)) {
		it(`links ${file} as a careful reader would`, async () => {
			const parse = await loadParser();
			const raw = readFileSync(path.join(SEED_DIR, file), "utf8");
			const doc = parse(file, raw);
			const { decisions, mentions } = judgeDocument(doc, raw, compiled, DEFAULT_SCORING);
			const linked = decisions.filter((d) => d.linked).map((d) => d.themeId);
			for (const core of label.core) expect(linked, `${core} should be linked`).toContain(core);
			for (const theme of linked) expect([...label.core, ...label.mention], `${theme} should not be linked`).toContain(theme);
			for (const expected of label.passages) {
				const places = [...raw.matchAll(phrasePattern(expected.phrase))]
					.map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))
					.filter((p) => expected.line === null || lineOf(raw, p.start) === expected.line);
				const held = places.some((place) =>
					mentions.some((m) => {
						if (m.themeId !== expected.theme) return false;
						const passage = doc.passages[m.passage];
						const inPassage = passage !== undefined && passage.start <= place.start && place.end <= passage.end;
						return inPassage || (m.start < place.end && place.start < m.end);
					}),
				);
				expect(held, `'${expected.phrase}' (${expected.theme}) at line ${expected.line}`).toBe(true);
			}
		});
	}
});

describe("starter pack", () => {
	it("has sixteen themes with distinct ids, names and aliases", () => {
		const pack = starterPack();
		expect(pack).toHaveLength(16);
		expect(new Set(pack.map((t) => t.id)).size).toBe(16);
		for (const theme of pack) expect(theme.aliases.length).toBeGreaterThan(3);
	});

	it("does not let a plain everyday sentence link any theme", () => {
		const compiled = compileThemes(starterPack());
		const raw = "We worked at scale on the data, made it safe, and talked policy; the work was bigger than expected.";
		const doc = standInSource("plain.md", raw);
		const { decisions } = judgeDocument(doc, raw, compiled, DEFAULT_SCORING);
		expect(decisions.filter((d) => d.linked)).toEqual([]);
	});
});
