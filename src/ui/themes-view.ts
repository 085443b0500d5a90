// The themes sidebar view: keeps the reader's sort, filter, display and expanded themes, renders the rest.
import type { WorkspaceLeaf } from "obsidian";
import { renderThemesSidebar } from "./render/themes-sidebar";
import { RevisionView } from "./revision-view";
import { forwardAppActions, type ThroughlineViewDeps } from "./view-deps";
import type { SuggestionEvidenceView, ThemeDetailModel, ThemeSort, ThemesDisplay, ThemesSidebarActions } from "./view-models";

export const THEMES_VIEW_TYPE = "throughline-themes";
export const THEMES_VIEW_ICON = "waypoints";

export class ThemesView extends RevisionView {
	private sort: ThemeSort;
	private display: ThemesDisplay;
	private filter = "";
	private readonly expanded = new Set<string>();
	private readonly expandedSuggestions = new Set<string>();

	constructor(leaf: WorkspaceLeaf, deps: ThroughlineViewDeps) {
		super(leaf, deps);
		this.sort = deps.sidebarDefaults?.sort ?? "count";
		this.display = deps.sidebarDefaults?.display ?? "list";
	}

	getViewType(): string {
		return THEMES_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Themes";
	}

	override getIcon(): string {
		return THEMES_VIEW_ICON;
	}

	protected render(): void {
		const data = this.deps.getSidebarData();
		const known = new Set(data.themes.map((theme) => theme.id));
		const expanded: Record<string, ThemeDetailModel> = {};
		for (const themeId of this.expanded) {
			if (known.has(themeId)) expanded[themeId] = this.deps.getThemeDetail(themeId);
		}
		const expandedSuggestions: Record<string, SuggestionEvidenceView> = {};
		for (const suggestion of data.suggestions) {
			if (suggestion.key && this.expandedSuggestions.has(suggestion.key) && this.deps.getSuggestionEvidence) expandedSuggestions[suggestion.key] = this.deps.getSuggestionEvidence(suggestion.variants ?? [suggestion.phrase]);
		}
		const model = { ...data, sort: this.sort, filter: this.filter, display: this.display, expanded, expandedSuggestions };
		renderThemesSidebar(this.contentEl, model, this.sidebarActions());
		this.readMissingQuotes(data.suggestions, expandedSuggestions);
	}

	/** Reads the quotes the drawn evidence lacks, then draws again (once: a note without a quote is not asked again). */
	private readMissingQuotes(suggestions: ReadonlyArray<{ key?: string; phrase: string; variants?: string[] }>, evidence: Record<string, SuggestionEvidenceView>): void {
		const load = this.deps.loadSuggestionQuotes?.bind(this.deps);
		if (!load) return;
		const pending = suggestions.filter((s) => s.key !== undefined && evidence[s.key]?.quotesPending);
		if (pending.length === 0) return;
		void Promise.all(pending.map((s) => load(s.variants ?? [s.phrase]))).then(() => this.invalidate());
	}

	private sidebarActions(): ThemesSidebarActions {
		return {
			...forwardAppActions(this.deps.actions),
			hoverDocument: (event, path, targetEl) => this.hoverDocument(event, path, targetEl),
			setSort: (sort) => this.update(() => (this.sort = sort)),
			setFilter: (filter) => this.update(() => (this.filter = filter)),
			setDisplay: (display) => this.update(() => (this.display = display)),
			toggleExpand: (themeId) => this.update(() => this.toggle(themeId)),
			toggleSuggestion: (key) => this.update(() => (this.expandedSuggestions.has(key) ? this.expandedSuggestions.delete(key) : this.expandedSuggestions.add(key))),
			focusTheme: (themeId) => this.focusTheme(themeId),
		};
	}

	private update(change: () => void): void {
		change();
		this.invalidate();
	}

	private toggle(themeId: string): void {
		if (this.expanded.has(themeId)) this.expanded.delete(themeId);
		else this.expanded.add(themeId);
	}

	/** Shows one theme expanded in the list and scrolls to it. */
	focusTheme(themeId: string): void {
		this.display = "list";
		this.expanded.add(themeId);
		this.invalidate();
		const rows = Array.from(this.contentEl.querySelectorAll<HTMLElement>(".throughline-theme"));
		rows.find((row) => row.getAttribute("data-theme-id") === themeId)?.scrollIntoView({ block: "nearest" });
	}
}
