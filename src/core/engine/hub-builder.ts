// Turns the index into what the link writer needs: one hub per theme (its linked sources, their
// strongest passages, related themes) and, for property mode, the themes of each source note.

import type { ThemeDefinition } from "../model";
import type { ThemeIndex } from "../index/theme-index";
import { rankedPassages } from "../index/quoted-passages";
import { storedMentions, type DocumentRecord } from "../index/record";
import { readableTitle } from "./readable-title";
import type { HubPassage, HubSource, HubTheme, PropertyLinks, ThemeHub } from "../links/hub-model";

const PASSAGES_PER_SOURCE = 3; // a hub quotes a few passages per source; the sidebar shows them all
const MIN_SHARED_SOURCES = 2; // one long transcript touching both themes is not yet a tie between them
const MIN_RELATED_STRENGTH = 0.1; // NPMI of their passages (related.ts): below this they meet about as often as chance has them

function hubTheme(theme: ThemeDefinition): HubTheme {
	return { id: theme.id, name: theme.name, path: theme.path };
}

/** The passages of one theme in one record that carry it best, strongest first (quoted-passages.ts). */
export function strongestPassages(record: DocumentRecord, themeId: string, limit = PASSAGES_PER_SOURCE): HubPassage[] {
	return rankedPassages(storedMentions(record, themeId)).slice(0, limit).map(({ mention }) => {
		const passage = mention.passage;
		return {
			line: passage ? passage.line : mention.line,
			col: passage ? passage.col : mention.col,
			seconds: passage?.seconds,
			heading: passage?.heading,
			blockId: passage?.blockId,
			quote: mention.snippet ?? mention.match,
		};
	});
}

function hubSource(record: DocumentRecord, themeId: string): HubSource {
	const decision = record.decisions.find((d) => d.themeId === themeId);
	return {
		path: record.path, title: readableTitle(record), kind: record.kind, format: record.format, date: record.date,
		score: decision?.score ?? 0, passages: strongestPassages(record, themeId),
	};
}

/** Every theme's hub, from the index as it stands. */
export function buildHubs(index: ThemeIndex): ThemeHub[] {
	const byId = new Map(index.themes.map((t) => [t.id, t]));
	const linked = new Map(index.themes.map((theme) => [theme.id, new Set(index.themeDocuments(theme.id, true))]));
	return index.themes.map((theme) => {
		const sources = [...(linked.get(theme.id) ?? [])]
			.map((path) => index.document(path))
			.filter((record): record is DocumentRecord => record !== undefined)
			.map((record) => hubSource(record, theme.id));
		const related = index.relatedThemes(theme.id).flatMap((r) => {
			const other = byId.get(r.id);
			const shared = countShared(linked.get(theme.id), linked.get(r.id));
			const real = other !== undefined && shared >= MIN_SHARED_SOURCES && r.strength >= MIN_RELATED_STRENGTH;
			return real ? [{ theme: hubTheme(other), strength: r.strength, shared }] : [];
		});
		return { theme: hubTheme(theme), sources, related };
	});
}

/** Sources linked to both themes. */
function countShared(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): number {
	if (!a || !b) return 0;
	let shared = 0;
	for (const path of a) if (b.has(path)) shared++;
	return shared;
}

/**
 * For property mode: each source note and the themes it is linked to. A note with a problem (its
 * frontmatter is not valid YAML, it never closes, the note is binary) gets no property: writing
 * into YAML that cannot be read would only damage it further.
 */
export function buildPropertyLinks(index: ThemeIndex): PropertyLinks[] {
	const byId = new Map(index.themes.map((t) => [t.id, t]));
	return index.documents().filter((record) => record.problems.length === 0).map((record) => ({
		path: record.path,
		themes: record.decisions.filter((d) => d.linked && byId.has(d.themeId)).map((d) => hubTheme(byId.get(d.themeId) as ThemeDefinition)),
	}));
}
