// Live Preview: theme mentions get a link-like mark, only in the visible ranges, without touching the text.
// Code blocks, inline code, links, URLs, tags and frontmatter are never marked.
// A plain click puts the cursor in the word, as everywhere in the editor; Ctrl/Cmd-click opens the theme.
import { StateEffect, type EditorState, type Extension, type Text } from "@codemirror/state";
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from "@codemirror/view";
import { Keymap } from "obsidian";
import type { FindMentionsInText, TextMention } from "./mention-decorator";
import type { OpenTarget } from "./view-models";

export interface MentionEditorOptions {
	findMentionsInText: FindMentionsInText;
	/**
	 * Live Preview on, the setting enabled, and the note an indexed source under the size limit
	 * (e.g. `state.field(editorLivePreviewField, false)` and `state.field(editorInfoField, false)?.file`).
	 */
	isEnabled(state: EditorState): boolean;
	/**
	 * Calls `redraw` whenever the marks may be out of date although the text did not change (the
	 * setting was switched, the themes changed); returns a function that stops listening.
	 */
	onRedrawNeeded?(redraw: () => void): () => void;
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

/** Dispatched (with no change) to make the marks be drawn again. */
const redrawMentions = StateEffect.define<null>();

/** The mention mark under a Ctrl/Cmd-click, or null for any other click. */
function modClickedMark(event: MouseEvent): Element | null {
	if (event.button !== 0 || !Keymap.isModEvent(event)) return null;
	const clicked = event.target as HTMLElement | null;
	return clicked && typeof clicked.closest === "function" ? clicked.closest(".throughline-mention") : null;
}

function openTargetOf(event: MouseEvent): OpenTarget {
	const target = Keymap.isModEvent(event);
	return target === true ? "tab" : target;
}

export function mentionEditorExtension(options: MentionEditorOptions): Extension {
	const plugin = ViewPlugin.fromClass(
		class {
			decorations: DecorationSet;
			private readonly stopListening: () => void;
			constructor(view: EditorView) {
				this.decorations = buildDecorations(view, options);
				this.stopListening = options.onRedrawNeeded?.(() => view.dispatch({ effects: redrawMentions.of(null) })) ?? (() => undefined);
			}
			update(update: ViewUpdate): void {
				const modeChanged = options.isEnabled(update.startState) !== options.isEnabled(update.state);
				const asked = update.transactions.some((tr) => tr.effects.some((e) => e.is(redrawMentions)));
				if (update.docChanged || update.viewportChanged || modeChanged || asked) this.decorations = buildDecorations(update.view, options);
			}
			destroy(): void {
				this.stopListening();
			}
		},
		{ decorations: (value) => value.decorations },
	);
	const clicks = EditorView.domEventHandlers({
		// Ctrl/Cmd-mousedown would add a second cursor; on a mention it opens the theme instead.
		mousedown(event, view) {
			if (modClickedMark(event) === null || !options.isEnabled(view.state)) return false;
			event.preventDefault();
			return true;
		},
		click(event, view) {
			const mark = modClickedMark(event);
			if (!mark || !options.isEnabled(view.state)) return false;
			const path = mark.getAttribute("data-theme-path");
			options.onOpenTheme(mark.getAttribute("data-theme") ?? "", path ? path : null, openTargetOf(event));
			event.preventDefault();
			return true;
		},
	});
	return [plugin, clicks];
}
