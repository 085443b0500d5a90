// The signals kinds are told by: the voice counts (the writer's "I", the fillers of speech, stamps
// cited inside a line) and the line shapes the profile counts in its one pass.

import { describe, expect, it } from "vitest";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import { makeSourceText, parseSource, profileSource } from "../../../src/core/sources";
import { countVoice, perThousandWords } from "../../../src/core/sources/voice";
import { cleanValue } from "../../../src/core/sources/readers/highlights";

const profileOf = (body: string): ReturnType<typeof profileSource> => profileSource(makeSourceText(body, 0, null));

describe("voice counts", () => {
	it("counts the writer's own I, me, my and mine, not words that hold them", () => {
		expect(countVoice("I think my view is mine; it's me, myself. I'm sure I've said it. In Iowa, mystery and media.").firstPerson).toBe(7);
	});

	it("counts the fillers of speech in either case, not words that start with them", () => {
		expect(countVoice("Um, so, uh, you know, umm... Uhh. You know what? Umbrella, uhuru, younger, you knowingly.").speechMarkers).toBe(6);
		expect(countVoice("Yeah. Okay, I mean it. Yeahs, okayed, I meant, Okay").speechMarkers).toBe(4);
	});

	it("leaves quoted words out, a blockquote's or between quotation marks: someone else's voice", () => {
		const counts = countVoice("> I said my piece, you know.\nShe wrote: \"I think, um, I am right\" and “my view” too.\nI agree.");
		expect([counts.firstPerson, counts.speechMarkers, counts.words]).toEqual([1, 0, 6]); // "She wrote … and … too." and "I agree."
	});

	it("counts a stamp as cited only well inside its line, never a cue's opening stamp", () => {
		const text = "[00:01:25] a cue that opens with its stamp\nThe lab explains why it released the weights openly [00:01:25].\n(1:02) another opening stamp\nA second sentence long enough to cite its moment in the talk (1:02)";
		expect(countVoice(text).citedStamps).toBe(2);
	});

	it("starts counting where it is told (a note's body after its frontmatter)", () => {
		const raw = "---\nauthor: I\n---\nI wrote this.";
		expect(countVoice(raw, raw.indexOf("I wrote")).firstPerson).toBe(1);
	});

	it("gives rates per thousand words, zero for no words", () => {
		expect(perThousandWords(3, 1500)).toBe(2);
		expect(perThousandWords(3, 0)).toBe(0);
	});
});

describe("line shapes for kinds", () => {
	it("counts quote lines and quote callouts, not the lines of other callouts", () => {
		const profile = profileOf("> [!quote]\n> Quoted words.\n\n> [!info] Personalised\n>\n> Not a quote.\n\nPlain text.\n> Plain quote.\n");
		expect(profile.quoteLines).toBe(3);
	});

	it("counts how often the most repeated image line repeats", () => {
		const icon = "![](https://example.com/chevron.svg)";
		expect(profileOf(`${icon}\n\nA.\n\n${icon}\n\nB.\n\n![](https://example.com/other.png)\n\n${icon}\n`).repeatedImageLines).toBe(3);
	});

	it("counts lines ending in tags, tag-only lines too, not headings or words with a # inside", () => {
		const profile = profileOf("#author-name\n\nA passage. #economics #growth\n\n# A heading\n\nIssue #12 of C# code\n\nlowercase passage ending in a tag #ai\n");
		expect(profile.taggedLines).toBe(3);
	});

	it("finds the first transcript heading at levels one to three, with or without a label around it", () => {
		for (const heading of ["## Transcript", "# Full Transcript", "### 📜 Video transcript:", "## Transcript (auto-generated)"]) {
			const body = `# Title\n\nSummary.\n\n${heading}\n\nWords.\n`;
			expect(profileOf(body).transcriptHeadingAt, heading).toBe(body.indexOf(heading));
		}
		for (const heading of ["#### 📚 Transcript", "## Transcripts of my favourite talks are useful", "## Notes"]) {
			expect(profileOf(`# Title\n\n${heading}\n\nWords.\n`).transcriptHeadingAt, heading).toBe(-1);
		}
	});

	it("counts headings naming a digest's sections, in the plural that collects several ideas", () => {
		const profile = profileOf("# Core Ideas: An Interview\n\n## Key Insights\n\n# Detailed Timeline\n\n# Cast of Characters\n\n## The Main Idea: one argument\n\n## Summary\n");
		expect(profile.digestHeadings).toBe(4);
	});

	it("counts the characters of list items and of all text, and lines that ask a question", () => {
		const profile = profileOf("# Notes?\n\n- one two three\n  * four five  \n12. six\n-not a list\n\nSeven eight nine ten?\n");
		expect(profile.listChars).toBe("- one two three".length + "* four five".length + "12. six".length);
		expect(profile.textChars).toBe(profile.listChars + "# Notes?".length + "-not a list".length + "Seven eight nine ten?".length);
		expect(profile.questionLines).toBe(1);
	});
});

describe("metadata values lose their markdown escapes", () => {
	it.each([
		["\\#155 – Ana Example — Memory", "#155 – Ana Example — Memory"],
		["C\\+\\+ and \\[brackets\\]", "C++ and [brackets]"],
		["a path C:\\Users stays", "a path C:\\Users stays"],
	])("%s", (value, cleaned) => {
		expect(cleanValue(value)).toBe(cleaned);
	});

	it.each([
		["a Snipd export's episode title", "# Episode\n\n## Episode metadata\n- Episode title: \\#155 – Ana Example — Memory\n- Show: Machine Talk\n\n## Snips\n### [A snip](https://share.snipd.com/snip/1)\n\n🎧 01:00 - 02:00 (01:00)\n\nWords.\n"],
		["a note's first heading", "# \\#155 – Ana Example — Memory\n\nA short note about the episode.\n"],
		["a frontmatter title", "---\ntitle: \\#155 – Ana Example — Memory\n---\nA short note.\n"],
	])("%s reads without its escape", (_name, text) => {
		expect(parseSource("x.md", text, grayMatterFrontmatter).title).toBe("#155 – Ana Example — Memory");
	});
});
