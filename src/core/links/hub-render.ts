// Renders a theme's managed block: a short summary (sources, dates, kinds, the strongest passages),
// the linked sources strongest first, each with its best passages as short quotes that link to the
// passage itself, then the themes that really recur with it.

import { escapeInline, noteLink } from "./escape";
import type { HubSource, HubTheme, RelatedTheme, ThemeHub } from "./hub-model";
import { renderPassage } from "./hub-passages";
import { renderSummary } from "./hub-summary";

export { passageLink, readableHeading, renderPassage, shortenQuote } from "./hub-passages";

export const BLOCK_START = "%% throughline:start %%";
export const BLOCK_END = "%% throughline:end %%";
/** Hidden in reading view; tells a reader in source view why their edits here do not last. */
const BLOCK_NOTE = "%% Written by Throughline. Edits between these markers are replaced on the next pass; edit outside them freely. %%";

export interface HubRenderOptions {
	/** Where theme notes live: links to starter-pack themes without a note point there. */
	themesFolder: string;
	/** Passages quoted for each of the strongest sources; three keep a hub scannable. */
	maxPassages?: number;
	/** Longest quote in characters before it is cut at a word boundary; about two lines of text. */
	maxQuoteLength?: number;
}

const DEFAULT_MAX_PASSAGES = 3; // the brief: "strongest passages (≤3)"
const DEFAULT_MAX_QUOTE = 200; // about two lines in reading view
const FULLY_QUOTED_SOURCES = 10; // past the ten strongest sources one passage each keeps sixty sources readable

/** The vault path of a theme's note: its own, or `<themesFolder>/<Name>.md` for a starter-pack theme. */
export function themeNotePath(theme: HubTheme, themesFolder: string): string {
	if (theme.path !== null) return theme.path;
	const folder = themesFolder.replace(/^\/+|\/+$/g, "");
	const fileName = theme.name.replace(/[\\/:*?"<>|#^[\]]/g, " ").replace(/\s+/g, " ").trim() || theme.id;
	return folder === "" ? `${fileName}.md` : `${folder}/${fileName}.md`;
}

/** The whole managed block, markers included, lines joined with `\n` and no final line break. */
export function renderHubBlock(hub: ThemeHub, options: HubRenderOptions): string {
	const sources = sortStrongestFirst(hub.sources);
	const maxQuote = options.maxQuoteLength ?? DEFAULT_MAX_QUOTE;
	const lines = [BLOCK_START, BLOCK_NOTE];
	if (sources.length > 0) lines.push(...renderSummary(sources, maxQuote), "");
	lines.push(...renderSources(sources, options));
	if (hub.related.length > 0) lines.push("", ...renderRelated(hub.related, options.themesFolder));
	lines.push(BLOCK_END);
	return lines.join("\n");
}

function renderSources(strongestFirst: HubSource[], options: HubRenderOptions): string[] {
	const lines = [`## Sources (${strongestFirst.length})`];
	if (strongestFirst.length === 0) return [...lines, "", "_No sources are linked to this theme yet._"];
	lines.push("", "Strongest first.", "");
	strongestFirst.forEach((source, rank) => {
		const passages = rank < FULLY_QUOTED_SOURCES ? (options.maxPassages ?? DEFAULT_MAX_PASSAGES) : 1;
		lines.push(...renderSource(source, passages, options.maxQuoteLength ?? DEFAULT_MAX_QUOTE));
	});
	return lines;
}

/** Strongest first (the theme's score in the source); then newest, undated last; then title and path, so the order never depends on the input's. */
export function sortStrongestFirst(sources: readonly HubSource[]): HubSource[] {
	return [...sources].sort((a, b) => b.score - a.score || compareDates(a.date, b.date) || compareText(a.title, b.title) || compareText(a.path, b.path));
}

function compareDates(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? 1 : -1;
}

function compareText(a: string, b: string): number {
	if (a === b) return 0;
	return a < b ? -1 : 1;
}

function renderSource(source: HubSource, maxPassages: number, maxQuoteLength: number): string[] {
	const facts = [source.kind, source.date ? escapeInline(source.date) : null].filter((fact): fact is string => fact !== null);
	const lines = [`- ${noteLink(source.path, source.title)} · ${facts.join(" · ")}`];
	for (const passage of source.passages.slice(0, maxPassages)) lines.push(`\t- ${renderPassage(source.path, passage, maxQuoteLength)}`);
	return lines;
}

/** Themes linked to the same sources, most shared sources first; the count is of sources, never passages. */
function renderRelated(related: RelatedTheme[], themesFolder: string): string[] {
	const sorted = [...related].sort(
		(a, b) => b.shared - a.shared || b.strength - a.strength || compareText(a.theme.name, b.theme.name) || compareText(a.theme.id, b.theme.id),
	);
	const lines = ["## Related themes", ""];
	for (const { theme, shared } of sorted) {
		const link = noteLink(themeNotePath(theme, themesFolder), theme.name);
		lines.push(`- ${link} · ${shared === 1 ? "1 source" : `${shared} sources`} linked to both`);
	}
	return lines;
}
