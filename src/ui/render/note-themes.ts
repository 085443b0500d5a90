// The active note's themes: each with the reason for the decision, its passages, and a one-click exclusion;
// then the notes that share themes with it.
import type { NoteThemeView, NoteThemesActions, NoteThemesModel, RelatedNote } from "../view-models";
import { createButton, makeActivatable, makeDraggable, plural } from "./interaction";
import { renderPassage } from "./passages";

/** Draws the note's themes; without a model, `emptyText` says why (no note open, or not indexed). */
export function renderNoteThemes(el: HTMLElement, model: NoteThemesModel | null, actions: NoteThemesActions, emptyText = "Open a note to see its themes."): void {
	el.empty();
	el.addClass("throughline-note-themes");
	if (!model) {
		el.createDiv({ cls: "throughline-empty throughline-muted", text: emptyText });
		return;
	}
	const header = el.createDiv({ cls: "throughline-note-header" });
	header.createDiv({ cls: "throughline-note-title", text: model.title });
	header.createDiv({ cls: "throughline-muted", text: `${model.kind} · ${plural(model.themes.length, "theme", "themes")}` });
	renderProblems(el, model.problems ?? []);
	if (model.themes.length === 0) {
		el.createDiv({ cls: "throughline-empty throughline-muted", text: "No themes found in this note." });
	}
	const linked = model.themes.filter((theme) => theme.linked);
	const unlinked = model.themes.filter((theme) => !theme.linked);
	renderThemeGroup(el, "Linked", linked, model, actions);
	renderThemeGroup(el, "Mentioned, not linked", unlinked, model, actions);
	renderRelatedNotes(el, model.related, actions);
}

/** What could not be read in the note, in plain words (always as text). */
function renderProblems(el: HTMLElement, problems: string[]): void {
	if (problems.length === 0) return;
	const box = el.createDiv({ cls: "throughline-problems", attr: { role: "status" } });
	box.createDiv({ cls: "throughline-problems-title", text: "Throughline could not fully read this note" });
	const list = box.createEl("ul");
	for (const problem of problems) list.createEl("li", { text: problem });
}

function renderThemeGroup(el: HTMLElement, title: string, themes: NoteThemeView[], model: NoteThemesModel, actions: NoteThemesActions): void {
	if (themes.length === 0) return;
	const section = el.createDiv({ cls: "throughline-note-section" });
	section.createEl("h4", { cls: "throughline-section-title", text: title });
	const list = section.createEl("ul", { cls: "throughline-note-theme-list" });
	for (const theme of themes) renderNoteTheme(list, theme, model, actions);
}

function renderNoteTheme(list: HTMLElement, theme: NoteThemeView, model: NoteThemesModel, actions: NoteThemesActions): void {
	const item = list.createEl("li", { cls: "throughline-note-theme", attr: { "data-theme-id": theme.id } });
	item.toggleClass("is-linked", theme.linked);
	const header = item.createDiv({ cls: "throughline-theme-header" });
	const name = header.createSpan({ cls: "throughline-theme-name", text: theme.name });
	makeActivatable(name, `Open theme ${theme.name}`, (target) => actions.openTheme(theme.id, target));
	makeDraggable(name, { kind: "theme", name: theme.name, path: theme.path }, actions);
	header.createSpan({ cls: "throughline-theme-count", text: theme.score.toFixed(1), attr: { "aria-label": `Score ${theme.score.toFixed(1)}` } });
	createButton(header, "Exclude", `Exclude this note from ${theme.name}`, () => actions.excludeTheme(model.path, theme.id), "throughline-exclude");
	item.createDiv({ cls: "throughline-why", text: theme.why });
	if (theme.passages.length === 0) return;
	const passages = item.createEl("ul", { cls: "throughline-passages" });
	for (const passage of theme.passages) renderPassage(passages, model.path, passage, actions);
}

function renderRelatedNotes(el: HTMLElement, related: RelatedNote[], actions: NoteThemesActions): void {
	if (related.length === 0) return;
	const section = el.createDiv({ cls: "throughline-note-section" });
	section.createEl("h4", { cls: "throughline-section-title", text: "Related notes" });
	const list = section.createEl("ul", { cls: "throughline-related-notes" });
	for (const note of related) {
		const item = list.createEl("li", { cls: "throughline-related-note" });
		const title = item.createSpan({ cls: "throughline-document-name", text: note.title });
		makeActivatable(title, `Open ${note.title}`, (target) => actions.openDocument(note.path, target));
		title.addEventListener("mouseover", (evt) => actions.hoverDocument(evt, note.path, title));
		makeDraggable(title, { kind: "document", path: note.path, title: note.title }, actions);
		item.createSpan({ cls: "throughline-muted", text: `shares ${note.shared.join(", ")}` });
	}
}
