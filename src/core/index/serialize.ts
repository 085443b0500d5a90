// The index's stored forms and the checks that guard them. The app's IndexedDB keeps one record per
// note (`storableRecord`: numbers as an Int32Array, cloned natively), rebuilding every figure from
// the records when it must restore them all, and beside them a snapshot in the binary form
// (src/obsidian/index-snapshot.ts); the shell's cache is that binary form as a file (binary-store.ts),
// which also keeps the theme figures, used when they pass their checks against its records (stored-tallies.ts).
// Restoring the app's records checks every index against the lengths it points into, in one pass
// over typed arrays (the binary file, sealed by a checksum, checks each record's layout only), and a
// store of another schema, partial or corrupt, restores as null: the vault is re-indexed.
// `snapshotIndex` is a plain JSON-able picture of an index, for comparing two of them.

import type { ThemeDefinition } from "../model";
import type { NoteStat } from "../ports";
import { DOCUMENT_KINDS } from "../model";
import { internOwn, sharedIfEmpty } from "../text/intern";
import type { DocumentRecord } from "./record";
import { validLayout, validNumbers } from "./record-check";
import { ThemeIndex } from "./theme-index";

/** Bump when DocumentRecord or the analysis that fills it changes meaning. */
export const INDEX_SCHEMA = 9; // 3: fingerprints hold pairs of long words; 4: snippet texts packed to one byte a character; 5: fingerprints leave function words out (unprobed-words.ts), a mention's theme and snippet share one field; 6: candidates are written as the note writes them (case kept), more for long notes, acronyms of two or three letters; 7: every piece of a long speaker turn keeps its paragraph's block id (hubs link to it); 8: a candidate entry is its count × 4 and a modifier flag (compounds.ts); 9: word counts use text/chars.ts (a run of symbols such as "→" is no word)

/** A record as plain JSON values. */
export type RecordSnapshot = Omit<DocumentRecord, "numbers"> & { numbers: number[] };

export interface IndexSnapshot {
	themes: ThemeDefinition[];
	documents: RecordSnapshot[];
}

export function snapshotRecord(record: DocumentRecord): RecordSnapshot {
	return { ...record, numbers: Array.from(record.numbers) };
}

/** Themes and every record, in path order: two indexes are equal when their snapshots are. */
export function snapshotIndex(index: ThemeIndex): IndexSnapshot {
	return { themes: index.themes.map((t) => ({ ...t })), documents: index.documents().map(snapshotRecord) };
}

const isString = (v: unknown): v is string => typeof v === "string";
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isStringOrNull = (v: unknown): boolean => v === null || isString(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function isStringArray(v: unknown): v is string[] {
	if (!Array.isArray(v)) return false;
	for (let i = 0; i < v.length; i++) if (typeof v[i] !== "string") return false;
	return true;
}

function validTheme(value: unknown): value is ThemeDefinition {
	return isObject(value) && isString(value.id) && isString(value.name) && isStringOrNull(value.path) && isStringArray(value.aliases) && isStringArray(value.exclusions) && isStringArray(value.tags);
}

function validDecisions(value: unknown): boolean {
	return Array.isArray(value) && value.every((d) => isObject(d) && isString(d.themeId) && isNumber(d.score) && isNumber(d.mentions) && typeof d.linked === "boolean" && isString(d.why));
}

function validFacts(r: Record<string, unknown>): boolean {
	if (!isString(r.path) || !isNumber(r.size) || !isNumber(r.mtime) || !DOCUMENT_KINDS.includes(r.kind as never)) return false;
	if (!isString(r.format) || !isString(r.title) || !isStringOrNull(r.author) || !isStringOrNull(r.date) || !isStringOrNull(r.url)) return false;
	if (!(r.durationSeconds === null || isNumber(r.durationSeconds)) || !isNumber(r.words) || !isNumber(r.passageCount)) return false;
	if (!isStringArray(r.tags) || !isStringArray(r.excludedThemes) || !isStringArray(r.problems) || !validDecisions(r.decisions)) return false;
	if (!isStringArray(r.mentionThemes) || !isStringArray(r.matches) || !isStringArray(r.labels) || !isStringArray(r.candidatePhrases)) return false;
	const seconds = r.passageSeconds;
	return isString(r.snippetText) && (seconds === null || (Array.isArray(seconds) && seconds.every(isNumber)));
}

/** A record's lists: each empty one becomes the shared empty list (intern.ts sharedIfEmpty). */
const LISTS = ["tags", "excludedThemes", "problems", "decisions", "mentionThemes", "matches", "labels", "candidatePhrases"] as const;

/** Each string of a fresh list replaced, in place, by its shared copy. */
function internAll(list: string[]): void {
	for (let i = 0; i < list.length; i++) list[i] = internOwn(list[i]); // a store's strings are its own copies: no note text to let go of
}

/**
 * A stored record's fields (strings, decisions, facts) joined to its numbers, or null when either is
 * malformed or they disagree; the object is completed in place. The app's store reads records as
 * plain objects (structured clone): every field's type is checked here.
 */
export function completeRecord(value: unknown, numbers: Int32Array | null): DocumentRecord | null {
	if (!numbers || !isObject(value) || !validFacts(value)) return null;
	const record = value as unknown as DocumentRecord; // a fresh object read from a store: no copy needed
	record.numbers = numbers;
	internAll(record.mentionThemes);
	internAll(record.matches);
	internAll(record.tags);
	for (let i = 0; i < record.decisions.length; i++) record.decisions[i].themeId = internOwn(record.decisions[i].themeId); // indexed: run before V8 compiles it at a warm start
	return checkedRecord(record);
}

/**
 * A record whose fields have their types, or null when its numbers disagree with them; empty lists
 * become the shared one. `sealed`: read from a file whose checksum held (binary-store.ts), where only
 * the layout is checked; else every slot and offset is.
 */
export function checkedRecord(record: DocumentRecord, sealed = false): DocumentRecord | null {
	if (!(sealed ? validLayout(record) : validNumbers(record))) return null;
	for (let i = 0; i < LISTS.length; i++) (record[LISTS[i]] as unknown[]) = sharedIfEmpty<unknown>(record[LISTS[i]]); // indexed: a warm start runs this 10,000 times before V8 compiles it, and for-of pays for an iterator
	return record;
}

/** Whether a stored theme list is whole. */
export function validThemes(value: unknown): value is ThemeDefinition[] {
	return Array.isArray(value) && value.every(validTheme);
}

/** A record as the app's IndexedDB keeps it: its numbers as one Int32Array of its own (cloned natively, read in place). */
export type StoredRecord = Omit<DocumentRecord, "numbers"> & { numbers: Int32Array };

export function storableRecord(record: DocumentRecord): StoredRecord {
	return { ...record, numbers: record.numbers.slice() }; // a copy: a restored record's numbers may be a view into a larger buffer
}

/** One record kept by `storableRecord`, checked and completed in place, or null when it is malformed. */
export function restoredRecord(value: unknown): DocumentRecord | null {
	return isObject(value) && value.numbers instanceof Int32Array ? completeRecord(value, value.numbers) : null;
}

export const RESTORE_BATCH = 250; // records per slice of a sliced restore: ~5–10 ms of checks and figures on a laptop

/** Restores records kept by `storableRecord`, pausing (a `yield`) after each batch; returns the index, or null when one is of another schema, missing, corrupt or a duplicate path. */
function* restoring(schema: unknown, themes: unknown, records: readonly unknown[], schemaVersion: number): Generator<void, ThemeIndex | null> {
	if (schema !== schemaVersion || !validThemes(themes)) return null;
	const index = new ThemeIndex(themes);
	const seen = new Set<string>();
	for (let n = 0; n < records.length; n++) {
		if (n > 0 && n % RESTORE_BATCH === 0) yield;
		const record = restoredRecord(records[n]);
		if (!record || seen.has(record.path)) return null;
		seen.add(record.path);
		index.upsert(record);
	}
	return index;
}

/** The index from records kept by `storableRecord`, or null when they are of another schema, partial or corrupt. Never throws. */
export function restoreStoredRecords(schema: unknown, themes: unknown, records: readonly unknown[], schemaVersion = INDEX_SCHEMA): ThemeIndex | null {
	try {
		const run = restoring(schema, themes, records, schemaVersion);
		let step = run.next();
		while (!step.done) step = run.next();
		return step.value;
	} catch {
		return null;
	}
}

/** As restoreStoredRecords, giving the main thread back (`yieldToMain`) between batches: a warm start of 10,000 notes is no single long task. */
export async function restoreStoredRecordsInSlices(schema: unknown, themes: unknown, records: readonly unknown[], yieldToMain: () => Promise<void>, schemaVersion = INDEX_SCHEMA): Promise<ThemeIndex | null> {
	try {
		const run = restoring(schema, themes, records, schemaVersion);
		let step = run.next();
		while (!step.done) {
			await yieldToMain();
			step = run.next();
		}
		return step.value;
	} catch {
		return null;
	}
}

export interface ReconcilePlan {
	/** Same size and mtime: keep the record, read nothing. */
	unchanged: string[];
	/** Size or mtime differs: read and re-analyse. */
	changed: string[];
	/** On disk, not in the index. */
	added: string[];
	/** In the index, no longer on disk. */
	removed: string[];
}

/** What a warm start must do, from the vault listing alone (no file is read). Lists are sorted. */
export function reconcile(index: ThemeIndex, stats: readonly NoteStat[]): ReconcilePlan {
	const plan: ReconcilePlan = { unchanged: [], changed: [], added: [], removed: [] };
	const listed = new Set<string>();
	for (const stat of stats) {
		listed.add(stat.path);
		const record = index.document(stat.path);
		if (!record) plan.added.push(stat.path);
		else if (record.size === stat.size && record.mtime === stat.mtime) plan.unchanged.push(stat.path);
		else plan.changed.push(stat.path);
	}
	for (const record of index.documents()) if (!listed.has(record.path)) plan.removed.push(record.path);
	for (const list of [plan.unchanged, plan.changed, plan.added, plan.removed]) list.sort();
	return plan;
}
