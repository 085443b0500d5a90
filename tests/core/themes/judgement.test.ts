// Judging what a document is about, not which words it holds: a theme's field (domain), the sense
// its words are used in (contexts), passages that carry a theme, and the reasons given for each.
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../../src/core/model";
import { type WeightedThemeDefinition, compileThemes, findMentions } from "../../../src/core/themes/matcher";
import { DEFAULT_SCORING, judgeDocument } from "../../../src/core/themes/scoring";
import { starterPack } from "../../../src/core/themes/starter-pack";

const pack = compileThemes(starterPack());

/** A document whose passages are its non-blank lines. */
function docOf(raw: string, extra: Partial<SourceDocument> = {}): SourceDocument {
	const passages: SourceDocument["passages"] = [];
	let start = 0;
	for (const line of raw.split("\n")) {
		if (line.trim()) passages.push({ start, end: start + line.length });
		start += line.length + 1;
	}
	const words = raw.split(/\s+/).filter(Boolean).length;
	return { path: "a.md", kind: "note", format: "markdown", title: "a", author: null, date: null, url: null, durationSeconds: null, words, tags: [], excludedThemes: [], problems: [], excluded: [], passages, ...extra };
}

function decision(raw: string, theme: string, compiled = pack, extra: Partial<SourceDocument> = {}) {
	return judgeDocument(docOf(raw, extra), raw, compiled, DEFAULT_SCORING).decisions.find((d) => d.themeId === theme);
}

describe("a theme's field", () => {
	const careers = [
		"Designing a life: the jobs we hold, the workers we become, and how labor shapes us.",
		"Most jobs reward persistence; workers who prototype their careers find better jobs.",
		"Collective bargaining and the labor market tell a story about the workers of a town.",
	].join("\n");

	it("links none of a theme's words, specific ones included, in a document that shows nothing of AI, and says so", () => {
		const work = decision(careers, "work");
		expect(work?.linked).toBe(false);
		expect(work?.why).toMatch(/^not linked: \d+ mentions? in \d passages?, .*but nothing here is about AI/);
	});

	it("links the same words where the document is about AI", () => {
		const aboutAi = `${careers}\nAI automation will replace jobs: language models already automate the work of these workers.`;
		expect(decision(aboutAi, "work")?.linked).toBe(true);
	});

	it("shows the field by its terms of art too, without the word AI", () => {
		const mesa = "A mesa-optimizer is an optimizer one level down. Mesa-optimizers may pursue a different goal than the base objective: deceptive alignment.";
		expect(decision(mesa, "alignment")?.linked).toBe(true);
	});

	it("lets a theme without a domain link anywhere (Emergence covers complex systems)", () => {
		const ants = "Ant colonies show emergent behavior: the colony is more than the sum of its parts, an emergent property no ant plans.";
		expect(decision(ants, "emergence")?.linked).toBe(true);
	});

	it("does not take a passing remark in a long document for its field", () => {
		const talk = `${"we talked about wrestling practice and the weight room and the season ahead of us all\n".repeat(200)}one of them asked about AI and jobs and workers and the labor market\n`;
		expect(decision(talk, "work")?.why).toMatch(/nothing here is about AI/);
	});
});

describe("the sense a word is used in", () => {
	it("reads 'policy' beside rewards and actions as the agent's policy, and says so", () => {
		const rl = [
			"In reinforcement learning the agent follows a policy: from each state it picks an action to maximise reward.",
			"The policy is updated with policy gradients; PPO keeps each new policy close to the old one.",
			"Policies learned this way by an AI are evaluated on the reward they collect.",
		].join("\n");
		const policy = decision(rl, "policy");
		expect(policy?.linked ?? false).toBe(false);
		expect(policy?.why).toMatch(/'polic(y|ies)'( ×\d+)? read in another sense \(near '/);
		expect(judgeDocument(docOf(rl), rl, pack).mentions.filter((m) => m.themeId === "policy")).toEqual([]);
	});

	it("links the governance sense", () => {
		const governance = "AI policy is moving fast: regulators drafted the EU AI Act and lawmakers debate export controls on AI chips.";
		expect(decision(governance, "policy")?.linked).toBe(true);
	});

	it("reads every use in the document's sense once half of its passages show it (one sense per discourse)", () => {
		const lecture = [
			"The robot's policy maps each state to an action, and the reward tells it how well it did.",
			"A good policy collects more reward over time in the environment.",
			"How do we find policies at all? That is the question of this AI course.",
		].join("\n");
		const policy = decision(lecture, "policy");
		expect(policy?.mentions ?? 0).toBe(0); // the third passage names no reward, yet is read like the other two
	});

	it("counts reinforcement learning as post-training only about language models", () => {
		const robots = "Deep reinforcement learning lets a robot learn to walk; AI labs use reinforcement learning for robot arms.\nThe robot gets a reward for each step of reinforcement learning.";
		const post = decision(robots, "post-training");
		expect(post?.linked ?? false).toBe(false);
		expect(post?.why).toMatch(/without 'language model', 'language models' or the like nearby/);
		const llm = "After pretraining, reinforcement learning from preferences tunes the language model; reinforcement learning makes the LLM follow instructions.";
		expect(decision(llm, "post-training")?.linked).toBe(true);
	});

	it("meets a required context everywhere in a document that dwells on it", () => {
		const llms = [
			"LLMs, LLMs and more LLMs: this post is about language models and the LLM labs.",
			"Nothing in this paragraph names them, but RL here is RL on the LLM from before, and RL is hard.",
			"Some say RL only checks the final answer, and RL rewards are sparse.",
		].join("\n");
		expect(decision(llms, "post-training")?.linked).toBe(true);
	});
});

describe("acronyms", () => {
	const theme: WeightedThemeDefinition = { id: "explainability", name: "Explainability", path: null, aliases: ["XAI"], exclusions: [], tags: [] };
	const compiled = compileThemes([theme]);
	const matches = (text: string): string[] => findMentions(compiled, text, []).map((m) => text.slice(m.start, m.end));

	it("count only written in one case: XAI and xai, never the company xAI", () => {
		expect(matches("XAI methods, xai in a transcript, and xAI the company, Xai too")).toEqual(["XAI", "xai"]);
	});

	it("keep their plural", () => {
		const gpus = compileThemes([{ id: "gpus", name: "Hardware", path: null, aliases: ["GPU"], exclusions: [], tags: [] }]);
		const text = "GPUs and gpus, not Gpus";
		expect(findMentions(gpus, text, []).map((m) => text.slice(m.start, m.end))).toEqual(["GPUs", "gpus"]);
	});
});

describe("passages that carry a theme", () => {
	it("count everyday words where three of a theme's words stand together", () => {
		const one = "An AI note. The model will predict the outcome; the probability is low; odds are long.";
		expect(decision(one, "forecasting")?.linked).toBe(true);
		const scattered = "An AI note. The model will predict the outcome.\nThe probability is low.\nThe odds are long.";
		expect(decision(scattered, "forecasting")?.linked ?? false).toBe(false);
	});
});

describe("a note with no words of its own", () => {
	it("links on its tags only, never on a heading's mentions", () => {
		const raw = "# AI scaling laws";
		const doc = { ...docOf(raw), words: 0, passages: [] };
		const scaling = judgeDocument(doc, raw, pack).decisions.find((d) => d.themeId === "scaling");
		expect(scaling?.linked ?? false).toBe(false);
		expect(scaling?.why).toMatch(/in a note with no words of its own/);
		const tagged = judgeDocument({ ...doc, tags: ["scaling"] }, raw, pack).decisions.find((d) => d.themeId === "scaling");
		expect(tagged?.linked).toBe(true);
	});
});

describe("a theme named once", () => {
	const essay = `${"An essay on how we write software with AI help and what it changes for a team, one careful paragraph at a time.\n".repeat(20)}Some even try AI agents for this.\n`;

	it("is said in passing in an essay or a talk", () => {
		const agents = decision(essay, "agents", pack, { kind: "article" });
		expect(agents?.linked ?? false).toBe(false);
		expect(agents?.mentions).toBe(1);
	});

	it("is the point of a highlight or an insight, whose passages each stand alone", () => {
		expect(decision(essay, "agents", pack, { kind: "highlights" })?.linked).toBe(true);
	});
});
