// The shared vocabulary of Throughline's core: plain data, no behaviour, no runtime imports.
// Offsets are UTF-16 code-unit offsets into the file's text exactly as read from disk
// (frontmatter, BOM and CR included); `end` is exclusive. Lines and columns are 1-based.

export type DocumentKind = "highlights" | "insights" | "transcript" | "article" | "note";

export const DOCUMENT_KINDS: readonly DocumentKind[] = ["highlights", "insights", "transcript", "article", "note"];

/** A range of the raw file text. */
export interface Span {
	start: number;
	end: number;
}

/** A readable unit of a source: one highlight, one insight, one paragraph, one stretch of speech. */
export interface PassageSpan extends Span {
	/** Seconds from the start of the recording, when the source gives a timestamp for this passage. */
	seconds?: number;
	/** The nearest heading above the passage (its text, as Obsidian links to it), when there is one. */
	heading?: string;
	/** A block id (`^id`) already on the passage, when there is one: the most precise link target. */
	blockId?: string;
}

/** What the parser learns about one note: everything the theme engine and the views need. */
export interface SourceDocument {
	/** Vault-relative path with forward slashes, e.g. `Readwise/Import AI 343.md`. */
	path: string;
	kind: DocumentKind;
	/** The format it was recognised as, e.g. `readwise`, `kindle`, `whisper-youtube`, `srt`, `raw`. */
	format: string;
	title: string;
	/** True when no title was found in the note and its file name stands in (it follows renames). */
	titleFromPath?: boolean;
	author: string | null;
	/** Publication or recording date (else the highlight date) as YYYY-MM-DD; never the import date. */
	date: string | null;
	url: string | null;
	durationSeconds: number | null;
	/** Words of readable body text. */
	words: number;
	/** The reader's own tags on this note, lower-case, without `#` (frontmatter, body, Readwise `- Tags:`). */
	tags: string[];
	/** Theme names or ids the reader excluded this note from (`throughline-exclude`). */
	excludedThemes: string[];
	/** Plain-words descriptions of what could not be read (malformed YAML, binary content, …). */
	problems: string[];
	/**
	 * Ranges the matcher must not look into: frontmatter, code, URLs, link targets, HTML tags and
	 * attributes, boilerplate such as a quoteback footer, timestamps. Flat pairs
	 * [start0, end0, start1, end1, …], sorted and non-overlapping. The matcher treats them as spaces.
	 */
	excluded: number[];
	/** The readable body as passages, sorted by start and non-overlapping. */
	passages: PassageSpan[];
}

/** A theme as the engine uses it, whether it comes from a theme note or the starter pack. */
export interface ThemeDefinition {
	/** The theme note's file name lower-cased with spaces as hyphens (`post-training`). */
	id: string;
	/** Display name: the theme note's file name (`Post-training`). */
	name: string;
	/** Vault path of the theme note, or null for a starter-pack theme with no note. */
	path: string | null;
	/** Phrases that count as this theme, beside its name. */
	aliases: string[];
	/** Phrases that must not count even though they contain an alias ("fish scales"). */
	exclusions: string[];
	/** Tags that signal the theme when a reader puts them on a source (lower-case, no `#`). */
	tags: string[];
}

/** One occurrence of a theme's phrase in a source. */
export interface ThemeMention {
	themeId: string;
	start: number;
	end: number;
	/** 1-based line and column of `start` in the file as on disk. */
	line: number;
	col: number;
	/** The text as it stands in the file between start and end. */
	match: string;
	/** Index into SourceDocument.passages, or -1 when the mention lies outside every passage. */
	passage: number;
	/** How much the alias says about its theme (1 everyday word … 3 term of art), when the engine gave it: it ranks the passages quoted. */
	weight?: number;
}

/** The engine's verdict on one document and one theme. */
export interface DocumentThemeDecision {
	themeId: string;
	score: number;
	mentions: number;
	linked: boolean;
	/** Plain words: "linked: 12 mentions in 9 passages, 'scaling laws' ×3, tag #scaling". */
	why: string;
}

/** Settings that shape detection and scoring; the app and the shell read the same ones. */
export interface EngineSettings {
	themesFolder: string;
	importFolder: string;
	inboxFolder: string;
	excludedFolders: string[];
	importerOwnedFolders: string[];
	linkMode: "hub" | "property" | "both";
	propertyKey: string;
	/** Minimum score for a document to be linked to a theme. */
	linkThreshold: number;
}
