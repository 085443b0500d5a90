// The `scan --json` document of ../shared/headless.md, built from the index alone.

import type { DocumentKind } from "../model";
import { type DocumentRecord, type StoredMention, mentionsPerTheme, storedMentions } from "./record";
import { rankedPassages } from "./quoted-passages";
import { snippetAt } from "../text/snippets";
import type { ThemeIndex } from "./theme-index";

export interface ScanStats {
	files: number;
	bytes: number;
	ms: number;
}

export interface ScanPassage {
	line: number;
	col: number;
	match: string;
	text: string;
}

export interface ScanDocumentTheme {
	id: string;
	name: string;
	score: number;
	mentions: number;
	linked: boolean;
	why: string;
	passages: ScanPassage[];
}

export interface ScanDocument {
	path: string;
	kind: DocumentKind;
	format: string;
	title: string;
	author: string | null;
	date: string | null;
	url: string | null;
	words: number;
	problems: string[];
	themes: ScanDocumentTheme[];
}

export interface ScanTheme {
	id: string;
	name: string;
	documents: number;
	linkedDocuments: number;
	mentions: number;
	monthly: Record<string, number>;
	related: Array<{ id: string; shared: number; strength: number }>;
}

export interface ScanReport {
	vault: string;
	stats: ScanStats;
	documents: ScanDocument[];
	themes: ScanTheme[];
	suggestions: Array<{ phrase: string; documents: number; mentions: number; variants: string[]; since: string | null; withThemes: string[] }>;
}

export interface ScanReportOptions {
	/** Suggestions the reader turned down (remembered in settings). */
	rejectedSuggestions?: Iterable<string>;
	suggestionLimit?: number;
	/**
	 * The note's text, for the few mentions whose snippet the index did not keep (dense notes keep
	 * the first few per theme). Without it such a passage's text is its match alone.
	 */
	readText?: (path: string) => string | null;
}

const SCORE_DECIMALS = 1000; // three decimals: enough to compare with the threshold, short to read

type TextOf = () => string | null;

function passageText(mention: StoredMention, textOf: TextOf): string {
	if (mention.snippet !== null) return mention.snippet;
	const raw = textOf();
	if (raw === null || raw.slice(mention.start, mention.end) !== mention.match) return mention.match;
	return snippetAt(raw, mention, mention.passage ?? { start: 0, end: raw.length });
}

/** Every mention, the quotes of the passages that carry the theme best first, then the rest in reading order. */
function passagesBestFirst(mentions: StoredMention[]): StoredMention[] {
	const quoted = rankedPassages(mentions).filter((p) => p.rank >= 0).map((p) => p.mention);
	const first = new Set(quoted);
	return quoted.concat(mentions.filter((m) => !first.has(m)));
}

function documentThemes(record: DocumentRecord, nameOf: (id: string) => string, textOf: TextOf): ScanDocumentTheme[] {
	const counts = mentionsPerTheme(record);
	const decided = new Map(record.decisions.map((d) => [d.themeId, d]));
	const ids = new Set([...counts.keys(), ...record.decisions.filter((d) => d.linked).map((d) => d.themeId)]);
	const themes = [...ids].map((id) => {
		const decision = decided.get(id);
		return {
			id,
			name: nameOf(id),
			score: Math.round((decision?.score ?? 0) * SCORE_DECIMALS) / SCORE_DECIMALS,
			mentions: counts.get(id) ?? 0,
			linked: decision?.linked ?? false,
			why: decision?.why ?? "not linked: no decision was recorded",
			passages: passagesBestFirst(storedMentions(record, id)).map((m) => ({ line: m.line, col: m.col, match: m.match, text: passageText(m, textOf) })),
		};
	});
	return themes.sort((a, b) => Number(b.linked) - Number(a.linked) || b.score - a.score || (a.id < b.id ? -1 : 1));
}

function scanDocument(record: DocumentRecord, nameOf: (id: string) => string, readText?: (path: string) => string | null): ScanDocument {
	let text: string | null | undefined;
	const textOf: TextOf = () => (text === undefined ? (text = readText ? safeRead(readText, record.path) : null) : text);
	return {
		path: record.path, kind: record.kind, format: record.format, title: record.title, author: record.author, date: record.date,
		url: record.url, words: record.words, problems: [...record.problems], themes: documentThemes(record, nameOf, textOf),
	};
}

function safeRead(readText: (path: string) => string | null, path: string): string | null {
	try {
		return readText(path);
	} catch {
		return null; // the file went away since the scan: report the match alone
	}
}

/** The whole scan report; `vaultPath` is absolute, `stats` measured by the caller. */
export function buildScanReport(index: ThemeIndex, vaultPath: string, stats: ScanStats, options: ScanReportOptions = {}): ScanReport {
	const names = new Map(index.themes.map((t) => [t.id, t.name]));
	const nameOf = (id: string): string => names.get(id) ?? id;
	return {
		vault: vaultPath,
		stats: { files: stats.files, bytes: stats.bytes, ms: stats.ms },
		documents: index.documents().map((record) => scanDocument(record, nameOf, options.readText)),
		themes: index.allThemeStats().map((s) => ({
			id: s.id, name: s.name, documents: s.documents, linkedDocuments: s.linkedDocuments, mentions: s.mentions, monthly: s.monthly,
			related: index.relatedThemes(s.id),
		})),
		suggestions: index.suggestions(options.rejectedSuggestions, options.suggestionLimit).map((s) => {
			const evidence = index.suggestionEvidence(s.variants);
			return { phrase: s.phrase, documents: s.documents, mentions: s.mentions, variants: s.variants, since: evidence.since, withThemes: evidence.withThemes.map((t) => nameOf(t.id)) };
		}),
	};
}
