// What one document holds of one theme: its mentions alias by alias and passage by passage, the
// raw material of the evidence (evidence.ts) and of the reason shown to the reader (explain.ts).

import { WEIGHT_WEAK, type CompiledAlias } from "./compile";

/** One passage's share of a theme: which of its aliases stand there. */
export interface PassageShare {
	/** Distinct aliases (compiled indices) in the passage. */
	aliases: Set<number>;
	specificAliases: number;
}

export interface ThemeTally {
	mentions: number;
	specificMentions: number;
	/** False when the document shows nothing of the theme's field: then no mention counts. */
	inDomain: boolean;
	/** Compiled alias index → occurrences. */
	aliasCounts: Map<number, number>;
	/** Passage key → its share (a mention outside every passage has a key of its own, see passageKey). */
	passages: Map<number, PassageShare>;
}

const OUTSIDE_PASSAGE_WINDOW = 1000; // mentions outside every passage are grouped per 1,000 characters

/** The key of a mention's passage: its index, or a negative key per stretch of text outside passages. */
export function passageKey(passage: number, offset: number): number {
	return passage >= 0 ? passage : -1 - Math.floor(offset / OUTSIDE_PASSAGE_WINDOW);
}

export function emptyTally(): ThemeTally {
	return { mentions: 0, specificMentions: 0, inDomain: true, aliasCounts: new Map(), passages: new Map() };
}

/** Counts one mention of the theme, in the passage of key `key`. */
export function addMention(tally: ThemeTally, aliasIndex: number, alias: CompiledAlias, key: number): void {
	tally.mentions++;
	if (alias.weight > WEIGHT_WEAK) tally.specificMentions++;
	tally.aliasCounts.set(aliasIndex, (tally.aliasCounts.get(aliasIndex) ?? 0) + 1);
	let share = tally.passages.get(key);
	if (!share) {
		share = { aliases: new Set(), specificAliases: 0 };
		tally.passages.set(key, share);
	}
	if (share.aliases.has(aliasIndex)) return;
	share.aliases.add(aliasIndex);
	if (alias.weight > WEIGHT_WEAK) share.specificAliases++;
}
