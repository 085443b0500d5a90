// Decides, per document and theme, whether the theme is discussed or only brushed. Mentions are
// first read in their sense (senses.ts: an alias with another sense's words nearby does not count)
// and against the theme's field (domain.ts: in a document that shows no sign of it, none count). The score is the weighted evidence of the mentions that count
// (specific phrases count more; generic words only support specific ones), scaled down when the
// mentions are too sparse for the document's length or all sit in one passage of a long document;
// a reader's tag on the document adds enough to link alone. A note with no words links on tags only.
//
//   evidence = specific + min(generic, specific × weakSupport)
//   density  = evidence per 1,000 words (short notes count as minWords long)
//   score    = evidence × min(1, density / densityFloor) × spread + (tagged ? tagScore : 0)
//   linked   = score ≥ linkThreshold, unless the reader excluded the theme from the document

import type { DocumentKind, DocumentThemeDecision, SourceDocument, ThemeMention } from "../model";
import { LineIndex } from "../text/line-index";
import { WEIGHT_WEAK, normaliseTag, type CompiledThemes } from "./compile";
import { type DomainOptions, domainName, domainsShown } from "./domain";
import { explainDecision, type ThemeEvidence } from "./explain";
import { type RawMention, findMentions } from "./matcher";
import { passageAt } from "./passages";
import { type EvidenceOptions, evidenceOf } from "./evidence";
import { type OtherSense, readSenses } from "./senses";
import { type ThemeTally, addMention, emptyTally, passageKey } from "./tally";

export { passageAt } from "./passages";

export interface ScoringOptions extends DomainOptions, EvidenceOptions {
	/** Minimum score for a link. */
	linkThreshold: number;
	/** Weighted mentions per 1,000 words below which evidence counts only in part. */
	densityFloor: number;
	/** Notes shorter than this are judged as if this long, so one word in a tweet is not "dense". */
	minWords: number;
	/** Score a reader's matching tag adds. */
	tagScore: number;
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
	carryingAliases: 3, // three of a theme's words in one passage carry it, everyday ones included
	repeatExponent: 1,
	tangentPassages: 8, // fewer passages and one passage is a fair share of the document
	tangentFactor: 0.5, // half: still links when the one passage is dense with specific phrases
	domainMinMentions: 1, // a highlight or a short note may name its field once
	domainPerThousand: 1, // and one per 1,000 words: a two-hour talk that says "AI" five times is not about it
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

/** Highlights and insights: each passage is a point of its own, so one that names a theme is about it. */
function standalonePassages(kind: DocumentKind): boolean {
	return kind === "highlights" || kind === "insights";
}

function scoreOf(tally: ThemeTally, evidence: number, tagged: boolean, words: number, kind: DocumentKind, passageCount: number, options: ScoringOptions): number {
	const counted = words === 0 ? 0 : evidence; // a note of no words is linked by its tags alone
	const density = (counted * 1000) / Math.max(words, options.minWords);
	const densityFactor = Math.min(1, density / options.densityFloor);
	const tangent = passageCount >= options.tangentPassages && tally.passages.size === 1 && tally.mentions > 1;
	const passing = tally.mentions === 1 && words > options.minWords && !standalonePassages(kind); // one phrase in an essay or a talk is said in passing
	const score = counted * densityFactor * (tangent || passing ? options.tangentFactor : 1) + (tagged ? options.tagScore : 0);
	return Math.round(score * 100) / 100;
}

function aliasesOf(compiled: CompiledThemes, tally: ThemeTally): ThemeEvidence["aliases"] {
	return [...tally.aliasCounts]
		.map(([alias, count]) => ({ phrase: compiled.aliases[alias].phrase, count, weight: compiled.aliases[alias].weight }))
		.sort((a, b) => Number(b.weight > WEIGHT_WEAK) - Number(a.weight > WEIGHT_WEAK) || b.weight * b.count - a.weight * a.count || b.count - a.count);
}

/** Finds the mentions and signals of every theme in a note and decides each theme. */
export function judgeDocument(doc: SourceDocument, raw: string, compiled: CompiledThemes, options: ScoringOptions = DEFAULT_SCORING): ThemeDecisions {
	const signals: RawMention[] = [];
	const mentions = findMentions(compiled, raw, doc.excluded, signals);
	return decideThemes(doc, raw, mentions, compiled, options, signals);
}

/** What the document's signals say about each theme: which domains it shows. */
interface Reading {
	compiled: CompiledThemes;
	shown: Set<number>;
}

/** Whether a theme's mentions count: it needs no domain, or the document shows it. */
function inDomain(reading: Reading, theme: number): boolean {
	const group = reading.compiled.signals.domainOf[theme];
	return group === undefined || group < 0 || reading.shown.has(group);
}

function tallyOf(tallies: Map<number, ThemeTally>, reading: Reading, theme: number): ThemeTally {
	let tally = tallies.get(theme);
	if (!tally) {
		tally = { ...emptyTally(), inDomain: inDomain(reading, theme) };
		tallies.set(theme, tally);
	}
	return tally;
}

/** Scores every theme with evidence in the document and explains each decision; `signals` are the signal groups' mentions. */
export function decideThemes(doc: SourceDocument, raw: string, mentions: RawMention[], compiled: CompiledThemes, options: ScoringOptions = DEFAULT_SCORING, signals: readonly RawMention[] = []): ThemeDecisions {
	const words = wordCountOf(doc, raw);
	const senses = readSenses(compiled, dropCoveredMentions(mentions), signals, doc.passages, words);
	const reading: Reading = { compiled, shown: domainsShown(compiled, signals, words, options) };
	const lines = new LineIndex(raw);
	const tallies = new Map<number, ThemeTally>();
	const themeMentions: ThemeMention[] = [];
	for (const mention of senses.kept) {
		const passage = passageAt(doc.passages, mention.start);
		const { line, col } = lines.position(mention.start);
		const weight = compiled.aliases[mention.alias].weight;
		themeMentions.push({ themeId: compiled.themes[mention.theme].id, start: mention.start, end: mention.end, line, col, match: raw.slice(mention.start, mention.end), passage, weight });
		addMention(tallyOf(tallies, reading, mention.theme), mention.alias, compiled.aliases[mention.alias], passageKey(passage, mention.start));
	}
	for (const other of senses.otherSenses) tallyOf(tallies, reading, other.theme); // the reader hears why a theme's words did not count
	const tags = taggedThemes(compiled, doc.tags);
	for (const theme of tags.keys()) tallyOf(tallies, reading, theme);
	const excluded = themeIndexesOf(compiled, doc.excludedThemes);
	for (const theme of excluded) tallyOf(tallies, reading, theme); // the link writer must hear "excluded" even with no mentions
	const decisions: DocumentThemeDecision[] = [];
	for (const theme of [...tallies.keys()].sort((a, b) => a - b)) {
		const tally = tallies.get(theme) as ThemeTally;
		const score = scoreOf(tally, evidenceOf(tally, compiled.aliases, options), tags.has(theme), words, doc.kind, doc.passages.length, options);
		const isExcluded = excluded.has(theme);
		const linked = !isExcluded && score >= options.linkThreshold;
		const evidence: ThemeEvidence = {
			mentions: tally.mentions, passages: tally.passages.size, aliases: aliasesOf(compiled, tally), specificMentions: tally.specificMentions,
			tag: tags.get(theme) ?? null, excluded: isExcluded, words, score, threshold: options.linkThreshold,
			outOfDomain: tally.inDomain ? 0 : tally.mentions, domain: domainName(compiled, theme), otherSenses: otherSensesOf(senses.otherSenses, theme),
		};
		decisions.push({ themeId: compiled.themes[theme].id, score, mentions: tally.mentions, linked, why: explainDecision(evidence, linked) });
	}
	return { decisions, mentions: themeMentions };
}

function otherSensesOf(all: readonly OtherSense[], theme: number): ThemeEvidence["otherSenses"] {
	return all.filter((o) => o.theme === theme).map(({ phrase, count, cues, lacking }) => ({ phrase, count, cues, lacking }));
}
