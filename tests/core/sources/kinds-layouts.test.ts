// Kinds from content, continued: the layouts of other vaults and tools that write the same kinds
// (custom Readwise templates, Omnivore, commonplace books, note templates, edited conversations,
// summarisers). Each document is written for these tests; each row names the kind of text it stands for.

import { describe, expect, it } from "vitest";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import { parseSource } from "../../../src/core/sources";

const sentence = (subject: string, i: number): string => `Passage ${i} says that ${subject} changes how people work, learn and decide what to read next.`;
const paragraphs = (count: number, subject = "the machine"): string => Array.from({ length: count }, (_, i) => `${sentence(subject, i)} ${sentence(subject, i + 1)}`).join("\n\n");
const turns = (names: string[], count: number, fillers = ""): string =>
	Array.from({ length: count }, (_, i) => `**${names[i % names.length]}:** ${fillers}${sentence("the company", i)}\n\n${sentence("the market", i)}\n\n${sentence("the team", i)}`).join("\n\n");
const spokenSummary = Array.from({ length: 12 }, () => "so um you know we built the thing and uh yeah it kind of worked okay").join(" ");

const LAYOUTS: Array<[string, string, string]> = [
	// highlights
	["a custom Readwise template: Readwise in `deliveredBy`, highlights under block-id headings", `---\ntype:\n  - articles\ndeliveredBy:\n  - "readwise"\n  - "hypothesis"\n---\n# An Article\n\n**Source**:: [An Article](https://example.com/a)\n\n# Highlights\n##### ^1001\n\nhighlight_tags:: [[reading]]\n\n###### ^1001q\n\n${paragraphs(1)}\n\n^1001\n`, "highlights"],
	["Readwise's sync notice heading a note of appended highlights", `# New highlights added September 28, 2022 at 6:44 PM\n##### ^2001\n\n\nGoto: https://readwise.io/to_kindle?action=open&asin=B000&location=868\n\n###### ^2001q\n\n${sentence("the elves", 1)}\n\n^2001\n`, "highlights"],
	["an Omnivore export of one quote and the reader's comment on it (`tags: [omnivore]`)", `---\ntitle: A news story\nsource: https://example.com/story\ndate_saved: 2024-01-02\ntags:\n  - omnivore\n---\nFrom [A news story](https://example.com/story):\n\n> [!quote]\n> ${sentence("nuclear finance", 1)}[^x]\n\n${paragraphs(1, "my reading")}\n\n[^x]: [A news story](https://example.com/story)\n`, "highlights"],
	["a book note that keeps its passages under a `## Highlights` heading", `# The Book\n\nAuthor: Ann Example\n\n## Highlights\n\n${paragraphs(4, "the book")}\n`, "highlights"],
	["a commonplace entry under its author's tag, its passage tagged", `#ann-example\n\n${sentence("curiosity", 1)} ${sentence("curiosity", 2)}\n#curiosity #learning\n`, "highlights"],
	// insights
	["a summariser's analysis quoting its speaker in the first person", `# Compressed Analysis: An Interview on Chips\n\n## Core Thesis\n\n${Array.from({ length: 5 }, (_, i) => `- ${sentence("compute", i)}`).join("\n")}\n\n> "I think we are going to see it, and I am sure of it, my view is that I was right."\n\n- "I said it before and I say it again: I am not worried," he says.\n`, "insights"],
	["one insight note of a podcast vault, `type: insight` beside frontmatter YAML cannot read", `---\ntype: insight\ntitle: Chat interfaces scale\nsource_episode: Behind the product: Replit | Ann Example\n---\n${sentence("the chat interface", 1)}\n`, "insights"],
	["a book summary opening with `## Summary`, its insights under bold field labels (not speakers)", `# The Book\n**Authors**: Ann Example | **Year**: 2019\n\n## Summary\n\n${paragraphs(2, "the book")}\n\n## Chapters\n\n${Array.from({ length: 6 }, (_, i) => `### Part ${i}\n**The Reality**: ${sentence("the sky", i)}\n\n**The Science**: ${sentence("the star", i)}\n\n**Quick Take**: ${sentence("the risk", i)}`).join("\n\n")}\n`, "insights"],
	// notes
	["a reader's talk notes in a template with empty list items and questions left unanswered", `# A talk - Ann Example\n\n## Summary\n- 2 sentence summary\n  - \n  - \n\nAbstract:\n\n## Notes\n\n${paragraphs(10, "the scaling law")}\n\nQ1: What is a FLOP?\nA1:\n`, "note"],
	["a reader's notes on a book chapter that name and link the book in their opening", `# 1. What Is It?\n\nThis chapter of [The Book](../the-book.md) answered three questions about work.\n\n## What is it?\n\n${paragraphs(6, "pointless work")}\n\n## Why?\n\n${paragraphs(4, "pointless work")}\n`, "note"],
	["a reader's notes on an episode titled by a link to it", `# Episode 8: [Wild children](https://example.com/s01e08)\n\n${paragraphs(6, "the episode")}\n\n## Why it matters\n\n${paragraphs(4, "the episode")}\n`, "note"],
	["a reader's study note in a template whose sections are still empty", `---\ntitle: Understanding games\nstatus: draft\n---\n\n## Context\n\n## Learned in this study\n\n## Things to explore\n\n# Overview\n\n${paragraphs(6, "a game")}\n\n## Strategy\n\n${paragraphs(3, "a strategy")}\n`, "note"],
	// transcripts
	["an edited conversation: bold speaker names opening turns of several paragraphs", `# A Conversation with Ann Example\n\n## On building\n\n${turns(["Interviewer", "Ann Example"], 10)}\n`, "transcript"],
	["an edited talk that says it is a transcript under its title", `# Fun to Imagine\n\n*A transcript of the physicist's television talk on imagination.*\n\n---\n\n## Part 1\n\n${paragraphs(3, "heat")}\n`, "transcript"],
	["a YouTube vault note whose summary outweighs its `## Full Transcript` (the heading written twice)", `# A video\n\n## Summary\n\n${paragraphs(8, "the video")}\n\n## Full Transcript## Full Transcript\n\n<details>\n<summary>Click to expand full transcript (300 words)</summary>\n\n${paragraphs(3, "the talk")}\n\n</details>\n`, "transcript"],
	["a vault note whose summariser pasted speech into its summary, the transcript a fifth of it", `# Seek wealth\n\n## Summary\n\n${spokenSummary}\n\n## Key Insights\n\n- ${spokenSummary}\n\n## Transcript\n\n${spokenSummary}\n`, "transcript"],
	// articles
	["a columnists' written debate saved from a news site (`type: link`)", `---\ntype: link\nsource: notion\nurl: https://www.example.com/opinion/debate\n---\n\n# Four columnists debate\n\n${Array.from({ length: 8 }, (_, i) => `${["Pat Host", "Ann Writer"][i % 2]}: ${sentence("the cabinet", i)}`).join("\n\n")}\n`, "article"],
	["a newsletter saved from email whose links leave few sentence ends", `# Everything is Political\n\n**From:** Everything <hello@news.example.com>\n\n${Array.from({ length: 40 }, (_, i) => `Read this ( http://r.mail.example.com/mk/cl/f/${i} ) and that ( http://r.mail.example.com/mk/cl/g/${i} ) today`).join("\n")}\n`, "article"],
	["a newsletter announcing podcast episodes with a headphone emoji (not Snipd's `🎧 06:20`)", `---\nnewsletter: tim\nsubject: New from Tim\nsource_url: https://example.com/newsletter\n---\n\n🎧 New podcast episode:\n\n${paragraphs(3, "ketosis")}\n\n🎧 New podcast episode:\n\n${paragraphs(2, "sleep")}\n`, "article"],
];

describe("kinds from the layouts of other vaults", () => {
	it.each(LAYOUTS)("%s", (_name, text, kind) => {
		const document = parseSource("Inbox/untitled.md", text, grayMatterFrontmatter);
		expect(document.kind).toBe(kind);
		expect(document.passages.length).toBeGreaterThan(0);
	});

	it("keeps a plain `## Transcript` excerpt below a larger summary out of the transcript kind when the summary is not speech", () => {
		const text = `# A video\n\n## Summary\n\n${paragraphs(8, "the video")}\n\n## Transcript\n\n${paragraphs(3, "the talk")}\n`;
		expect(parseSource("n.md", text, grayMatterFrontmatter).kind).not.toBe("transcript");
	});
});
