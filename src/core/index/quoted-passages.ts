// Which passages a note quotes for each theme, best first: those that carry the theme (its specific
// phrases, several of its words together), not the first ones that happen to hold a word of it.
// At analysis the best SNIPPETS_PER_THEME passages of each theme get a quote, made in rank order, so
// readers of the record (hubs, views, the scan report) rank passages by their quote's index.

import type { ThemeMention } from "../model";
import { type StoredMention, passageKeyOf } from "./record";

export const SNIPPETS_PER_THEME = 6; // passages quoted per theme and note: a view shows five, a hub three; the rest are reached by line

const DEFAULT_WEIGHT = 1; // a mention whose weight the engine did not give counts as an everyday word

/** A mention's passage key: its passage, or a key of its own outside every passage. */
function keyOf(mention: ThemeMention): number {
	return mention.passage >= 0 ? mention.passage : -1 - mention.start;
}

interface PassageChoice {
	/** Index (into the sorted mentions) of the mention that quotes the passage: its weightiest, then first. */
	quoted: number;
	/** False for a passage too short to read alone (a heading): quoted only after the others. */
	readable: boolean;
	strength: number;
	mentions: number;
	first: number;
}

/** One theme's passages with their strength: the weights of the distinct words of the theme they hold. */
function passagesOfTheme(sorted: readonly ThemeMention[], indices: readonly number[], isShort: (passage: number) => boolean): PassageChoice[] {
	const byKey = new Map<number, PassageChoice & { words: Set<string> }>();
	for (const i of indices) {
		const mention = sorted[i];
		const weight = mention.weight ?? DEFAULT_WEIGHT;
		const key = keyOf(mention);
		let choice = byKey.get(key);
		if (!choice) byKey.set(key, (choice = { quoted: i, readable: mention.passage < 0 || !isShort(mention.passage), strength: 0, mentions: 0, first: mention.start, words: new Set() }));
		choice.mentions++;
		const word = mention.match.toLowerCase();
		if (!choice.words.has(word)) {
			choice.words.add(word);
			choice.strength += weight;
		}
		if (weight > (sorted[choice.quoted].weight ?? DEFAULT_WEIGHT)) choice.quoted = i;
	}
	return [...byKey.values()];
}

const byStrength = (a: PassageChoice, b: PassageChoice): number =>
	Number(b.readable) - Number(a.readable) || b.strength - a.strength || b.mentions - a.mentions || a.first - b.first;

/**
 * The mentions that get a quote (indices into `sorted`, which is in document order): per theme in
 * order of first appearance, its best SNIPPETS_PER_THEME passages, strongest first; a passage
 * `isShort` says is too short to read alone (a heading) comes after every other.
 */
export function chooseQuotedMentions(sorted: readonly ThemeMention[], isShort: (passage: number) => boolean = () => false): number[] {
	const byTheme = new Map<string, number[]>();
	sorted.forEach((mention, i) => {
		const list = byTheme.get(mention.themeId);
		if (list) list.push(i);
		else byTheme.set(mention.themeId, [i]);
	});
	const chosen: number[] = [];
	for (const indices of byTheme.values()) {
		const ranked = passagesOfTheme(sorted, indices, isShort).sort(byStrength).slice(0, SNIPPETS_PER_THEME);
		for (const choice of ranked) chosen.push(choice.quoted);
	}
	return chosen;
}

/** A stored passage of one theme: the mention that quotes it (if any) and how many mentions it holds. */
export interface RankedPassage {
	/** The quoting mention, else the passage's first. */
	mention: StoredMention;
	mentions: number;
	/** The quote's index in the record, or -1 when the passage was not quoted. */
	rank: number;
}

/** One theme's passages in a record, best first: quoted ones in the order they were quoted, then the rest in reading order. */
export function rankedPassages(mentions: readonly StoredMention[]): RankedPassage[] {
	const byKey = new Map<number, RankedPassage>();
	for (const mention of mentions) {
		const key = passageKeyOf(mention);
		const slot = mention.snippetIndex;
		const seen = byKey.get(key);
		if (!seen) byKey.set(key, { mention, mentions: 1, rank: slot });
		else {
			seen.mentions++;
			if (slot >= 0 && (seen.rank < 0 || slot < seen.rank)) [seen.mention, seen.rank] = [mention, slot];
		}
	}
	const passages = [...byKey.values()];
	const quoted = passages.filter((p) => p.rank >= 0).sort((a, b) => a.rank - b.rank);
	return quoted.concat(passages.filter((p) => p.rank < 0));
}
