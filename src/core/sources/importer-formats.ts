// Which importer writes the notes of a detected format. An importer (Readwise, the Kindle plugin,
// Snipd, Omnivore) rewrites its notes on every sync and may drop or fight over anything added to
// them, so Throughline never writes into a note whose format belongs to one, wherever it lives.
// Recognised by the format name's family, so that new formats of a family (`readwise-logseq`,
// `omnivore-…`) are covered the day their detector lands.

import { locateFrontmatter } from "../frontmatter";

/**
 * Formats whose writer is not the importer their name starts with: Snipd synced through Readwise is
 * Readwise's file; highlights a note says a highlighting service delivered (`synced-highlights`: a
 * Readwise, Omnivore, Snipd, Glasp or Hypothesis sync, by its frontmatter or its sync notice) are
 * that service's.
 */
const WRITTEN_BY: Readonly<Record<string, string>> = { "snipd-readwise": "Readwise", "synced-highlights": "the highlighting service that synced it" };

/** A format name starting with one of these is written by that importer (`readwise`, `readwise-reader`, `kindle-clippings`…). */
const IMPORTER_FAMILIES: readonly { prefix: string; importer: string }[] = [
	{ prefix: "readwise", importer: "Readwise" },
	{ prefix: "kindle", importer: "Kindle" },
	{ prefix: "snipd", importer: "Snipd" },
	{ prefix: "omnivore", importer: "Omnivore" },
];

/** The importer that writes notes in `format` ("Readwise"), or null when the format is nobody's (transcripts, articles, notes). */
export function importerOf(format: string): string | null {
	const name = format.trim().toLowerCase();
	const exact = WRITTEN_BY[name];
	if (exact !== undefined) return exact;
	return IMPORTER_FAMILIES.find((family) => name.startsWith(family.prefix))?.importer ?? null;
}

const IMPORTED_FROM = /^imported-from[ \t]*:/m; // the key Throughline's own importer writes (src/core/import/frontmatter.ts)

/** Whether the note's frontmatter declares Throughline's own importer (`imported-from`): such a note is Throughline's, whatever its format. */
export function declaresThroughlineImport(text: string): boolean {
	const found = locateFrontmatter(text);
	if (found === null || found === "unclosed") return false;
	return IMPORTED_FROM.test(text.slice(found.yamlStart, found.yamlEnd));
}

/**
 * The importer that owns a note, from its detected format and its text; null when Throughline may
 * write into it. A note Throughline's importer made (a Readwise CSV or Kindle clippings brought in
 * from the command palette) is Throughline's own even though its format is named after the source.
 */
export function noteImporter(format: string | undefined, text: string): string | null {
	if (format === undefined) return null;
	const importer = importerOf(format);
	return importer !== null && !declaresThroughlineImport(text) ? importer : null;
}
