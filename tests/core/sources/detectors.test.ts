// Detection as a before/after table: a few lines of content in, the kind and format out.
// The path is the same meaningless name for every row: detection never reads it.

import { describe, expect, it } from "vitest";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import { parseSource } from "../../../src/core/sources";

const prose = (sentences: number): string =>
	Array.from({ length: sentences }, (_, i) => `Sentence ${i} explains one more idea about models, data and evaluation in plain words.`).join(" ");

const TABLE: Array<[string, string, string]> = [
	["---\nreadwise_url: https://readwise.io/open/1\n---\n> A highlight.\n", "highlights", "readwise"],
	["## Metadata\n- Author: A\n- Full Title: T\n- Category: #articles\n\n## Highlights\n- Text. ([View Highlight](https://read.readwise.io/read/1))\n", "highlights", "readwise-official"],
	["---\ntags: #x\n---\n- Text. ([View Highlight](https://read.readwise.io/read/1))\n", "highlights", "readwise"],
	["title:: T\nauthor:: [[A]]\n\n- Highlights first synced by [[Readwise]]\n\t- Text. ([View Highlight](https://x))\n", "highlights", "readwise-logseq"],
	["Book (Author)\r\n- Your Highlight on Location 1-2 | Added on Monday, 12 June 2023 10:15:00\r\n\r\nText\r\n==========\r\n", "highlights", "kindle-clippings"],
	["---\nkindle-sync:\n  title: T\n---\nText — location: [1](kindle://book?location=1) ^ref-1\n", "highlights", "kindle"],
	["### Snip\n\n🎧 06:20 - 07:20 (01:00)\n\nText.\n", "highlights", "snipd"],
	["- Text. ([Time 0:30:37](https://share.snipd.com/snip/1))\n", "highlights", "snipd-readwise"],
	[`Header line.\n${prose(2)}\n${prose(2)}\n${prose(2)}\n`, "insights", "insight-digest"],
	["---\nTranscription Model: whisper\n---\n*  words words\n", "transcript", "whisper-youtube"],
	["[00:00:00.000 --> 00:00:02.240]   Hello.\n[00:00:02.240 --> 00:00:04.000]   Again.\n", "transcript", "whisper-cpp"],
	["1\n00:00:01,000 --> 00:00:02,000\nHello.\n", "transcript", "srt"],
	["WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello.\n", "transcript", "vtt"],
	['{"text": "Hi", "segments": [{"start": 0.0, "end": 1.0, "text": "Hi"}]}', "transcript", "whisper-json"],
	["[00:05](https://youtu.be/x?t=5) a\n[00:10](https://youtu.be/x?t=10) b\n[00:15](https://youtu.be/x?t=15) c\n", "transcript", "timestamp-links"],
	["**Ann:** \\[00:01\\] Hi.\n\n**Bo:** \\[00:05\\] Hello.\n\n**Ann:** \\[00:09\\] Well.\n", "transcript", "podcast-transcript"],
	[Array.from({ length: 200 }, () => "so we were saying").join(" "), "transcript", "raw"],
	[`TITLE IN CAPS\n\n${prose(10)}\n\nA Heading Here\n\n${prose(10)}\n\n${prose(10)}\n`, "article", "article"],
	["# Just a note\n\nShort text with a [[link]].\n", "note", "markdown"],
];

describe("detection table", () => {
	it.each(TABLE)("%#: reads as %s", (text, kind, format) => {
		const document = parseSource("Readwise/Transcripts/untitled.srt", text, grayMatterFrontmatter);
		expect([document.kind, document.format]).toEqual([kind, format]);
	});

	it("ignores the folder and file name", () => {
		const text = TABLE[0][0];
		const formats = ["Kindle/x.txt", "Transcripts/y.srt", "z.md"].map((where) => parseSource(where, text, grayMatterFrontmatter).format);
		expect(new Set(formats)).toEqual(new Set(["readwise"]));
	});
});

describe("bad input never throws", () => {
	const CASES: Array<[string, string, RegExp | null]> = [
		["empty", "", /empty/],
		["binary", "PK\u0003\u0004\u0000\u0000binary", /binary/],
		["a frontmatter that never closes", "---\ntitle: x\nBody.", /never closes/],
		["a YAML list as frontmatter", "---\n- a\n- b\n---\nBody text.\n", /not a list of properties/],
		["a throwing frontmatter port", "---\na: 1\n---\nBody.\n", /could not be read/],
	];
	it.each(CASES)("%s", (name, text, problem) => {
		const port = name === "a throwing frontmatter port" ? () => { throw new Error("boom"); } : grayMatterFrontmatter;
		const document = parseSource("n.md", text, port);
		if (problem) expect(document.problems.join(" ")).toMatch(problem);
		expect(document.kind).toBe("note");
	});
});
