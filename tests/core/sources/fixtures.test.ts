import { describe, expect, it } from "vitest";
import { LineIndex, readableText } from "../../../src/core/sources";
import type { SourceDocument } from "../../../src/core/model";
import { fixtureNames, readFixture } from "./fixture-reading";

interface Expected {
	kind: SourceDocument["kind"];
	format: string;
	title?: string;
	author?: string | null;
	date?: string | null;
	url?: string | null;
	durationSeconds?: number | null;
	tags?: string[];
	excludedThemes?: string[];
	problem?: RegExp;
	/** A phrase that must be readable inside one passage, with that passage's timestamp when given. */
	passage?: { phrase: string; seconds?: number; blockId?: string; heading?: string };
	/** Text that must not be readable in any passage (boilerplate, duplicates, markup). */
	absent?: string[];
	minPassages?: number;
}

const EXPECTED: Record<string, Expected> = {
	"readwise-yaml.md": { kind: "highlights", format: "readwise", title: "Note on The Bitter Lesson Revisited via Rich Sutton", author: "Rich Sutton", date: "2019-03-13", tags: ["scaling", "compute"], passage: { phrase: "leverage computation" }, absent: ["Source", "quoteback", "my-note"] },
	"readwise-official.md": { kind: "highlights", format: "readwise-official", title: "Why Scaling Works: Notes on Emergence", author: "Ada Example", date: "2024-04-03", url: "https://example.com/why-scaling-works", tags: ["emergence", "ai research", "phase-transitions"], passage: { phrase: "looks like emergence", heading: "Highlights" }, absent: ["View Highlight", "rw-book-cover", "Tags:", "Full Title"] },
	"readwise-custom-null-tags.md": { kind: "highlights", format: "readwise", title: "Circuits Everywhere", author: "Grace Example", url: "https://example.net/circuits", tags: ["interpretability", "circuits"], passage: { phrase: "directions in activation space" }, absent: ["Location 120"] },
	"readwise-reader-document.md": { kind: "article", format: "readwise-reader", title: "Benchmarks Saturate", author: "Lee Example", url: "https://example.com/benchmarks", passage: { phrase: "benchmarks saturate over time, number 2", heading: "Part 3" }, absent: ["Category"], minPassages: 16 },
	"readwise-logseq.md": { kind: "highlights", format: "readwise-logseq", title: "Open Weights and the Commons", author: "Maya Example", date: null, tags: ["open source", "policy"], passage: { phrase: "study a model's failure modes" }, absent: ["first synced", "View Highlight"] },
	"My Clippings.txt": { kind: "highlights", format: "kindle-clippings", title: "The Alignment Problem", author: "Brian Example", date: "2023-06-12", passage: { phrase: "always a proxy", heading: "The Alignment Problem" }, absent: ["Your Highlight", "=====", "Location"] },
	"kindle-plugin.md": { kind: "highlights", format: "kindle", title: "Superforecasting", author: "Phil Example", date: "2022-11-05", passage: { phrase: "Calibration can be trained", blockId: "ref-7731" }, absent: ["location", "kindle"] },
	"snipd-episode.md": { kind: "highlights", format: "snipd", title: "The Data Wall", author: "Sam Example", date: "2024-02-29", url: "https://share.snipd.com/episode/abc", durationSeconds: 4350, tags: ["data"], passage: { phrase: "training on your own echo", seconds: 380 }, absent: ["Created with", "Episode title"] },
	"snipd-readwise.md": { kind: "highlights", format: "snipd-readwise", title: "The Data Wall", author: "Machine Talk", passage: { phrase: "Tokens per parameter", seconds: 3725 }, absent: ["Time 1:02:05"] },
	"insight-digest.txt": { kind: "insights", format: "insight-digest", title: "insight-digest", passage: { phrase: "losing track of long tasks" }, absent: ["picked for you"], minPassages: 4 },
	"imported-one-cue.md": { kind: "transcript", format: "srt", title: "One cue", durationSeconds: 2, passage: { phrase: "Alignment is hard.", seconds: 1 }, absent: ["0:01"] },
	"whisper-youtube.md": { kind: "transcript", format: "whisper-youtube", title: "Compute, Energy and the Next Decade", date: "2024-03-05", url: "https://www.youtube.com/watch?v=AbCdEf12345", durationSeconds: 3600, passage: { phrase: "power limits will stop it first" }, absent: ["*"], minPassages: 2 },
	"whisper-cpp.txt": { kind: "transcript", format: "whisper-cpp", durationSeconds: 21.4, passage: { phrase: "Sparse autoencoders find features", seconds: 0 }, absent: ["-->", "00:00"] },
	"youtube-rolling.srt": { kind: "transcript", format: "srt", durationSeconds: 11, passage: { phrase: "we have been scaling these models for years now and the curves keep bending the same way which surprised", seconds: 0 } },
	"lecture.srt": { kind: "transcript", format: "srt", durationSeconds: 66, passage: { phrase: "Copyright questions come next" }, absent: ["-->"] },
	"captions.vtt": { kind: "transcript", format: "vtt", durationSeconds: 6.5, passage: { phrase: "Alignment means the model wants what we want", seconds: 0 }, absent: ["WEBVTT", "align:start", "intro", "NOTE", "<c>"] },
	"whisper-json.md": { kind: "transcript", format: "whisper-json", title: "Whisper output for the agents episode", durationSeconds: 5.9, passage: { phrase: "Tools help too", seconds: 0 }, absent: ["seek", "tokens", "language"] },
	"timestamp-links.md": { kind: "transcript", format: "timestamp-links", url: "https://youtube.com/watch?v=XyZ12345678", passage: { phrase: "Chain of thought makes reasoning visible", seconds: 5 }, absent: ["youtube.com", "00:05"] },
	"timestamped-video-notes.md": { kind: "note", format: "markdown", title: "My notes on the reasoning talk", passage: { phrase: "Verifiers turn reasoning into search" } },
	"omnivore-quotes.md": { kind: "highlights", format: "quotes", title: "Why Data Centres Want Their Own Power Plants", author: "Ada Example", url: "https://example.com/news/data-centres-power", passage: { phrase: "Grid connections, not chips" }, absent: ["[!quote]", "!quote", "^0f3c9a2e", "[^"], minPassages: 4 },
	"readwise-web-copy.md": { kind: "highlights", format: "web-highlights", title: "The Second Machine Age", passage: { phrase: "good at following rules" }, absent: ["readwise-assets", "chevron"], minPassages: 4 },
	"commonplace.md": { kind: "highlights", format: "commonplace", tags: ["history", "compute", "alignment"], passage: { phrase: "optimises a proxy" }, minPassages: 5 },
	"snipd-readwise-custom.md": { kind: "highlights", format: "snipd-readwise", title: "#155 – Ana Example — Memory, Agents and Long Tasks", url: "https://share.snipd.com/episode/0000-aaaa", passage: { phrase: "losing track of the plan" }, absent: ["Goto", "Source::", "Creator::", "share.snipd.com"] },
	"youtube-transcript-vault.md": { kind: "transcript", format: "transcript-section", title: "How Long Until Agents Work? (Interview)", url: "https://www.youtube.com/watch?v=AbCdEf00000", passage: { phrase: "the scratchpad won by a wide margin" }, absent: ["Click to expand", "<details>", "Full Transcript", "Key Insights"], minPassages: 5 },
	"podcast-page-turns.md": { kind: "transcript", format: "transcript-section", title: "Data quality is the whole game | Ana Example", passage: { phrase: "We hired experts", seconds: 6 }, absent: ["00:00:06", "Ana Example (", "Lee Host"], minPassages: 4 },
	"speech-paragraphs.md": { kind: "transcript", format: "speech-text", title: "Benchmarks are saturated, with the evals team", passage: { phrase: "the benchmark we all watched is saturated" }, absent: [">>", "Channel:", "Published:"] },
	"key-ideas-digest.md": { kind: "insights", format: "digest", title: "Core Ideas: An Interview on Chips, Jobs and Timelines", passage: { phrase: "Export controls are working", heading: "Chips" }, minPassages: 9 },
	"cited-summary.md": { kind: "insights", format: "cited-summary", title: "Open models and the road ahead", passage: { phrase: "small models that run on one machine", heading: "Smaller, faster models" }, absent: ["00:06:01", "yt-timestamp"] },
	"podcast-edited.md": { kind: "transcript", format: "podcast-transcript", title: "Episode 42: Work After Automation", date: "2024-04-03", durationSeconds: 3900, passage: { phrase: "So which jobs change first?", seconds: 1326 }, absent: ["22:06", "[ ]"], minPassages: 4 },
	"raw-one-line.txt": { kind: "transcript", format: "raw", passage: { phrase: "orders of magnitude more training data" }, minPassages: 12 },
	"raw-short-lines.txt": { kind: "transcript", format: "raw", minPassages: 6 },
	"article-summary.txt": { kind: "article", format: "article", passage: { phrase: "Scaling and Its Limits" }, minPassages: 15 },
	"plain-note.md": { kind: "note", format: "markdown", title: "Notes from the reading group", tags: ["reading", "ai/agents", "followup"], excludedThemes: ["scaling", "Data"], passage: { phrase: "Memory matters more than", blockId: "memory-point" }, absent: ["not a mention", "example.com", "<span", "Agents|"] },
	"malformed-yaml.md": { kind: "note", format: "markdown", problem: /not valid YAML.*body was read anyway/, passage: { phrase: "mentions interpretability" } },
	"unclosed-frontmatter.md": { kind: "note", format: "markdown", problem: /never closes/, passage: { phrase: "text about alignment" } },
	"bom-crlf-note.md": { kind: "note", format: "markdown", title: "BOM and CRLF", date: "2023-09-12", passage: { phrase: "about evaluation, continued on a second line" } },
};

const squash = (text: string): string => text.replace(/\s+/g, " ").toLowerCase();

describe("every fixture has an expectation", () => {
	it("lists the same files as the fixture folder", () => {
		expect(Object.keys(EXPECTED).sort()).toEqual(fixtureNames());
	});
});

describe.each(Object.entries(EXPECTED))("%s", (name, expected) => {
	const { raw, document } = readFixture(name);
	const texts = document.passages.map((passage) => readableText(raw, passage, document.excluded));

	it("is detected and its metadata read", () => {
		expect(document.kind).toBe(expected.kind);
		expect(document.format).toBe(expected.format);
		for (const key of ["title", "author", "date", "url", "durationSeconds"] as const) {
			if (expected[key] !== undefined) expect(document[key]).toBe(expected[key]);
		}
		if (expected.tags) expect(document.tags).toEqual(expect.arrayContaining(expected.tags));
		if (expected.excludedThemes) expect(document.excludedThemes).toEqual(expected.excludedThemes);
		if (expected.problem) expect(document.problems.join(" ")).toMatch(expected.problem);
		else expect(document.problems).toEqual([]);
		expect(document.passages.length).toBeGreaterThanOrEqual(expected.minPassages ?? 1);
	});

	it("finds its passage with the right timestamp, heading and block id", () => {
		if (!expected.passage) return;
		const want = expected.passage;
		const index = texts.findIndex((text) => squash(text).includes(squash(want.phrase)));
		expect(index, `no passage holds "${want.phrase}"`).toBeGreaterThanOrEqual(0);
		const passage = document.passages[index];
		if (want.seconds !== undefined) expect(passage.seconds).toBe(want.seconds);
		if (want.blockId !== undefined) expect(passage.blockId).toBe(want.blockId);
		if (want.heading !== undefined) expect(passage.heading).toBe(want.heading);
	});

	it("keeps boilerplate, markup and duplicates out of its passages", () => {
		for (const text of texts) for (const absent of expected.absent ?? []) expect(text).not.toContain(absent);
		if (name === "youtube-rolling.srt") expect(squash(texts.join(" ")).match(/we have been scaling/g)).toHaveLength(1);
	});

	it("has passages and excluded ranges inside the file, sorted and not overlapping", () => {
		for (const list of [document.passages.flatMap((passage) => [passage.start, passage.end]), document.excluded]) {
			for (let i = 0; i < list.length; i += 2) {
				expect(list[i]).toBeGreaterThanOrEqual(0);
				expect(list[i + 1]).toBeGreaterThan(list[i]);
				expect(list[i + 1]).toBeLessThanOrEqual(raw.length);
				if (i > 0) expect(list[i]).toBeGreaterThanOrEqual(list[i - 1]);
			}
		}
		texts.forEach((text) => expect(text.trim().length).toBeGreaterThan(0));
		for (const text of texts) expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
	});

	it("maps every passage back to its text exactly, through line and column", () => {
		const lines = new LineIndex(raw);
		const rawLines = raw.split("\n");
		for (const passage of document.passages) {
			const { line, col } = lines.position(passage.start);
			expect(lines.offsetAt(line, col)).toBe(passage.start);
			const fromLines = rawLines[line - 1].slice(col - 1);
			expect(raw.slice(passage.start).startsWith(fromLines.slice(0, passage.end - passage.start))).toBe(true);
			expect(/\s/.test(raw[passage.start])).toBe(false);
		}
		if (raw.charCodeAt(0) === 0xfeff) expect(document.excluded[0]).toBe(0);
	});
});
