// The data an import passes around: what came in, what a converter made of it, what the planner decided.
import type { DocumentKind } from "../model";

/** One file (or the clipboard) handed to the importer, already decoded to text by the caller. */
export interface ImportInput {
	/** The name as the user gave it (may include folders); its last segment names the format. */
	fileName: string;
	text: string;
}

/** One highlight of a book or article, kept apart so a later import can add only the new ones. */
export interface HighlightBlock {
	/** Block id without the caret (`loc-170`); stable across re-imports of the same highlight. */
	id: string;
	/** The highlight's text, whitespace collapsed: what identifies it in a note already written. */
	matchText: string;
	/** The block as written into the note, ending with its ` ^id` line and a newline. */
	markdown: string;
}

/** A note a converter wants in the vault. */
export interface ImportedNote {
	title: string;
	/** Safe file name without folder or `.md`. */
	fileName: string;
	/** The whole note: frontmatter and body, LF line endings, ending with a newline. */
	markdown: string;
	kind: DocumentKind;
	format: string;
	author: string | null;
	/** Present for highlight notes: a newer import of the same book appends the blocks missing here. */
	blocks?: HighlightBlock[];
}

/** What a converter made of one input: notes, or a plain-words problem. */
export interface ConversionResult {
	format: string | null;
	notes: ImportedNote[];
	problem: string | null;
}

/** A timed stretch of speech: a caption cue, a whisper segment. Seconds from the start. */
export interface SpeechCue {
	start: number;
	end: number;
	text: string;
}

export interface PlannedCreate {
	/** The input it came from, as given. */
	file: string;
	/** Vault-relative path of the new note. */
	path: string;
	text: string;
}

export interface PlannedUpdate {
	file: string;
	path: string;
	/** Appends what is missing to the note's current text; returns it unchanged when nothing is. */
	edit: (current: string) => string;
	/** How many highlights (or paragraph ids) the edit adds (as planned against the text read at planning time). */
	added: number;
	/** What the edit adds: a newer export's highlights, or block ids on the paragraphs of a note imported before it wrote them. */
	adds: "highlights" | "paragraph ids";
}

export interface PlannedUnchanged {
	file: string;
	path: string;
}

export interface ImportProblem {
	file: string;
	message: string;
}

export interface ImportPlan {
	create: PlannedCreate[];
	update: PlannedUpdate[];
	unchanged: PlannedUnchanged[];
	problems: ImportProblem[];
}
