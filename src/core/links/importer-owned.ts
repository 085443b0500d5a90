// Notes Throughline never writes into: those an importer writes (recognised by their detected
// format, wherever they live) and those in the folders the reader marked as importer-owned.

import { cleanFolder } from "../settings";
import type { PropertyLinks } from "./hub-model";
import { noteImporter } from "../sources/importer-formats";

/** The importer-owned folder the note lies in, matched without regard to case (`readwise/` is `Readwise/`); null when none. */
export function ownedFolderOf(path: string, folders: readonly string[]): string | null {
	const lowerPath = path.toLowerCase();
	for (const folder of folders) {
		const lowerFolder = cleanFolder(folder).toLowerCase();
		if (lowerFolder !== "" && (lowerPath === lowerFolder || lowerPath.startsWith(`${lowerFolder}/`))) return cleanFolder(folder);
	}
	return null;
}

/**
 * Why Throughline leaves a note alone, in the words the preview shows; null when it may write into
 * it. `format` is the note's detected format from the index, `text` the note as it is now.
 */
export function whyLeftAlone(path: string, format: string | undefined, text: string, folders: readonly string[]): string | null {
	const importer = noteImporter(format, text);
	if (importer !== null) return `written by ${importer}: Throughline never writes into it`;
	const folder = ownedFolderOf(path, folders);
	if (folder !== null) return `in ${folder}/, a folder set as importer-owned in the settings: Throughline never writes into it`;
	return null;
}

/** Property links with each note's detected format (from the index), so the planner can tell an importer's note. */
export function withFormats(links: PropertyLinks[], formatOf: (path: string) => string | undefined): PropertyLinks[] {
	return links.map((link) => ({ ...link, format: link.format ?? formatOf(link.path) }));
}
