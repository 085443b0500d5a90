// Computes Obsidian's CachedMetadata from a note's text. Keys are present only when non-empty,
// as in Obsidian (a note without links has no `links` key).
import type { CachedMetadata, FrontmatterLinkCache } from "obsidian";
import { getFrontMatterInfo, parseYaml } from "../yaml";
import { findBlocks } from "./blocks";
import { findInlineRefs } from "./inline";
import { Locator, splitLines } from "./lines";

const FRONTMATTER_LINK = /^\[\[([^[\]\n]+?)\]\]$/;

function readFrontmatter(yaml: string): Record<string, unknown> | undefined {
	try {
		const parsed = parseYaml(yaml);
		return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
	} catch {
		return undefined; // malformed YAML: Obsidian shows no properties
	}
}

function frontmatterLinks(frontmatter: Record<string, unknown>): FrontmatterLinkCache[] {
	const links: FrontmatterLinkCache[] = [];
	const visit = (key: string, value: unknown) => {
		if (Array.isArray(value)) value.forEach((entry, index) => visit(`${key}.${index}`, entry));
		if (typeof value !== "string") return;
		const match = FRONTMATTER_LINK.exec(value.trim());
		if (!match) return;
		const bar = match[1].indexOf("|");
		const link = bar === -1 ? match[1] : match[1].slice(0, bar);
		links.push({ key, link, original: value, displayText: bar === -1 ? link : match[1].slice(bar + 1) });
	};
	for (const [key, value] of Object.entries(frontmatter)) visit(key, value);
	return links;
}

export function computeMetadata(text: string): CachedMetadata {
	const lines = splitLines(text);
	const locator = new Locator(lines);
	const cache: CachedMetadata = {};
	const info = getFrontMatterInfo(text);
	let firstBodyLine = 0;
	if (info.exists) {
		const position = locator.pos(0, info.to + 3); // up to the end of the closing `---`
		cache.frontmatterPosition = position;
		firstBodyLine = position.end.line + 1;
		const frontmatter = readFrontmatter(info.frontmatter);
		if (frontmatter) {
			cache.frontmatter = frontmatter;
			const links = frontmatterLinks(frontmatter);
			if (links.length > 0) cache.frontmatterLinks = links;
		}
	}
	const structure = findBlocks(lines, firstBodyLine, locator);
	const refs = findInlineRefs(lines, structure.proseLines, locator);
	const sections = info.exists && cache.frontmatterPosition ? [{ type: "yaml", position: cache.frontmatterPosition }, ...structure.sections] : structure.sections;
	if (sections.length > 0) cache.sections = sections;
	if (structure.headings.length > 0) cache.headings = structure.headings;
	if (structure.listItems.length > 0) cache.listItems = structure.listItems;
	if (Object.keys(structure.blocks).length > 0) cache.blocks = structure.blocks;
	if (refs.links.length > 0) cache.links = refs.links;
	if (refs.embeds.length > 0) cache.embeds = refs.embeds;
	if (refs.tags.length > 0) cache.tags = refs.tags;
	return cache;
}
