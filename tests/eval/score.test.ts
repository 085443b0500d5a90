// The eval's arithmetic on small hand-made fixtures: every figure it prints can be checked by hand.
import { describe, expect, it } from "vitest";
import { type Judged, type Label, figures, normaliseQuote, quoteShown, scoreAll } from "../../eval/score";
import { commonWords, judgeSuggestions, normaliseTerm } from "../../eval/suggestions";

const familyOf = (key: string): string => key.slice(0, key.indexOf("/"));

function judged(key: string, kinds: string[], themes: Array<[string, boolean, string[]?]>): Judged {
	return { key, family: familyOf(key), kinds, themes: themes.map(([id, linked, passages]) => ({ id, linked, why: `${linked ? "linked" : "not linked"}: ${id}`, passages: passages ?? [] })) };
}

const labels: Record<string, Label> = {
	"notes/a.md": { kind: "note", core: ["scaling", "data"], mention: ["compute"], evidence: { scaling: "Scaling laws held for ten orders of magnitude." } },
	"notes/neg.md": { kind: "article", core: [], mention: [] },
	"talks/b.srt": { kind: "transcript", core: ["safety"], mention: [] },
	"talks/gone.vtt": { kind: "transcript", core: ["agents"], mention: [] },
};

const docs = new Map<string, Judged>([
	["notes/a.md", judged("notes/a.md", ["note"], [["scaling", true, ["“Scaling laws held for ten orders of magnitude,” she said.", "x"]], ["compute", true], ["policy", true], ["data", false]])],
	["notes/neg.md", judged("notes/neg.md", ["note"], [["work", true, ["work"]]])],
	["talks/b.srt", judged("talks/b.srt", ["transcript", "transcript"], [["safety", true]])],
]);

describe("scoring linked themes against labels", () => {
	const result = scoreAll(labels, docs, familyOf);

	it("counts a link as right when the theme is core or mention, and recall over core themes only", () => {
		// links: scaling, compute, policy (a), work (neg), safety (b) = 5; allowed: scaling, compute, safety = 3
		expect(result.overall.links).toBe(5);
		expect(result.overall.allowed).toBe(3);
		// core: scaling, data (a), safety (b), agents (gone) = 4; linked: scaling, safety = 2
		expect(result.overall.core).toBe(4);
		expect(result.overall.coreLinked).toBe(2);
		expect(result.overall.precision).toBeCloseTo(0.6);
		expect(result.overall.recall).toBeCloseTo(0.5);
		expect(result.overall.f1).toBeCloseTo((2 * 0.6 * 0.5) / 1.1);
	});

	it("splits the figures per family and per theme", () => {
		expect(result.families.notes).toMatchObject({ links: 4, allowed: 2, core: 2, coreLinked: 1 });
		expect(result.families.talks).toMatchObject({ links: 1, allowed: 1, core: 2, coreLinked: 1 });
		expect(result.themes.policy).toMatchObject({ links: 1, allowed: 0, core: 0 });
		expect(result.themes.data).toMatchObject({ links: 0, core: 1, coreLinked: 0 });
	});

	it("counts kinds, links on documents labelled with no theme, and lists every wrong decision with its why", () => {
		expect(result.kindsRight).toBe(2); // a and b; neg is read as a note, gone is not found
		expect(result.negativeDocuments).toBe(1);
		expect(result.negativeLinks).toBe(1);
		const wrong = result.wrong.map((w) => `${w.kind} ${w.key} ${w.theme ?? ""}`.trim());
		expect(wrong.sort()).toEqual(
			["missed notes/a.md data", "not found talks/gone.vtt", "wrong kind notes/neg.md", "wrong link notes/a.md policy", "wrong link notes/neg.md work"].sort(),
		);
		expect(result.wrong.find((w) => w.theme === "data")?.why).toBe("not linked: data");
	});

	it("judges the passages shown: the evidence quote among the first three, and passages that are only a word or two", () => {
		expect(result.passages.withEvidence).toBe(1);
		expect(result.passages.evidenceShown).toBe(1);
		expect(result.passages.shown).toBe(3); // two for scaling, one for work
		expect(result.passages.short).toBe(2); // "x" and "work"
	});

	it("has precision 1 with no links and recall 1 with nothing to find", () => {
		expect(figures({ allowed: 0, links: 0, coreLinked: 0, core: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
	});
});

describe("comparing quotes", () => {
	it("ignores case, curly quotes, markdown and spacing", () => {
		expect(normaliseQuote("**It’s**   a  > “test”.")).toBe("it's a test");
		expect(quoteShown("It's a test of the quote", ["> it’s a *test* of the quote, and more"])).toBe(true);
		expect(quoteShown("It's a test of the quote", ["something else entirely"])).toBe(false);
	});
});

describe("judging suggestions", () => {
	const list = { adoptable: [{ term: "GPT-4", variants: ["GPT 4", "gpt4"] }, { term: "reward hacking", variants: [] }], never: ["thing"] };
	const common = commonWords([{ word: "The" }, { word: "learning" }, { word: "thing" }, { word: "rare" }], 3);

	it("merges spellings of one term", () => {
		expect(normaliseTerm("GPT-4")).toBe(normaliseTerm("gpt 4"));
		expect(normaliseTerm("OpenAI’s")).toBe("openai");
	});

	it("counts adoptable terms in the top ten and twenty and everyday words in the top twenty", () => {
		const figures = judgeSuggestions(["gpt 4", "learning", "thing", "reward hacking", "rare", "deep learning"], list, common);
		expect(figures.top10).toBe(2);
		expect(figures.top20).toBe(2);
		expect(figures.everyday20).toBe(2); // "learning" is common, "thing" is on the never list; "rare" is outside the top 3, "deep learning" has two words
		expect(figures.verdicts[0]).toEqual({ phrase: "gpt 4", adoptable: "GPT-4", everyday: false });
	});
});

describe("npm run eval without ../shared/", () => {
	it("skips with one clear line and exit status 0", async () => {
		const { spawnSync } = await import("node:child_process");
		const { resolve } = await import("node:path");
		const root = resolve(__dirname, "../..");
		const run = spawnSync(process.execPath, [resolve(root, "eval/run.mjs")], { cwd: root, encoding: "utf8", env: { ...process.env, THROUGHLINE_SHARED: resolve(root, "no-such-shared-folder") } });
		expect(run.status).toBe(0);
		expect(run.stdout.trim().split("\n")).toHaveLength(1);
		expect(run.stdout).toMatch(/^eval: skipped, .*no-such-shared-folder is not beside the project/);
	});
});
