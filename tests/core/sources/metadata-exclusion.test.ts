// Metadata blocks (Readwise Official `## Metadata`, Snipd `## Episode metadata`, Logseq `key:: value`
// properties, the Kindle plugin's header) and the `#` title line are neither passages nor matched text.

import { describe, expect, it } from "vitest";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import type { SourceDocument } from "../../../src/core/model";
import { insideRanges, parseSource, readableText } from "../../../src/core/sources";

interface Row {
	name: string;
	text: string;
	format: string;
	/** Lines that must be wholly excluded and lie in no passage. */
	hidden: string[];
	/** A phrase that must still be read as a passage. */
	kept: string;
}

const TOY_MODELS = [
	"# Toy Models of Superposition",
	"",
	"## Metadata",
	"- Author: Elhage et al.",
	"- Full Title: Toy Models of Superposition",
	"- Category: #articles",
	"- URL: https://example.org/toy-models-of-superposition",
	"",
	"## Highlights",
	"- Neural networks pack more features than dimensions, a phenomenon we call superposition. ([View Highlight](https://read.readwise.io/read/1))",
	"",
].join("\n");

const TABLE: Row[] = [
	{ name: "Readwise Official", text: TOY_MODELS, format: "readwise-official", hidden: ["# Toy Models of Superposition", "## Metadata", "- Author: Elhage et al.", "- Full Title: Toy Models of Superposition", "- Category: #articles", "- URL: https://example.org/toy-models-of-superposition"], kept: "a phenomenon we call superposition" },
	{ name: "Readwise Official, CRLF", text: TOY_MODELS.replace(/\n/g, "\r\n"), format: "readwise-official", hidden: ["# Toy Models of Superposition", "- Full Title: Toy Models of Superposition"], kept: "a phenomenon we call superposition" },
	{
		name: "Snipd episode metadata",
		text: "# The Data Wall\n\n## Episode metadata\n- Episode title: The Data Wall\n- Show: Machine Talk\n- Episode publish date: 2024-02-29\n\n## Snips\n### Synthetic data\n\n🎧 06:20 - 07:20 (01:00)\n\nSynthetic data helps only when a verifier checks it.\n",
		format: "snipd",
		hidden: ["# The Data Wall", "## Episode metadata", "- Episode title: The Data Wall", "- Show: Machine Talk"],
		kept: "Synthetic data helps only when a verifier checks it",
	},
	{
		name: "Logseq properties",
		text: "title:: Open Weights\nauthor:: [[Maya Example]]\ncategory:: #articles\n\n- Highlights first synced by [[Readwise]]\n\t- Open weights let anyone study a model. ([View Highlight](https://read.readwise.io/read/1))\n",
		format: "readwise-logseq",
		hidden: ["title:: Open Weights", "author:: [[Maya Example]]", "category:: #articles"],
		kept: "Open weights let anyone study a model",
	},
	{
		name: "Kindle plugin header",
		text: "---\nkindle-sync:\n  title: Superforecasting\n---\n# Superforecasting\n\n## Metadata\n* Author: [Phil Example](https://www.amazon.com/s?k=Phil)\n* ASIN: B00RKO6MS8\n\n## Highlights\nForecasters who update often beat the pundits. — location: [112](kindle://book?location=112) ^ref-1\n",
		format: "kindle",
		hidden: ["# Superforecasting", "## Metadata", "* Author: [Phil Example](https://www.amazon.com/s?k=Phil)", "* ASIN: B00RKO6MS8"],
		kept: "Forecasters who update often beat the pundits",
	},
	{
		name: "whisper YouTube header",
		text: "---\nDate Generated: June 01, 2024\nTranscription Model: whisper\n---\n\n# Compute and Energy\n**Example Podcast:** [March 05, 2024](https://www.youtube.com/watch?v=AbCdEf12345)\n*  so the thing about compute is that it keeps getting cheaper\n*  and the labs keep buying more of it\n",
		format: "whisper-youtube",
		hidden: ["# Compute and Energy", "**Example Podcast:** [March 05, 2024](https://www.youtube.com/watch?v=AbCdEf12345)"],
		kept: "the thing about compute",
	},
];

function wholeReadable(raw: string, document: SourceDocument): string {
	return readableText(raw, { start: 0, end: raw.length }, document.excluded);
}

describe("metadata blocks and the title line are left out of passages and matching", () => {
	it.each(TABLE)("$name", ({ text, format, hidden, kept }) => {
		const document = parseSource("Notes/untitled.md", text, grayMatterFrontmatter);
		expect(document.format).toBe(format);
		for (const line of hidden) {
			const start = text.indexOf(line);
			expect(start, line).toBeGreaterThanOrEqual(0);
			for (let offset = start; offset < start + line.length; offset++) expect(insideRanges(document.excluded, offset), `${line} @${offset - start}`).toBe(true);
			for (const passage of document.passages) expect(passage.end <= start || passage.start >= start + line.length, `a passage overlaps ${line}`).toBe(true);
		}
		const passages = document.passages.map((passage) => readableText(text, passage, document.excluded));
		expect(passages.some((passage) => passage.includes(kept))).toBe(true);
		expect(wholeReadable(text, document)).toContain(kept);
	});

	it("reads the metadata it hides (title, author, URL)", () => {
		const document = parseSource("Readwise/x.md", TOY_MODELS, grayMatterFrontmatter);
		expect([document.title, document.author, document.url]).toEqual(["Toy Models of Superposition", "Elhage et al.", "https://example.org/toy-models-of-superposition"]);
	});

	it("leaves 'superposition' matchable only where a highlight says it", () => {
		const document = parseSource("Readwise/x.md", TOY_MODELS, grayMatterFrontmatter);
		const matchable = wholeReadable(TOY_MODELS, document).toLowerCase().match(/superposition/g) ?? [];
		expect(matchable).toHaveLength(1);
	});
});

describe("a title taken from the first line", () => {
	it.each([
		["Why __init__ runs twice\n\nBody text here.\n", "Why __init__ runs twice"],
		["**Bold title** and window.__xss\n\nBody.\n", "Bold title and window.__xss"],
	])("%j is titled %j", (text, title) => expect(parseSource("n.md", text, grayMatterFrontmatter).title).toBe(title));
});
