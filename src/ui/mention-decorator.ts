// Reading view: theme mentions in a rendered section become links to the theme note, in the DOM only —
// the file is never changed. Walks text nodes, never inside code, links or existing anchors, and stops at a cap.

export interface TextMention {
	start: number;
	end: number;
	themeName: string;
	themePath: string | null;
}

export type FindMentionsInText = (text: string) => TextMention[];

export interface DecorateOptions {
	/** Most decorations in one section; a transcript paragraph full of mentions stays readable and fast. */
	limit?: number;
	/** Sections with more text than this are left alone (a 150 KB transcript renders in many small sections). */
	maxSectionChars?: number;
	/**
	 * Clicked on a mention of a theme that has no note yet (a starter theme). Such a mention is not
	 * an internal link: Obsidian would create an empty note of that name outside the themes folder.
	 */
	onThemeWithoutNote?: (themeName: string) => void;
}

export const DEFAULT_DECORATION_LIMIT = 200; // far more than a reader can use in one section, cheap to build
export const DEFAULT_MAX_SECTION_CHARS = 50_000; // one section this long is a wall of text; matching it would stall scrolling

/** Elements whose text is not prose: never decorate inside them. */
const SKIPPED_SELECTOR = "code, pre, a, .internal-link, .external-link, .tag, .math, .frontmatter, .throughline-mention, button, input, textarea, script, style";

/** Wraps mentions in `<a class="internal-link throughline-mention">`; returns how many it made. */
export function decorateMentions(el: HTMLElement, findMentionsInText: FindMentionsInText, options: DecorateOptions = {}): number {
	const limit = options.limit ?? DEFAULT_DECORATION_LIMIT;
	const maxChars = options.maxSectionChars ?? DEFAULT_MAX_SECTION_CHARS;
	if ((el.textContent ?? "").length > maxChars) return 0;
	let made = 0;
	for (const node of proseTextNodes(el)) {
		if (made >= limit) break;
		const mentions = usableMentions(findMentionsInText(node.data), node.data.length).slice(0, limit - made);
		if (mentions.length === 0) continue;
		wrapMentions(node, mentions, options.onThemeWithoutNote);
		made += mentions.length;
	}
	return made;
}

/** Collects text nodes first, so that wrapping does not disturb the walk. */
function proseTextNodes(root: HTMLElement): Text[] {
	const doc = root.ownerDocument;
	const nodes: Text[] = [];
	const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
		acceptNode(node) {
			const parent = node.parentElement;
			if (!parent || parent.closest(SKIPPED_SELECTOR)) return 2; // NodeFilter.FILTER_REJECT
			return (node.nodeValue ?? "").trim() === "" ? 3 : 1; // FILTER_SKIP empty text, FILTER_ACCEPT prose
		},
	});
	for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
	return nodes;
}

/** In order, inside the text, non-empty and not overlapping (the first one wins). */
function usableMentions(mentions: TextMention[], length: number): TextMention[] {
	const sorted = mentions.filter((m) => m.start >= 0 && m.end <= length && m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: TextMention[] = [];
	let reached = 0;
	for (const mention of sorted) {
		if (mention.start < reached) continue;
		kept.push(mention);
		reached = mention.end;
	}
	return kept;
}

function wrapMentions(node: Text, mentions: TextMention[], onThemeWithoutNote?: (themeName: string) => void): void {
	const text = node.data;
	const parent = node.parentNode;
	if (!parent) return;
	const doc = node.ownerDocument;
	const fragment = createFragment();
	let cursor = 0;
	for (const mention of mentions) {
		if (mention.start > cursor) fragment.appendChild(doc.createTextNode(text.slice(cursor, mention.start)));
		cursor = mention.end;
		if (!mention.themePath) {
			const name = mention.themeName;
			const mark = fragment.createSpan({ cls: "throughline-mention throughline-mention-unwritten", text: text.slice(mention.start, mention.end), attr: { role: "link", tabindex: "0" } });
			mark.addEventListener("click", () => onThemeWithoutNote?.(name));
			continue;
		}
		const target = mention.themePath ? mention.themePath.replace(/\.md$/i, "") : mention.themeName;
		fragment.createEl("a", {
			cls: "internal-link throughline-mention",
			text: text.slice(mention.start, mention.end),
			href: target,
			attr: { "data-href": target, target: "_blank", rel: "noopener" },
		});
	}
	if (cursor < text.length) fragment.appendChild(doc.createTextNode(text.slice(cursor)));
	parent.replaceChild(fragment, node);
}
