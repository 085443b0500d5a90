// A note's title, author, date, URL, duration, tags and theme exclusions, from its frontmatter first
// and then from what its format's reader found in the body. The date a file was generated, created
// or imported is never read as its date.

import { dateFromValue } from "../text/dates";
import { parseDuration } from "../text/duration";
import { readableText } from "../text/readable";
import type { MetadataHints } from "./format";
import { cleanValue } from "./readers/highlights";
import { type SourceText, frontmatterString, frontmatterValue, lineAt } from "./source-text";
import { frontmatterTags, inlineTags } from "./tags";

export interface SourceMetadata {
	title: string;
	titleFromPath: boolean;
	author: string | null;
	date: string | null;
	url: string | null;
	durationSeconds: number | null;
	tags: string[];
	excludedThemes: string[];
}

const TITLE_KEYS = ["title", "book_title", "full_title", "episode_title", "document_title", "name"];
const AUTHOR_KEYS = ["author", "authors", "creator", "channel", "host", "show", "podcast", "speaker", "speakers"];
// Dates in order of precedence: publication, then recording, then when it was highlighted. Never the
// date a file was generated, created or imported (`Date Generated`, `created`, `imported`).
const PUBLICATION_DATE_KEYS = ["date", "published", "publish_date", "publication_date", "published_at", "published_date", "pubdate", "release_date", "released", "episode_publish_date", "episode_date", "upload_date", "air_date"];
const RECORDING_DATE_KEYS = ["recorded", "recording_date", "recorded_at"];
const HIGHLIGHT_DATE_KEYS = ["highlighted", "highlighted_at", "highlighted_date", "date_highlighted", "last_highlighted", "last_highlighted_at"];
const URL_KEYS = ["url", "source_url", "canonical", "canonical_url", "link", "source", "episode_url", "video_url", "youtube_url", "original_url"];
const DURATION_KEYS = ["duration", "length", "runtime", "episode_duration"];
const MAX_FIRST_LINE_TITLE = 80; // a title taken from the first line stops at a word before this many characters
const TITLE_SOURCE_CHARS = 4 * MAX_FIRST_LINE_TITLE; // markup rarely more than triples a title: read no more of a huge first line

export function readMetadata(path: string, source: SourceText, hints: MetadataHints, excluded: readonly number[]): SourceMetadata {
	const kindleSync = nested(frontmatterValue(source, "kindle-sync"));
	const found = frontmatterTitle(source, kindleSync) ?? cleanValue(hints.title ?? undefined) ?? bodyTitle(source, hints);
	return {
		title: found ?? baseName(path),
		titleFromPath: found === null,
		author: personName(frontmatterValue(source, ...AUTHOR_KEYS) ?? kindleSync.author) ?? hints.author ?? null,
		date: bestDate(source, kindleSync, hints),
		url: urlValue(frontmatterValue(source, ...URL_KEYS)) ?? hints.url ?? null,
		durationSeconds: parseDuration(frontmatterValue(source, ...DURATION_KEYS)) ?? hints.durationSeconds ?? null,
		tags: unique([...frontmatterTags(source), ...(hints.tags ?? []), ...inlineTags(source, excluded)]),
		excludedThemes: excludedThemes(frontmatterValue(source, "throughline-exclude")),
	};
}

function nested(value: unknown): Record<string, unknown> {
	return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function frontmatterTitle(source: SourceText, kindleSync: Record<string, unknown>): string | null {
	const title = frontmatterString(source, ...TITLE_KEYS) ?? (typeof kindleSync.title === "string" ? kindleSync.title : null);
	return cleanValue(title ?? undefined);
}

function personName(value: unknown): string | null {
	if (Array.isArray(value)) return cleanValue(value.filter((item) => typeof item === "string").join(", "));
	return typeof value === "string" ? cleanValue(value) : null;
}

/** Publication date (frontmatter, then body), else recording date, else the date it was highlighted. */
function bestDate(source: SourceText, kindleSync: Record<string, unknown>, hints: MetadataHints): string | null {
	return firstDate(source, PUBLICATION_DATE_KEYS) ?? hints.date ?? firstDate(source, RECORDING_DATE_KEYS)
		?? firstDate(source, HIGHLIGHT_DATE_KEYS) ?? dateFromValue(kindleSync.lastAnnotatedDate) ?? hints.highlightDate ?? null;
}

function firstDate(source: SourceText, keys: readonly string[]): string | null {
	for (const key of keys) {
		const date = dateFromValue(frontmatterValue(source, key));
		if (date) return date;
	}
	return null;
}

/** A title from the body: its `#` heading, else its first line, unless the reader says the first line is boilerplate. */
function bodyTitle(source: SourceText, hints: MetadataHints): string | null {
	if (hints.titleFromFileName) return null;
	return headingTitle(source) ?? firstLineTitle(source);
}

function urlValue(value: unknown): string | null {
	if (typeof value !== "string") return null;
	const url = /https?:\/\/[^\s)\]>"]+/.exec(value);
	return url ? url[0] : null;
}

const HASH = 35;

function headingTitle(source: SourceText): string | null {
	for (let index = 0; index < source.lineStarts.length; index++) {
		if (source.raw.charCodeAt(source.lineStarts[index]) !== HASH) continue; // the pattern opens with "#": no line text needed
		const heading = /^#\s+(.+?)\s*#*$/.exec(lineAt(source, index));
		if (heading) return cleanValue(heading[1]);
	}
	return null;
}

/** The first line as a title, when it reads as text (not a cue number, timing, JSON or WEBVTT). */
function firstLineTitle(source: SourceText): string | null {
	for (let index = 0; index < source.lineStarts.length; index++) {
		const line = lineAt(source, index).replace(/^\uFEFF/, "").trim();
		if (!line) continue;
		if (!/[A-Za-z].*[A-Za-z].*[A-Za-z]/.test(line) || /^(?:WEBVTT|[{[]|\d)/.test(line) || line.includes("-->")) return null;
		const head = line.slice(0, TITLE_SOURCE_CHARS);
		const plain = readableText(head, { start: 0, end: head.length }).replace(/^[#>*\-•\s]+/, "").trim(); // markup out, identifiers kept
		if (plain.length <= MAX_FIRST_LINE_TITLE) return plain || null;
		const cut = plain.lastIndexOf(" ", MAX_FIRST_LINE_TITLE);
		return `${plain.slice(0, cut > 0 ? cut : MAX_FIRST_LINE_TITLE)}…`;
	}
	return null;
}

function baseName(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	const dot = name.lastIndexOf(".");
	return dot > 0 ? name.slice(0, dot) : name;
}

function excludedThemes(value: unknown): string[] {
	const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [];
	return unique(items.filter((item): item is string => typeof item === "string").map((item) => item.replace(/^\[\[|\]\]$/g, "").replace(/^#/, "").trim()).filter((item) => item.length > 0));
}

function unique(values: string[]): string[] {
	return [...new Set(values)];
}
