// The index as a plain JSON-able value for a local store (IndexedDB in the app, a cache file in the
// shell), and back. Only records and themes are stored; every figure is rebuilt from them on load.
// A record's numbers are stored as a plain array of integers (short in JSON, parsed natively) and
// its fingerprint as base64 (random bits). Restoring checks every index against the lengths it
// points into, in one pass over typed arrays, and a store of another schema, partial or corrupt,
// restores as null and the vault is re-indexed.

import type { ThemeDefinition } from "../model";
import type { NoteStat } from "../ports";
import { DOCUMENT_KINDS } from "../model";
import { intern } from "./intern";
import { type DocumentRecord, H_FINGERPRINT, fingerprintAt } from "./record";
import { validNumbers } from "./record-check";
import { ThemeIndex } from "./theme-index";

/** Bump when DocumentRecord or the analysis that fills it changes meaning. */
export const INDEX_SCHEMA = 3; // 3: fingerprints hold pairs of long words

export type SerializedRecord = Omit<DocumentRecord, "numbers"> & { numbers: number[]; fingerprint: string };

export interface SerializedIndex {
	schema: number;
	themes: ThemeDefinition[];
	documents: SerializedRecord[];
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) BASE64_VALUE[BASE64.charCodeAt(i)] = i;

/** 32-bit words as base64 of their little-endian bytes (no padding: the length says how many). */
function wordsToBase64(words: Int32Array): string {
	const bytes = new Uint8Array(words.length * 4);
	for (let i = 0; i < words.length; i++) for (let b = 0; b < 4; b++) bytes[i * 4 + b] = (words[i] >>> (8 * b)) & 255;
	const codes = new Uint16Array(Math.ceil((bytes.length * 8) / 6));
	let at = 0;
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		for (let shift = 18; shift >= 0 && at < codes.length; shift -= 6) codes[at++] = BASE64.charCodeAt((n >>> shift) & 63);
	}
	const parts: string[] = [];
	for (let i = 0; i < codes.length; i += 4096) parts.push(String.fromCharCode(...codes.subarray(i, i + 4096))); // bounded argument lists
	return parts.join("");
}

/** Decodes base64 of little-endian words into out[at, at + count); false when the text does not fit. */
function base64ToWords(text: string, out: Int32Array, at: number, count: number): boolean {
	if (text.length !== Math.ceil((count * 32) / 6)) return false;
	let pending = 0;
	let bits = 0;
	let byte = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const value = code < 128 ? BASE64_VALUE[code] : -1;
		if (value < 0) return false;
		pending = ((pending << 6) | value) & 0xfff;
		bits += 6;
		if (bits >= 8 && byte < count * 4) {
			bits -= 8;
			out[at + (byte >>> 2)] |= ((pending >>> bits) & 255) << (8 * (byte & 3));
			byte++;
		}
	}
	return true;
}

export function serializeRecord(record: DocumentRecord): SerializedRecord {
	const { numbers, ...rest } = record;
	const split = fingerprintAt(numbers);
	const plain: number[] = [];
	for (let i = 0; i < split; i++) plain.push(numbers[i]); // a push loop: far quicker than Array.from on a typed array
	return { ...rest, numbers: plain, fingerprint: wordsToBase64(numbers.subarray(split)) };
}

export function serializeIndex(index: ThemeIndex, schema = INDEX_SCHEMA): SerializedIndex {
	return { schema, themes: index.themes.map((t) => ({ ...t })), documents: index.documents().map(serializeRecord) };
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

/** The numbers of a stored record, fingerprint included, or null when they are not whole integers. */
function restoreNumbers(values: unknown, fingerprint: string): Int32Array | null {
	if (!Array.isArray(values) || values.length <= H_FINGERPRINT) return null;
	for (let i = 0; i < values.length; i++) if ((values[i] | 0) !== values[i]) return null; // a 32-bit integer, not a string, float or null
	const words = values[H_FINGERPRINT] as number;
	if (words < 0 || words > 1 << 24) return null; // 64 MB of filter: no note has that many words
	const numbers = new Int32Array(values.length + words);
	numbers.set(values as number[]);
	return base64ToWords(fingerprint, numbers, values.length, words) ? numbers : null;
}

/**
 * A stored record's fields (strings, decisions, facts) joined to its numbers, or null when either is
 * malformed or they disagree. Shared by the JSON form and the binary form (binary-store.ts).
 */
export function completeRecord(value: unknown, numbers: Int32Array | null): DocumentRecord | null {
	if (!numbers || !isObject(value) || !validFacts(value)) return null;
	let record: DocumentRecord;
	if ("fingerprint" in value || "numbers" in value) {
		const { fingerprint: _fingerprint, numbers: _stored, ...rest } = value as unknown as SerializedRecord;
		record = { ...rest, numbers };
	} else {
		record = value as unknown as DocumentRecord; // a fresh object parsed from the store: completed in place, no copy
		record.numbers = numbers;
	}
	if (!validNumbers(record)) return null;
	record.mentionThemes = record.mentionThemes.map(intern);
	record.matches = record.matches.map(intern);
	record.tags = record.tags.map(intern);
	for (const decision of record.decisions) decision.themeId = intern(decision.themeId);
	return record;
}

function restoreRecord(value: unknown): DocumentRecord | null {
	if (!isObject(value) || !isString(value.fingerprint)) return null;
	return completeRecord(value, restoreNumbers(value.numbers, value.fingerprint));
}

/** Whether a stored theme list is whole. */
export function validThemes(value: unknown): value is ThemeDefinition[] {
	return Array.isArray(value) && value.every(validTheme);
}

/** An index of `count` records (null when one is missing, corrupt or a duplicate path). */
export function indexOfRecords(themes: ThemeDefinition[], count: number, recordAt: (n: number) => DocumentRecord | null): ThemeIndex | null {
	const index = new ThemeIndex(themes);
	const seen = new Set<string>();
	for (let n = 0; n < count; n++) {
		const record = recordAt(n);
		if (!record || seen.has(record.path)) return null;
		seen.add(record.path);
		index.upsert(record);
	}
	return index;
}

/** A record as the app's IndexedDB keeps it: its numbers as one Int32Array of its own (cloned natively, read in place). */
export type StoredRecord = Omit<DocumentRecord, "numbers"> & { numbers: Int32Array };

export function storableRecord(record: DocumentRecord): StoredRecord {
	return { ...record, numbers: record.numbers.slice() }; // a copy: a restored record's numbers may be a view into a larger buffer
}

/** The index from records kept by `storableRecord`, or null when they are of another schema, partial or corrupt. Never throws. */
export function restoreStoredRecords(schema: unknown, themes: unknown, records: readonly unknown[], schemaVersion = INDEX_SCHEMA): ThemeIndex | null {
	try {
		if (schema !== schemaVersion || !validThemes(themes)) return null;
		return indexOfRecords(themes, records.length, (n) => {
			const value = records[n];
			return isObject(value) && value.numbers instanceof Int32Array ? completeRecord(value, value.numbers) : null;
		});
	} catch {
		return null;
	}
}

/** The index from a stored value, or null when it is of another schema, partial or corrupt. Never throws. */
export function restoreIndex(data: unknown, schemaVersion = INDEX_SCHEMA): ThemeIndex | null {
	try {
		if (!isObject(data) || data.schema !== schemaVersion) return null;
		if (!validThemes(data.themes) || !Array.isArray(data.documents)) return null;
		const documents = data.documents as unknown[];
		return indexOfRecords(data.themes, documents.length, (n) => restoreRecord(documents[n]));
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
