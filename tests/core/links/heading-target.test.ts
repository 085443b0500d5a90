// A hub's link to a heading must open that heading in Obsidian. Obsidian keeps a heading's markdown
// in its metadata (obsidian-tasks' recorded caches, tests/Obsidian/__test_data__/link_in_heading.json,
// Obsidian 1.7.7: `## I link to [[multiple_headings]]` is recorded as "I link to [[multiple_headings]]")
// and resolves `[[note#Sub]]` by comparing stripHeading(heading) with stripHeading(Sub), case
// ignored (its resolveSubpath; stripHeading turns !"#$%&()*+,.:;<=>?@^`{|}~/[]\ into spaces). So a
// target resolves when it strips to what the heading strips to, and holds nothing that ends a link.
import { describe, expect, it } from "vitest";
import { headingTarget } from "../../../src/core/links/escape";
import { passageLink } from "../../../src/core/links/hub-render";
import { resolveHeadingSubpath, stripHeading } from "../../fake-obsidian/links";

/** Headings as Obsidian records them, each with where it was seen. */
const RECORDED: Array<[string, string]> = [
	["I link to [[multiple_headings]]", "obsidian-tasks link_in_heading.json (recorded cache)"],
	["Headers-With_Special Characters", "obsidian-tasks internal_heading_links.json (recorded cache)"],
	["Minecraft: The Video Game", "obsidian-webpage-export #609: Obsidian writes [[#Minecraft The Video Game]]"],
	["wifi 2.4 vs 5.0", "obsidian-html #303"],
	["TCP/IP Model", "obsidian-html #303"],
	["with ^caret", "obsidian42-strange-new-worlds #172"],
	["[Grokking as a phase change](https://share.snipd.com/snip/e2)", "Snipd export: a heading that is a link"],
	["About [[Themes/Scaling|scaling]] *now*", "wikilink with display text and emphasis"],
	["100% sure | not #1 %% hidden %% \\ end", "every character that could end or split a link"],
];

/** A note's headings: each recorded one as an H2, with decoys that share words with them. */
const HEADINGS = [{ heading: "Notes", level: 1 }, ...RECORDED.flatMap(([heading]) => [{ heading: `${heading} draft`, level: 2 }, { heading, level: 2 }])];

describe.each(RECORDED)("a passage under %j", (heading) => {
	const link = passageLink("Notes/Source.md", { line: 40, col: 1, quote: "q", heading });
	const target = /^\[\[Notes\/Source(#[^|]*)\|/.exec(link)?.[1] ?? "";

	it("links through the heading with a target Obsidian resolves to that very heading", () => {
		expect(target).toBe(`#${headingTarget(heading)}`);
		expect(stripHeading(target.slice(1))).toBe(stripHeading(heading));
		expect(HEADINGS[resolveHeadingSubpath(HEADINGS, target)]?.heading).toBe(heading);
	});

	it("keeps the link whole: no pipe, bracket pair, comment mark or second hash in the target", () => {
		expect(link.endsWith("]]")).toBe(true);
		expect(target.slice(1)).not.toMatch(/[|#^]|\]\]|\[\[|%%/);
		expect(link.split("|")).toHaveLength(2);
	});
});

describe("a heading with nothing a link can hold", () => {
	it("falls back to the note itself, labelled with the line", () => {
		expect(passageLink("Notes/Source.md", { line: 7, col: 1, quote: "q", heading: "[[]]" })).toBe("[[Notes/Source|line 7]]");
	});
});
