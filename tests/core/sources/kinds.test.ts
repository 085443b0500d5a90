// Kinds from content: a table of small documents of each kind of text, written for these tests, and
// the kind and format each is read as. Every row names the kind of text it stands for.

import { describe, expect, it } from "vitest";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import { parseSource, readableText } from "../../../src/core/sources";

/** `count` sentences of plain, impersonal prose about one subject. */
const prose = (count: number, subject = "the model"): string =>
	Array.from({ length: count }, (_, i) => `Paragraph ${i} explains how ${subject} is trained on more data, evaluated on harder tasks and deployed to more people.`).join(" ");

const paragraphs = (count: number, sentences: number, subject?: string): string => Array.from({ length: count }, () => prose(sentences, subject)).join("\n\n");

const firstPersonNotes = [
	"I read this paper for the reading group and I am still not sure I follow the second half.",
	"My guess is that the scaling result holds, but I would like to see it on a different dataset before I believe it.",
	"What I liked most is the ablation: it shows me which part of the method actually matters.",
].join(" ");

export const KIND_TABLE: Array<[string, string, string, string]> = [
	// the reader's own notes
	["paper notes in the reader's first person, with headings", `# Notes on the scaling paper\n\n## What it claims\n\n${firstPersonNotes} ${prose(3)}\n\n## What I think\n\n${firstPersonNotes} ${prose(3)}\n\n## Open questions\n\n${prose(4)}\n`, "note", "markdown"],
	["a talk outline of fragments under headings", `# Talk: the future of search\n\n## Context\n\n## Overview\n${Array.from({ length: 30 }, (_, i) => `* Point ${i}: value network and policy network reduce the search tree, estimate who is winning`).join("\n")}\n\n## References\n\n${prose(3)}\n`, "note", "markdown"],
	["notes titled by a link to the paper they are about", `# [Jailbreaking Models via Prompting](https://arxiv.org/pdf/0000.00000)\n\n## How does the attack work?\n\n${paragraphs(3, 3)}\n\n## How to defend?\n\n${paragraphs(2, 3)}\n`, "note", "markdown"],
	["notes whose frontmatter says they are about a book", `---\ntype: book\nauthor: Ann Example\n---\n\n${paragraphs(5, 3)}\n\n## Afterword\n\n${prose(3)}\n`, "note", "markdown"],
	["paper notes with the paper's address and publication date, in the first person", `---\nurl: https://example.com/paper.pdf\npublished: 2023-04-01\n---\n\n${firstPersonNotes}\n\n${firstPersonNotes} ${prose(3)}\n\n${firstPersonNotes}\n`, "note", "markdown"],
	["notes on a video whose timestamp links come minutes apart", `# Notes on the talk\n\n${Array.from({ length: 6 }, (_, i) => `- [${10 + i * 7}:00](https://youtu.be/AbCdEf12345?t=${(10 + i * 7) * 60}) I want to check point ${i} later.`).join("\n")}\n`, "note", "markdown"],
	["a reader's notes that keep a Key takeaways section in the first person", `# Book notes\n\n## Key takeaways\n\n${firstPersonNotes}\n\n${firstPersonNotes}\n\n${firstPersonNotes}\n`, "note", "markdown"],
	// articles
	["an impersonal essay with headings", `# Why benchmarks saturate\n\n${paragraphs(2, 4)}\n\n## The measurement problem\n\n${paragraphs(2, 4)}\n`, "article", "article"],
	["a web clipping (its clipper's keys) in the author's first person", `---\ntitle: "AI is making me a worse writer"\nsource: "https://blog.example.com/worse-writer/"\nauthor: "Sam Example"\npublished: "2026-05-14"\nclipped: "2026-05-15"\ntags: [clippings]\n---\n\n${firstPersonNotes}\n\n${firstPersonNotes}\n`, "article", "article"],
	["a page saved by Notion (`type: link`) with a personal overview", `---\ntype: link\nsource: notion\nurl: https://www.example.com/posts/weekly-roundup\n---\n\n# Weekly roundup\n\n## Overview (from Notion)\n${Array.from({ length: 6 }, (_, i) => `- Consider how point ${i} affects your work as a founder.`).join("\n")}\n\n## Content (from Notion)\n\n${firstPersonNotes} ${prose(4)}\n`, "article", "article"],
	["a newsletter saved from email, hard-wrapped", `# Daily Snow - Tricky Forecast\n\n**From:** Snow News <hello@news.example.com>\n**Date:** Wed, 14 Jan 2026\n\n${prose(12, "the storm").replace(/(.{1,60})(\s|$)/g, "$1\n")}\n`, "article", "article"],
	// insights
	["a NotebookLM timeline and cast of characters", `My favourite podcast this year.\n\n# Detailed Timeline\n\n### Before 2017\n\n- **Games:** reinforcement learning reached superhuman play.\n\n### 2024\n\n- **Agents:** ${prose(2)}\n\n# Cast of Characters\n\n- **Ann Example:** researcher on interpretability. ${prose(2)}\n`, "insights", "digest"],
	["a summary citing its recording at the ends of its sentences", `## Open models\n\n${Array.from({ length: 4 }, (_, i) => `${prose(2)} The lab plans release ${i} soon [00:${10 + i}:05].`).join("\n\n")}\n`, "insights", "cited-summary"],
	// highlights
	["a note whose frontmatter says it holds highlights", "---\ntype: highlights\n---\n\nA passage copied from the book.\n\nAnother passage copied from it.\n", "highlights", "declared-highlights"],
	["a Readwise book export whose highlights link to Kindle locations in a custom template", `# The Book\n\n## Metadata\n- Author: Ann Example\n- Full Title: The Book\n- Category: #books\n\n## Highlights\n${Array.from({ length: 12 }, (_, i) => `- ${prose(3)} — [Location ${100 + i}](https://readwise.io/to_kindle?action=open&asin=B000&location=${100 + i})`).join("\n")}\n`, "highlights", "readwise-official"],
	// transcripts
	["a vault note declaring itself a transcript (`variant: transcript`)", `---\nvariant: transcript\n---\n\n# A lecture\n\n${paragraphs(2, 3)}\n`, "transcript", "declared-transcript"],
	["speaker turns opening with a bracketed speaker and stamp", Array.from({ length: 6 }, (_, i) => `[Speaker ${(i % 2) + 1}] [00:${String(i * 7).padStart(2, "0")}] ${prose(1)}`).join("\n"), "transcript", "podcast-transcript"],
	["an Otter export: a speaker and stamp alone on a line, the words below", Array.from({ length: 6 }, (_, i) => `Speaker ${(i % 2) + 1}  0:${String(i * 7).padStart(2, "0")}\n${prose(1)}`).join("\n\n"), "transcript", "podcast-transcript"],
	["unpunctuated captions under a title and a metadata list", `# Lecture 25: explainable models\n\n- **Channel:** Example\n- **Published:** 2021-05-13\n- **Source:** https://www.youtube.com/watch?v=AbCdEf12345\n\n${Array.from({ length: 60 }, () => "so we have trained many models and now we want the machine to tell us why it gives the answer").join(" ")}\n`, "transcript", "raw"],
];

describe("kinds from content", () => {
	it.each(KIND_TABLE)("%s", (_name, text, kind, format) => {
		const document = parseSource("Inbox/untitled.md", text, grayMatterFrontmatter);
		expect([document.kind, document.format]).toEqual([kind, format]);
		expect(document.passages.length).toBeGreaterThan(0);
	});

	it("keeps a transcript heading that heads only the last few lines of a note out of the kind", () => {
		const text = `# Notes on the interview\n\n${Array.from({ length: 20 }, (_, i) => `- ${i}: a point I want to remember about agents and their memory`).join("\n")}\n\n## Transcript\n\nA few lines I copied.\n`;
		expect(parseSource("n.md", text, grayMatterFrontmatter).kind).toBe("note");
	});

	it("reads a transcript section's speaker labels and stamps as who and when, not as words", () => {
		const text = `# Episode\n\n## Transcript\n\nAnn Example (00:00:00):\nWelcome to the show.\n\nBo Example (00:00:04):\nThanks for having me.\n\nAnn Example (00:00:09):\nLet us start with data.\n`;
		const document = parseSource("e.md", text, grayMatterFrontmatter);
		expect(document.kind).toBe("transcript");
		const texts = document.passages.map((passage) => readableText(text, passage, document.excluded));
		expect(texts).toEqual(["Welcome to the show.", "Thanks for having me.", "Let us start with data."]);
		expect(document.passages.map((passage) => passage.seconds)).toEqual([0, 4, 9]);
	});
});
