// Highlight exports in markdown: Readwise (YAML, Official template, custom templates, Logseq),
// Readwise Reader documents, the Kindle plugin and Snipd. A `## Metadata` list feeds metadata;
// every other list item or paragraph is one highlight or note.

import type { PassageSpan } from "../../model";
import { parseDateText } from "../../text/dates";
import { parseDuration } from "../../text/duration";
import { parseTimecode } from "../../text/timecode";
import { type Block, blocksToPassages, scanBlocks } from "../blocks";
import type { FormatReading, MetadataHints } from "../format";
import { NextOccurrence } from "../next-occurrence";
import type { SourceText } from "../source-text";
import { tagsInText } from "../tags";

const METADATA_HEADING = /^(?:episode\s+)?metadata$|^book info$|^document info$/i;
const METADATA_ITEM = /^(?:[-*+]\s+)?(?:\*\*)?([A-Za-z][\w /-]{0,30}?)(?:\*\*)?::?(?:\*\*)?\s*(.*)$/;
const SOURCE_LINK = /\s*\(\[(View Highlight|Location \d+|Page \d+|Time (\d[\d:]*))\]\([^)\n]*\)\)/g;
const KINDLE_LOCATION = /\s*[—–-]\s*location:\s*\[[^\]\n]*\]\([^)\n]*\)/g;
/** Each link pattern with a piece of text every match holds, found natively before the regex runs. */
const LINK_PATTERNS: ReadonlyArray<readonly [RegExp, string, number]> = [[SOURCE_LINK, "([", 0], [KINDLE_LOCATION, "location:", 8]]; // the needle's rarest character: its "(", its ":"
const SNIP_TIME = /^🎧\s*(?:\[)?(\d{1,2}:\d{2}(?::\d{2})?)/;
const SYNC_NOTICE = /^(?:[-*+]\s+)?(?:Highlights first synced by|New highlights added)/i;
const HEADPHONE_LEAD = 0xd83c; // "🎧" opens with this code unit: SNIP_TIME runs only then
const SNIP_HEADING_LEVEL = 3; // a snip is a `###` section; its `####` parts share its time
const TAGS_ITEM = /^(?:[-*+]\s+)?(?:\*\*)?(?:Document )?Tags:/i;
const LONGEST_CALLOUT_MARK = 40; // "[!quote]" and its kin are short

export interface HighlightReadingOptions {
	/** Read long sections as article prose (Readwise Reader full documents). */
	asDocument?: boolean;
}

export function readHighlights(source: SourceText, options: HighlightReadingOptions = {}): FormatReading {
	const scan = scanBlocks(source, { plainHeadings: options.asDocument });
	const excluded: number[] = [...scan.markers];
	const metadata = new Map<string, string>();
	const passages: PassageSpan[] = [];
	let inMetadata = false; // the current section is a metadata section (METADATA_HEADING, tested once per heading)
	let seconds: number | undefined;
	let heading: string | undefined;
	const needles = [...LINK_PATTERNS.map(([, needle, rareAt]) => new NextOccurrence(source.raw, needle, 0, rareAt)), new NextOccurrence(source.raw, "[^", 0, 1)]; // the link needles, then footnote references
	let beforeContent = true; // no highlight yet: a `#` heading here is the note's title
	for (const block of scan.blocks) {
		const text = source.raw.slice(block.start, block.end);
		if (block.type === "heading") {
			heading = block.headingText;
			inMetadata = METADATA_HEADING.test((block.headingText ?? "").trim());
			if ((block.level ?? 0) <= SNIP_HEADING_LEVEL) seconds = undefined;
			if (inMetadata || (beforeContent && block.level === 1)) excludeLines(source, block, excluded); // title and metadata are not content
			else if (options.asDocument) passages.push(...blocksToPassages([block], true));
			continue;
		}
		if (block.type === "boilerplate") {
			excluded.push(block.start, source.lineEnds[block.lastLine]);
			continue;
		}
		if (block.type === "code") continue;
		const snip = text.charCodeAt(0) === HEADPHONE_LEAD ? SNIP_TIME.exec(text) : null;
		if (snip) {
			seconds = parseTimecode(snip[1]) ?? undefined;
			continue;
		}
		if (inMetadata || isMetadataBlock(text)) {
			readMetadataBlock(text, metadata);
			excludeLines(source, block, excluded);
			continue;
		}
		if (SYNC_NOTICE.test(text) || TAGS_ITEM.test(text)) {
			if (TAGS_ITEM.test(text)) metadata.set("highlight tags", `${metadata.get("highlight tags") ?? ""} ${text.replace(TAGS_ITEM, "")}`);
			excluded.push(block.start, block.end);
			continue;
		}
		passages.push(highlightPassage(source, block, heading, seconds, excluded, needles));
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

const DATAVIEW_FIELD = /^(?:\*\*)?[\w -]{1,40}(?:\*\*)?:: ?/; // `key:: value`, `**Source**:: value`
const ADDRESS_ONLY = /^[A-Za-z][\w -]{0,20}:[ \t]*<?https?:\/\/\S+>?$/; // `Goto: https://…`: a label whose value is only an address
const FOOTNOTE_DEFINITION = /^\[\^[^\]\n]+\]:/; // `[^id]: [Title](…)`: where the quotes came from

/** Properties, an address under a label, or a footnote naming the source: about the highlights, not highlights. */
function isMetadataBlock(text: string): boolean {
	return (text.includes("::") && DATAVIEW_FIELD.test(text)) || ADDRESS_ONLY.test(text) || FOOTNOTE_DEFINITION.test(text);
}

const CALLOUT_MARK = /^\[![\w-]+\][+-]?/; // `[!quote]` opening a callout: markup, not the quote

const FOOTNOTE_REFERENCE = /\[\^[^\]\n]{1,80}\]/g;

/** A callout's `[!quote]` mark and footnote references (`[^id]`) in the block, left out of its text; `footnotes` says where the next "[^" lies. */
function excludeQuoteMarkup(source: SourceText, block: Block, excluded: number[], footnotes: NextOccurrence): void {
	const raw = source.raw;
	if (raw.startsWith("[!", block.start)) {
		const mark = CALLOUT_MARK.exec(raw.slice(block.start, Math.min(block.end, block.start + LONGEST_CALLOUT_MARK)));
		if (mark) excluded.push(block.start, block.start + mark[0].length);
	}
	if (!footnotes.within(block.start, block.end)) return;
	for (const reference of raw.slice(block.start, block.end).matchAll(FOOTNOTE_REFERENCE)) {
		const at = block.start + (reference.index ?? 0);
		excluded.push(at, at + reference[0].length);
	}
}

function readMetadataBlock(text: string, metadata: Map<string, string>): void {
	for (const line of text.split("\n")) {
		const item = METADATA_ITEM.exec(line.trim());
		if (!item) continue;
		const key = item[1].toLowerCase().replace(/-/g, " ").trim();
		if (!metadata.has(key)) metadata.set(key, item[2].trim());
	}
}

function highlightPassage(source: SourceText, block: Block, heading: string | undefined, seconds: number | undefined, excluded: number[], needles: readonly NextOccurrence[]): PassageSpan {
	const passage: PassageSpan = { start: block.start, end: block.end };
	excludeQuoteMarkup(source, block, excluded, needles[needles.length - 1]);
	let text: string | null = null;
	for (let which = 0; which < LINK_PATTERNS.length; which++) {
		if (!needles[which].within(block.start, block.end)) continue; // no match can lie in the block without its needle
		const pattern = LINK_PATTERNS[which][0];
		text ??= source.raw.slice(block.start, block.end);
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

/** A markdown escape: a backslash before ASCII punctuation stands for the punctuation (Snipd writes titles as `\#155 – …`). */
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** Strips `[[…]]`, a markdown link's target, markdown escapes and surrounding quotes from a metadata value. */
export function cleanValue(value: string | undefined): string | null {
	if (!value) return null;
	const cleaned = value
		.replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, "$2")
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(MARKDOWN_ESCAPE, "$1")
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
