// Safe Markdown for text Throughline did not write (titles, quotes, headings): nothing in a
// source can break the block, start a link, a tag, a comment or a block id.

/** Characters that carry meaning in Obsidian Markdown inline text; each gets a backslash. */
const INLINE_SPECIALS = new Set(["\\", "[", "]", "|", "#", "^", "%", "<", ">", "`", "$", "*", "_", "~", "=", "!"]);

/** Characters that cannot appear in a wikilink target: such paths get a Markdown link instead. */
const UNSAFE_IN_WIKILINK = /[#^[\]|]/;

/** Collapses line breaks and runs of white space, so a quote stays on its one list line. */
export function oneLine(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}

/** Quote or other inline text: every Markdown-significant character backslash-escaped. */
export function escapeInline(text: string): string {
	let out = "";
	for (const ch of oneLine(text)) out += INLINE_SPECIALS.has(ch) ? `\\${ch}` : ch;
	return out;
}

/**
 * The text shown for a link. Inside `[[…|…]]` a backslash is shown as is, so the characters
 * that could end or split the link are swapped for look-alikes instead; the rest is inert there.
 */
export function linkDisplayText(text: string): string {
	const cleaned = oneLine(text)
		.replace(/\[/g, "(")
		.replace(/\]/g, ")")
		.replace(/\|/g, "¦")
		.replace(/%%/g, "%");
	return cleaned === "" ? "untitled" : cleaned;
}

/**
 * A heading as a link target: the characters that would end or split the link become spaces. Obsidian
 * resolves `#Sub` by comparing stripHeading(Sub) with stripHeading(heading), and stripHeading turns
 * each of these (and more punctuation) into a space too, so the target opens the heading
 * (tests/core/links/heading-target.test.ts checks it against headings as Obsidian records them).
 */
export function headingTarget(heading: string): string {
	return oneLine(heading.replace(/[#|^:%[\]\\]/g, " "));
}

/** A block id Obsidian accepts (letters, digits, hyphens), or null. */
export function blockTarget(blockId: string): string | null {
	const id = blockId.startsWith("^") ? blockId.slice(1) : blockId;
	return /^[A-Za-z0-9-]+$/.test(id) ? id : null;
}

/** The link target for a note: its path without the `.md` extension. */
export function notePathTarget(path: string): string {
	return path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
}

/**
 * A link to a note (optionally to `#subpath` inside it) shown as `display`.
 * A wikilink when the path allows one, else a Markdown link with an encoded target (still an
 * internal link for Obsidian's backlinks and graph).
 */
export function noteLink(path: string, display: string, subpath = ""): string {
	const shown = linkDisplayText(display);
	const target = notePathTarget(path);
	if (!UNSAFE_IN_WIKILINK.test(target)) return `[[${target}${subpath}|${shown}]]`;
	const encoded = encodeURI(path).replace(/[#^[\]|]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
	const anchor = subpath ? `#${encodeURI(subpath.slice(1)).replace(/%5E/g, "^")}` : "";
	return `[${shown.replace(/[[\]]/g, "")}](<${encoded}${anchor}>)`;
}
