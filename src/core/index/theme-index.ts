// The incremental index of a vault's notes and themes. Every change bumps `revision` (views redraw
// only when it moved). A note's arrival adds its contribution to every figure, its departure
// subtracts it, so no other note is ever re-read; a theme edit names the few notes to re-analyse.

import type { ThemeDefinition } from "../model";
import { PhraseTallies } from "../suggestions/phrase-tallies";
import { type SuggestionEvidence, gatherEvidence } from "../suggestions/evidence";
import { type Suggestion, rankingSteps } from "../suggestions/rank";
import { type Steps, runSteps, stepEndsAt } from "../steps";
import { variantKey } from "../suggestions/terms";
import { normaliseTag } from "../themes/matcher";
import { flattenProbes, mayContainAny } from "./fingerprint";
import { NumbersArena } from "./numbers-arena";
import { type DocumentRecord, candidatesAt } from "./record";
import { type RelatedDocument, type RelatedTheme, relatedDocuments, relatedThemes } from "./related";
import { type ThemeChangePlan, rereadAll, touchedPhraseCheck } from "./theme-change";
import { type ThemeTouch, sameJson, themeTouch } from "./theme-diff";
import { type StoredTallies, storeTalliesSteps } from "./stored-tallies";
import { ThemeTallies } from "./theme-tallies";

/** A theme's figures, as views and the scan report show them. */
export interface ThemeStats {
	id: string;
	name: string;
	documents: number;
	linkedDocuments: number;
	mentions: number;
	firstDate: string | null;
	lastDate: string | null;
	/** Notes mentioning or linked to the theme, by month (YYYY-MM), months in order. */
	monthly: Record<string, number>;
}

function baseName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1).replace(/\.[^.]+$/, "");
}

function sortedKeys(map: Map<string, number>): string[] {
	return [...map.keys()].sort();
}

function hasThemeTag(record: DocumentRecord, tags: Set<string>): boolean {
	return record.tags.some((tag) => {
		const normal = normaliseTag(tag);
		return tags.has(normal) || normal.split("/").some((part) => tags.has(part));
	});
}

/** Whether a note carries a touched tag or excludes a touched name (its text need not be read to know). */
function touchedByLabel(record: DocumentRecord, touch: ThemeTouch): boolean {
	if (touch.tags.size > 0 && hasThemeTag(record, touch.tags)) return true;
	return touch.names.size > 0 && record.excludedThemes.some((name) => touch.names.has(normaliseTag(name)));
}

/** Whether a touch can reach any note at all (a move to another theme note reaches none). */
function touchesNotes(touch: ThemeTouch): boolean {
	return touch.everyNote || touch.probes.length > 0 || touch.tags.size > 0 || touch.names.size > 0;
}

export class ThemeIndex {
	/** Bumped on every change; a view redraws when the revision it drew differs. */
	revision = 0;
	private readonly records = new Map<string, DocumentRecord>();
	private tallies = new ThemeTallies();
	private phrases = new PhraseTallies();
	/** Words of every indexed note, the suggestions' measure of the vault against English. */
	private totalWords = 0;
	/** Every record's numbers side by side: planning a theme edit reads each fingerprint in buffer order (numbers-arena.ts). */
	private readonly arena = new NumbersArena();
	private themeList: ThemeDefinition[];
	private sortedPaths: string[] | null = null;

	constructor(themes: readonly ThemeDefinition[] = []) {
		this.themeList = [...themes];
	}

	/**
	 * An index of stored records all at once, their candidate phrases already tallied (PhraseSlotCounts)
	 * and, when the store kept them and they passed its checks, their theme figures (stored-tallies.ts):
	 * what upserting each would make, without a lookup per phrase or theme. Null when two share a path.
	 * `numbers`: a buffer of its own holding every record's numbers in order (the store's), taken as it
	 * stands instead of copied record by record. In steps of a few hundred records (steps.ts).
	 */
	static *ofStoredRecordsSteps(themes: readonly ThemeDefinition[], records: readonly DocumentRecord[], phrases: PhraseTallies, tallies: ThemeTallies | null = null, numbers: Int32Array | null = null): Steps<ThemeIndex | null> {
		const index = new ThemeIndex(themes);
		for (let i = 0; i < records.length; i++) {
			if (stepEndsAt(i)) yield;
			const record = records[i];
			if (index.records.has(record.path)) return null;
			index.records.set(record.path, record);
			if (!numbers) index.arena.place(record);
			if (!tallies) index.tallies.add(record);
			index.totalWords += record.words;
		}
		if (numbers && records.length > 0) yield* index.arena.adoptSteps(numbers, records);
		if (tallies) index.tallies = tallies;
		index.phrases = phrases;
		index.revision = records.length; // as many changes as upserting them one by one
		return index;
	}

	/** The theme figures in stored form, notes named by their place in `documents()` (binary-store.ts keeps them), a theme a step (steps.ts). */
	*storedTalliesSteps(): Steps<StoredTallies> {
		const placeOf = new Map(this.documents().map((record, place) => [record.path, place]));
		yield;
		return yield* storeTalliesSteps(this.tallies, placeOf);
	}

	get themes(): readonly ThemeDefinition[] {
		return this.themeList;
	}

	get size(): number {
		return this.records.size;
	}

	/** Adds a note or replaces its previous record. */
	upsert(record: DocumentRecord): void {
		const previous = this.records.get(record.path);
		if (previous) this.forget(previous);
		else this.sortedPaths = null;
		this.records.set(record.path, record);
		this.arena.place(record);
		this.tallies.add(record);
		this.phrases.add(record.candidatePhrases, record.numbers, candidatesAt(record.numbers));
		this.totalWords += record.words;
		this.revision++;
	}

	/** Removes a note; false when it was not indexed. */
	remove(path: string): boolean {
		const previous = this.records.get(path);
		if (!previous) return false;
		this.forget(previous);
		this.records.delete(path);
		this.sortedPaths = null;
		this.revision++;
		return true;
	}

	/** Moves a note's record to its new path without re-reading it; false when it was not indexed. */
	rename(oldPath: string, newPath: string): boolean {
		const previous = this.records.get(oldPath);
		if (!previous || oldPath === newPath) return false;
		this.remove(oldPath);
		this.upsert({ ...previous, path: newPath, title: previous.titleFromPath === true ? baseName(newPath) : previous.title });
		return true;
	}

	/**
	 * Replaces the theme definitions. Returns, sorted, the paths of the notes whose analysis may change:
	 * those holding (by their fingerprint) a form of an alias or exclusion that was added or removed,
	 * those carrying a tag or excluding a name that changed, and, when a theme went away or changed in
	 * another way, every note mentioning it or with a decision about it. The caller re-reads and upserts them.
	 */
	setThemes(themes: readonly ThemeDefinition[]): string[] {
		const plan = this.planThemes(themes);
		return [...plan.reread, ...plan.verify].sort();
	}

	/** As setThemes, with the notes named only by their fingerprint kept apart, to be checked against their text (theme-change.ts). */
	planThemes(themes: readonly ThemeDefinition[]): ThemeChangePlan {
		if (this.records.size === 0) {
			// Nothing indexed yet (a cold start): no note to re-read, so no need to work out what changed.
			this.themeList = [...themes];
			this.revision++;
			return rereadAll([]);
		}
		const before = new Map(this.themeList.map((t) => [t.id, t]));
		const after = new Map(themes.map((t) => [t.id, t]));
		const orderChanged = this.themeList.length !== themes.length || this.themeList.some((t, i) => t.id !== themes[i].id);
		const touches = new Map<string, ThemeTouch>();
		let changed = orderChanged;
		for (const id of new Set([...before.keys(), ...after.keys()])) {
			if (sameJson(before.get(id), after.get(id))) continue;
			changed = true;
			const touch = themeTouch(before.get(id), after.get(id));
			if (touchesNotes(touch)) touches.set(id, touch); // a theme that only moved to another note changes no analysis
		}
		this.themeList = [...themes];
		if (!changed) return rereadAll([]);
		this.revision++;
		return touches.size === 0 ? rereadAll([]) : this.affectedBy(touches);
	}

	private affectedBy(touches: Map<string, ThemeTouch>): ThemeChangePlan {
		const reread = new Set<string>();
		const verify: string[] = [];
		const everyNote = new Set([...touches].filter(([, touch]) => touch.everyNote).map(([id]) => id));
		for (const id of everyNote) for (const path of this.tallies.tally(id)?.documents ?? []) reread.add(path);
		const holds = (record: DocumentRecord): boolean => record.decisions.some((d) => everyNote.has(d.themeId));
		const list = [...touches.values()];
		const labelled = list.filter((touch) => touch.tags.size > 0 || touch.names.size > 0); // most edits move phrases only: no label test per note
		if (everyNote.size > 0 || labelled.length > 0) {
			for (const record of this.records.values()) {
				if (everyNote.size > 0 && (reread.has(record.path) || holds(record))) reread.add(record.path);
				else if (labelled.length > 0 && labelled.some((touch) => touchedByLabel(record, touch))) reread.add(record.path);
			}
		}
		const probes = flattenProbes(list.flatMap((touch) => touch.probes));
		if (probes.formEnds.length > 0) {
			for (const record of this.arena.matching((bits, offset, words) => mayContainAny(bits, offset, words, probes))) if (!reread.has(record.path)) verify.push(record.path);
		}
		return { reread: [...reread].sort(), verify: verify.sort(), holdsTouchedPhrase: touchedPhraseCheck(list.flatMap((touch) => touch.phrases)) };
	}

	/** Every indexed note, by path. */
	documents(): DocumentRecord[] {
		if (!this.sortedPaths) this.sortedPaths = [...this.records.keys()].sort();
		return this.sortedPaths.map((p) => this.records.get(p) as DocumentRecord);
	}

	document(path: string): DocumentRecord | undefined {
		return this.records.get(path);
	}

	/** The figures of one theme (known or not: a removed theme's figures fade as notes are re-analysed). */
	themeStats(themeId: string): ThemeStats {
		const tally = this.tallies.tally(themeId);
		const name = this.themeList.find((t) => t.id === themeId)?.name ?? themeId;
		if (!tally) return { id: themeId, name, documents: 0, linkedDocuments: 0, mentions: 0, firstDate: null, lastDate: null, monthly: {} };
		const dates = sortedKeys(tally.dates);
		const monthly: Record<string, number> = {};
		for (const month of sortedKeys(tally.monthly)) monthly[month] = tally.monthly.get(month) as number;
		return {
			id: themeId, name, documents: tally.documents.size, linkedDocuments: tally.linked.size, mentions: tally.mentions,
			firstDate: dates[0] ?? null, lastDate: dates[dates.length - 1] ?? null, monthly,
		};
	}

	/** Figures of every current theme, in the themes' order. */
	allThemeStats(): ThemeStats[] {
		return this.themeList.map((t) => this.themeStats(t.id));
	}

	/** Paths of the notes mentioning or linked to a theme (or only those linked), sorted. */
	themeDocuments(themeId: string, linkedOnly = false): string[] {
		const tally = this.tallies.tally(themeId);
		return tally ? [...(linkedOnly ? tally.linked : tally.documents)].sort() : [];
	}

	relatedThemes(themeId: string, limit?: number): RelatedTheme[] {
		const known = new Set(this.themeList.map((t) => t.id));
		return relatedThemes(this.tallies, themeId, (id) => known.has(id), limit);
	}

	relatedDocuments(path: string, limit?: number): RelatedDocument[] {
		const record = this.records.get(path);
		if (!record) return [];
		return relatedDocuments(this.tallies, record, (p) => this.records.get(p)?.title ?? p, limit);
	}

	private lastSuggestions: { revision: number; asked: string; result: Suggestion[] } | null = null;

	/** Phrases that recur across notes and that no theme covers, best first; computed once per revision. */
	suggestions(rejected: Iterable<string> = [], limit?: number): Suggestion[] {
		return runSteps(this.suggestionSteps(rejected, limit));
	}

	/**
	 * suggestions() in steps, for the app to run in slices (steps.ts). Each step reads the index as it
	 * is then: once the revision has moved, drop the steps unfinished and start again.
	 */
	*suggestionSteps(rejected: Iterable<string> = [], limit?: number): Steps<Suggestion[]> {
		const refused = [...rejected];
		const asked = JSON.stringify([refused, limit ?? null]);
		const revision = this.revision;
		if (this.lastSuggestions?.revision === revision && this.lastSuggestions.asked === asked) return this.lastSuggestions.result;
		const result = yield* rankingSteps(this.phrases, { documents: this.records.size, words: this.totalWords }, this.themeList, refused, limit);
		if (this.revision === revision) this.lastSuggestions = { revision, asked, result };
		return result;
	}

	/** The notes a suggested term recurs in, since when, and the themes linked to them; `variants` are its forms (Suggestion.variants). */
	suggestionEvidence(variants: readonly string[]): SuggestionEvidence {
		const terms = variants.map((form) => this.phrases.termOfKey(variantKey(form)));
		const forms = [...this.phrases.formsOf(terms).values()].flatMap((list) => list.map((form) => form.phrase));
		return gatherEvidence(this.records.values(), forms);
	}

	private forget(record: DocumentRecord): void {
		this.tallies.subtract(record);
		this.phrases.subtract(record.candidatePhrases, record.numbers, candidatesAt(record.numbers));
		this.totalWords -= record.words;
		this.arena.release(record);
	}
}
