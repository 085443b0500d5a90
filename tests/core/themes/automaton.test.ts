// The phrase automaton (automaton.ts) as compileThemes builds it: what each trie node outputs, and
// that the scratch tables reused between compiles never leak one compile into another.

import { describe, expect, it } from "vitest";
import type { PhraseAutomaton } from "../../../src/core/themes/automaton";
import { compileThemes, findMentions, type CompiledThemes, type WeightedThemeDefinition } from "../../../src/core/themes/matcher";
import { transitionSlot } from "../../../src/core/themes/compile";
import { hashWord } from "../../../src/core/text/chars";
import { starterPack } from "../../../src/core/themes/starter-pack";

function theme(id: string, aliases: string[], extra: Partial<WeightedThemeDefinition> = {}): WeightedThemeDefinition {
	return { id, name: id, path: null, aliases, exclusions: [], tags: [], ...extra };
}

/** The word id of a folded word, looked up as the scanner does. */
function idOf(automaton: PhraseAutomaton, word: string): number {
	const hash = hashWord(word);
	for (let slot = hash & automaton.hashMask; automaton.hashIds[slot] !== -1; slot = (slot + 1) & automaton.hashMask) {
		if (automaton.hashKeys[slot] === hash) return automaton.hashIds[slot];
	}
	return -1;
}

/** What the node reached by `words` outputs, as "theme:phrase" for aliases and "not:phrase" for exclusions. */
function outputsAt(compiled: CompiledThemes, words: string[]): string[] {
	const { automaton } = compiled;
	let node = automaton.rootNext[idOf(automaton, words[0])];
	for (const word of words.slice(1)) {
		const key = node * automaton.vocab.length + idOf(automaton, word);
		let slot = transitionSlot(key, automaton.nextMask);
		while (automaton.nextKeys[slot] !== key) slot = (slot + 1) & automaton.nextMask;
		node = automaton.nextNodes[slot];
	}
	const named: string[] = [];
	for (let o = automaton.outputStart[node]; o < automaton.outputStart[node + 1]; o++) {
		const output = automaton.outputList[o];
		named.push(output >= 0 ? `${compiled.themes[compiled.aliases[output].theme].id}:${compiled.aliases[output].phrase}` : `not:${compiled.exclusions[-output - 1].phrase}`);
	}
	return named;
}

describe("the phrase automaton", () => {
	it("keeps one alias per theme at a node, the weightiest, in the order themes reached it, and every exclusion", () => {
		const compiled = compileThemes([
			theme("alpha", ["world model", "world models"], { aliasWeights: { "world model": 1, "world models": 3 } }),
			theme("beta", ["world models"]),
			theme("gamma", ["world model"], { exclusions: ["world models", "world models"] }),
		]);
		// Both forms end where every alias above ends: alpha keeps its weightier alias; the two exclusions are two outputs.
		const everyTheme = ["alpha:world models", "beta:world models", "gamma:world model", "not:world models", "not:world models"];
		expect(outputsAt(compiled, ["world", "models"])).toEqual(everyTheme);
		expect(outputsAt(compiled, ["world", "model"])).toEqual(everyTheme);
		expect(outputsAt(compiled, ["alpha"])).toEqual(["alpha:alpha"]);
		expect(outputsAt(compiled, ["world"])).toEqual([]); // a node on the way, no phrase ends there
	});

	it("gives the same automaton whatever was compiled before, and leaves earlier automata as they were", () => {
		const small = [theme("scaling", ["scaling laws", "compute"]), theme("emergence", ["emergent abilities"])];
		compileThemes(starterPack()); // the scratch tables grow to this size first, so the later compile overwrites them in place
		const first = compileThemes(small);
		const firstCopy = structuredClone(first.automaton);
		const text = "Scaling laws predict compute, not emergent abilities.";
		const mentions = findMentions(first, text, []);
		compileThemes(starterPack()); // far larger: every scratch table is written over
		expect(first.automaton).toEqual(firstCopy);
		expect(findMentions(first, text, [])).toEqual(mentions);
		expect(compileThemes(small).automaton).toEqual(firstCopy);
		expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Scaling laws", "compute", "emergent abilities"]);
	});

	it("compiles an empty theme list to an automaton that finds nothing", () => {
		const compiled = compileThemes([]);
		expect(compiled.automaton.outputList.length).toBe(0);
		expect(findMentions(compiled, "scaling laws and emergence", [])).toEqual([]);
	});
});
