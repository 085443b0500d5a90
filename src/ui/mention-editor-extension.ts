// Live Preview: theme mentions get a link-like mark, only in the visible ranges, without touching the text.
// Code blocks, inline code, links, URLs, tags and frontmatter are never marked.
import type { EditorState, Extension, Text } from "@codemirror/state";
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from "@codemirror/view";
import { openTargetFor } from "./render/interaction";
import type { FindMentionsInText, TextMention } from "./mention-decorator";
import type { OpenTarget } from "./view-models";

export interface MentionEditorOptions {
	findMentionsInText: FindMentionsInText;
	/** Live Preview on and the setting enabled (e.g. `state.field(editorLivePreviewField, false)`). */
	isEnabled(state: EditorState): boolean;
	onOpenTheme(themeName: string, themePath: string | null, target: OpenTarget): void;
	/** Most marks in the viewport; a screen never holds more mentions than this. */
	limit?: number;
}

export interface EditorMention extends TextMention {
	/** Document offsets. */
	from: number;
	to: number;
}

export const DEFAULT_EDITOR_LIMIT = 500; // a full screen of dense transcript holds far fewer
/** Inline code, wikilinks, markdown links, URLs and tags: mentions inside them are not prose. */
const INLINE_SKIP = /`[^`\n]*`|\[\[[^\]\n]*\]\]|\[[^\]\n]*\]\([^)\n]*\)|[a-z][a-z0-9+.-]*:\/\/\S+|#[^\s#]+/gi;
const FENCE = /^\s*(```|~~~)/;

/** Mentions in the given document ranges, outside code, links and frontmatter, up to `limit`. */
export function findEditorMentions(doc: Text, ranges: readonly { from: number; to: number }[], find: FindMentionsInText, limit: number): EditorMention[] {
	const found: EditorMention[] = [];
	for (const range of ranges) {
		const first = doc.lineAt(range.from).number;
		const last = doc.lineAt(range.to).number;
		let state = stateBefore(doc, first);
		for (let n = first; n <= last && found.length < limit; n++) {
			const line = doc.line(n);
			const next = advance(state, line.text, n);
			const isProse = !state.inCode && !state.inFrontmatter && !next.inCode && !next.inFrontmatter && !FENCE.test(line.text);
			if (isProse) found.push(...mentionsInLine(line.text, line.from, find).slice(0, limit - found.length));
			state = next;
		}
	}
	return found;
}

interface BlockState {
	inCode: boolean;
	inFrontmatter: boolean;
}

/** The state after reading line `n` (1-based): a `---` first line opens frontmatter, fences toggle code. */
function advance(state: BlockState, text: string, n: number): BlockState {
	if (n === 1 && text === "---") return { inCode: false, inFrontmatter: true };
	if (state.inFrontmatter) return { inCode: false, inFrontmatter: !(text === "---" || text === "...") };
	if (FENCE.test(text)) return { inCode: !state.inCode, inFrontmatter: false };
	return state;
}

/** Scans the lines above the range; only cheap pattern checks, no parsing. */
function stateBefore(doc: Text, lineNumber: number): BlockState {
	let state: BlockState = { inCode: false, inFrontmatter: false };
	for (let n = 1; n < lineNumber; n++) state = advance(state, doc.line(n).text, n);
	return state;
}

function mentionsInLine(text: string, lineStart: number, find: FindMentionsInText): EditorMention[] {
	const skipped: [number, number][] = [];
	for (const match of text.matchAll(INLINE_SKIP)) skipped.push([match.index, match.index + match[0].length]);
	const outside = (m: TextMention) => skipped.every(([start, end]) => m.end <= start || m.start >= end);
	let reached = 0;
	const kept: EditorMention[] = [];
	for (const mention of find(text).sort((a, b) => a.start - b.start)) {
		if (mention.start < reached || mention.end <= mention.start || mention.end > text.length || !outside(mention)) continue;
		kept.push({ ...mention, from: lineStart + mention.start, to: lineStart + mention.end });
		reached = mention.end;
	}
	return kept;
}

function buildDecorations(view: EditorView, options: MentionEditorOptions): DecorationSet {
	if (!options.isEnabled(view.state)) return Decoration.none;
	const mentions = findEditorMentions(view.state.doc, view.visibleRanges, options.findMentionsInText, options.limit ?? DEFAULT_EDITOR_LIMIT);
	const marks = mentions.map((m) =>
		Decoration.mark({
			class: "throughline-mention",
			attributes: { "data-theme": m.themeName, "data-theme-path": m.themePath ?? "" },
		}).range(m.from, m.to),
	);
	return Decoration.set(marks, true);
}

export function mentionEditorExtension(options: MentionEditorOptions): Extension {
	const plugin = ViewPlugin.fromClass(
		class {
			decorations: DecorationSet;
			constructor(view: EditorView) {
				this.decorations = buildDecorations(view, options);
			}
			update(update: ViewUpdate): void {
				const modeChanged = options.isEnabled(update.startState) !== options.isEnabled(update.state);
				if (update.docChanged || update.viewportChanged || modeChanged) this.decorations = buildDecorations(update.view, options);
			}
		},
		{ decorations: (value) => value.decorations },
	);
	const clicks = EditorView.domEventHandlers({
		click(event, view) {
			const clicked = event.target as HTMLElement | null;
			const mark = clicked && typeof clicked.closest === "function" ? clicked.closest(".throughline-mention") : null;
			if (!mark || !options.isEnabled(view.state)) return false;
			const path = mark.getAttribute("data-theme-path");
			options.onOpenTheme(mark.getAttribute("data-theme") ?? "", path ? path : null, openTargetFor(event));
			event.preventDefault();
			return true;
		},
	});
	return [plugin, clicks];
}
