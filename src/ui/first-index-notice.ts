// What the reader is told once, when the first index pass over their vault is done: what it found,
// that nothing was written, and a button that opens the themes sidebar.

import type { DocumentKind } from "../core/model";
import { DOCUMENT_KINDS } from "../core/model";
import { createButton, plural } from "./render/interaction";

/** The figures of the first pass, from the index. */
export interface FirstIndexSummary {
	/** Notes read, by kind. */
	sources: Partial<Record<DocumentKind, number>>;
	/** Themes linked to at least one note. */
	linkedThemes: number;
	/** Themes there are (the starter pack's, or the reader's theme notes). */
	themes: number;
	fromStarterPack: boolean;
	suggestions: number;
	/** Automatic linking is on: links are written after each pass, so "nothing was written" would not stay true. */
	autoLink: boolean;
}

const KIND_NAMES: Record<DocumentKind, [string, string]> = {
	highlights: ["highlight note", "highlight notes"],
	insights: ["insight digest", "insight digests"],
	transcript: ["transcript", "transcripts"],
	article: ["article", "articles"],
	note: ["note of your own", "notes of your own"],
};

/** "4 highlight notes, 3 transcripts and 1 article", in the kinds' usual order. */
function sourcesText(sources: FirstIndexSummary["sources"]): string {
	const parts = DOCUMENT_KINDS.filter((kind) => (sources[kind] ?? 0) > 0).map((kind) => plural(sources[kind] ?? 0, ...KIND_NAMES[kind]));
	if (parts.length === 0) return "no notes to read yet";
	return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

function suggestionsText(count: number): string {
	return count === 0 ? "no new theme to suggest yet" : `${plural(count, "suggested theme", "suggested themes")} to review in the sidebar`;
}

/** The notice's sentences, in reading order. */
export function firstIndexLines(summary: FirstIndexSummary): string[] {
	const themes = summary.fromStarterPack ? `${plural(summary.themes, "starter theme", "starter themes")}` : plural(summary.themes, "theme", "themes");
	const written = summary.autoLink
		? "Automatic linking is on, so links are written after each pass; “Remove all theme links” takes them all out."
		: "Nothing was written to your notes: links are written only when you run “Link themes (preview)” and accept.";
	return [
		`Throughline indexed your vault: ${sourcesText(summary.sources)}.`,
		`${summary.linkedThemes} of ${themes} linked to your notes; ${suggestionsText(summary.suggestions)}.`,
		written,
	];
}

/** Fills the notice: one line per sentence, then the button. */
export function renderFirstIndexNotice(el: HTMLElement | DocumentFragment, summary: FirstIndexSummary, openThemesSidebar: () => void): void {
	const box = el.createDiv({ cls: "throughline-first-index" });
	for (const line of firstIndexLines(summary)) box.createDiv({ text: line });
	createButton(box, "Open themes sidebar", "Open the themes sidebar", () => openThemesSidebar(), "mod-cta");
}
