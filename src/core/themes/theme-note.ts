// A theme note is a note in the themes folder; its file name is the theme, its frontmatter says
// what counts. The format, all keys optional:
//
//   ---
//   aliases: [scaling laws, compute-optimal]      # list, or one string (commas separate)
//   tags: [scaling]                               # a reader's tag on a source that signals the theme
//   throughline-exclusions: [fish scales]         # phrases that never count (also: `exclusions`)
//   throughline-weak: [scale]                     # generic words: support a link, never make one
//   throughline-strong: [Chinchilla]              # single words specific enough to count as phrases
//   throughline-medium: [black box]               # phrases that count, but say less than a term of art
//   throughline-exact: [strike]                   # match only as written, without -s/-ed/-ing forms
//   throughline-domain: AI                        # the field: a document showing none of it links nothing
//   throughline-context:                          # words that must (not) stand near an alias for it to count
//     - "policy, policies: not near reward, agent"
//   ---
//
// The name and every alias also match their inflections (scale → scales, scaled, scaling).
// Without markers, a phrase of several words is strong, an everyday word weak, any other word
// medium; the theme's own name is never weak unless `throughline-weak` lists it. The body (where
// the backlinks block lives) is not read for aliases. An alias that would match nearly everywhere
// ("a", "-") and a context rule that cannot be read are left out, each with a problem in plain words.

import { unusableAlias } from "./alias-checks";
import { WEIGHT_MEDIUM, WEIGHT_STRONG, WEIGHT_WEAK, normaliseTag, type WeightedThemeDefinition } from "./compile";
import { type AliasContext, parseContext } from "./context";

/** Frontmatter keys a theme note may use. */
export const THEME_NOTE_KEYS = {
	aliases: ["aliases", "alias"],
	exclusions: ["throughline-exclusions", "exclusions"],
	weak: ["throughline-weak"],
	strong: ["throughline-strong"],
	medium: ["throughline-medium"],
	exact: ["throughline-exact"],
	domain: ["throughline-domain"],
	context: ["throughline-context"],
	tags: ["tags", "tag"],
} as const;

/** A theme note read, with what in it could not be used. */
export interface ReadThemeNote {
	theme: WeightedThemeDefinition;
	problems: string[];
}

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

/** The aliases a reader may use, and a problem for each one left out. */
function usableAliases(aliases: string[], problems: string[]): string[] {
	return [...new Set(aliases)].filter((alias) => {
		const why = unusableAlias(alias);
		if (why) problems.push(`the alias ${why}: it would match nearly every note, so it was left out`);
		return why === null;
	});
}

function contextsOf(data: Record<string, unknown> | null, problems: string[]): AliasContext[] {
	const contexts: AliasContext[] = [];
	for (const line of listFor(data, THEME_NOTE_KEYS.context).flatMap((value) => value.split(/\n/))) {
		const read = parseContext(line);
		if ("problem" in read) problems.push(`${read.problem}; it was left out`);
		else contexts.push(read);
	}
	return contexts;
}

/** Reads one theme note into a theme definition; bad or missing frontmatter gives a bare theme. */
export function readThemeNote(path: string, frontmatterData: Record<string, unknown> | null): ReadThemeNote {
	const data = frontmatterData && typeof frontmatterData === "object" && !Array.isArray(frontmatterData) ? frontmatterData : null;
	const problems: string[] = [];
	const name = basename(path);
	const id = themeIdOf(name);
	const aliasWeights: Record<string, number> = {};
	for (const word of listFor(data, THEME_NOTE_KEYS.weak)) aliasWeights[word.toLowerCase()] = WEIGHT_WEAK;
	for (const word of listFor(data, THEME_NOTE_KEYS.strong)) aliasWeights[word.toLowerCase()] = WEIGHT_STRONG;
	for (const word of listFor(data, THEME_NOTE_KEYS.medium)) aliasWeights[word.toLowerCase()] = WEIGHT_MEDIUM;
	const weighted = [THEME_NOTE_KEYS.weak, THEME_NOTE_KEYS.strong, THEME_NOTE_KEYS.medium].flatMap((keys) => listFor(data, keys));
	const aliases = [...listFor(data, THEME_NOTE_KEYS.aliases), ...weighted, ...listFor(data, THEME_NOTE_KEYS.exact)];
	const domain = listFor(data, THEME_NOTE_KEYS.domain);
	const contexts = contextsOf(data, problems);
	const theme: WeightedThemeDefinition = {
		id,
		name,
		path,
		aliases: usableAliases(aliases, problems),
		exclusions: listFor(data, THEME_NOTE_KEYS.exclusions),
		tags: [...new Set([...tagList(data), id, normaliseTag(name)])],
		aliasWeights,
		exactAliases: listFor(data, THEME_NOTE_KEYS.exact).map((a) => a.toLowerCase()),
		...(domain.length > 0 ? { domain } : {}),
		...(contexts.length > 0 ? { contexts } : {}),
	};
	return { theme, problems };
}

/** The theme a note defines (its problems aside). */
export function themeFromNote(path: string, frontmatterData: Record<string, unknown> | null, _body = ""): WeightedThemeDefinition {
	return readThemeNote(path, frontmatterData).theme;
}
