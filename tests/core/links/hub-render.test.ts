import { describe, expect, it } from "vitest";
import { BLOCK_END, BLOCK_START, passageLink, renderHubBlock, shortenQuote, themeNotePath } from "../../../src/core/links/hub-render";
import { escapeInline, noteLink } from "../../../src/core/links/escape";
import { DATA, SAMPLE_HUB, SCALING, hub, source } from "./fixtures";

const OPTIONS = { themesFolder: "Themes" };

/** Every wikilink in the text, as the target before `|`. */
function wikilinkTargets(text: string): string[] {
	return [...text.matchAll(/\[\[([^\]|]*)(?:\|[^\]]*)?\]\]/g)].map((m) => m[1]);
}

describe("renderHubBlock", () => {
	const block = renderHubBlock(SAMPLE_HUB, OPTIONS);
	const lines = block.split("\n");

	it("starts and ends with the fixed markers and has no final line break", () => {
		expect(lines[0]).toBe(BLOCK_START);
		expect(lines[lines.length - 1]).toBe(BLOCK_END);
		expect(block.endsWith("\n")).toBe(false);
	});

	it("opens with a summary: how many sources, over which dates, of which kinds", () => {
		expect(lines.slice(2, 5)).toEqual(["## Summary", "", "3 sources from 2021-01-01 to 2024-03-01: 2 highlights notes, 1 transcript."]);
	});

	it("quotes the best passage of each of the strongest sources in the summary, linked by the source's title", () => {
		const from = lines.indexOf("Strongest passages:");
		expect(from).toBeGreaterThan(0);
		expect(lines.slice(from + 1, from + 3)).toEqual([
			"- \\[12:34\\] “we just scaled it up” — [[Podcasts/Dwarkesh|Dwarkesh on scale]]",
			"- “Scaling laws keep holding” — [[Readwise/Import AI 343#^abc123|Import AI 343]]",
		]);
		expect(lines[from + 3]).toBe(""); // the older source has no passage to quote
	});

	it("lists the sources strongest first, each with its kind and date; equal strength newest first", () => {
		const sources = lines.indexOf("## Sources (3)");
		expect(sources).toBeGreaterThan(lines.indexOf("## Summary"));
		const entries = lines.filter((l) => l.startsWith("- [[") && lines.indexOf(l) > sources && !l.includes("Themes/"));
		expect(entries).toEqual([
			"- [[Podcasts/Dwarkesh|Dwarkesh on scale]] · transcript · 2024-03-01",
			"- [[Readwise/Import AI 343|Import AI 343]] · highlights · 2023-09-12",
			"- [[Readwise/Older|Older]] · highlights · 2021-01-01",
		]);
		const stronger = hub(SCALING, [source({ path: "Weak.md", score: 0.2, date: "2025-01-01" }), source({ path: "Strong.md", score: 0.9, date: "2020-01-01" })]);
		const order = renderHubBlock(stronger, OPTIONS).split("\n").filter((l) => l.startsWith("- [[") && l.includes("· highlights"));
		expect(order.map((l) => l.slice(0, l.indexOf("|")))).toEqual(["- [[Strong", "- [[Weak"]);
	});

	it("at sixty sources quotes three passages for the ten strongest and one for the rest", () => {
		const passages = [1, 2, 3].map((n) => ({ line: n, col: 1, quote: `passage ${n}` }));
		const many = hub(SCALING, Array.from({ length: 60 }, (_, i) => source({ path: `S/${String(i).padStart(2, "0")}.md`, score: 1 - i / 100, passages })));
		const rendered = renderHubBlock(many, OPTIONS).split("\n");
		const quotedUnder = (name: string): number => {
			const at = rendered.findIndex((l) => l.startsWith(`- [[S/${name}|`));
			let n = 0;
			while (rendered[at + 1 + n]?.startsWith("\t- ")) n++;
			return n;
		};
		expect([quotedUnder("00"), quotedUnder("09"), quotedUnder("10"), quotedUnder("59")]).toEqual([3, 3, 1, 1]);
		expect(rendered).toContain("60 sources: 60 highlights notes.");
	});

	it("quotes at most three passages, each linking to the block id, heading or line", () => {
		const passages = lines.filter((l) => l.startsWith("\t- ") && l.includes("Import AI 343"));
		expect(passages).toEqual([
			"\t- “Scaling laws keep holding” — [[Readwise/Import AI 343#^abc123|passage]]",
			"\t- “Compute doubles” — [[Readwise/Import AI 343#Compute|Compute]]",
			"\t- “third” — [[Readwise/Import AI 343|line 30]]",
		]);
		expect(block).not.toContain("fourth");
	});

	it("shows a transcript passage's timestamp", () => {
		expect(block).toContain("\t- \\[12:34\\] “we just scaled it up” — [[Podcasts/Dwarkesh|line 123]]");
	});

	it("lists related themes by the sources linked to both, a starter-pack theme linked where its note would be", () => {
		const related = lines.slice(lines.indexOf("## Related themes"));
		expect(related[2]).toBe("- [[Themes/Data|Data]] · 7 sources linked to both");
		expect(related[3]).toBe("- [[Themes/Agents|Agents]] · 1 source linked to both");
		expect(block).not.toContain("strength");
	});

	it("is the same whatever order the sources come in", () => {
		const shuffled = hub(SCALING, [...SAMPLE_HUB.sources].reverse(), [...SAMPLE_HUB.related].reverse());
		expect(renderHubBlock(shuffled, OPTIONS)).toBe(block);
	});

	it("says so when no source is linked yet", () => {
		expect(renderHubBlock(hub(SCALING, []), OPTIONS)).toContain("_No sources are linked to this theme yet._");
	});
});

describe("escaping what sources say", () => {
	const hostile = "]] [[Evil]] | #tag ^block %% throughline:end %% <b>x</b> `code` $x$";
	const block = renderHubBlock(
		hub(SCALING, [source({ path: "Notes/Plain.md", title: hostile, passages: [{ line: 1, col: 1, quote: hostile, heading: "A #b | c ^d" }] })]),
		OPTIONS,
	);

	it("lets no title or quote inject a link", () => {
		expect(wikilinkTargets(block).every((t) => t === "Notes/Plain#A b c d" || t === "Notes/Plain")).toBe(true);
		expect(block).not.toContain("[[Evil");
	});

	it("keeps the end marker unique, so a quote cannot close the block", () => {
		expect(block.split("\n").filter((l) => l.trim() === BLOCK_END)).toHaveLength(1);
		expect(block.split(BLOCK_END)).toHaveLength(2);
	});

	it("escapes tags, block ids, comments and HTML in quotes", () => {
		const quoteLine = block.split("\n").find((l) => l.startsWith("\t- "));
		expect(quoteLine).toContain("\\#tag");
		expect(quoteLine).toContain("\\^block");
		expect(quoteLine).toContain("\\%\\%");
		expect(quoteLine).toContain("\\<b\\>");
		expect(quoteLine).not.toMatch(/(^|[^\\])#tag/);
	});

	it("keeps every quote on one line", () => {
		const multi = renderHubBlock(hub(SCALING, [source({ path: "a.md", passages: [{ line: 1, col: 1, quote: "one\ntwo\r\nthree" }] })]), OPTIONS);
		expect(multi).toContain("“one two three”");
	});

	it("escapes every Markdown-significant character with a backslash", () => {
		expect(escapeInline("a|b]]c[[d#e^f")).toBe("a\\|b\\]\\]c\\[\\[d\\#e\\^f");
	});

	it("links a path Obsidian cannot put in a wikilink with an encoded Markdown link", () => {
		expect(noteLink("Odd/A [draft] #1.md", "A")).toBe("[A](<Odd/A%20%5Bdraft%5D%20%231.md>)");
	});
});

describe("helpers", () => {
	it("cuts a long quote at a word boundary with an ellipsis", () => {
		const quote = "word ".repeat(100);
		const cut = shortenQuote(quote, 50);
		expect(cut.length).toBeLessThanOrEqual(51);
		expect(cut.endsWith("word…")).toBe(true);
	});

	it("places a starter-pack theme's note in the themes folder", () => {
		expect(themeNotePath(DATA, "Themes/")).toBe("Themes/Data.md");
		expect(themeNotePath({ id: "x", name: "A/B: C?", path: null }, "")).toBe("A B C.md");
		expect(themeNotePath(SCALING, "Elsewhere")).toBe("Themes/Scaling.md");
	});
});

describe("passage links to headings", () => {
	it("show a heading's text, not its link markup, and keep the target Obsidian resolves", () => {
		const link = passageLink("Snipd/Episode.md", { line: 20, col: 1, quote: "q", heading: "[Grokking as a phase change](https://share.snipd.com/snip/e2)" });
		expect(link).toMatch(/\|Grokking as a phase change\]\]$/);
		expect(link).toContain("#Grokking as a phase change (https //share.snipd.com/snip/e2)|");
		const wiki = passageLink("Notes/A.md", { line: 3, col: 1, quote: "q", heading: "About [[Themes/Scaling|scaling]] *now*" });
		expect(wiki).toMatch(/\|About scaling now\]\]$/);
	});
});
