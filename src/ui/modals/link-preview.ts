// The content of the link preview, apart from the modal: which themes and notes the reader accepts,
// and the diff of each note, drawn only when the reader opens it (a plan may touch hundreds of notes).
import { plural } from "../render/interaction";

export interface DiffLine {
	kind: "add" | "remove" | "same";
	text: string;
}

export interface LinkPreviewItem {
	path: string;
	action: "link" | "unlink" | "update" | "create";
	/** Plain words: "adds 3 themes to the hub blocks". */
	summary: string;
	themeIds: string[];
	diff: DiffLine[];
}

/** A note the plan leaves alone on purpose, and why ("written by Readwise: Throughline never writes into it"). */
export interface LeftAloneNote {
	path: string;
	reason: string;
}

/** What the reader turned off; everything else is accepted. */
export interface LinkPreviewSelection {
	rejectedPaths: Set<string>;
	rejectedThemes: Set<string>;
}

/** The accepted subset: rejected notes dropped, rejected themes removed, notes left with no theme dropped. */
export function acceptedLinkItems(items: LinkPreviewItem[], selection: LinkPreviewSelection): LinkPreviewItem[] {
	const accepted: LinkPreviewItem[] = [];
	for (const item of items) {
		if (selection.rejectedPaths.has(item.path)) continue;
		const themeIds = item.themeIds.filter((id) => !selection.rejectedThemes.has(id));
		if (item.themeIds.length > 0 && themeIds.length === 0) continue;
		accepted.push({ ...item, themeIds });
	}
	return accepted;
}

/** Theme ids in first-seen order with the number of notes each touches. */
function themesInPlan(items: LinkPreviewItem[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) for (const id of item.themeIds) counts.set(id, (counts.get(id) ?? 0) + 1);
	return counts;
}

export function renderLinkPreview(el: HTMLElement, items: LinkPreviewItem[], themeNames: Record<string, string>, selection: LinkPreviewSelection, onChange: () => void, leftAlone: LeftAloneNote[] = []): void {
	el.empty();
	el.addClass("throughline-link-preview");
	if (items.length === 0) el.createDiv({ cls: "throughline-empty throughline-muted", text: "Nothing to change: every note is already linked as planned." });
	else {
		const themes = themesInPlan(items);
		el.createDiv({ cls: "throughline-muted", text: `${plural(items.length, "note", "notes")}, ${plural(themes.size, "theme", "themes")}` });
		renderThemeChoices(el, themes, themeNames, selection, onChange);
		const list = el.createDiv({ cls: "throughline-link-preview-notes" });
		for (const item of items) renderNoteChoice(list, item, selection, onChange);
	}
	if (leftAlone.length > 0) renderLeftAlone(el, leftAlone);
}

/** The notes the plan does not touch on purpose, each with its reason: folded, as they need no choice. */
export function renderLeftAlone(el: HTMLElement, notes: LeftAloneNote[]): void {
	const details = el.createEl("details", { cls: "throughline-link-preview-left-alone" });
	details.createEl("summary", { cls: "throughline-muted", text: `${plural(notes.length, "note", "notes")} left alone` });
	const list = details.createEl("ul");
	for (const note of notes) {
		const row = list.createEl("li");
		row.createSpan({ cls: "throughline-document-name", text: note.path });
		row.createSpan({ cls: "throughline-muted", text: `: ${note.reason}` });
	}
}

function renderThemeChoices(el: HTMLElement, themes: Map<string, number>, names: Record<string, string>, selection: LinkPreviewSelection, onChange: () => void): void {
	const section = el.createDiv({ cls: "throughline-link-preview-themes", attr: { role: "group", "aria-label": "Themes" } });
	for (const [id, count] of themes) {
		const label = section.createEl("label", { cls: "throughline-check" });
		const box = label.createEl("input", { type: "checkbox", attr: { "data-theme-id": id } });
		box.checked = !selection.rejectedThemes.has(id);
		label.createSpan({ text: `${names[id] ?? id} (${count})` });
		box.addEventListener("change", () => {
			if (box.checked) selection.rejectedThemes.delete(id);
			else selection.rejectedThemes.add(id);
			onChange();
		});
	}
}

function renderNoteChoice(list: HTMLElement, item: LinkPreviewItem, selection: LinkPreviewSelection, onChange: () => void): void {
	const details = list.createEl("details", { cls: "throughline-link-preview-note" });
	const summary = details.createEl("summary");
	const box = summary.createEl("input", { type: "checkbox", attr: { "aria-label": `Apply changes to ${item.path}`, "data-path": item.path } });
	box.checked = !selection.rejectedPaths.has(item.path);
	box.addEventListener("click", (evt) => evt.stopPropagation()); // ticking must not fold the details open or shut
	box.addEventListener("change", () => {
		if (box.checked) selection.rejectedPaths.delete(item.path);
		else selection.rejectedPaths.add(item.path);
		onChange();
	});
	summary.createSpan({ cls: "throughline-document-name", text: item.path });
	summary.createSpan({ cls: "throughline-muted", text: ` ${item.action}: ${item.summary}` });
	details.addEventListener("toggle", () => {
		if (details.open && !details.querySelector(".throughline-diff")) renderDiff(details, item.diff);
	});
}

export function renderDiff(parent: HTMLElement, diff: DiffLine[]): HTMLElement {
	const box = parent.createDiv({ cls: "throughline-diff" });
	const marks: Record<DiffLine["kind"], string> = { add: "+ ", remove: "- ", same: "  " };
	for (const line of diff) box.createDiv({ cls: `throughline-diff-line throughline-diff-${line.kind}`, text: marks[line.kind] + line.text });
	return box;
}
