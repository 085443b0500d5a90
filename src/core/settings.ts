// Throughline's settings: one versioned shape shared by the app (data.json) and the shell.
// The index never lives here: data.json is synced, the index is local.

import type { EngineSettings } from "./model";

/** Bump when the shape changes, and teach `migrateSettings` the step. */
export const SETTINGS_VERSION = 1;

export interface ThroughlineSettings extends EngineSettings {
	version: number;
	/** Writes links after each index pass; off until the reader has accepted a first preview. */
	autoLink: boolean;
	/** True once the reader accepted a link preview: only then may auto-link be switched on. */
	firstPreviewAccepted: boolean;
	/** True once the summary of the first index pass was shown: it is shown once per vault, never again. */
	firstIndexAnnounced: boolean;
	/** Shows theme mentions as links in reading view and Live Preview. */
	decorateMentions: boolean;
	/** Above this many characters a note is not decorated, so long transcripts stay smooth. */
	decorationMaxChars: number;
	sidebarSort: "count" | "recency" | "name";
	/** Suggested phrases the reader rejected; never suggested again. */
	rejectedSuggestions: string[];
	/**
	 * Themes the reader excluded a note from, by note path. Kept here as well as in the note's
	 * `throughline-exclude` property, because importers such as Readwise rewrite their notes' YAML.
	 */
	excludedThemesByNote: Record<string, string[]>;
}

export const DEFAULT_SETTINGS: Readonly<ThroughlineSettings> = Object.freeze({
	version: SETTINGS_VERSION,
	themesFolder: "Themes",
	importFolder: "Imports",
	inboxFolder: "",
	excludedFolders: [],
	importerOwnedFolders: ["Readwise", "Kindle", "Snipd"],
	linkMode: "hub",
	propertyKey: "themes",
	linkThreshold: 3, // the scoring default: one specific phrase in a short note, or two specific words
	autoLink: false,
	firstPreviewAccepted: false,
	firstIndexAnnounced: false,
	decorateMentions: true,
	decorationMaxChars: 200_000, // 150 KB transcripts are common; beyond ~200 KB decoration costs more than it helps
	sidebarSort: "count",
	rejectedSuggestions: [],
	excludedThemesByNote: {},
});

const LINK_MODES = new Set(["hub", "property", "both"]);
const SORTS = new Set(["count", "recency", "name"]);

/** Reads whatever was stored (any older version, partial or damaged) into a complete, current shape. */
export function migrateSettings(stored: unknown): ThroughlineSettings {
	const input = isRecord(stored) ? stored : {};
	const base: ThroughlineSettings = {
		...DEFAULT_SETTINGS,
		excludedFolders: [],
		importerOwnedFolders: [...DEFAULT_SETTINGS.importerOwnedFolders],
		rejectedSuggestions: [],
		excludedThemesByNote: {},
	};
	return {
		...base,
		themesFolder: folderOr(input.themesFolder, base.themesFolder),
		importFolder: folderOr(input.importFolder, base.importFolder),
		inboxFolder: typeof input.inboxFolder === "string" ? cleanFolder(input.inboxFolder) : base.inboxFolder,
		excludedFolders: folderList(input.excludedFolders, base.excludedFolders),
		importerOwnedFolders: folderList(input.importerOwnedFolders, base.importerOwnedFolders),
		linkMode: typeof input.linkMode === "string" && LINK_MODES.has(input.linkMode) ? (input.linkMode as ThroughlineSettings["linkMode"]) : base.linkMode,
		propertyKey: typeof input.propertyKey === "string" && input.propertyKey.trim() ? input.propertyKey.trim() : base.propertyKey,
		linkThreshold: finiteOr(input.linkThreshold, base.linkThreshold),
		autoLink: input.autoLink === true && input.firstPreviewAccepted === true,
		firstPreviewAccepted: input.firstPreviewAccepted === true,
		firstIndexAnnounced: input.firstIndexAnnounced === true || writtenBeforeAnnouncing(input),
		decorateMentions: typeof input.decorateMentions === "boolean" ? input.decorateMentions : base.decorateMentions,
		decorationMaxChars: finiteOr(input.decorationMaxChars, base.decorationMaxChars),
		sidebarSort: typeof input.sidebarSort === "string" && SORTS.has(input.sidebarSort) ? (input.sidebarSort as ThroughlineSettings["sidebarSort"]) : base.sidebarSort,
		rejectedSuggestions: stringsOf(input.rejectedSuggestions),
		excludedThemesByNote: exclusionMap(input.excludedThemesByNote),
		version: SETTINGS_VERSION,
	};
}

/**
 * Settings saved by a version that did not announce its first index: that vault was indexed long
 * ago, so its reader is not told about a "first" pass. Every save since holds firstIndexAnnounced.
 */
function writtenBeforeAnnouncing(input: Record<string, unknown>): boolean {
	return typeof input.version === "number" && !("firstIndexAnnounced" in input);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringsOf(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((s): s is string => typeof s === "string") : [];
}

function exclusionMap(value: unknown): Record<string, string[]> {
	if (!isRecord(value)) return {};
	const map: Record<string, string[]> = {};
	for (const [path, themes] of Object.entries(value)) {
		const list = stringsOf(themes);
		if (list.length > 0) map[path] = list;
	}
	return map;
}

/** A folder as settings keep it: forward slashes, no leading or trailing slash or space. */
export function cleanFolder(folder: string): string {
	return folder.trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
}

function folderOr(value: unknown, fallback: string): string {
	if (typeof value !== "string") return fallback;
	const cleaned = cleanFolder(value);
	return cleaned || fallback;
}

function folderList(value: unknown, fallback: string[]): string[] {
	if (!Array.isArray(value)) return fallback;
	return value.filter((v): v is string => typeof v === "string").map(cleanFolder).filter(Boolean);
}

function finiteOr(value: unknown, fallback: number): number {
	return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** True when `path` lies in `folder` (or is it); folder "" holds nothing. */
export function isInFolder(path: string, folder: string): boolean {
	if (!folder) return false;
	return path === folder || path.startsWith(folder + "/");
}
