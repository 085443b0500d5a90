// Maps the index to the plain view-models the renderers take. No DOM here, no Obsidian calls.

import type { ThemeIndex } from "../core/index/theme-index";
import { rankedPassages } from "../core/index/quoted-passages";
import { storedMentions, type DocumentRecord, type StoredMention } from "../core/index/record";
import type { ThemeDefinition } from "../core/model";
import type { TermQuote } from "../core/suggestions/quote";
import type { Suggestion } from "../core/suggestions/rank";
import type { DocumentPassages, NoteThemesModel, PassageView, SidebarState, SuggestionEvidenceView, ThemeDetailModel, ThemesSidebarData, ThemeSummary } from "../ui/view-models";

const RELATED_IN_SIDEBAR = 5; // a row has room for a handful of related themes
const SUGGESTIONS_IN_SIDEBAR = 12; // enough to browse, few enough to read
const PASSAGES_PER_DOCUMENT = 5; // the rest are a click away in the note itself

/** Where the match lies inside its snippet, for highlighting. */
export function passageView(mention: StoredMention): PassageView {
	const text = mention.snippet ?? mention.match;
	let at = text.indexOf(mention.match);
	if (at < 0) at = text.toLowerCase().indexOf(mention.match.toLowerCase());
	const found = at >= 0;
	return {
		line: mention.line,
		col: mention.col,
		seconds: mention.passage?.seconds,
		match: mention.match,
		text,
		matchStart: found ? at : 0,
		matchEnd: found ? at + mention.match.length : 0,
	};
}

/** One view per distinct passage, those that carry the theme best first (quoted-passages.ts). */
export function passagesOf(record: DocumentRecord, themeId: string, limit: number): PassageView[] {
	return rankedPassages(storedMentions(record, themeId)).slice(0, limit).map(({ mention }) => passageView(mention));
}

function summary(index: ThemeIndex, theme: ThemeDefinition, names: Map<string, string>): ThemeSummary {
	const stats = index.themeStats(theme.id);
	return {
		id: theme.id,
		name: theme.name,
		path: theme.path,
		linkedDocuments: stats.linkedDocuments,
		documents: stats.documents,
		mentions: stats.mentions,
		lastDate: stats.lastDate,
		monthly: Object.entries(stats.monthly).map(([month, count]) => ({ month, count })),
		related: index.relatedThemes(theme.id, RELATED_IN_SIDEBAR).map((r) => ({ id: r.id, name: names.get(r.id) ?? r.id, strength: r.strength, shared: r.shared })),
	};
}

export interface SidebarContext {
	ready: boolean;
	progress: { done: number; total: number } | null;
	fromStarterPack: boolean;
	rejected: string[];
	/** The suggestions to show (the app ranks them in slices apart from the redraw, suggestion-ranking.ts). */
	suggestions: (rejected: string[], limit: number) => Suggestion[];
}

export function sidebarData(index: ThemeIndex, context: SidebarContext): ThemesSidebarData {
	const names = new Map(index.themes.map((t) => [t.id, t.name]));
	const documents = index.documents().length;
	let state: SidebarState = "ready";
	if (!context.ready || context.progress) state = "indexing";
	else if (documents === 0) state = "empty-vault";
	else if (context.fromStarterPack) state = "no-theme-notes";
	return {
		state,
		progress: context.progress ?? undefined,
		themes: index.themes.map((theme) => summary(index, theme, names)),
		suggestions: context.suggestions(context.rejected, SUGGESTIONS_IN_SIDEBAR).map((s) => ({ phrase: s.phrase, key: s.key, variants: s.variants, documents: s.documents, mentions: s.mentions })),
	};
}

/** A suggested term's evidence, theme ids named; each source's quote as `quoteOf` has it (undefined: not read yet). */
export function suggestionEvidence(index: ThemeIndex, variants: string[], quoteOf: (path: string, form: string) => TermQuote | null | undefined = () => undefined): SuggestionEvidenceView {
	const names = new Map(index.themes.map((t) => [t.id, t.name]));
	const evidence = index.suggestionEvidence(variants);
	const sources = evidence.sources.map((source) => ({ ...source, quote: quoteOf(source.path, source.form) }));
	return { documents: evidence.documents, since: evidence.since, sources, quotesPending: sources.some((s) => s.quote === undefined), withThemes: evidence.withThemes.map((t) => names.get(t.id) ?? t.id) };
}

/** A document and its best passages of a theme, for a view. */
export function documentPassages(record: DocumentRecord, themeId: string): DocumentPassages {
	return { path: record.path, title: record.title, kind: record.kind, date: record.date, passages: passagesOf(record, themeId, PASSAGES_PER_DOCUMENT) };
}

/**
 * A theme's passages grouped by document: linked documents first, newest first. Only the first `limit`
 * documents get their passages (a theme in 2,000 notes is read a page at a time); `totalDocuments` says
 * how many there are.
 */
export function themeDetail(index: ThemeIndex, themeId: string, limit = Number.MAX_SAFE_INTEGER): ThemeDetailModel {
	const linkedPaths = new Set(index.themeDocuments(themeId, true));
	const records = index.themeDocuments(themeId).map((p) => index.document(p)).filter((r): r is DocumentRecord => r !== undefined && (linkedPaths.has(r.path) || r.mentionThemes.includes(themeId)));
	const linked = (r: DocumentRecord): number => (linkedPaths.has(r.path) ? 1 : 0);
	const byDate = (a: DocumentRecord, b: DocumentRecord): number => (a.date === b.date ? 0 : (b.date ?? "") < (a.date ?? "") ? -1 : 1); // newest first; plain comparison, as dates are ISO strings
	records.sort((a, b) => linked(b) - linked(a) || byDate(a, b) || (a.path < b.path ? -1 : 1));
	return { themeId, documents: records.slice(0, limit).map((r) => documentPassages(r, themeId)), totalDocuments: records.length };
}

export function noteThemes(index: ThemeIndex, path: string): NoteThemesModel | null {
	const record = index.document(path);
	if (!record) return null;
	const byId = new Map(index.themes.map((t) => [t.id, t]));
	const themes = record.decisions
		.filter((d) => byId.has(d.themeId))
		.map((d) => {
			const theme = byId.get(d.themeId) as ThemeDefinition;
			return { id: d.themeId, name: theme.name, path: theme.path, linked: d.linked, score: d.score, why: d.why, passages: passagesOf(record, d.themeId, Number.MAX_SAFE_INTEGER) };
		})
		.sort((a, b) => Number(b.linked) - Number(a.linked) || b.score - a.score);
	// The index shares theme ids; the reader reads theme names.
	const related = index.relatedDocuments(path).map((note) => ({ ...note, shared: note.shared.map((id) => byId.get(id)?.name ?? id) }));
	return { path, title: record.title, kind: record.kind, themes, related, problems: [...record.problems] };
}
