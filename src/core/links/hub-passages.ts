// One quoted passage of a hub: `[12:34] “quote” — [[note#^id|passage]]`, its link landing as
// precisely as Obsidian allows: on the passage's block, else its heading, else the note.

import { formatTimecode } from "../text/timecode";
import { blockTarget, escapeInline, headingTarget, noteLink, oneLine } from "./escape";
import type { HubPassage } from "./hub-model";

/** `[12:34] “quote” — link`; the link shows `display` when given, else what it lands on. */
export function renderPassage(path: string, passage: HubPassage, maxQuoteLength: number, display?: string): string {
	const time = passage.seconds !== undefined ? `\\[${formatTimecode(passage.seconds)}\\] ` : "";
	const quote = `“${escapeInline(shortenQuote(passage.quote, maxQuoteLength))}”`;
	return `${time}${quote} — ${passageLink(path, passage, display)}`;
}

/** A block id when there is one, else the heading, else the note itself labelled with the line. */
export function passageLink(path: string, passage: HubPassage, display?: string): string {
	const block = passage.blockId !== undefined ? blockTarget(passage.blockId) : null;
	if (block !== null) return noteLink(path, display ?? "passage", `#^${block}`);
	const heading = passage.heading !== undefined ? headingTarget(passage.heading) : "";
	if (heading !== "") return noteLink(path, display ?? readableHeading(passage.heading ?? heading), `#${heading}`);
	return noteLink(path, display ?? `line ${passage.line}`);
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
