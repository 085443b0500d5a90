// Reads each alias in the sense its context gives it. A context rule names words that must (near) or
// must not (not near) stand close to an alias — in the same passage, within CONTEXT_CHARS — for it to
// count. A document rarely switches senses ("one sense per discourse", Gale, Church & Yarowsky
// 1992): when half or more of the passages holding an alias show the other sense, all its mentions
// are read in it; when half or more show the required context, or the document as a whole dwells on
// it (a talk about language models makes every "RL" in it the language models' RL), all of them
// count. Passages, not mentions, are counted: one passage repeating a word six times is one use.

import type { PassageSpan } from "../model";
import type { CompiledThemes } from "./compile";
import type { RawMention } from "./matcher";
import { passageAt } from "./passages";

export const CONTEXT_CHARS = 250; // about forty words either side: a sentence or two of speech
const DWELLS_MIN = 3; // a required context named this often in a document is what the document is about…
const DWELLS_PER_THOUSAND = 2; // …and as often per 1,000 words, so that a long talk naming it thrice in passing is not

/** Mentions read in another sense, per theme: the phrase, how often, and the words that told. */
export interface OtherSense {
	theme: number;
	phrase: string;
	count: number;
	/** Up to two context words seen nearby (or, for a missing requirement, the words looked for). */
	cues: string[];
	/** True when the alias lacked the context it needs, false when another sense's words stood near. */
	lacking: boolean;
}

export interface SenseReading {
	kept: RawMention[];
	otherSenses: OtherSense[];
}

const CUES_SHOWN = 2; // enough to show why, short enough to read

/** Start of the first signal mention at or after `offset` (signals sorted by start). */
function firstFrom(signals: readonly RawMention[], offset: number): number {
	let low = 0;
	let high = signals.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (signals[middle].start < offset) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** A signal mention of `group` near the mention (same passage, within CONTEXT_CHARS), or null. */
function signalNear(signals: readonly RawMention[], group: number, mention: RawMention, passage: PassageSpan | undefined): RawMention | null {
	const from = Math.max(mention.start - CONTEXT_CHARS, passage?.start ?? 0);
	const to = Math.min(mention.end + CONTEXT_CHARS, passage?.end ?? Number.MAX_SAFE_INTEGER);
	for (let i = firstFrom(signals, from); i < signals.length && signals[i].start < to; i++) if (signals[i].theme === group) return signals[i];
	return null;
}

interface RuleTally {
	mentions: RawMention[];
	/** Per mention: its passage, or -1 - its offset for one outside every passage (it stands alone). */
	passages: number[];
	/** Per mention: the other sense's word near it, the required word near it (or null). */
	other: Array<RawMention | null>;
	confirmed: Array<RawMention | null>;
}

function tallyRules(compiled: CompiledThemes, mentions: readonly RawMention[], signals: readonly RawMention[], passages: readonly PassageSpan[]): Map<number, RuleTally> {
	const offset = compiled.themes.length;
	const tallies = new Map<number, RuleTally>();
	for (const mention of mentions) {
		const rules = compiled.aliases[mention.alias].contexts;
		if (!rules) continue;
		const at = passageAt(passages, mention.start);
		const passage = passages[at];
		for (const ruleIndex of rules) {
			const rule = compiled.signals.rules[ruleIndex];
			const tally = tallies.get(ruleIndex) ?? { mentions: [], passages: [], other: [], confirmed: [] };
			tallies.set(ruleIndex, tally);
			tally.mentions.push(mention);
			tally.passages.push(at >= 0 ? at : -1 - mention.start);
			tally.other.push(rule.notNear < 0 ? null : signalNear(signals, offset + rule.notNear, mention, passage));
			tally.confirmed.push(rule.near < 0 ? null : signalNear(signals, offset + rule.near, mention, passage));
		}
	}
	return tallies;
}

/** How many distinct passages hold a mention that passes `test` (by mention index). */
function distinctPassages(tally: RuleTally, test: (i: number) => boolean): number {
	const seen = new Set<number>();
	tally.passages.forEach((passage, i) => {
		if (test(i)) seen.add(passage);
	});
	return seen.size;
}

/** Signal groups named often enough in the whole document to be what it is about. */
function groupsDwelt(compiled: CompiledThemes, signals: readonly RawMention[], words: number): Set<number> {
	const counts = new Map<number, number>();
	for (const signal of signals) counts.set(signal.theme, (counts.get(signal.theme) ?? 0) + 1);
	const needed = Math.max(DWELLS_MIN, (DWELLS_PER_THOUSAND * words) / 1000);
	const dwelt = new Set<number>();
	for (const [theme, count] of counts) if (count >= needed) dwelt.add(theme - compiled.themes.length);
	return dwelt;
}

/** The mentions a rule rejects: read in another sense, or lacking the context they need. */
function rejectedBy(compiled: CompiledThemes, ruleIndex: number, tally: RuleTally, dwelt: Set<number>, rejected: Set<RawMention>, notes: OtherSense[]): void {
	const rule = compiled.signals.rules[ruleIndex];
	const total = distinctPassages(tally, () => true);
	const others = tally.other.filter((o): o is RawMention => o !== null);
	const wholeDocument = distinctPassages(tally, (i) => tally.other[i] !== null) * 2 >= total; // half or more in the other sense: the document's sense
	const lacking = rule.near >= 0 && !dwelt.has(rule.near) && distinctPassages(tally, (i) => tally.confirmed[i] !== null) * 2 < total; // fewer than half with the required words
	let count = 0;
	tally.mentions.forEach((mention, i) => {
		const reject = (rule.notNear >= 0 && (wholeDocument || tally.other[i] !== null)) || (lacking && tally.confirmed[i] === null);
		if (reject && !rejected.has(mention)) {
			rejected.add(mention);
			count++;
		}
	});
	if (count === 0) return;
	const theme = tally.mentions[0].theme;
	const cues = others.length > 0 ? [...new Set(others.map((o) => compiled.aliases[o.alias].phrase))].slice(0, CUES_SHOWN) : rule.nearWords.slice(0, CUES_SHOWN);
	notes.push({ theme, phrase: compiled.aliases[tally.mentions[0].alias].phrase, count, cues, lacking: others.length === 0 });
}

/** Applies every context rule: the mentions that count, and what was read in another sense; `words` is the document's length. */
export function readSenses(compiled: CompiledThemes, mentions: RawMention[], signals: readonly RawMention[], passages: readonly PassageSpan[], words: number): SenseReading {
	if (compiled.signals.rules.length === 0) return { kept: mentions, otherSenses: [] };
	const tallies = tallyRules(compiled, mentions, signals, passages);
	if (tallies.size === 0) return { kept: mentions, otherSenses: [] };
	const rejected = new Set<RawMention>();
	const otherSenses: OtherSense[] = [];
	const dwelt = groupsDwelt(compiled, signals, words);
	for (const [ruleIndex, tally] of tallies) rejectedBy(compiled, ruleIndex, tally, dwelt, rejected, otherSenses);
	return { kept: rejected.size === 0 ? mentions : mentions.filter((m) => !rejected.has(m)), otherSenses };
}
