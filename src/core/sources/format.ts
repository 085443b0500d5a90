// What a format contributes: a detector (a confidence from content and frontmatter, never the path)
// and a reader (passages, excluded ranges and metadata hints).

import type { DocumentKind, PassageSpan } from "../model";
import type { SourceProfile } from "./profile";
import type { SourceText } from "./source-text";

/** Metadata a reader found in the body; frontmatter values are read separately and win. */
export interface MetadataHints {
	title?: string | null;
	author?: string | null;
	/** A publication or recording date found in the body. */
	date?: string | null;
	/** The date the reader highlighted the text (Kindle's "Added on", Readwise's "Highlighted at"): used when no publication date exists. */
	highlightDate?: string | null;
	/** The body's first line is boilerplate (an insight digest's header): fall back to the file name, not to it. */
	titleFromFileName?: boolean;
	url?: string | null;
	durationSeconds?: number | null;
	tags?: string[];
}

export interface FormatReading {
	passages: PassageSpan[];
	/** Flat ranges beyond the generic ones (markers, boilerplate, cue numbers, duplicate captions). */
	excluded: number[];
	hints: MetadataHints;
}

export interface SourceFormat {
	format: string;
	kind: DocumentKind;
	/** Confidence in 0..1 that the note is in this format, or null when it clearly is not. */
	detect(source: SourceText, profile: SourceProfile): number | null;
	read(source: SourceText, profile: SourceProfile): FormatReading;
	/** The format keeps its content inside fenced code (whisper JSON pasted into a note). */
	keepFencedCode?: boolean;
	/** The highest confidence `detect` ever returns: detection skips the row once a format at least this sure was found. */
	highestConfidence?: number;
}

export function emptyReading(): FormatReading {
	return { passages: [], excluded: [], hints: {} };
}
