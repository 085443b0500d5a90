// The passages a note quotes for a theme are those that carry it, and each quote is the sentence a
// reader would pick: never the bare matched word, never a heading when a passage can be quoted.
import { describe, expect, it } from "vitest";
import { strongestPassages } from "../../../src/core/engine/hub-builder";
import { rankedPassages } from "../../../src/core/index/quoted-passages";
import { storedMentions } from "../../../src/core/index/record";
import { analyze, note } from "./helpers";

const REASONING = {
	id: "reasoning", name: "Reasoning", path: null, aliases: ["chain of thought", "planning", "understand"], exclusions: [], tags: [],
	aliasWeights: { "chain of thought": 3, planning: 1, understand: 1 },
};

const BODY = [
	"We met for lunch and I did not understand the menu at all.",
	"",
	"## Planning",
	"",
	"Some background on the company first. The models now use a chain of thought before they answer, which is why their planning got better. It changed how we build things.",
	"",
	"Later we talked about planning a trip.",
].join("\n");

describe("passages quoted for a theme", () => {
	const record = analyze("talk.md", note("A talk", BODY), [REASONING]);
	const ranked = rankedPassages(storedMentions(record, "reasoning"));

	it("ranks the passage that carries the theme first: a term of art and another word of it, over earlier passing words", () => {
		expect(ranked[0].mention.match).toBe("chain of thought");
		expect(ranked[0].mentions).toBe(2);
		expect(ranked.map((p) => p.mention.match)).toEqual(["chain of thought", "understand", "planning", "Planning"]);
	});

	it("quotes a heading only after every passage that reads on its own", () => {
		expect(ranked[ranked.length - 1].mention.match).toBe("Planning");
	});

	it("quotes the sentence holding the mention, cut inside its passage", () => {
		expect(ranked[0].mention.snippet).toBe("… The models now use a chain of thought before they answer, which is why their planning got better. …");
	});

	it("takes in the next sentence when the one holding the mention is short", () => {
		const short = analyze("s.md", note("Short", "Yes, planning. That is what the models learned to do when we gave them the time to think it over."), [REASONING]);
		expect(storedMentions(short, "reasoning")[0].snippet).toBe("Yes, planning. That is what the models learned to do when we gave them the time to think it over.");
	});

	it("cuts speech without punctuation around the mention, at word boundaries", () => {
		const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
		words.splice(40, 0, "planning");
		const speech = analyze("r.md", note("Raw", words.join(" ")), [REASONING]);
		const quote = storedMentions(speech, "reasoning")[0].snippet ?? "";
		expect(quote).toMatch(/^… word\d+ .* planning .* word\d+ …$/);
		expect(quote.length).toBeLessThan(260);
	});

	it("gives hubs the quotes, best first, never the bare word", () => {
		const quotes = strongestPassages(record, "reasoning").map((p) => p.quote);
		expect(quotes).toHaveLength(3);
		expect(quotes[0]).toContain("chain of thought before they answer");
		for (const quote of quotes) expect(quote.split(" ").length).toBeGreaterThan(3);
	});
});
