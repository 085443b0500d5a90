// Decides, per document and theme, whether the theme is discussed or only brushed. The score is
// the weighted evidence of its mentions (specific phrases count more; generic words only support
// specific ones), scaled down when the mentions are too sparse for the document's length or all
// sit in one passage of a long document; a reader's tag on the document adds enough to link alone.
//
//   evidence = specific + min(generic, specific × weakSupport)
//   density  = evidence per 1,000 words (short notes count as minWords long)
//   score    = evidence × min(1, density / densityFloor) × spread + (tagged ? tagScore : 0)
//   linked   = score ≥ linkThreshold, unless the reader excluded the theme from the document

import type { DocumentThemeDecision, PassageSpan, SourceDocument, ThemeMention } from "../model";
import { LineIndex } from "../text/line-index";
import { WEIGHT_WEAK, normaliseTag, type CompiledThemes } from "./compile";
import { explainDecision, type ThemeEvidence } from "./explain";
import type { RawMention } from "./matcher";

export interface ScoringOptions {
	/** Minimum score for a link. */
	linkThreshold: number;
	/** Weighted mentions per 1,000 words below which evidence counts only in part. */
	densityFloor: number;
	/** Notes shorter than this are judged as if this long, so one word in a tweet is not "dense". */
	minWords: number;
	/** Score a reader's matching tag adds. */
	tagScore: number;
	/** Generic words add at most this multiple of the specific evidence. */
	weakSupport: number;
	/** A document with at least this many passages, whose mentions all sit in one, is a tangent. */
	tangentPassages: number;
	/** Factor for such a tangent (a sponsor read, an aside). */
	tangentFactor: number;
}

export const DEFAULT_SCORING: ScoringOptions = {
	linkThreshold: 3, // one specific phrase in a short note, or two specific words
	densityFloor: 3, // ≈ one specific phrase per 1,000 words: a 2-hour transcript (25k words) needs ~15 specific mentions in full
	minWords: 300, // about one page: highlights and insights are judged as a page, not as a sentence
	tagScore: 3, // equal to the threshold: the reader's own tag links on its own
	weakSupport: 1, // "scale" ×20 can at most double the weight of one "scaling laws"
	tangentPassages: 8, // fewer passages and one passage is a fair share of the document
	tangentFactor: 0.5, // half: still links when the one passage is dense with specific phrases
};

export interface ThemeDecisions {
	decisions: DocumentThemeDecision[];
	mentions: ThemeMention[];
}

const byStartLongestFirst = (a: RawMention, b: RawMention): number => a.start - b.start || b.end - a.end;

/** True when a stable sort by byStartLongestFirst would leave the mentions as they are. */
function inStartOrder(mentions: readonly RawMention[]): boolean {
	for (let i = 1; i < mentions.length; i++) if (byStartLongestFirst(mentions[i - 1], mentions[i]) > 0) return false;
	return true;
}

/** Drops a mention lying inside a longer mention of another theme ("data" inside "data center"). */
export function dropCoveredMentions(mentions: RawMention[]): RawMention[] {
	const sorted = inStartOrder(mentions) ? mentions : [...mentions].sort(byStartLongestFirst); // the matcher's order mostly is this one already
	const kept: RawMention[] = [];
	const open: RawMention[] = []; // its first `openCount` entries: never shortened, so it is not reallocated at every mention
	let openCount = 0;
	for (const mention of sorted) {
		let stillOpen = 0; // mentions ending after this one starts, compacted in place and in order
		for (let k = 0; k < openCount; k++) if (open[k].end > mention.start) open[stillOpen++] = open[k];
		openCount = stillOpen;
		if (!coveredByAnother(open, openCount, mention)) kept.push(mention);
		open[openCount++] = mention;
	}
	return kept;
}

function coveredByAnother(open: readonly RawMention[], openCount: number, mention: RawMention): boolean {
	for (let k = 0; k < openCount; k++) {
		const o = open[k];
		if (o.theme !== mention.theme && o.end >= mention.end && o.end - o.start > mention.end - mention.start) return true;
	}
	return false;
}

/** Index of the passage holding `offset`, or -1. */
export function passageAt(passages: PassageSpan[], offset: number): number {
	let low = 0;
	let high = passages.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (passages[middle].end <= offset) low = middle + 1;
		else if (passages[middle].start > offset) high = middle - 1;
		else return middle;
	}
	return -1;
}

const OUTSIDE_PASSAGE_WINDOW = 1000; // mentions outside every passage are grouped per 1,000 characters

function wordCountOf(doc: SourceDocument, raw: string): number {
	if (doc.words > 0) return doc.words;
	let words = 0;
	for (const passage of doc.passages) words += raw.slice(passage.start, passage.end).split(/\s+/).filter(Boolean).length;
	return words;
}

function themeIndexesOf(compiled: CompiledThemes, names: string[]): Set<number> {
	const found = new Set<number>();
	if (names.length === 0) return found; // most notes exclude no theme: no theme name is normalised for them
	const wanted = new Set(names.map(normaliseTag));
	compiled.themes.forEach((theme, index) => {
		if (wanted.has(normaliseTag(theme.id)) || wanted.has(normaliseTag(theme.name))) found.add(index);
	});
	return found;
}

/** Theme index → the first of the document's tags that signals it. */
function taggedThemes(compiled: CompiledThemes, tags: string[]): Map<number, string> {
	const result = new Map<number, string>();
	for (const raw of tags) {
		const tag = normaliseTag(raw);
		const last = tag.slice(tag.lastIndexOf("/") + 1);
		for (const candidate of [tag, last]) {
			for (const theme of compiled.tagThemes.get(candidate) ?? []) if (!result.has(theme)) result.set(theme, tag);
		}
	}
	return result;
}

interface ThemeTally {
	mentions: number;
	specific: number;
	generic: number;
	specificMentions: number;
	passages: Set<number>;
	aliasCounts: Map<number, number>;
}

function tallyOf(tallies: Map<number, ThemeTally>, theme: number): ThemeTally {
	let tally = tallies.get(theme);
	if (!tally) {
		tally = { mentions: 0, specific: 0, generic: 0, specificMentions: 0, passages: new Set(), aliasCounts: new Map() };
		tallies.set(theme, tally);
	}
	return tally;
}

function scoreOf(tally: ThemeTally, tagged: boolean, words: number, passageCount: number, options: ScoringOptions): number {
	const evidence = tally.specific + Math.min(tally.generic, tally.specific * options.weakSupport);
	const density = (evidence * 1000) / Math.max(words, options.minWords);
	const densityFactor = Math.min(1, density / options.densityFloor);
	const tangent = passageCount >= options.tangentPassages && tally.passages.size === 1 && tally.mentions > 1;
	const score = evidence * densityFactor * (tangent ? options.tangentFactor : 1) + (tagged ? options.tagScore : 0);
	return Math.round(score * 100) / 100;
}

function evidenceOf(compiled: CompiledThemes, tally: ThemeTally): ThemeEvidence["aliases"] {
	return [...tally.aliasCounts]
		.map(([alias, count]) => ({ phrase: compiled.aliases[alias].phrase, count, weight: compiled.aliases[alias].weight }))
		.sort((a, b) => Number(b.weight > WEIGHT_WEAK) - Number(a.weight > WEIGHT_WEAK) || b.weight * b.count - a.weight * a.count || b.count - a.count);
}

/** Scores every theme with evidence in the document and explains each decision. */
export function decideThemes(doc: SourceDocument, raw: string, mentions: RawMention[], compiled: CompiledThemes, options: ScoringOptions = DEFAULT_SCORING): ThemeDecisions {
	const kept = dropCoveredMentions(mentions);
	const lines = new LineIndex(raw);
	const tallies = new Map<number, ThemeTally>();
	const themeMentions: ThemeMention[] = [];
	for (const mention of kept) {
		const passage = passageAt(doc.passages, mention.start);
		const { line, col } = lines.position(mention.start);
		const themeId = compiled.themes[mention.theme].id;
		themeMentions.push({ themeId, start: mention.start, end: mention.end, line, col, match: raw.slice(mention.start, mention.end), passage });
		const tally = tallyOf(tallies, mention.theme);
		const weight = compiled.aliases[mention.alias].weight;
		tally.mentions++;
		if (weight > WEIGHT_WEAK) {
			tally.specific += weight;
			tally.specificMentions++;
		} else tally.generic += weight;
		tally.passages.add(passage >= 0 ? passage : -1 - Math.floor(mention.start / OUTSIDE_PASSAGE_WINDOW));
		tally.aliasCounts.set(mention.alias, (tally.aliasCounts.get(mention.alias) ?? 0) + 1);
	}
	const tags = taggedThemes(compiled, doc.tags);
	for (const theme of tags.keys()) tallyOf(tallies, theme);
	const excluded = themeIndexesOf(compiled, doc.excludedThemes);
	for (const theme of excluded) tallyOf(tallies, theme); // the link writer must hear "excluded" even with no mentions
	const words = wordCountOf(doc, raw);
	const decisions: DocumentThemeDecision[] = [];
	for (const theme of [...tallies.keys()].sort((a, b) => a - b)) {
		const tally = tallies.get(theme) as ThemeTally;
		const score = scoreOf(tally, tags.has(theme), words, doc.passages.length, options);
		const isExcluded = excluded.has(theme);
		const linked = !isExcluded && score >= options.linkThreshold;
		const evidence: ThemeEvidence = {
			mentions: tally.mentions, passages: tally.passages.size, aliases: evidenceOf(compiled, tally), specificMentions: tally.specificMentions,
			tag: tags.get(theme) ?? null, excluded: isExcluded, words, score, threshold: options.linkThreshold,
		};
		decisions.push({ themeId: compiled.themes[theme].id, score, mentions: tally.mentions, linked, why: explainDecision(evidence, linked) });
	}
	return { decisions, mentions: themeMentions };
}
