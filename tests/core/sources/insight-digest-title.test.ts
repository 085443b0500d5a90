// An insight digest's header line ("We scan new podcasts and send you the top 5 insights daily.") is
// boilerplate: never its title, never a passage, never matched. The title comes from frontmatter or the file name.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import { parseSource, readableText } from "../../../src/core/sources";
import { SEED_DIR } from "./fixture-reading";

const HEADER = "We scan new podcasts and send you the top 5 insights daily.";
const INSIGHTS = [
	"Reasoning models spend more compute at test time, and the gains follow a smooth curve much like the pre-training scaling laws.",
	"Evaluations saturate quickly because labs optimise against them, so a benchmark is most useful in the months right after release.",
	"Agents fail less from lack of knowledge than from losing track of long tasks, which makes memory the real bottleneck for them.",
].join("\n");

const TABLE: Array<{ name: string; path: string; text: string; title: string }> = [
	{ name: "no frontmatter: the file name", path: "Inbox/Daily insights 2024-05-01.md", text: `${HEADER}\n${INSIGHTS}\n`, title: "Daily insights 2024-05-01" },
	{ name: "a .txt file name", path: "digest.txt", text: `${HEADER}\n${INSIGHTS}`, title: "digest" },
	{ name: "CRLF and a byte-order mark", path: "Podcasts/Top insights.md", text: `\ufeff${HEADER}\r\n${INSIGHTS.replace(/\n/g, "\r\n")}\r\n`, title: "Top insights" },
	{ name: "frontmatter title wins", path: "x/y.md", text: `---\ntitle: Insights on evaluation\n---\n${HEADER}\n${INSIGHTS}\n`, title: "Insights on evaluation" },
];

describe("insight digest titles and headers", () => {
	it.each(TABLE)("$name", ({ path: where, text, title }) => {
		const document = parseSource(where, text, grayMatterFrontmatter);
		expect(document.kind).toBe("insights");
		expect(document.title).toBe(title);
		const passages = document.passages.map((passage) => readableText(text, passage, document.excluded));
		expect(passages).toHaveLength(3);
		expect(passages.join(" ")).not.toContain("We scan");
		expect(readableText(text, { start: 0, end: text.length }, document.excluded)).not.toContain("We scan");
	});

	it("detects the same way whatever the path", () => {
		const text = `${HEADER}\n${INSIGHTS}\n`;
		const read = ["a.md", "Deep/Folder/b.txt"].map((where) => parseSource(where, text, grayMatterFrontmatter));
		expect(read.map((document) => [document.kind, document.format, document.passages.length])).toEqual([
			["insights", "insight-digest", 3],
			["insights", "insight-digest", 3],
		]);
	});
});

const SEED = path.join(SEED_DIR, "002_c296aa48bde4515e.txt");

describe.skipIf(!existsSync(SEED))("the insight digest seed", () => {
	it("takes its title from the file name and leaves its header out", () => {
		const raw = readFileSync(SEED, "utf8");
		const document = parseSource("002_c296aa48bde4515e.txt", raw, grayMatterFrontmatter);
		expect(document.title).toBe("002_c296aa48bde4515e");
		const header = raw.slice(0, raw.indexOf("\n"));
		expect(readableText(raw, { start: 0, end: raw.length }, document.excluded)).not.toContain(header);
	});
});
