import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import { LineIndex, parseSource, readableText } from "../../../src/core/sources";
import { SEED_DIR } from "./fixture-reading";

interface SeedLabel {
	kind: string;
	title?: string[];
	author?: string;
	date?: string;
	passages: Array<{ phrase: string; line: number | null }>;
}

const labelsPath = path.join(SEED_DIR, "labels.json");
const labels: Record<string, SeedLabel> = existsSync(labelsPath) ? (JSON.parse(readFileSync(labelsPath, "utf8")) as { documents: Record<string, SeedLabel> }).documents : {};
const squash = (text: string): string => text.replace(/\s+/g, " ").toLowerCase();

describe.skipIf(!existsSync(labelsPath))("the seed documents read as labels.json says", () => {
	it.each(Object.entries(labels))("%s", (name, label) => {
		const raw = readFileSync(path.join(SEED_DIR, name), "utf8");
		const document = parseSource(name, raw, grayMatterFrontmatter);
		expect(document.kind).toBe(label.kind);
		expect(document.problems).toEqual([]);
		if (label.title) expect(label.title).toContain(document.title);
		if (label.author) expect(document.author).toBe(label.author);
		if (label.date) expect(document.date).toBe(label.date);
		const lines = new LineIndex(raw);
		for (const { phrase, line } of label.passages) {
			const holders = document.passages.filter((passage) => {
				if (!squash(readableText(raw, passage, document.excluded)).includes(squash(phrase))) return false;
				if (line === null) return true;
				return lines.position(passage.start).line <= line && line <= lines.position(passage.end).line;
			});
			expect(holders.length, `"${phrase}" at line ${line}`).toBeGreaterThan(0);
		}
	});

	it("keeps the seed's quoteback footer and frontmatter out of its passages", () => {
		const name = "000_cc208ff5055dd8a6.txt";
		const raw = readFileSync(path.join(SEED_DIR, name), "utf8");
		const document = parseSource(name, raw, grayMatterFrontmatter);
		const text = document.passages.map((passage) => readableText(raw, passage, document.excluded)).join(" ");
		expect(text).not.toContain("Source");
		expect(text).not.toContain("FROM:");
		expect(document.tags).toEqual(expect.arrayContaining(["emergence", "ai"]));
	});

	it("cuts the raw speech seed into readable passages of sensible length", () => {
		const name = "001_7ae287205e0f8f5d.txt";
		const raw = readFileSync(path.join(SEED_DIR, name), "utf8");
		const document = parseSource(name, raw, grayMatterFrontmatter);
		const counts = document.passages.map((passage) => readableText(raw, passage).split(" ").length);
		expect(counts.length).toBeGreaterThan(10);
		for (const count of counts.slice(0, -1)) {
			expect(count).toBeGreaterThanOrEqual(40);
			expect(count).toBeLessThanOrEqual(120);
		}
	});
});
