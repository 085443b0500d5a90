// Highlight exports in markdown: Readwise (YAML, Official template, custom templates, Logseq),
// Readwise Reader documents, the Kindle plugin and Snipd. A `## Metadata` list feeds metadata;
// every other list item or paragraph is one highlight or note.

import type { PassageSpan } from "../../model";
import { parseDateText } from "../../text/dates";
import { parseDuration } from "../../text/duration";
import { parseTimecode } from "../../text/timecode";
import { type Block, blocksToPassages, scanBlocks } from "../blocks";
import type { FormatReading, MetadataHints } from "../format";
import type { SourceText } from "../source-text";
import { tagsInText } from "../tags";

const METADATA_HEADING = /^(?:episode\s+)?metadata$|^book info$|^document info$/i;
const METADATA_ITEM = /^(?:[-*+]\s+)?(?:\*\*)?([A-Za-z][\w /-]{0,30}?)(?:\*\*)?::?(?:\*\*)?\s*(.*)$/;
const SOURCE_LINK = /\s*\(\[(View Highlight|Location \d+|Page \d+|Time (\d[\d:]*))\]\([^)\n]*\)\)/g;
const KINDLE_LOCATION = /\s*[—–-]\s*location:\s*\[[^\]\n]*\]\([^)\n]*\)/g;
const SNIP_TIME = /^🎧\s*(?:\[)?(\d{1,2}:\d{2}(?::\d{2})?)/;
const SYNC_NOTICE = /^(?:[-*+]\s+)?(?:Highlights first synced by|New highlights added)/i;
const SNIP_HEADING_LEVEL = 3; // a snip is a `###` section; its `####` parts share its time
const TAGS_ITEM = /^(?:[-*+]\s+)?(?:\*\*)?(?:Document )?Tags:/i;

export interface HighlightReadingOptions {
	/** Read long sections as article prose (Readwise Reader full documents). */
	asDocument?: boolean;
}

export function readHighlights(source: SourceText, options: HighlightReadingOptions = {}): FormatReading {
	const scan = scanBlocks(source, { plainHeadings: options.asDocument });
	const excluded: number[] = [...scan.markers];
	const metadata = new Map<string, string>();
	const passages: PassageSpan[] = [];
	let section = "";
	let seconds: number | undefined;
	let heading: string | undefined;
	let beforeContent = true; // no highlight yet: a `#` heading here is the note's title
	for (const block of scan.blocks) {
		const text = source.raw.slice(block.start, block.end);
		if (block.type === "heading") {
			heading = block.headingText;
			section = (block.headingText ?? "").trim();
			if ((block.level ?? 0) <= SNIP_HEADING_LEVEL) seconds = undefined;
			if (METADATA_HEADING.test(section) || (beforeContent && block.level === 1)) excludeLines(source, block, excluded); // title and metadata are not content
			else if (options.asDocument) passages.push(...blocksToPassages([block], true));
			continue;
		}
		if (block.type === "boilerplate") {
			excluded.push(block.start, source.lineEnds[block.lastLine]);
			continue;
		}
		if (block.type === "code") continue;
		const snip = SNIP_TIME.exec(text);
		if (snip) {
			seconds = parseTimecode(snip[1]) ?? undefined;
			continue;
		}
		if (METADATA_HEADING.test(section) || isMetadataBlock(text)) {
			readMetadataBlock(text, metadata);
			excludeLines(source, block, excluded);
			continue;
		}
		if (SYNC_NOTICE.test(text) || TAGS_ITEM.test(text)) {
			if (TAGS_ITEM.test(text)) metadata.set("highlight tags", `${metadata.get("highlight tags") ?? ""} ${text.replace(TAGS_ITEM, "")}`);
			excluded.push(block.start, block.end);
			continue;
		}
		passages.push(highlightPassage(source, block, heading, seconds, excluded));
		beforeContent = false;
	}
	return { passages, excluded, hints: hintsFrom(metadata) };
}

/** Whole lines of a block, markers included: metadata and the title are left out of matching. Consecutive lines make one range. */
function excludeLines(source: SourceText, block: Block, excluded: number[]): void {
	const start = source.lineStarts[block.firstLine];
	const end = source.lineEnds[block.lastLine];
	const last = excluded.length - 1;
	if (last > 0 && excluded[last] <= start && source.raw.slice(excluded[last], start).trim() === "") excluded[last] = end;
	else excluded.push(start, end);
}

function isMetadataBlock(text: string): boolean {
	return /^[\w-]+:: /.test(text);
}

function readMetadataBlock(text: string, metadata: Map<string, string>): void {
	for (const line of text.split("\n")) {
		const item = METADATA_ITEM.exec(line.trim());
		if (!item) continue;
		const key = item[1].toLowerCase().replace(/-/g, " ").trim();
		if (!metadata.has(key)) metadata.set(key, item[2].trim());
	}
}

function highlightPassage(source: SourceText, block: Block, heading: string | undefined, seconds: number | undefined, excluded: number[]): PassageSpan {
	const passage: PassageSpan = { start: block.start, end: block.end };
	const text = source.raw.slice(block.start, block.end);
	for (const pattern of [SOURCE_LINK, KINDLE_LOCATION]) {
		pattern.lastIndex = 0;
		for (const link of text.matchAll(pattern)) {
			const start = block.start + (link.index ?? 0);
			excluded.push(start, start + link[0].length);
			if (link[2] !== undefined && passage.seconds === undefined) passage.seconds = parseTimecode(link[2]) ?? undefined;
			if (start + link[0].length >= passage.end) passage.end = Math.max(passage.start, start);
		}
	}
	if (passage.seconds === undefined && seconds !== undefined) passage.seconds = seconds;
	if (passage.seconds === undefined) delete passage.seconds;
	if (heading) passage.heading = heading;
	if (block.blockId) passage.blockId = block.blockId;
	return passage;
}

/** Strips `[[…]]`, a markdown link's target and surrounding quotes from a metadata value. */
export function cleanValue(value: string | undefined): string | null {
	if (!value) return null;
	const cleaned = value
		.replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, "$2")
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/^["']|["']$/g, "")
		.trim();
	return cleaned.length > 0 ? cleaned : null;
}

function linkTarget(value: string | undefined): string | null {
	if (!value) return null;
	const link = /\]\((https?:[^)\s]+)\)/.exec(value) ?? /(https?:\/\/\S+)/.exec(value);
	return link ? link[1] : null;
}

function hintsFrom(metadata: Map<string, string>): MetadataHints {
	const get = (...keys: string[]): string | undefined => keys.map((key) => metadata.get(key)).find((value) => value);
	const tags = [
		...tagsInText(get("document tags", "tags") ?? "", true),
		...tagsInText(metadata.get("highlight tags") ?? "", true),
	];
	const dateText = get("published date", "publish date", "episode publish date", "date published", "published", "date");
	const highlightedText = get("highlighted at", "highlighted", "date highlighted", "last highlighted", "last highlighted date");
	return {
		title: cleanValue(get("full title", "title", "episode title")),
		author: cleanValue(get("author", "authors", "owner / host", "show")),
		url: linkTarget(get("url", "source url", "episode url", "source", "reference")),
		date: dateText ? parseDateText(dateText) : null,
		highlightDate: highlightedText ? parseDateText(highlightedText) : null,
		durationSeconds: parseDuration(cleanValue(get("duration", "length")) ?? undefined),
		tags,
	};
}
