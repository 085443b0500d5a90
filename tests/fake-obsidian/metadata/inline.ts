// Links, embeds and tags inside prose, with their positions. Inline code is skipped, and a `#`
// inside a link is not a tag, as in Obsidian.
import type { EmbedCache, LinkCache, TagCache } from "obsidian";
import type { Line, Locator } from "./lines";

export interface InlineRefs {
	links: LinkCache[];
	embeds: EmbedCache[];
	tags: TagCache[];
}

const INLINE_CODE = /(`+)[^`]*?\1/g;
const INLINE_COMMENT = /%%.*?%%/g;
const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const MARKDOWN_LINK = /(!?)\[([^\]\n]*)\]\((<[^>\n]+>|[^()\s]+)(?:[ \t]+"[^"\n]*")?\)/g;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const TAG = /(^|\s)#([\p{L}\p{N}_/\-\p{Extended_Pictographic}]+)/gu;

function blankOut(text: string, pattern: RegExp): string {
	return text.replace(pattern, (match) => " ".repeat(match.length));
}

function wikilinkReference(inner: string): { link: string; displayText: string } {
	const bar = inner.indexOf("|");
	const link = (bar === -1 ? inner : inner.slice(0, bar)).trim();
	if (bar !== -1) return { link, displayText: inner.slice(bar + 1) };
	const hash = link.indexOf("#");
	const displayText = hash === -1 ? link : `${link.slice(0, hash)} > ${link.slice(hash + 1).replace(/#/g, " > ")}`.replace(/^ > /, "");
	return { link, displayText };
}

function decodeTarget(target: string): string {
	const bare = target.startsWith("<") ? target.slice(1, -1) : target;
	try {
		return decodeURIComponent(bare);
	} catch {
		return bare;
	}
}

function scanLine(source: string, offset: number, locator: Locator, out: InlineRefs): void {
	let text = blankOut(blankOut(source, INLINE_CODE), INLINE_COMMENT);
	for (const match of text.matchAll(WIKILINK)) {
		const ref = { ...wikilinkReference(match[2]), original: match[0], position: locator.pos(offset + match.index, offset + match.index + match[0].length) };
		(match[1] ? out.embeds : out.links).push(ref);
	}
	text = blankOut(text, WIKILINK);
	for (const match of text.matchAll(MARKDOWN_LINK)) {
		if (URL_SCHEME.test(match[3]) || match[3].startsWith("#")) continue;
		const ref = { link: decodeTarget(match[3]), original: match[0], displayText: match[2], position: locator.pos(offset + match.index, offset + match.index + match[0].length) };
		(match[1] ? out.embeds : out.links).push(ref);
	}
	text = blankOut(text, MARKDOWN_LINK);
	for (const match of text.matchAll(TAG)) {
		if (/^[0-9/]+$/.test(match[2])) continue; // a tag needs at least one non-numeric character
		const start = offset + match.index + match[1].length;
		out.tags.push({ tag: `#${match[2]}`, position: locator.pos(start, start + match[2].length + 1) });
	}
}

export function findInlineRefs(lines: Line[], proseLines: [number, number][], locator: Locator): InlineRefs {
	const out: InlineRefs = { links: [], embeds: [], tags: [] };
	for (const [first, last] of proseLines) {
		for (let index = first; index <= last; index++) scanLine(lines[index].text, lines[index].start, locator, out);
	}
	return out;
}
