// Obsidian's link and metadata helper functions.
import type { CachedMetadata, ReferenceCache } from "obsidian";

export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const hash = linktext.indexOf("#");
	return hash === -1 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

export function getLinkpath(linktext: string): string {
	return parseLinktext(linktext).path;
}

// Obsidian 1.13's two heading functions, as public plugins transcribe them (obsidian.d.ts documents
// only their purpose): stripHeading is how `[[note#Heading]]` is compared with the note's headings
// (both sides stripped, case ignored); stripHeadingForLink is what "Copy link to heading" writes.

/** Headings as Obsidian compares them: punctuation and line breaks become spaces, runs collapse. */
export function stripHeading(heading: string): string {
	return heading.replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\\r\n]/g, " ").replace(/\s+/g, " ").trim();
}

/** A heading as Obsidian writes it into a link: only what would break the link becomes a space. */
export function stripHeadingForLink(heading: string): string {
	return heading.replace(/([:#|^\\\r\n]|%%|\[\[|]])/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * The heading `#a#b` opens, as Obsidian's resolveSubpath walks them: each part matches the next
 * deeper heading whose stripped text equals it, case ignored; the first full match wins.
 */
export function resolveHeadingSubpath(headings: readonly { heading: string; level: number }[], subpath: string): number {
	const parts = subpath.split("#").filter((part) => part !== "").map((part) => stripHeading(part).toLowerCase());
	let matched = 0;
	let level = 0;
	for (let index = 0; index < headings.length && parts.length > 0; index++) {
		const heading = headings[index];
		if (heading.level > level && stripHeading(heading.heading).toLowerCase() === parts[matched]) {
			matched++;
			level = heading.level;
			if (matched === parts.length) return index;
		}
	}
	return -1;
}

function stringList(value: unknown): string[] | null {
	if (value === null || value === undefined) return null;
	const list: unknown[] = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\s]+/) : [value];
	const cleaned = list.filter((entry): entry is string | number => typeof entry === "string" || typeof entry === "number").map((entry) => String(entry).trim()).filter((entry) => entry !== "");
	return cleaned.length > 0 ? cleaned : null;
}

export function parseFrontMatterEntry(frontmatter: Record<string, unknown> | null, key: string | RegExp): unknown {
	if (!frontmatter) return null;
	for (const [name, value] of Object.entries(frontmatter)) {
		if (typeof key === "string" ? name === key : key.test(name)) return value;
	}
	return null;
}

export function parseFrontMatterStringArray(frontmatter: Record<string, unknown> | null, key: string | RegExp): string[] | null {
	return stringList(parseFrontMatterEntry(frontmatter, key));
}

/** Frontmatter tags with a leading `#` (Obsidian reads `tags` and the legacy `tag`). */
export function parseFrontMatterTags(frontmatter: Record<string, unknown> | null): string[] | null {
	const tags = stringList(parseFrontMatterEntry(frontmatter, /^tags?$/i));
	return tags ? tags.map((tag) => (tag.startsWith("#") ? tag : `#${tag}`)) : null;
}

/** Aliases keep their spaces: only a list or a comma-separated string splits. */
export function parseFrontMatterAliases(frontmatter: Record<string, unknown> | null): string[] | null {
	const value = parseFrontMatterEntry(frontmatter, /^alias(es)?$/i);
	if (value === null || value === undefined) return null;
	const list: unknown[] = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [value];
	const aliases = list.filter((entry): entry is string | number => typeof entry === "string" || typeof entry === "number").map((entry) => String(entry).trim()).filter((entry) => entry !== "");
	return aliases.length > 0 ? aliases : null;
}

/** Frontmatter tags and inline tags together, each with `#`, as Obsidian's getAllTags. */
export function getAllTags(cache: CachedMetadata): string[] | null {
	const tags = [...(parseFrontMatterTags(cache.frontmatter ?? null) ?? []), ...(cache.tags ?? []).map((tag) => tag.tag)];
	return tags.length > 0 ? tags : null;
}

export function iterateRefs(refs: ReferenceCache[], cb: (ref: ReferenceCache) => boolean | void): boolean {
	for (const ref of refs) if (cb(ref)) return true;
	return false;
}

export function iterateCacheRefs(cache: CachedMetadata, cb: (ref: ReferenceCache) => boolean | void): boolean {
	return iterateRefs([...(cache.links ?? []), ...(cache.embeds ?? [])], cb);
}
