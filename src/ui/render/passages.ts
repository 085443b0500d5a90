// Passages as the reader sees them: a snippet with the matched words highlighted, grouped by document.
// Note text only ever reaches the DOM as text nodes (createSpan/setText), never as markup.
import { formatTimecode } from "../../core/text/timecode";
import type { DocumentPassages, PassageActions, PassageView, ThemeDetailModel } from "../view-models";
import { makeActivatable, makeDraggable, plural } from "./interaction";

/** Writes a snippet into `el` with the match wrapped in a highlight span. */
export function renderHighlightedSnippet(el: HTMLElement, passage: Pick<PassageView, "text" | "matchStart" | "matchEnd">): void {
	const { text } = passage;
	const start = clamp(passage.matchStart, 0, text.length);
	const end = clamp(passage.matchEnd, start, text.length);
	if (start > 0) el.createSpan({ text: text.slice(0, start) });
	if (end > start) el.createSpan({ cls: "throughline-highlight", text: text.slice(start, end) });
	if (end < text.length) el.createSpan({ text: text.slice(end) });
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(Math.max(value, min), max);
}

/** One passage: location, timecode when known, snippet; click or Enter opens the note at the match. */
export function renderPassage(parent: HTMLElement, path: string, passage: PassageView, actions: PassageActions): HTMLElement {
	const item = parent.createEl("li", { cls: "throughline-passage" });
	const where = passage.seconds === undefined ? `line ${passage.line}` : formatTimecode(passage.seconds);
	item.createSpan({ cls: "throughline-passage-where", text: where });
	const snippet = item.createSpan({ cls: "throughline-passage-text" });
	renderHighlightedSnippet(snippet, passage);
	const label = `Open "${passage.match}" at line ${passage.line}`;
	makeActivatable(item, label, (target) => {
		actions.openPassage(path, passage.line, passage.col, passage.match.length, target);
	});
	return item;
}

/** A document heading (draggable, hoverable, opens the note) followed by its passages. */
export function renderDocumentPassages(parent: HTMLElement, doc: DocumentPassages, actions: PassageActions): HTMLElement {
	const group = parent.createDiv({ cls: "throughline-document" });
	const heading = group.createDiv({ cls: "throughline-document-title" });
	const title = heading.createSpan({ cls: "throughline-document-name", text: doc.title });
	makeActivatable(title, `Open ${doc.title}`, (target) => actions.openDocument(doc.path, target));
	title.addEventListener("mouseover", (evt) => actions.hoverDocument(evt, doc.path, title));
	makeDraggable(title, { kind: "document", path: doc.path, title: doc.title }, actions);
	const facts = [doc.kind, doc.date ?? "", plural(doc.passages.length, "passage", "passages")].filter((fact) => fact !== "");
	heading.createSpan({ cls: "throughline-document-meta", text: facts.join(" · ") });
	const list = group.createEl("ul", { cls: "throughline-passages" });
	for (const passage of doc.passages) renderPassage(list, doc.path, passage, actions);
	return group;
}

/**
 * The documents of a detail model, then, when more exist than it holds, a button that asks for the next
 * page (`showMore(target)`): a theme in 2,000 notes renders 20 of them, not 2,000.
 */
export function renderDocumentPage(parent: HTMLElement, detail: ThemeDetailModel, actions: PassageActions & { showMore?(target: string): void }, target: string): void {
	for (const doc of detail.documents) renderDocumentPassages(parent, doc, actions);
	const total = detail.totalDocuments ?? detail.documents.length;
	if (total <= detail.documents.length || !actions.showMore) return;
	const text = `Show more (${detail.documents.length.toLocaleString("en-US")} of ${plural(total, "note", "notes")} shown)`;
	const button = parent.createEl("button", { cls: "throughline-show-more", text, attr: { type: "button" } });
	button.addEventListener("click", () => actions.showMore?.(target));
}
