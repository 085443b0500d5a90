// The reader's own tags: frontmatter `tags` (a list, a space- or comma-separated string, or the raw
// line when YAML read `tags: #x` as a comment), inline `#tags` in the body, Readwise `Tags:` lines.

import { firstRangeAfter } from "../text/readable";
import type { SourceText } from "./source-text";

const TAG_CHAR = /[\p{L}\p{N}_\-/]/u;
const FRONTMATTER_TAGS_LINE = /^(?:tags|tag):[ \t]*(.*)$/im;

/** Tag names in a value such as `[[ai]] #emergence, scaling`; bare words count when `bareWords`. */
export function tagsInText(text: string, bareWords: boolean): string[] {
	const tags: string[] = [];
	const pattern = /\[\[([^\]|]+)(?:\|[^\]]*)?\]\]|#([\p{L}\p{N}_\-/]+)|([^\s,[\]#"']+)/gu;
	for (const match of text.matchAll(pattern)) {
		const value = match[1] ?? match[2] ?? (bareWords ? match[3] : undefined);
		const tag = normaliseTag(value);
		if (tag) tags.push(tag);
	}
	return tags;
}

export function normaliseTag(value: string | undefined): string | null {
	if (!value) return null;
	const tag = value.trim().replace(/^#+/, "").toLowerCase();
	if (tag.length === 0 || /^\d+$/.test(tag)) return null;
	return tag;
}

/** Tags from the frontmatter, reading the raw `tags:` line when YAML dropped its value. */
export function frontmatterTags(source: SourceText): string[] {
	const value = source.data.tags ?? source.data.tag ?? source.data.Tags;
	if (Array.isArray(value)) return value.flatMap((item) => (typeof item === "string" ? tagsInText(item, true) : []));
	if (typeof value === "string") return tagsInText(value, true);
	const line = FRONTMATTER_TAGS_LINE.exec(source.frontmatterText);
	return line ? tagsInText(line[1], true) : [];
}

/** Inline `#tags` in the body, outside excluded ranges (code, URLs, link targets). */
export function inlineTags(source: SourceText, excluded: readonly number[]): string[] {
	const raw = source.raw;
	const tags: string[] = [];
	let at = raw.indexOf("#", source.bodyStart);
	while (at >= 0) {
		const tagEnd = inlineTagEnd(raw, at);
		if (tagEnd > at + 1 && !insideRanges(excluded, at) && !isCategoryLine(raw, at)) {
			const tag = normaliseTag(raw.slice(at + 1, tagEnd));
			if (tag) tags.push(tag);
		}
		at = raw.indexOf("#", Math.max(tagEnd, at + 1));
	}
	return tags;
}

function inlineTagEnd(raw: string, at: number): number {
	const before = at > 0 ? raw[at - 1] : " ";
	if (!/\s|\(|,/.test(before)) return at;
	let end = at + 1;
	while (end < raw.length && TAG_CHAR.test(raw[end])) end++;
	return end;
}

/** Readwise's `Category: #articles` names a kind of document, not one of the reader's tags. */
function isCategoryLine(raw: string, at: number): boolean {
	const lineStart = raw.lastIndexOf("\n", at) + 1;
	return /^\W*category:/i.test(raw.slice(lineStart, at));
}

export function insideRanges(ranges: readonly number[], offset: number): boolean {
	const index = firstRangeAfter(ranges, offset);
	return index < ranges.length && ranges[index] <= offset;
}
