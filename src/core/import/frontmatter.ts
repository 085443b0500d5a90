// The YAML frontmatter of an imported note: written with safe quoting, and read back by the planner.
import type { DocumentKind } from "../model";
import { formatTimecode } from "../text/timecode";

/** What an import knows about a note; unknown values are left out of the frontmatter. */
export interface ImportedMetadata {
	kind: DocumentKind;
	format: string;
	title: string;
	author?: string | null;
	/** YYYY-MM-DD. */
	date?: string | null;
	source?: string | null;
	durationSeconds?: number | null;
	importedFrom: string;
	tags?: string[];
}

// YAML words that would not stay strings when written plain.
const RESERVED = new Set(["true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"]);
// Letters first, then only characters that are never YAML syntax in a plain block scalar.
const PLAIN_SAFE = /^[A-Za-z\u00C0-\uFFFF][A-Za-z0-9\u00C0-\uFFFF ._,()'&!?+=-]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A YAML scalar for a string: plain when that is unambiguous, else double-quoted with escapes. */
export function yamlString(value: string): string {
	if (PLAIN_SAFE.test(value) && !RESERVED.has(value.toLowerCase()) && value === value.trim()) return value;
	// JSON's string syntax is a subset of YAML's double-quoted scalars.
	return JSON.stringify(value);
}

/** The `---` block with the fields in a fixed order, ending with a newline. */
export function buildFrontmatter(meta: ImportedMetadata): string {
	const lines = ["---", `kind: ${meta.kind}`, `format: ${yamlString(meta.format)}`, `title: ${yamlString(meta.title)}`];
	if (meta.author) lines.push(`author: ${yamlString(meta.author)}`);
	// An ISO date stays plain so Obsidian shows it as a date property.
	if (meta.date) lines.push(`date: ${ISO_DATE.test(meta.date) ? meta.date : yamlString(meta.date)}`);
	if (meta.source) lines.push(`source: ${yamlString(meta.source)}`);
	// Quoted: YAML 1.1 readers turn a plain 1:02:03 into a sexagesimal number.
	if (meta.durationSeconds != null) lines.push(`duration: ${JSON.stringify(formatTimecode(meta.durationSeconds))}`);
	lines.push(`imported-from: ${yamlString(meta.importedFrom)}`);
	if (meta.tags && meta.tags.length > 0) {
		lines.push("tags:");
		for (const tag of meta.tags) lines.push(`  - ${yamlString(tag)}`);
	}
	lines.push("---");
	return `${lines.join("\n")}\n`;
}

/** The few top-level scalars the planner needs, read from a note's frontmatter without a YAML library. */
export function readTopLevelScalars(note: string): Map<string, string> {
	const found = new Map<string, string>();
	const text = note.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
	if (!text.startsWith("---\n")) return found;
	const close = text.indexOf("\n---", 3);
	if (close < 0) return found;
	for (const line of text.slice(4, close).split("\n")) {
		const match = /^([A-Za-z][\w-]*):[ \t]+(.+)$/.exec(line);
		if (match) found.set(match[1], unquoteScalar(match[2].trim()));
	}
	return found;
}

/** A YAML scalar's string: double quotes with their escapes, single quotes with `''`, else as written. */
export function unquoteScalar(raw: string): string {
	const value = raw.trim();
	if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
		try {
			return String(JSON.parse(value));
		} catch {
			return value.slice(1, -1);
		}
	}
	if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
	return value;
}
