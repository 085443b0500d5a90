// The theme figures as the shell's binary store keeps them beside the records, so that a warm start
// reads them instead of adding 10,000 records' contributions again (about a third of a cold load).
// Notes are named by their place in the store's record list. The file's checksum (store-checksum.ts)
// refuses a damaged file; beyond it, the figures are used only when they are of this version, every
// note's theme memberships and links are exactly the tallies' sets, and the totals of mentions and
// passages agree with the records. Else the caller adds the records one by one instead.

import type { DocumentThemeDecision } from "../model";
import { type Steps, stepEndsAt } from "../steps";
import { type DocumentRecord, mentionCount } from "./record";
import { ThemeTallies, type ThemeTally } from "./theme-tallies";

export interface StoredThemeTally {
	id: string;
	mentions: number;
	passages: number;
	/** Places of the notes in the store's record list. */
	documents: number[];
	linked: number[];
	dates: Array<[string, number]>;
	monthly: Array<[string, number]>;
}

export interface StoredTallies {
	version: number;
	totalPassages: number;
	themes: StoredThemeTally[];
	/** Unordered theme pairs (each pair once) and the passages they share. */
	pairs: Array<[string, string, number]>;
}

/** The tallies in stored form, a theme a step; `placeOf` gives a note's place in the record list. */
export function* storeTalliesSteps(tallies: ThemeTallies, placeOf: ReadonlyMap<string, number>): Steps<StoredTallies> {
	const places = (paths: Set<string>): number[] => [...paths].map((path) => placeOf.get(path) ?? -1);
	const themes: StoredThemeTally[] = [];
	for (const [id, t] of tallies.byTheme) {
		themes.push({ id, mentions: t.mentions, passages: t.passages, documents: places(t.documents), linked: places(t.linked), dates: [...t.dates], monthly: [...t.monthly] });
		yield;
	}
	const pairs: Array<[string, string, number]> = [];
	for (const [a, row] of tallies.pairs) for (const [b, shared] of row) if (a < b) pairs.push([a, b, shared]);
	return { version: TALLIES_VERSION, totalPassages: tallies.totalPassages, themes, pairs };
}

/** Bump when what a record contributes to the figures changes without a new INDEX_SCHEMA (theme-tallies.ts). */
export const TALLIES_VERSION = 1;

/** Whether decision k's theme was already linked by an earlier decision of the list (a theme listed twice counts once). */
function linkedBefore(decisions: readonly DocumentThemeDecision[], k: number): boolean {
	for (let j = 0; j < k; j++) if (decisions[j].linked && decisions[j].themeId === decisions[k].themeId) return true;
	return false;
}

/**
 * Whether every note's theme memberships and links are exactly the tallies' sets, and the totals of
 * mentions and passages are the records'. A note's memberships are the themes it lists
 * (mentionThemes: analysis lists exactly those its mentions name) and those it links: its mentions
 * are not read again (a pass over every mention of the vault, 10–15 ms of a warm start), as the file's
 * checksum vouches that records and figures were written together. A record listing a theme no
 * mention names makes the check fail, and the figures are rebuilt from the records. Indexed loops:
 * a warm start runs this once, in code not yet compiled, where for-of pays for an iterator.
 */
function* agreesWithRecords(tallies: ThemeTallies, records: readonly DocumentRecord[]): Steps<boolean> {
	let [mentions, passages, memberships, links] = [0, 0, 0, 0];
	for (let r = 0; r < records.length; r++) {
		if (stepEndsAt(r)) yield;
		const { path, mentionThemes: mentioned, decisions } = records[r];
		mentions += mentionCount(records[r]);
		passages += records[r].passageCount;
		for (let k = 0; k < mentioned.length; k++) if (!tallies.tally(mentioned[k])?.documents.has(path)) return false;
		memberships += mentioned.length; // a theme listed twice counts twice and fails the totals below
		for (let k = 0; k < decisions.length; k++) {
			if (!decisions[k].linked || linkedBefore(decisions, k)) continue;
			const tally = tallies.tally(decisions[k].themeId);
			if (!tally?.linked.has(path) || !tally.documents.has(path)) return false;
			links++;
			if (!mentioned.includes(decisions[k].themeId)) memberships++;
		}
	}
	let [stored, storedLinks, storedMentions] = [0, 0, 0];
	for (const tally of tallies.byTheme.values()) [stored, storedLinks, storedMentions] = [stored + tally.documents.size, storedLinks + tally.linked.size, storedMentions + tally.mentions];
	return stored === memberships && storedLinks === links && storedMentions === mentions && tallies.totalPassages === passages; // every membership found and none more: the sets are exact
}

/** A whole number ≥ 0, as every count the stores keep. */
export const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function countsOf(value: unknown): Map<string, number> | null {
	if (!Array.isArray(value)) return null;
	const map = new Map<string, number>();
	for (let i = 0; i < value.length; i++) {
		const entry: unknown = value[i];
		if (!Array.isArray(entry) || typeof entry[0] !== "string" || !isCount(entry[1]) || entry[1] === 0) return null;
		map.set(entry[0], entry[1]);
	}
	return map.size === value.length ? map : null;
}

function pathsOf(places: unknown, records: readonly DocumentRecord[]): Set<string> | null {
	if (!Array.isArray(places)) return null;
	const paths = new Set<string>();
	for (let i = 0; i < places.length; i++) {
		const place: unknown = places[i];
		if (!Number.isInteger(place) || (place as number) < 0 || (place as number) >= records.length) return null;
		paths.add(records[place as number].path);
	}
	return paths.size === places.length ? paths : null;
}

function tallyOf(stored: StoredThemeTally, records: readonly DocumentRecord[]): ThemeTally | null {
	if (typeof stored !== "object" || stored === null || typeof stored.id !== "string" || !isCount(stored.mentions) || !isCount(stored.passages)) return null;
	const documents = pathsOf(stored.documents, records);
	const linked = pathsOf(stored.linked, records);
	const dates = countsOf(stored.dates);
	const monthly = countsOf(stored.monthly);
	if (!documents || !linked || !dates || !monthly || documents.size === 0) return null;
	for (const path of linked) if (!documents.has(path)) return null;
	return { documents, linked, mentions: stored.mentions, passages: stored.passages, dates, monthly };
}

function restorePairs(tallies: ThemeTallies, pairs: unknown): boolean {
	if (!Array.isArray(pairs)) return false;
	for (const pair of pairs) {
		if (!Array.isArray(pair) || typeof pair[0] !== "string" || typeof pair[1] !== "string" || !(pair[0] < pair[1]) || !isCount(pair[2]) || pair[2] === 0) return false;
		if (!tallies.byTheme.has(pair[0]) || !tallies.byTheme.has(pair[1]) || tallies.shared(pair[0], pair[1]) !== 0) return false;
		for (const [a, b] of [[pair[0], pair[1]], [pair[1], pair[0]]]) {
			let row = tallies.pairs.get(a);
			if (!row) tallies.pairs.set(a, (row = new Map<string, number>()));
			row.set(b, pair[2]);
		}
	}
	return true;
}

/**
 * The stored figures of `records` (the store's record list, in order), or null when they fail a
 * check; in steps (a theme's notes, or a few hundred records, each). Never throws.
 */
export function* restoreTalliesSteps(stored: unknown, records: readonly DocumentRecord[]): Steps<ThemeTallies | null> {
	if (typeof stored !== "object" || stored === null) return null;
	const { version, totalPassages, themes, pairs } = stored as Partial<StoredTallies>;
	if (version !== TALLIES_VERSION || !isCount(totalPassages) || !Array.isArray(themes)) return null;
	const tallies = new ThemeTallies();
	tallies.totalPassages = totalPassages;
	for (const entry of themes) {
		const tally = tallyOf(entry, records); // a theme's notes: up to every note of the vault, a few ms
		if (!tally || tallies.byTheme.has(entry.id)) return null;
		tallies.byTheme.set(entry.id, tally);
		yield;
	}
	return (yield* agreesWithRecords(tallies, records)) && restorePairs(tallies, pairs) ? tallies : null;
}
