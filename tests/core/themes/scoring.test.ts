import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../../src/core/model";
import { compileThemes, findMentions } from "../../../src/core/themes/matcher";
import { DEFAULT_SCORING, decideThemes, judgeDocument, passageAt } from "../../../src/core/themes/scoring";
import { starterPack } from "../../../src/core/themes/starter-pack";

const compiled = compileThemes(starterPack());

/** A document whose passages are its lines, with optional tags and exclusions. */
function docOf(raw: string, extra: Partial<SourceDocument> = {}): SourceDocument {
	const passages: SourceDocument["passages"] = [];
	let start = 0;
	for (const line of raw.split("\n")) {
		if (line.trim()) passages.push({ start, end: start + line.length });
		start += line.length + 1;
	}
	const words = raw.split(/\s+/).filter(Boolean).length;
	return { path: "a.md", kind: "transcript", format: "raw", title: "a", author: null, date: null, url: null, durationSeconds: null, words, tags: [], excludedThemes: [], problems: [], excluded: [], passages, ...extra };
}

function decide(raw: string, extra: Partial<SourceDocument> = {}) {
	return judgeDocument(docOf(raw, extra), raw, compiled, DEFAULT_SCORING);
}

function decisionFor(raw: string, themeId: string, extra: Partial<SourceDocument> = {}) {
	return decide(raw, extra).decisions.find((d) => d.themeId === themeId);
}

const FILLER = "*  and then we talked about the weather and the garden and what we had for lunch that day\n";
const ABOUT_AI = "*  this is a talk about AI, about machine learning and what an AI lab does all day\n"; // shows the starter pack's domain

describe("decideThemes", () => {
	it("does not link a two-hour transcript for a sponsor read", () => {
		const sponsor = "*  this episode is brought to you by acme you know that as you scale your systems break down and the\n*  cracks start to show so scale with acme at scale today\n";
		const raw = FILLER.repeat(300) + sponsor + FILLER.repeat(300);
		const scaling = decisionFor(raw, "scaling");
		expect(scaling?.linked ?? false).toBe(false);
	});

	it("does not link one passing word in a long transcript, and says why", () => {
		const raw = ABOUT_AI.repeat(5) + FILLER.repeat(200) + "*  the language model grew in scale over the years\n" + FILLER.repeat(200);
		const scaling = decisionFor(raw, "scaling");
		expect(scaling?.linked).toBe(false);
		expect(scaling?.why).toMatch(/^not linked: 1 passing mention of 'scale' in [\d,]+ words$/);
	});

	it("links a document that discusses the theme, with a reason naming what was found", () => {
		const talk = "*  the scaling laws tell us that bigger models trained with more compute keep improving\n";
		const raw = ABOUT_AI + FILLER.repeat(5) + talk.repeat(6) + FILLER.repeat(5);
		const scaling = decisionFor(raw, "scaling");
		expect(scaling?.linked).toBe(true);
		expect(scaling?.why).toMatch(/^linked: \d+ mentions in 6 passages, 'scaling laws' ×6/);
	});

	it("links on the reader's tag alone", () => {
		const raw = "A quiet note about gardens and rain.";
		const emergence = decisionFor(raw, "emergence", { tags: ["emergence", "ai"] });
		expect(emergence?.linked).toBe(true);
		expect(emergence?.why).toBe("linked: tag #emergence");
		expect(decisionFor(raw, "emergence", { tags: ["garden/emergence"] })?.linked).toBe(true);
	});

	it("never links a theme the reader excluded, even when tagged and mentioned", () => {
		const raw = "Copyright and fair use: the copyright lawsuits over training data.";
		const copyright = decisionFor(raw, "copyright", { tags: ["copyright"], excludedThemes: ["Copyright"] });
		expect(copyright?.linked).toBe(false);
		expect(copyright?.why).toBe("not linked: excluded by you");
		expect(decisionFor("Nothing here.", "policy", { excludedThemes: ["policy"] })?.why).toBe("not linked: excluded by you");
	});

	it("lets generic words support specific ones but never link alone", () => {
		const raw = "AI and data, data, data. The data said so. More data here, data there, data everywhere.";
		const data = decisionFor(raw, "data");
		expect(data?.linked).toBe(true); // "more data" is specific; the rest supports it
		const generic = decisionFor("AI and machine learning: data data data data data data data data data data", "data");
		expect(generic?.linked).toBe(false);
		expect(generic?.why).toMatch(/only generic words/);
	});

	it("drops a mention inside a longer mention of another theme", () => {
		const { mentions } = decide("They built a data center for the GPUs.");
		expect(mentions.map((m) => `${m.themeId}:${m.match}`)).toEqual(["compute:data center", "compute:GPUs"]);
	});

	it("fills line, column and passage of every mention", () => {
		const raw = "---\ntags: x\n---\nfirst line\n*  we fine-tune\n*  with RLHF";
		const doc = docOf(raw);
		const { mentions } = decideThemes(doc, raw, findMentions(compiled, raw, []), compiled, DEFAULT_SCORING);
		const rlhf = mentions.find((m) => m.match === "RLHF");
		expect(rlhf).toMatchObject({ themeId: "post-training", line: 6, col: 9 });
		expect(doc.passages[rlhf?.passage ?? -1].start).toBe(raw.lastIndexOf("*  with"));
	});

	it("finds passages by binary search, -1 between them", () => {
		const passages = [{ start: 0, end: 5 }, { start: 10, end: 20 }, { start: 20, end: 30 }];
		expect([0, 4, 5, 9, 10, 19, 20, 29, 30].map((o) => passageAt(passages, o))).toEqual([0, 0, -1, -1, 1, 1, 2, 2, -1]);
	});

	it("uses its thresholds: a higher threshold links less", () => {
		const raw = "We looked at AI benchmarks and one eval.";
		const doc = docOf(raw);
		const loose = judgeDocument(doc, raw, compiled, { ...DEFAULT_SCORING, linkThreshold: 1 });
		const strict = judgeDocument(doc, raw, compiled, { ...DEFAULT_SCORING, linkThreshold: 50 });
		expect(loose.decisions.find((d) => d.themeId === "evaluation")?.linked).toBe(true);
		expect(strict.decisions.find((d) => d.themeId === "evaluation")?.linked).toBe(false);
	});
});
