// One theme in the sidebar list: name, counts, sparkline, and when expanded its related themes and passages.
import { renderSparkline } from "../charts/sparkline";
import type { PhraseSuggestion, SuggestionEvidenceView, ThemeDetailModel, ThemeSummary, ThemesSidebarActions } from "../view-models";
import { createButton, makeActivatable, makeDraggable, plural } from "./interaction";
import { renderDocumentPage, renderHighlightedSnippet } from "./passages";

export interface ThemeRowContext {
	actions: ThemesSidebarActions;
	/** The months every sparkline spans, so that they compare. */
	months: string[];
	detail: ThemeDetailModel | undefined;
	expanded: boolean;
}

export function renderThemeRow(list: HTMLElement, theme: ThemeSummary, context: ThemeRowContext): HTMLElement {
	const { actions, expanded } = context;
	const item = list.createEl("li", { cls: "throughline-theme", attr: { "data-theme-id": theme.id } });
	item.toggleClass("is-expanded", expanded);
	const header = item.createDiv({ cls: "throughline-theme-header" });
	const toggle = createButton(header, expanded ? "▾" : "▸", `${expanded ? "Hide" : "Show"} passages for ${theme.name}`, () => actions.toggleExpand(theme.id), "throughline-expand clickable-icon");
	toggle.setAttr("aria-expanded", expanded ? "true" : "false");
	const name = header.createSpan({ cls: "throughline-theme-name", text: theme.name });
	makeActivatable(name, `Open theme ${theme.name}`, (target) => actions.openTheme(theme.id, target));
	makeDraggable(name, { kind: "theme", name: theme.name, path: theme.path }, actions);
	const count = header.createSpan({ cls: "throughline-theme-count", text: String(theme.linkedDocuments) });
	count.setAttr("aria-label", `${plural(theme.linkedDocuments, "linked document", "linked documents")}, ${plural(theme.mentions, "mention", "mentions")}`);
	renderSparkline(header, theme.monthly, context.months, `Monthly mentions of ${theme.name}`);
	if (expanded) renderThemeDetailInline(item, theme, context);
	return item;
}

function renderThemeDetailInline(item: HTMLElement, theme: ThemeSummary, context: ThemeRowContext): void {
	const body = item.createDiv({ cls: "throughline-theme-body" });
	const summary = `${plural(theme.documents, "document", "documents")} mention it, ${theme.linkedDocuments.toLocaleString("en-US")} linked`;
	body.createDiv({ cls: "throughline-theme-summary", text: summary });
	if (theme.related.length > 0) renderRelated(body, theme, context.actions);
	if (!context.detail) {
		body.createDiv({ cls: "throughline-muted", text: "Loading passages…" });
		return;
	}
	if (context.detail.documents.length === 0) {
		body.createDiv({ cls: "throughline-muted", text: "No passages mention this theme yet." });
		return;
	}
	renderDocumentPage(body, context.detail, context.actions, theme.id);
}

function renderRelated(body: HTMLElement, theme: ThemeSummary, actions: ThemesSidebarActions): void {
	const related = body.createDiv({ cls: "throughline-related" });
	related.createSpan({ cls: "throughline-related-label", text: "Often with" });
	for (const other of theme.related) {
		const percent = Math.round(other.strength * 100);
		const chip = related.createSpan({ cls: "throughline-related-theme" });
		chip.createSpan({ text: other.name });
		chip.createSpan({ cls: "throughline-related-strength", text: `${percent}%` });
		makeActivatable(chip, `${other.name}: strength ${percent}%, ${plural(other.shared, "passage", "passages")} together`, () => actions.focusTheme(other.id));
	}
}

export function renderSuggestions(el: HTMLElement, suggestions: PhraseSuggestion[], actions: ThemesSidebarActions, evidence: Record<string, SuggestionEvidenceView> = {}): void {
	if (suggestions.length === 0) return;
	const section = el.createDiv({ cls: "throughline-suggestions" });
	section.createEl("h4", { cls: "throughline-section-title", text: "Suggested themes" });
	const list = section.createEl("ul", { cls: "throughline-suggestion-list" });
	for (const suggestion of suggestions) {
		const item = list.createEl("li", { cls: "throughline-suggestion" });
		const shown = suggestion.key !== undefined ? evidence[suggestion.key] : undefined;
		const { key } = suggestion;
		if (key !== undefined && actions.toggleSuggestion) {
			const toggle = createButton(item, shown ? "▾" : "▸", `${shown ? "Hide" : "Show"} where "${suggestion.phrase}" recurs`, () => actions.toggleSuggestion?.(key), "throughline-expand clickable-icon");
			toggle.setAttr("aria-expanded", shown ? "true" : "false");
		}
		item.createSpan({ cls: "throughline-suggestion-phrase", text: suggestion.phrase });
		item.createSpan({ cls: "throughline-muted", text: `${plural(suggestion.documents, "document", "documents")}, ${plural(suggestion.mentions, "mention", "mentions")}` });
		const buttons = item.createDiv({ cls: "throughline-suggestion-buttons" });
		createButton(buttons, "Accept", `Create a theme for "${suggestion.phrase}"`, () => actions.acceptSuggestion(suggestion.phrase, suggestion.variants), "mod-cta");
		createButton(buttons, "Reject", `Stop suggesting "${suggestion.phrase}"`, () => actions.rejectSuggestion(suggestion.phrase, suggestion.variants));
		if (shown) renderSuggestionEvidence(item, suggestion, shown, actions);
	}
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "March 2024" from "2024-03-15". */
function monthOf(date: string): string {
	const month = Number(date.slice(5, 7));
	return month >= 1 && month <= 12 ? `${MONTHS[month - 1]} ${date.slice(0, 4)}` : date.slice(0, 4);
}

/** "In 6 sources since March 2024; often with Reasoning and Agents", the other forms, and the notes to open. */
function renderSuggestionEvidence(item: HTMLElement, suggestion: PhraseSuggestion, evidence: SuggestionEvidenceView, actions: ThemesSidebarActions): void {
	const body = item.createDiv({ cls: "throughline-suggestion-evidence" });
	const since = evidence.since ? ` since ${monthOf(evidence.since)}` : "";
	const withThemes = evidence.withThemes.length > 0 ? `; often with ${evidence.withThemes.join(", ")}` : "";
	body.createDiv({ cls: "throughline-suggestion-summary", text: `In ${plural(evidence.documents, "source", "sources")}${since}${withThemes}` });
	const others = (suggestion.variants ?? []).filter((v) => v !== suggestion.phrase);
	if (others.length > 0) body.createDiv({ cls: "throughline-muted", text: `Also written ${others.map((v) => `"${v}"`).join(", ")}` });
	const list = body.createEl("ul", { cls: "throughline-suggestion-sources" });
	for (const source of evidence.sources) {
		const row = list.createEl("li", { cls: "throughline-suggestion-source" });
		const link = row.createSpan({ cls: "throughline-document-title", text: source.title });
		makeActivatable(link, `Open ${source.title}`, (target) => actions.openDocument(source.path, target));
		row.createSpan({ cls: "throughline-muted", text: `${source.date ? ` · ${source.date}` : ""} · “${source.form}”` });
		if (source.quote) renderHighlightedSnippet(row.createDiv({ cls: "throughline-suggestion-quote" }), source.quote);
	}
}
