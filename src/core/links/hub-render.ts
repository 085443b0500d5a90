// Renders a theme's managed block: linked sources grouped by kind (newest first within a kind),
// each with its strongest passages as short quotes that link to the passage, then related themes.

import { DOCUMENT_KINDS, type DocumentKind } from "../model";
import { formatTimecode } from "../text/timecode";
import { blockTarget, escapeInline, headingTarget, noteLink, oneLine } from "./escape";
import type { HubPassage, HubSource, HubTheme, RelatedTheme, ThemeHub } from "./hub-model";

export const BLOCK_START = "%% throughline:start %%";
export const BLOCK_END = "%% throughline:end %%";
/** Hidden in reading view; tells a reader in source view why their edits here do not last. */
const BLOCK_NOTE = "%% Written by Throughline. Edits between these markers are replaced on the next pass; edit outside them freely. %%";

export interface HubRenderOptions {
	/** Where theme notes live: links to starter-pack themes without a note point there. */
	themesFolder: string;
	/** Passages quoted per source; three keep a hub scannable. */
	maxPassages?: number;
	/** Longest quote in characters before it is cut at a word boundary; about two lines of text. */
	maxQuoteLength?: number;
}

const DEFAULT_MAX_PASSAGES = 3; // the brief: "strongest passages (≤3)"
const DEFAULT_MAX_QUOTE = 200; // about two lines in reading view

const KIND_LABELS: Record<DocumentKind, string> = {
	highlights: "Highlights",
	insights: "Insights",
	transcript: "Transcripts",
	article: "Articles",
	note: "Notes",
};

/** The vault path of a theme's note: its own, or `<themesFolder>/<Name>.md` for a starter-pack theme. */
export function themeNotePath(theme: HubTheme, themesFolder: string): string {
	if (theme.path !== null) return theme.path;
	const folder = themesFolder.replace(/^\/+|\/+$/g, "");
	const fileName = theme.name.replace(/[\\/:*?"<>|#^[\]]/g, " ").replace(/\s+/g, " ").trim() || theme.id;
	return folder === "" ? `${fileName}.md` : `${folder}/${fileName}.md`;
}

/** The whole managed block, markers included, lines joined with `\n` and no final line break. */
export function renderHubBlock(hub: ThemeHub, options: HubRenderOptions): string {
	const lines = [BLOCK_START, BLOCK_NOTE, ...renderSources(hub.sources, options)];
	if (hub.related.length > 0) lines.push("", ...renderRelated(hub.related, options.themesFolder));
	lines.push(BLOCK_END);
	return lines.join("\n");
}

function renderSources(sources: HubSource[], options: HubRenderOptions): string[] {
	const lines = [`## Sources (${sources.length})`];
	if (sources.length === 0) return [...lines, "", "_No sources are linked to this theme yet._"];
	for (const kind of DOCUMENT_KINDS) {
		const group = sortNewestFirst(sources.filter((source) => source.kind === kind));
		if (group.length === 0) continue;
		lines.push("", `### ${KIND_LABELS[kind]} (${group.length})`);
		for (const source of group) lines.push(...renderSource(source, options));
	}
	return lines;
}

/** Newest first; undated last; then by title and path so the order never depends on the input's. */
export function sortNewestFirst(sources: HubSource[]): HubSource[] {
	return [...sources].sort((a, b) => {
		if (a.date !== b.date) {
			if (a.date === null) return 1;
			if (b.date === null) return -1;
			return a.date < b.date ? 1 : -1;
		}
		return compareText(a.title, b.title) || compareText(a.path, b.path);
	});
}

function compareText(a: string, b: string): number {
	if (a === b) return 0;
	return a < b ? -1 : 1;
}

function renderSource(source: HubSource, options: HubRenderOptions): string[] {
	const date = source.date ? ` · ${escapeInline(source.date)}` : "";
	const lines = [`- ${noteLink(source.path, source.title)}${date}`];
	const passages = source.passages.slice(0, options.maxPassages ?? DEFAULT_MAX_PASSAGES);
	for (const passage of passages) {
		lines.push(`\t- ${renderPassage(source.path, passage, options.maxQuoteLength ?? DEFAULT_MAX_QUOTE)}`);
	}
	return lines;
}

/** `[12:34] “quote” — [[note#^id|passage]]`, the link landing as precisely as Obsidian allows. */
export function renderPassage(path: string, passage: HubPassage, maxQuoteLength: number): string {
	const time = passage.seconds !== undefined ? `\\[${formatTimecode(passage.seconds)}\\] ` : "";
	const quote = `“${escapeInline(shortenQuote(passage.quote, maxQuoteLength))}”`;
	return `${time}${quote} — ${passageLink(path, passage)}`;
}

/** A block id when there is one, else the heading, else the note itself labelled with the line. */
export function passageLink(path: string, passage: HubPassage): string {
	const block = passage.blockId !== undefined ? blockTarget(passage.blockId) : null;
	if (block !== null) return noteLink(path, "passage", `#^${block}`);
	const heading = passage.heading !== undefined ? headingTarget(passage.heading) : "";
	if (heading !== "") return noteLink(path, readableHeading(passage.heading ?? heading), `#${heading}`);
	return noteLink(path, `line ${passage.line}`);
}

/** A heading as a reader sees it: link markup reduced to its text ("[Title](url)" → "Title"). */
export function readableHeading(heading: string): string {
	const text = heading
		.replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, "$2")
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/[*_`]+/g, "");
	return oneLine(text) || heading;
}

/** Cuts at the last word boundary before the limit and adds an ellipsis. */
export function shortenQuote(quote: string, maxLength: number): string {
	const text = oneLine(quote);
	if (text.length <= maxLength) return text;
	const cut = text.slice(0, maxLength);
	const lastSpace = cut.lastIndexOf(" ");
	const MIN_KEPT = maxLength / 2; // a word longer than half the limit is cut mid-word instead
	return `${(lastSpace >= MIN_KEPT ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function renderRelated(related: RelatedTheme[], themesFolder: string): string[] {
	const sorted = [...related].sort(
		(a, b) => b.strength - a.strength || b.shared - a.shared || compareText(a.theme.name, b.theme.name) || compareText(a.theme.id, b.theme.id),
	);
	const lines = ["## Related themes", ""];
	for (const { theme, strength, shared } of sorted) {
		const link = noteLink(themeNotePath(theme, themesFolder), theme.name);
		const sources = shared === 1 ? "1 shared source" : `${shared} shared sources`;
		lines.push(`- ${link} · strength ${strength.toFixed(2)} · ${sources}`);
	}
	return lines;
}
