// A note's title, author, date, URL, duration, tags and theme exclusions, from its frontmatter first
// and then from what its format's reader found in the body. The date a file was generated, created
// or imported is never read as its date.

import { dateFromValue } from "../text/dates";
import { parseDuration } from "../text/duration";
import type { MetadataHints } from "./format";
import { cleanValue } from "./readers/highlights";
import { type SourceText, frontmatterString, frontmatterValue, lineAt } from "./source-text";
import { frontmatterTags, inlineTags } from "./tags";

export interface SourceMetadata {
	title: string;
	author: string | null;
	date: string | null;
	url: string | null;
	durationSeconds: number | null;
	tags: string[];
	excludedThemes: string[];
}

const TITLE_KEYS = ["title", "book_title", "full_title", "episode_title", "document_title", "name"];
const AUTHOR_KEYS = ["author", "authors", "creator", "channel", "host", "show", "podcast", "speaker", "speakers"];
const DATE_KEYS = ["date", "published", "publish_date", "publication_date", "published_at", "published_date", "pubdate", "release_date", "released", "recorded", "recording_date", "recorded_at", "episode_publish_date", "episode_date", "upload_date", "air_date"];
const URL_KEYS = ["url", "source_url", "canonical", "canonical_url", "link", "source", "episode_url", "video_url", "youtube_url", "original_url"];
const DURATION_KEYS = ["duration", "length", "runtime", "episode_duration"];
const MAX_FIRST_LINE_TITLE = 80; // a title taken from the first line stops at a word before this many characters

export function readMetadata(path: string, source: SourceText, hints: MetadataHints, excluded: readonly number[]): SourceMetadata {
	const kindleSync = nested(frontmatterValue(source, "kindle-sync"));
	return {
		title: frontmatterTitle(source, kindleSync) ?? hints.title ?? headingTitle(source) ?? firstLineTitle(source) ?? baseName(path),
		author: personName(frontmatterValue(source, ...AUTHOR_KEYS) ?? kindleSync.author) ?? hints.author ?? null,
		date: firstDate(source, kindleSync) ?? hints.date ?? null,
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

function firstDate(source: SourceText, kindleSync: Record<string, unknown>): string | null {
	for (const key of DATE_KEYS) {
		const date = dateFromValue(frontmatterValue(source, key));
		if (date) return date;
	}
	return dateFromValue(kindleSync.lastAnnotatedDate);
}

function urlValue(value: unknown): string | null {
	if (typeof value !== "string") return null;
	const url = /https?:\/\/[^\s)\]>"]+/.exec(value);
	return url ? url[0] : null;
}

function headingTitle(source: SourceText): string | null {
	for (let index = 0; index < source.lineStarts.length; index++) {
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
		const plain = line.replace(/^[#>*\-•\s]+/, "").replace(/[*_`]/g, "").trim();
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
