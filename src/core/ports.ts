// The small interfaces through which the core talks to the world. The Obsidian adapters
// (src/obsidian/) and the headless runner (src/cli/) implement each of them.

/** What a frontmatter parser found at the top of a note. */
export interface FrontmatterResult {
	/** The parsed YAML mapping; null when there is no frontmatter or it could not be parsed. */
	data: Record<string, unknown> | null;
	/** Offset of the first character after the closing `---` line (0 when there is no frontmatter). */
	bodyStart: number;
	/** Plain words, when the frontmatter exists but could not be read. */
	problem: string | null;
}

/** Reads frontmatter: gray-matter in the shell and tests, getFrontMatterInfo + parseYaml in the app. */
export type FrontmatterParser = (raw: string) => FrontmatterResult;

/** A note as listed by the vault, before it is read. */
export interface NoteStat {
	path: string;
	size: number;
	mtime: number;
}

/** Reads and writes the notes of one vault. Every write is atomic with respect to the reader. */
export interface NoteStore {
	list(): NoteStat[];
	read(path: string): Promise<string>;
	exists(path: string): boolean;
	/** Applies `edit` to the note's current text atomically; `edit` returning the same text writes nothing. */
	process(path: string, edit: (current: string) => string): Promise<string>;
	create(path: string, text: string): Promise<void>;
	/** Removes a note Throughline created itself (never a note the reader wrote into). */
	remove(path: string): Promise<void>;
}

/** Time, so that tests and benchmarks control it. */
export interface Clock {
	now(): number;
}
