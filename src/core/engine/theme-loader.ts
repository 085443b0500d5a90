// Which themes a vault follows: the notes in its themes folder, or the starter pack when it has none.
// A hub note Throughline created for a starter theme (nothing in it but the managed block) keeps the
// starter pack's phrases, so that linking never changes what matches.

import type { FrontmatterParser, NoteStat } from "../ports";
import { isInFolder } from "../settings";
import type { WeightedThemeDefinition } from "../themes/compile";
import { starterPack } from "../themes/starter-pack";
import { readThemeNote, themeIdOf } from "../themes/theme-note";
import { findHubBlocks } from "../links/hub-block";

export interface LoadedThemes {
	themes: WeightedThemeDefinition[];
	/** True when the vault has no theme notes and the embedded starter pack is in use. */
	fromStarterPack: boolean;
	problems: { path: string; message: string }[];
}

/** True for the notes that define themes. */
export function isThemeNotePath(path: string, themesFolder: string): boolean {
	return isInFolder(path, themesFolder) && path.toLowerCase().endsWith(".md");
}

/** Adds the starter pack's aliases, exclusions and weights to a theme note of the same id. */
function withStarterDefaults(theme: WeightedThemeDefinition, starter: Map<string, WeightedThemeDefinition>): WeightedThemeDefinition {
	const base = starter.get(theme.id);
	if (!base) return theme;
	const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];
	return {
		...theme,
		aliases: union(base.aliases, theme.aliases),
		exclusions: union(base.exclusions, theme.exclusions),
		tags: union(base.tags, theme.tags),
		aliasWeights: { ...base.aliasWeights, ...theme.aliasWeights },
		...withDomainAndContexts(base, theme),
	};
}

/** The note's domain, else the pack's; the pack's contexts and the note's. */
function withDomainAndContexts(base: WeightedThemeDefinition, theme: WeightedThemeDefinition): Pick<WeightedThemeDefinition, "domain" | "contexts"> {
	const domain = theme.domain ?? base.domain;
	const contexts = [...(base.contexts ?? []), ...(theme.contexts ?? [])];
	return { ...(domain ? { domain } : {}), ...(contexts.length > 0 ? { contexts } : {}) };
}

function noteName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}

/** A note that only holds Throughline's block for a starter theme: it does not replace the pack. */
function isHubHolder(note: { path: string; raw: string }, starterIds: Set<string>): boolean {
	if (!starterIds.has(themeIdOf(noteName(note.path)))) return false;
	const found = findHubBlocks(note.raw);
	if (found.kind !== "found") return note.raw.trim() === "";
	let outside = note.raw;
	for (const block of [...found.blocks].reverse()) outside = outside.slice(0, block.start) + outside.slice(block.end);
	return outside.trim() === "";
}

/** The starter pack, with the notes that already hold its hubs as the themes' paths. */
function starterWithHolders(holders: { path: string }[]): WeightedThemeDefinition[] {
	const pathById = new Map(holders.map((h) => [themeIdOf(noteName(h.path)), h.path]));
	return starterPack().map((theme) => ({ ...theme, path: pathById.get(theme.id) ?? null }));
}

/**
 * Reads theme notes (already read by the caller) into definitions. With no theme note of the
 * reader's own (none at all, or only the hub notes Throughline made for starter themes), the
 * starter pack is the vault's theme set.
 */
export function themesFromNotes(notes: { path: string; raw: string }[], frontmatter: FrontmatterParser): LoadedThemes {
	const starter = new Map(starterPack().map((t) => [t.id, t]));
	const starterIds = new Set(starter.keys());
	if (notes.every((note) => isHubHolder(note, starterIds))) return { themes: starterWithHolders(notes), fromStarterPack: true, problems: [] };
	const problems: LoadedThemes["problems"] = [];
	const byId = new Map<string, WeightedThemeDefinition>();
	for (const note of [...notes].sort((a, b) => (a.path < b.path ? -1 : 1))) {
		const front = frontmatter(note.raw);
		if (front.problem) problems.push({ path: note.path, message: `${front.problem}; the theme was read from its name only` });
		const { theme: read, problems: noteProblems } = readThemeNote(note.path, front.data);
		for (const message of noteProblems) problems.push({ path: note.path, message });
		// A bare hub note keeps its starter theme's phrases; a note the reader wrote is authoritative.
		const theme = isHubHolder(note, starterIds) ? withStarterDefaults(read, starter) : read;
		if (byId.has(theme.id)) {
			problems.push({ path: note.path, message: `another theme note already defines "${theme.name}"; this one was ignored` });
			continue;
		}
		byId.set(theme.id, theme);
	}
	return { themes: [...byId.values()], fromStarterPack: false, problems };
}

/** The theme notes among a vault's notes. */
export function themeNoteStats(stats: NoteStat[], themesFolder: string): NoteStat[] {
	return stats.filter((s) => isThemeNotePath(s.path, themesFolder));
}

