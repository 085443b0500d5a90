// The plain data the link writer works from and produces: theme hubs (built by the index),
// link plans (edits as data, shown before writing) and the ledger that makes every write undoable.

import type { DocumentKind, EngineSettings } from "../model";

/** A theme as a hub needs it. */
export interface HubTheme {
	id: string;
	name: string;
	/** Vault path of the theme note, or null for a starter-pack theme that has no note yet. */
	path: string | null;
}

/** One passage of a source that discusses the theme, as the hub quotes it. */
export interface HubPassage {
	/** 1-based line and column of the passage in the file as on disk. */
	line: number;
	col: number;
	/** Seconds into the recording, for transcripts. */
	seconds?: number;
	/** The nearest heading above the passage, when there is one. */
	heading?: string;
	/** A block id already on the passage (without `^`), when there is one. */
	blockId?: string;
	/** A short readable quote. */
	quote: string;
}

/** A source note linked to the theme. */
export interface HubSource {
	path: string;
	title: string;
	kind: DocumentKind;
	format: string;
	date: string | null;
	score: number;
	/** Strongest first. */
	passages: HubPassage[];
}

/** A theme that recurs in the same sources. */
export interface RelatedTheme {
	theme: HubTheme;
	/** 0..1: how much more often than chance the two themes meet in the same passages (NPMI). */
	strength: number;
	/** How many sources are linked to both themes (sources, never passages). */
	shared: number;
}

/** Everything one theme's managed block shows. */
export interface ThemeHub {
	theme: HubTheme;
	sources: HubSource[];
	related: RelatedTheme[];
}

/** For property mode: the themes a source note is linked to. */
export interface PropertyLinks {
	path: string;
	themes: HubTheme[];
	/** The note's detected format, from the index (`readwise-official`): a note an importer writes is never written into. */
	format?: string;
}

/** The settings the link writer reads. */
export type LinkSettings = Pick<EngineSettings, "themesFolder" | "importerOwnedFolders" | "linkMode" | "propertyKey">;

/** What Throughline added around a block it inserted, so that removing it is exact. */
export interface HubInsertion {
	/** Line breaks added before the start marker. */
	before: string;
	/** Line break added after the end marker. */
	after: string;
}

/** One theme note that holds (or held) a Throughline block. */
export interface HubLedgerEntry extends HubInsertion {
	/** True when Throughline created the file only to hold the block. */
	created: boolean;
}

/**
 * How to get a note's original text back from the text Throughline left: the two share
 * `keepStart` leading and `keepEnd` trailing characters; between them the original had `original`.
 */
export interface TextSplice {
	keepStart: number;
	keepEnd: number;
	original: string;
	/** Hash of the whole original text, to check a restore. */
	originalHash: string;
}

/** One source note whose frontmatter holds (or held) Throughline's property. */
export interface PropertyLedgerEntry {
	key: string;
	/** The values Throughline added (the reader's own values are never in here). */
	added: string[];
	/** Whether the key was there before Throughline wrote into it. */
	keyExisted: boolean;
	/** Hash of the note's text right after Throughline's last write. */
	leftHash: string;
	/** How to restore the original bytes, or null when someone else edited in between. */
	restore: TextSplice | null;
}

/** Everything Throughline wrote, stored beside the index (never in the synced settings). */
export interface LinkLedger {
	version: 1;
	hubs: Record<string, HubLedgerEntry>;
	properties: Record<string, PropertyLedgerEntry>;
}

/** What an edit does to the managed content of one note. */
export type ManagedChange =
	| { kind: "hub-set"; block: string }
	| { kind: "hub-remove"; insertion: HubLedgerEntry | null }
	| { kind: "property-set"; key: string; links: string[] }
	| { kind: "property-remove"; entry: PropertyLedgerEntry };

/** One planned change to one note. `before`/`after` are the texts at planning time (for preview). */
export interface NoteEdit {
	path: string;
	action: "create" | "update" | "delete";
	before: string | null;
	after: string | null;
	/** Plain words: "adds the Throughline block (12 sources)". */
	summary: string;
	change: ManagedChange;
}

/** A note that could not be planned or written, in plain words. */
export interface LinkProblem {
	path: string;
	message: string;
}

/** A note Throughline would have linked but leaves alone, and why, in plain words. */
export interface SkippedNote {
	path: string;
	reason: string;
}

export interface LinkPlan {
	edits: NoteEdit[];
	problems: LinkProblem[];
	/** Notes left alone on purpose (an importer owns them); absent when none was. */
	skipped?: SkippedNote[];
}

/** Reads notes at planning time; null when the note does not exist. */
export interface NoteReader {
	read(path: string): string | null;
}

/**
 * Updates one list property atomically. In the app: processFrontMatter; in the shell: a text edit.
 * `change` gets the current values (undefined when the key is absent) and returns the new ones
 * (undefined deletes the key). Resolves to the note's whole text before and after the write.
 */
export interface FrontmatterWriter {
	update(
		path: string,
		key: string,
		change: (current: string[] | undefined) => string[] | undefined,
	): Promise<{ before: string; after: string }>;
}
