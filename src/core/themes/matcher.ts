// Finds theme mentions: the scan (scanner.ts) reports where alias and exclusion forms end; here
// exclusions remove the mentions they cover and each theme keeps its longest, non-overlapping
// mentions. Words are maximal runs of letters, digits and marks of any script, so boundaries are
// whole words by construction; scripts without spaces (CJK, Thai…) are one word per character.
// Aliases whose symbols are part of the name (C++, A/B testing) are found by literal.ts.

import type { CompiledThemes } from "./compile";
import { findLiteralHits } from "./literal";
import { scanPhrases } from "./scanner";

export { compileThemes, normaliseTag } from "./compile";
export type { CompiledAlias, CompiledExclusion, CompiledThemes, WeightedThemeDefinition } from "./compile";

/** One occurrence of an alias: indices into compiled.themes / compiled.aliases, and its range. */
export interface RawMention {
	theme: number;
	alias: number;
	start: number;
	end: number;
}

/**
 * Every mention of every theme in `raw`, outside the `excluded` ranges (flat start/end pairs).
 * Exclusions of a theme remove its mentions they cover; then, per theme, the longest match wins
 * at a position and mentions never overlap. Sorted by start, then theme. The signal groups'
 * mentions (domains, context words) go to `signals` when it is given, else nowhere.
 */
export function findMentions(compiled: CompiledThemes, raw: string, excluded: number[], signals?: RawMention[]): RawMention[] {
	const hits = scanPhrases(compiled.automaton, raw, excluded);
	const literalHits = findLiteralHits(compiled.literals, raw, excluded);
	if (hits.length === 0 && literalHits.length === 0) return [];
	const found: Found = { candidates: [], fences: [], signals: signals === undefined ? undefined : [] }; // fences: exclusion spans, alias = exclusion index
	const { outputStart, outputList } = compiled.automaton;
	for (let h = 0; h < hits.length; h += 3) {
		const node = hits[h + 2];
		for (let o = outputStart[node]; o < outputStart[node + 1]; o++) addHit(compiled, outputList[o], hits[h], hits[h + 1], found);
	}
	for (let h = 0; h < literalHits.length; h += 3) addHit(compiled, literalHits[h + 2], literalHits[h], literalHits[h + 1], found);
	sortMentions(found.candidates);
	sortMentions(found.fences);
	if (found.signals && signals) keepSignals(compiled, raw, found.signals, signals);
	const kept = keepOutermost(compiled.themes.length, found.candidates, found.fences);
	return kept.filter((mention) => oneCaseIfAcronym(compiled, raw, mention));
}

/** A group's longest signal at a place, never two of one group overlapping ("large language model" is one, not also "language model"). */
function keepSignals(compiled: CompiledThemes, raw: string, found: RawMention[], into: RawMention[]): void {
	sortMentions(found);
	const lastEnd = new Map<number, number>();
	for (const signal of found) {
		if (signal.start < (lastEnd.get(signal.theme) ?? -1) || !oneCaseIfAcronym(compiled, raw, signal)) continue;
		into.push(signal);
		lastEnd.set(signal.theme, signal.end);
	}
}

/** False for an acronym alias written in mixed case ("xAI" for "XAI"). */
function oneCaseIfAcronym(compiled: CompiledThemes, raw: string, mention: RawMention): boolean {
	return !compiled.aliases[mention.alias].acronym || oneCase(raw, mention.start, mention.end);
}

/** True when the letters of raw[start, end) are all capitals (a plural "s" aside) or all lower-case: "XAI", "GPUs", "xai", never "xAI". */
function oneCase(raw: string, start: number, end: number): boolean {
	let upper = 0;
	let lower = 0;
	for (let i = start; i < end; i++) {
		const code = raw.charCodeAt(i);
		if (code >= 65 && code <= 90) upper++;
		else if (code >= 97 && code <= 122 && !(code === 115 && i === end - 1 && upper > 0)) lower++; // 115: the plural "s" of "GPUs"
	}
	return upper === 0 || lower === 0;
}

/** Files one output of a hit: an alias's candidate mention, a signal (kept only when asked for), or an exclusion's fence. */
function addHit(compiled: CompiledThemes, output: number, start: number, end: number, found: Found): void {
	if (output < 0) found.fences.push({ theme: compiled.exclusions[-output - 1].theme, alias: -output - 1, start, end });
	else if (compiled.aliases[output].theme < compiled.themes.length) found.candidates.push({ theme: compiled.aliases[output].theme, alias: output, start, end });
	else found.signals?.push({ theme: compiled.aliases[output].theme, alias: output, start, end }); // signals never overlap a theme's mentions: no fence or longest match applies
}

interface Found {
	candidates: RawMention[];
	fences: RawMention[];
	signals: RawMention[] | undefined;
}

/**
 * One sweep over candidates and fences, both sorted by start: drops a candidate that a fence of its
 * theme covers (the fences started by then reach past its end), then one a longer mention of its
 * theme already covers.
 */
function keepOutermost(themeCount: number, candidates: RawMention[], fences: RawMention[]): RawMention[] {
	const fenceEnd = new Int32Array(themeCount).fill(-1); // per theme: furthest end of the fences started so far
	const lastEnd = new Int32Array(themeCount).fill(-1);
	const result: RawMention[] = [];
	let f = 0;
	for (const mention of candidates) {
		for (; f < fences.length && fences[f].start <= mention.start; f++) {
			const fence = fences[f];
			if (fence.end > fenceEnd[fence.theme]) fenceEnd[fence.theme] = fence.end;
		}
		if (mention.end <= fenceEnd[mention.theme]) continue; // an exclusion of the theme covers it
		if (mention.start < lastEnd[mention.theme]) continue; // the theme's longer mention at or before here covers it
		result.push(mention);
		lastEnd[mention.theme] = mention.end;
	}
	return result;
}

const INVERSIONS_PER_MENTION = 8; // scan order is nearly start order: past this, a general sort is cheaper

/**
 * Sorts by start, then theme, then longest first — stable. Mentions arrive in the order their
 * phrases end, so few move: insertion sort, unless the input turns out far from sorted.
 */
function sortMentions(mentions: RawMention[]): void {
	let budget = INVERSIONS_PER_MENTION * mentions.length;
	for (let i = 1; i < mentions.length; i++) {
		const mention = mentions[i];
		let j = i - 1;
		while (j >= 0 && compareMentions(mentions[j], mention) > 0) {
			mentions[j + 1] = mentions[j];
			j--;
			if (--budget < 0) {
				mentions[j + 1] = mention;
				mentions.sort(compareMentions);
				return;
			}
		}
		mentions[j + 1] = mention;
	}
}

function compareMentions(a: RawMention, b: RawMention): number {
	return a.start - b.start || a.theme - b.theme || b.end - a.end;
}
