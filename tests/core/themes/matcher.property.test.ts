// The fast matcher against a slow, obviously-correct reference: tokens by regex, gaps judged by
// one regex on the gap text, every alias form tried at every token.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ThemeDefinition } from "../../../src/core/model";
import { formsOf } from "../../../src/core/themes/inflect";
import { compileThemes, findMentions } from "../../../src/core/themes/matcher";

const VOCAB = ["scale", "scaling", "laws", "law", "post", "training", "emergent", "fish", "über", "дом", "涌", "现", "data", "of", "the"];
const NOISE = ["x1", "é", "lawful", "scal", "dataset", "Scales", "SCALING", "Über", "ДОМ"];
const SEPARATORS = [" ", "  ", "\t", "-", " — ", "\n", "\n*  ", "\n> ", "\n- ", "\n\n", ". ", ", ", "'", "’", " '", "(", "\r\n", "*", "_", "•", "", "/"];

const CLOSED = "\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af";
const TOKEN = new RegExp(`[${CLOSED}]|(?:(?![${CLOSED}])[\\p{L}\\p{N}\\p{M}])+`, "gu");
const SOFT = "[ \\t\\r\\-\\u2010-\\u2015\\u2212*_]";
const SOFT_GAP = new RegExp(`^${SOFT}*(?:\\n(?:${SOFT}|[>+\\u2022\\u00b7\\u2023\\u25e6\\u25aa\\u25cf])*)?$`);
const APOSTROPHE = /^['\u2019\u2018\u02bc\u02bb`\u00b4]$/;
const LATIN_OR_OTHER_WORD = new RegExp(`^(?![${CLOSED}])[\\p{L}\\p{N}\\p{M}]$`, "u");

interface Token {
	start: number;
	end: number;
	word: string;
}

function tokensOf(text: string): Token[] {
	return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, word: m[0].toLowerCase() }));
}

function softGap(spaced: string, a: Token, b: Token): boolean {
	const gap = spaced.slice(a.end, b.start);
	if (SOFT_GAP.test(gap)) return true;
	return APOSTROPHE.test(gap) && LATIN_OR_OTHER_WORD.test(spaced[a.end - 1]) && LATIN_OR_OTHER_WORD.test(spaced[b.start]);
}

interface Found {
	theme: number;
	start: number;
	end: number;
}

function occurrences(tokens: Token[], spaced: string, words: string[]): Array<[number, number]> {
	const found: Array<[number, number]> = [];
	for (let t = 0; t + words.length <= tokens.length; t++) {
		let ok = true;
		for (let k = 0; k < words.length && ok; k++) {
			ok = tokens[t + k].word === words[k] && (k === 0 || softGap(spaced, tokens[t + k - 1], tokens[t + k]));
		}
		if (ok) found.push([tokens[t].start, tokens[t + words.length - 1].end]);
	}
	return found;
}

function reference(themes: ThemeDefinition[], text: string, excluded: number[]): Found[] {
	let spaced = text;
	for (let i = 0; i < excluded.length; i += 2) spaced = spaced.slice(0, excluded[i]) + " ".repeat(excluded[i + 1] - excluded[i]) + spaced.slice(excluded[i + 1]);
	const tokens = tokensOf(spaced);
	const result: Found[] = [];
	themes.forEach((theme, index) => {
		const aliasHits = [theme.name, ...theme.aliases].flatMap((a) => formsOf(a).flatMap((f) => occurrences(tokens, spaced, f.words)));
		const fences = theme.exclusions.flatMap((e) => formsOf(e).flatMap((f) => occurrences(tokens, spaced, f.words)));
		const kept = aliasHits.filter(([s, e]) => !fences.some(([fs, fe]) => fs <= s && e <= fe)).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
		let lastEnd = -1;
		for (const [start, end] of kept) {
			if (start < lastEnd) continue;
			result.push({ theme: index, start, end });
			lastEnd = end;
		}
	});
	return result.sort((a, b) => a.start - b.start || a.theme - b.theme);
}

const phrase = fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 3 }).chain((words) => fc.constantFrom(words.join(" "), words.join("-")));
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
					const words = tokensOf(text.slice(mention.start, mention.end)).map((t) => t.word);
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
