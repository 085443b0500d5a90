// A theme note is a note in the themes folder; its file name is the theme, its frontmatter says
// what counts. The format, all keys optional:
//
//   ---
//   aliases: [scaling laws, compute-optimal]      # list, or one string (commas separate)
//   tags: [scaling]                               # a reader's tag on a source that signals the theme
//   throughline-exclusions: [fish scales]         # phrases that never count (also: `exclusions`)
//   throughline-weak: [scale]                     # generic words: support a link, never make one
//   throughline-strong: [Chinchilla]              # single words specific enough to count as phrases
//   throughline-exact: [strike]                   # match only as written, without -s/-ed/-ing forms
//   ---
//
// The name and every alias also match their inflections (scale → scales, scaled, scaling).
// Without markers, a phrase of several words is strong, an everyday word weak, any other word
// medium; the theme's own name is never weak unless `throughline-weak` lists it. The body (where
// the backlinks block lives) is not read for aliases.

import { WEIGHT_STRONG, WEIGHT_WEAK, normaliseTag, type WeightedThemeDefinition } from "./compile";

/** Frontmatter keys a theme note may use. */
export const THEME_NOTE_KEYS = {
	aliases: ["aliases", "alias"],
	exclusions: ["throughline-exclusions", "exclusions"],
	weak: ["throughline-weak"],
	strong: ["throughline-strong"],
	exact: ["throughline-exact"],
	tags: ["tags", "tag"],
} as const;

function basename(path: string): string {
	const file = path.slice(path.lastIndexOf("/") + 1);
	return file.replace(/\.md$/i, "");
}

/** The theme id for a note name: lower-case, spaces as hyphens ("Post training" → "post-training"). */
export function themeIdOf(name: string): string {
	return name.trim().toLowerCase().replace(/\s+/g, "-");
}

/** A frontmatter value as a list of non-empty strings: a YAML list, or one comma-separated string. */
export function stringList(value: unknown): string[] {
	if (value === null || value === undefined) return [];
	const items: unknown[] = Array.isArray(value) ? value : typeof value === "string" || typeof value === "number" ? String(value).split(",") : [];
	return items
		.filter((item) => typeof item === "string" || typeof item === "number")
		.map((item) => String(item).trim())
		.filter((item) => item.length > 0);
}

function listFor(data: Record<string, unknown> | null, keys: readonly string[]): string[] {
	if (!data) return [];
	const lowerKeys = new Map(Object.keys(data).map((key) => [key.toLowerCase(), key]));
	return keys.flatMap((key) => {
		const actual = lowerKeys.get(key);
		return actual === undefined ? [] : stringList(data[actual]);
	});
}

/** Tags: a list, or one string of space- or comma-separated tags (`tags: emergence ai`). */
function tagList(data: Record<string, unknown> | null): string[] {
	return listFor(data, THEME_NOTE_KEYS.tags).flatMap((tag) => tag.split(/\s+/)).map(normaliseTag).filter(Boolean);
}

/** Reads one theme note into a theme definition; bad or missing frontmatter gives a bare theme. */
export function themeFromNote(path: string, frontmatterData: Record<string, unknown> | null, _body: string): WeightedThemeDefinition {
	const data = frontmatterData && typeof frontmatterData === "object" && !Array.isArray(frontmatterData) ? frontmatterData : null;
	const name = basename(path);
	const id = themeIdOf(name);
	const aliasWeights: Record<string, number> = {};
	for (const word of listFor(data, THEME_NOTE_KEYS.weak)) aliasWeights[word.toLowerCase()] = WEIGHT_WEAK;
	for (const word of listFor(data, THEME_NOTE_KEYS.strong)) aliasWeights[word.toLowerCase()] = WEIGHT_STRONG;
	const aliases = [...listFor(data, THEME_NOTE_KEYS.aliases), ...listFor(data, THEME_NOTE_KEYS.weak), ...listFor(data, THEME_NOTE_KEYS.strong), ...listFor(data, THEME_NOTE_KEYS.exact)];
	return {
		id,
		name,
		path,
		aliases: [...new Set(aliases)],
		exclusions: listFor(data, THEME_NOTE_KEYS.exclusions),
		tags: [...new Set([...tagList(data), id, normaliseTag(name)])],
		aliasWeights,
		exactAliases: listFor(data, THEME_NOTE_KEYS.exact).map((a) => a.toLowerCase()),
	};
}
