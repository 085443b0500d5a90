// The figures of every theme, kept up to date by adding a record's contribution when it arrives and
// subtracting the same contribution when it leaves: documents, links, mentions, dates, months and
// co-occurrence in passages. Integers only, so an incremental index equals a fresh one exactly.

import { monthOf } from "./months";
import { type DocumentRecord, H_PASSAGES, mentionCount, mentionPassage, mentionTheme } from "./record";

export interface ThemeTally {
	/** Notes with at least one mention of the theme, or linked to it (by a tag, say). */
	documents: Set<string>;
	linked: Set<string>;
	mentions: number;
	/** Passages holding a mention of the theme. */
	passages: number;
	/** Notes by date (YYYY-MM-DD) and by month (YYYY-MM); undated notes are not counted. */
	dates: Map<string, number>;
	monthly: Map<string, number>;
}

export interface PairShare {
	a: string;
	b: string;
	shared: number;
}

/** One theme's share of a record's figures. */
export interface ThemeShare {
	mentions: number;
	linked: boolean;
	passages: number;
}

/** One record's share of the figures, derived from the record alone. */
export interface Contribution {
	themes: Map<string, ThemeShare>;
	/** Unordered theme pairs (a < b) and the passages they share. */
	pairs: PairShare[];
	date: string | null;
	month: string | null;
	passages: number;
}


const MASK_SLOTS = 31; // theme slots that fit one bit each in a 32-bit integer (the sign bit left alone)

// Scratch arrays reused from record to record (no allocation per mention, passage or theme).
let passageMasks = new Int32Array(256); // per passage slot: the theme slots mentioned in it, one bit each
let touched = new Int32Array(256); // passage slots with a mask, in order of first mention
const pairCounts = new Int32Array(MASK_SLOTS * 32); // slot a × 32 + slot b (a < b): passages shared
const pairKeys = new Int32Array(MASK_SLOTS * 32); // the pair slots counted, in order of first count
const slotMentions = new Int32Array(MASK_SLOTS);
const slotPassages = new Int32Array(MASK_SLOTS);
const slotOrder = new Int32Array(MASK_SLOTS); // mentioned slots in order of first mention

/** A record's theme slots read into the scratch arrays, by bit masks over its passages. */
interface SlotReading {
	/** Mentioned slots in slotOrder. */
	themes: number;
	/** Counted pairs in pairKeys. */
	pairs: number;
}

/** Fills passageMasks, slotMentions and slotOrder for the record's mentions; returns how many passage slots were touched. */
function slotsByPassage(record: DocumentRecord, reading: SlotReading): number {
	const passages = record.numbers[H_PASSAGES];
	if (passageMasks.length < passages) {
		passageMasks = new Int32Array(passages * 2);
		touched = new Int32Array(passages * 2);
	}
	const slots = record.mentionThemes.length;
	let count = 0;
	for (let n = 0; n < mentionCount(record); n++) {
		const slot = mentionTheme(record, n);
		const passage = mentionPassage(record, n);
		if (slot >= slots || passage >= passages) continue; // a record is checked before it gets here; the scratch must stay clean regardless
		if (slotMentions[slot]++ === 0) slotOrder[reading.themes++] = slot;
		if (passage < 0) continue; // outside every passage: no unit to co-occur in
		if (passageMasks[passage] === 0) touched[count++] = passage;
		passageMasks[passage] |= 1 << slot;
	}
	return count;
}

/** Counts passages per slot (slotPassages) and shared passages per pair of slots (pairCounts, pairKeys); empties the masks it read. */
function passagesAndPairs(count: number, reading: SlotReading): void {
	for (let t = 0; t < count; t++) {
		const mask = passageMasks[touched[t]];
		passageMasks[touched[t]] = 0;
		for (let rest = mask; rest !== 0; rest &= rest - 1) {
			const a = 31 - Math.clz32(rest & -rest); // lowest set bit
			slotPassages[a]++;
			for (let others = rest & (rest - 1); others !== 0; others &= others - 1) {
				const key = a * 32 + (31 - Math.clz32(others & -others));
				if (pairCounts[key]++ === 0) pairKeys[reading.pairs++] = key;
			}
		}
	}
}

/** Reads a record (at most 31 mentioned themes) into the scratch arrays; the caller empties them with clearSlots. */
function readSlots(record: DocumentRecord): SlotReading {
	const reading = { themes: 0, pairs: 0 };
	passagesAndPairs(slotsByPassage(record, reading), reading);
	return reading;
}

function clearSlots(reading: SlotReading): void {
	for (let k = 0; k < reading.themes; k++) slotMentions[slotOrder[k]] = slotPassages[slotOrder[k]] = 0;
	for (let k = 0; k < reading.pairs; k++) pairCounts[pairKeys[k]] = 0;
}

/** The linked themes of a record read by readSlots that it does not mention, in the order of its decisions. */
function linkedOnly(record: DocumentRecord): string[] {
	const ids = record.mentionThemes;
	const out: string[] = [];
	for (const decision of record.decisions) {
		if (!decision.linked || out.includes(decision.themeId)) continue;
		const slot = ids.indexOf(decision.themeId);
		if (slot < 0 || slotMentions[slot] === 0) out.push(decision.themeId);
	}
	return out;
}

function isLinked(record: DocumentRecord, themeId: string): boolean {
	for (const decision of record.decisions) if (decision.linked && decision.themeId === themeId) return true;
	return false;
}

function themesPerPassage(record: DocumentRecord): Map<number, Set<string>> {
	const byPassage = new Map<number, Set<string>>();
	for (let n = 0; n < mentionCount(record); n++) {
		const passage = mentionPassage(record, n);
		if (passage < 0) continue; // outside every passage: no unit to co-occur in
		const themes = byPassage.get(passage) ?? new Set<string>();
		themes.add(record.mentionThemes[mentionTheme(record, n)]);
		byPassage.set(passage, themes);
	}
	return byPassage;
}

/** A record's share by sets of theme ids (any number of themes; the reference the scratch arrays are tested against). */
function contributionBySets(record: DocumentRecord): Contribution {
	const themes = new Map<string, ThemeShare>();
	const entry = (id: string): ThemeShare => {
		let found = themes.get(id);
		if (!found) themes.set(id, (found = { mentions: 0, linked: false, passages: 0 }));
		return found;
	};
	for (let n = 0; n < mentionCount(record); n++) entry(record.mentionThemes[mentionTheme(record, n)]).mentions++;
	for (const decision of record.decisions) if (decision.linked) entry(decision.themeId).linked = true;
	const shared = new Map<string, number>();
	for (const set of themesPerPassage(record).values()) {
		const ids = [...set].sort();
		ids.forEach((id, i) => {
			entry(id).passages++;
			for (let j = i + 1; j < ids.length; j++) shared.set(`${id}\n${ids[j]}`, (shared.get(`${id}\n${ids[j]}`) ?? 0) + 1);
		});
	}
	const pairs = [...shared].map(([key, count]) => {
		const [a, b] = key.split("\n");
		return { a, b, shared: count };
	});
	const month = monthOf(record.date);
	return { themes, pairs, date: month ? record.date : null, month, passages: record.passageCount };
}

function bump(map: Map<string, number>, key: string, by: number): void {
	const value = (map.get(key) ?? 0) + by;
	if (value === 0) map.delete(key);
	else map.set(key, value);
}

export class ThemeTallies {
	readonly byTheme = new Map<string, ThemeTally>();
	/** Shared passages, symmetric: pairs.get(a).get(b) === pairs.get(b).get(a). */
	readonly pairs = new Map<string, Map<string, number>>();
	totalPassages = 0;

	add(record: DocumentRecord): void {
		this.applyRecord(record, 1);
	}

	subtract(record: DocumentRecord): void {
		this.applyRecord(record, -1);
	}

	/** As add, through the reference contribution by sets (tests compare the two). */
	addBySets(record: DocumentRecord): void {
		this.apply(record, contributionBySets(record), 1);
	}

	tally(themeId: string): ThemeTally | undefined {
		return this.byTheme.get(themeId);
	}

	shared(a: string, b: string): number {
		return this.pairs.get(a)?.get(b) ?? 0;
	}

	/** A record's share applied straight from the scratch arrays: no object per theme or pair (warm start adds thousands). */
	private applyRecord(record: DocumentRecord, sign: 1 | -1): void {
		const ids = record.mentionThemes;
		if (ids.length > MASK_SLOTS) return this.apply(record, contributionBySets(record), sign);
		const reading = readSlots(record);
		const month = monthOf(record.date);
		const date = month ? record.date : null;
		this.totalPassages += sign * record.passageCount;
		for (let k = 0; k < reading.themes; k++) {
			const slot = slotOrder[k];
			this.applyTheme(ids[slot], record.path, slotMentions[slot], isLinked(record, ids[slot]), slotPassages[slot], date, month, sign);
		}
		for (const id of linkedOnly(record)) this.applyTheme(id, record.path, 0, true, 0, date, month, sign);
		for (let k = 0; k < reading.pairs; k++) {
			const key = pairKeys[k];
			const shared = sign * pairCounts[key];
			this.bumpPair(ids[key >>> 5], ids[key & 31], shared);
			this.bumpPair(ids[key & 31], ids[key >>> 5], shared);
		}
		clearSlots(reading);
	}

	private apply(record: DocumentRecord, share: Contribution, sign: 1 | -1): void {
		this.totalPassages += sign * share.passages;
		for (const [id, part] of share.themes) this.applyTheme(id, record.path, part.mentions, part.linked, part.passages, share.date, share.month, sign);
		for (const { a, b, shared } of share.pairs) {
			this.bumpPair(a, b, sign * shared);
			this.bumpPair(b, a, sign * shared);
		}
	}

	private applyTheme(id: string, path: string, mentions: number, linked: boolean, passages: number, date: string | null, month: string | null, sign: 1 | -1): void {
		let tally = this.byTheme.get(id);
		if (!tally) {
			tally = { documents: new Set(), linked: new Set(), mentions: 0, passages: 0, dates: new Map(), monthly: new Map() };
			this.byTheme.set(id, tally);
		}
		tally.mentions += sign * mentions;
		tally.passages += sign * passages;
		if (sign > 0) tally.documents.add(path);
		else tally.documents.delete(path);
		if (linked && sign > 0) tally.linked.add(path);
		else if (linked) tally.linked.delete(path);
		if (date && month) {
			bump(tally.dates, date, sign);
			bump(tally.monthly, month, sign);
		}
		if (tally.documents.size === 0) this.byTheme.delete(id);
	}

	private bumpPair(a: string, b: string, by: number): void {
		let row = this.pairs.get(a);
		if (!row) this.pairs.set(a, (row = new Map<string, number>()));
		bump(row, b, by);
		if (row.size === 0) this.pairs.delete(a);
	}
}
