import { describe, expect, it } from "vitest";
import { candidatesOf } from "../../../src/core/index/record";
import { ThemeIndex } from "../../../src/core/index/theme-index";
import { isCovered, isUnsuitable, themePhraseStems } from "../../../src/core/suggestions/rank";
import { STOP_WORDS } from "../../../src/core/suggestions/stop-words";
import { analyze, note, theme } from "../index/helpers";

const FILLERS = ["you know", "kind of", "i mean", "sort of", "i think", "yeah", "like", "um"];

const SUBJECTS = ["Anthropic", "the lab", "our team", "DeepMind", "that paper"];
const VERBS = ["argued", "noticed", "claimed", "measured", "reported"];
const OBJECTS = ["benchmarks", "tokenizers", "datasets", "optimizers", "checkpoints"];

/** Talk-like speech: the same fillers and domain phrases in every note, different words around them. */
function speech(i: number): string {
	const [subject, verb, object] = [SUBJECTS[i], VERBS[i], OBJECTS[i]];
	return [
		`[00:0${i}:12] So yeah, you know, I think ${subject} ${verb} post-training matters, kind of a lot, I mean really.`,
		`Um, ${object} and reward hacking, sort of, when you know ${subject} ${verb} again. In ${2020 + i} we saw ${i + 2} times more.`,
		`I think scaling laws, you know, ${verb} ${object}; reward hacking too, I mean sort of.`,
		`Post-training is, like, where scaling laws stop being ${subject}'s whole story, you know what I mean.`,
	].join("\n\n");
}

function speechIndex(themes = [theme("emergence", ["emergent"])]): ThemeIndex {
	const index = new ThemeIndex(themes);
	for (let i = 0; i < 5; i++) index.upsert(analyze(`talk${i}.md`, note(`Talk ${i}`, speech(i)), themes));
	index.upsert(analyze("pair1.md", note("P1", "The grokking phase came late. Grokking again."), themes));
	index.upsert(analyze("pair2.md", note("P2", "Grokking was seen here as well."), themes));
	return index;
}

describe("per-note candidates", () => {
	it("never hold fillers, stop-word edges, numbers or timestamps", () => {
		const record = analyze("talk.md", note("Talk", speech(1)), []);
		const phrases = candidatesOf(record).map((c) => c.phrase);
		expect(phrases).toContain("post-training");
		expect(phrases).toContain("reward hacking");
		for (const phrase of phrases) {
			const words = phrase.split(" ");
			expect(STOP_WORDS.has(words[0]), phrase).toBe(false);
			expect(STOP_WORDS.has(words[words.length - 1]), phrase).toBe(false);
			expect(phrase).not.toMatch(/\d/);
			for (const filler of FILLERS) expect(` ${phrase} `.includes(` ${filler} `), phrase).toBe(false);
		}
	});
});

describe("suggestions", () => {
	it("rank domain phrases first and leave out fillers and rare phrases", () => {
		const suggestions = speechIndex().suggestions();
		const phrases = suggestions.map((s) => s.phrase);
		expect(phrases.slice(0, 4)).toEqual(expect.arrayContaining(["post-training", "reward hacking", "scaling laws"]));
		for (const phrase of phrases) for (const filler of FILLERS) expect(` ${phrase} `.includes(` ${filler} `), phrase).toBe(false);
		expect(suggestions.find((s) => s.phrase === "grokking")?.documents).toBe(2); // a vault of seven notes: two are a recurrence
		expect(phrases.filter((p) => p.startsWith("think "))).toEqual([]);
		const reward = suggestions.find((s) => s.phrase === "reward hacking");
		expect(reward?.documents).toBe(5);
		expect(reward?.mentions).toBe(10);
	});

	it("leave out phrases a theme covers and phrases the reader rejected", () => {
		const index = speechIndex([theme("scaling", ["scaling law"]), theme("post-training", [])]);
		const phrases = index.suggestions(["Reward Hacking"]).map((s) => s.phrase);
		expect(phrases).not.toContain("scaling laws");
		expect(phrases).not.toContain("post-training");
		expect(phrases).not.toContain("reward hacking");
		expect(phrases.length).toBeGreaterThan(0);
	});

	it("judge single phrases by plain rules", () => {
		for (const bad of ["you know", "kind of", "kind of a lot", "the model", "model of", "2023", "00:12:31", "yeah right", "thing"]) expect(isUnsuitable(bad), bad).toBe(true);
		for (const good of ["post-training", "reward hacking", "constitutional ai", "mixture of experts"]) expect(isUnsuitable(good), good).toBe(false);
		const stems = themePhraseStems([theme("scaling", ["scaling law"]), theme("post-training", [])]);
		expect(isCovered("scaling laws", stems)).toBe(true);
		expect(isCovered("posttraining", stems)).toBe(true);
		expect(isCovered("neural scaling laws", stems)).toBe(true);
		expect(isCovered("reward hacking", stems)).toBe(false);
	});
});
