// The index as a plain JSON-able value for a local store (IndexedDB in the app, a cache file in the
// shell), and back. Only records and themes are stored; every figure is rebuilt from them on load.
// A store of another schema, or partial or corrupt, restores as null and the vault is re-indexed.

import type { ThemeDefinition } from "../model";
import type { NoteStat } from "../ports";
import { DOCUMENT_KINDS } from "../model";
import { fingerprintFromText, fingerprintToText } from "./fingerprint";
import { type DocumentRecord, MENTION_STRIDE } from "./record";
import { ThemeIndex } from "./theme-index";

/** Bump when DocumentRecord or the analysis that fills it changes meaning. */
export const INDEX_SCHEMA = 1;

export type SerializedRecord = Omit<DocumentRecord, "fingerprint"> & { fingerprint: string };

export interface SerializedIndex {
	schema: number;
	themes: ThemeDefinition[];
	documents: SerializedRecord[];
}

export function serializeRecord(record: DocumentRecord): SerializedRecord {
	return { ...record, fingerprint: fingerprintToText(record.fingerprint) };
}

export function serializeIndex(index: ThemeIndex, schema = INDEX_SCHEMA): SerializedIndex {
	return { schema, themes: index.themes.map((t) => ({ ...t })), documents: index.documents().map(serializeRecord) };
}

const isString = (v: unknown): v is string => typeof v === "string";
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isStringOrNull = (v: unknown): boolean => v === null || isString(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function validTheme(value: unknown): value is ThemeDefinition {
	return isObject(value) && isString(value.id) && isString(value.name) && isStringOrNull(value.path) && isStringArray(value.aliases) && isStringArray(value.exclusions) && isStringArray(value.tags);
}

function validDecisions(value: unknown): boolean {
	return Array.isArray(value) && value.every((d) => isObject(d) && isString(d.themeId) && isNumber(d.score) && isNumber(d.mentions) && typeof d.linked === "boolean" && isString(d.why));
}

function validMentions(r: Record<string, unknown>): boolean {
	const { mentions, matches, snippets, passages, mentionThemes } = r;
	if (!Array.isArray(mentions) || !isStringArray(matches) || !isStringArray(snippets) || !isStringArray(mentionThemes) || !Array.isArray(passages)) return false;
	if (mentions.length % MENTION_STRIDE !== 0 || !mentions.every((n) => Number.isInteger(n))) return false;
	for (let i = 0; i < mentions.length; i += MENTION_STRIDE) {
		const [theme, start, end, line, col, passage, snippet, match] = mentions.slice(i, i + MENTION_STRIDE) as number[];
		if (theme < 0 || theme >= mentionThemes.length || start < 0 || end < start || line < 1 || col < 1) return false;
		if (passage < -1 || passage >= passages.length || snippet < -1 || snippet >= snippets.length || match < 0 || match >= matches.length) return false;
	}
	return passages.every((p) => isObject(p) && isNumber(p.index) && isNumber(p.start) && isNumber(p.end) && isNumber(p.line) && isNumber(p.col));
}

function validCandidates(value: unknown): boolean {
	return Array.isArray(value) && value.every((c) => isObject(c) && isString(c.phrase) && isNumber(c.count) && typeof c.capitalised === "boolean");
}

function restoreRecord(value: unknown): DocumentRecord | null {
	if (!isObject(value)) return null;
	const r = value;
	if (!isString(r.path) || !isNumber(r.size) || !isNumber(r.mtime) || !DOCUMENT_KINDS.includes(r.kind as never)) return null;
	if (!isString(r.format) || !isString(r.title) || !isStringOrNull(r.author) || !isStringOrNull(r.date) || !isStringOrNull(r.url)) return null;
	if (!(r.durationSeconds === null || isNumber(r.durationSeconds)) || !isNumber(r.words) || !isNumber(r.passageCount)) return null;
	if (!isStringArray(r.tags) || !isStringArray(r.excludedThemes) || !isStringArray(r.problems)) return null;
	if (!validDecisions(r.decisions) || !validMentions(r) || !validCandidates(r.candidates) || !isString(r.fingerprint)) return null;
	const fingerprint = fingerprintFromText(r.fingerprint);
	if (!fingerprint) return null;
	return { ...(r as unknown as SerializedRecord), fingerprint };
}

/** The index from a stored value, or null when it is of another schema, partial or corrupt. Never throws. */
export function restoreIndex(data: unknown, schemaVersion = INDEX_SCHEMA): ThemeIndex | null {
	try {
		if (!isObject(data) || data.schema !== schemaVersion) return null;
		if (!Array.isArray(data.themes) || !data.themes.every(validTheme) || !Array.isArray(data.documents)) return null;
		const index = new ThemeIndex(data.themes);
		const seen = new Set<string>();
		for (const value of data.documents) {
			const record = restoreRecord(value);
			if (!record || seen.has(record.path)) return null;
			seen.add(record.path);
			index.upsert(record);
		}
		return index;
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
