// The fast matcher against a slow, obviously-correct reference: tokens by regex, gaps judged by
// one regex on the gap text, every alias form tried at every token.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ThemeDefinition } from "../../../src/core/model";
import { formsOf } from "../../../src/core/themes/inflect";
import { isLiteralPhrase, literalFormsOf } from "../../../src/core/themes/literal";
import { compileThemes, findMentions } from "../../../src/core/themes/matcher";
import { reference, tokensOf } from "./reference-matcher";

const VOCAB = ["scale", "scaling", "laws", "law", "post", "training", "emergent", "fish", "über", "дом", "涌", "现", "data", "of", "the", "c", "a", "b"];
const NOISE = ["x1", "é", "lawful", "scal", "dataset", "Scales", "SCALING", "Über", "ДОМ", "C++", "c+", "c+++", "xc++", "A/B", "a|b", "C#", ".NET", "asp.net", "Node.js", "R&D"];
const SEPARATORS = [" ", "  ", "\t", "-", " — ", "\n", "\n*  ", "\n> ", "\n- ", "\n\n", ". ", ", ", "'", "’", " '", "(", "\r\n", "*", "_", "•", "", "/", "+", "++", "|", "#"];
/** Aliases whose symbols must stand in the text: the literal path. */
const SYMBOL_PHRASES = ["c++", "C++", "a/b", "A/B testing", "a/b law", "a|b", "c#", ".net", "node.js", "r&d", "scaling/laws", "涌+现", "the c++ law"];

const wordPhrase = fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 3 }).chain((words) => fc.constantFrom(words.join(" "), words.join("-")));
const phrase = fc.oneof({ arbitrary: wordPhrase, weight: 3 }, { arbitrary: fc.constantFrom(...SYMBOL_PHRASES), weight: 1 });
const themesArb = fc.array(
	fc.record({ aliases: fc.array(phrase, { minLength: 1, maxLength: 4 }), exclusions: fc.array(phrase, { maxLength: 2 }), name: fc.constantFrom(...VOCAB) }),
	{ minLength: 1, maxLength: 3 },
).map((list) => list.map((t, i): ThemeDefinition => ({ id: `t${i}`, name: t.name, path: null, aliases: t.aliases, exclusions: t.exclusions, tags: [] })));
const textArb = fc.array(fc.tuple(fc.constantFrom(...VOCAB, ...NOISE), fc.constantFrom(...SEPARATORS)), { maxLength: 40 }).map((parts) => parts.map(([w, s]) => w + s).join(""));
const caseArb = textArb.chain((text) =>
	fc.tuple(fc.constant(text), fc.uniqueArray(fc.nat(text.length), { maxLength: 6 }).map((cuts) => {
		const sorted = [...cuts].sort((a, b) => a - b);
		return sorted.length % 2 === 0 ? sorted : sorted.slice(0, -1);
	})),
);

describe("findMentions matches the reference", () => {
	it("reports exactly the occurrences the reference finds", () => {
		fc.assert(
			fc.property(themesArb, caseArb, (themes, [text, excluded]) => {
				const compiled = compileThemes(themes);
				const fast = findMentions(compiled, text, excluded).map(({ theme, start, end }) => ({ theme, start, end }));
				expect(fast).toEqual(reference(themes, text, excluded));
			}),
			{ numRuns: 400 },
		);
	});

	it("points every mention at text that, normalised, is a form of its alias", () => {
		fc.assert(
			fc.property(themesArb, textArb, (themes, text) => {
				const compiled = compileThemes(themes);
				for (const mention of findMentions(compiled, text, [])) {
					const alias = compiled.aliases[mention.alias];
					expect(alias.theme).toBe(mention.theme);
					const matched = text.slice(mention.start, mention.end);
					if (isLiteralPhrase(alias.phrase)) {
						const normalised = matched.toLowerCase().replace(/[\s\-\u2014*_]+/g, " ");
						expect(literalFormsOf(alias.phrase)).toContain(normalised);
						continue;
					}
					const words = tokensOf(matched).map((t) => t.word);
					const forms = [...themes[mention.theme].aliases, themes[mention.theme].name].flatMap((a) => formsOf(a)).map((f) => f.words.join(" "));
					expect(forms).toContain(words.join(" "));
				}
			}),
			{ numRuns: 300 },
		);
	});

	it("never reports a mention that touches an excluded range", () => {
		fc.assert(
			fc.property(themesArb, caseArb, (themes, [text, excluded]) => {
				for (const m of findMentions(compileThemes(themes), text, excluded)) {
					for (let i = 0; i < excluded.length; i += 2) {
						const inside = (at: number) => at >= excluded[i] && at < excluded[i + 1];
						expect(inside(m.start) || inside(m.end - 1)).toBe(false);
					}
				}
			}),
			{ numRuns: 300 },
		);
	});
});
