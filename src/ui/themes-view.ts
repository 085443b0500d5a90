// The themes sidebar view: keeps the reader's sort, filter, display and expanded themes, renders the rest.
import type { WorkspaceLeaf } from "obsidian";
import { spanLabel } from "./charts/heat-scale";
import { renderThemesSidebar, resetThemesSidebar } from "./render/themes-sidebar";
import { RevisionView } from "./revision-view";
import { forwardAppActions, type ThroughlineViewDeps } from "./view-deps";
import type { PassageSlice, SliceModel, SuggestionEvidenceView, ThemeDetailModel, ThemeSort, ThemesDisplay, ThemesSidebarActions, ThemesSidebarData } from "./view-models";

const DOCUMENTS_PER_PAGE = 20; // documents rendered at first, and added each time the reader asks for more
const SLICE_KEY = "\u0000slice"; // the page count of the open slice, beside the themes' (no theme id holds a NUL)

/** A model kept while the index has not changed, so that re-renders reuse it (and its rows stay in place). */
interface Cached<T> {
	revision: number;
	key: string;
	value: T;
}

export const THEMES_VIEW_TYPE = "throughline-themes";
export const THEMES_VIEW_ICON = "waypoints";

export class ThemesView extends RevisionView {
	private sort: ThemeSort;
	private display: ThemesDisplay;
	private filter = "";
	private readonly expanded = new Set<string>();
	private readonly expandedSuggestions = new Set<string>();
	/** Documents shown per expanded theme (and for the open slice), grown a page at a time. */
	private readonly pages = new Map<string, number>();
	private slice: PassageSlice | null = null;
	private data: Cached<ThemesSidebarData> | null = null;
	private readonly details = new Map<string, Cached<ThemeDetailModel>>();
	private actions: ThemesSidebarActions | null = null;
	/** The parts the last render drew afresh ("toolbar", "row:scaling", …); the rest were kept as they were. */
	lastRedrawn: string[] = [];

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
		const data = this.sidebarData();
		const known = new Set(data.themes.map((theme) => theme.id));
		const expanded: Record<string, ThemeDetailModel> = {};
		for (const themeId of this.expanded) {
			if (known.has(themeId)) expanded[themeId] = this.detail(themeId, String(this.pageOf(themeId)), () => this.deps.getThemeDetail(themeId, this.pageOf(themeId)));
		}
		const expandedSuggestions: Record<string, SuggestionEvidenceView> = {};
		for (const suggestion of data.suggestions) {
			if (suggestion.key && this.expandedSuggestions.has(suggestion.key) && this.deps.getSuggestionEvidence) expandedSuggestions[suggestion.key] = this.deps.getSuggestionEvidence(suggestion.variants ?? [suggestion.phrase]);
		}
		const slice = this.display === "list" ? null : this.sliceModel(data);
		const model = { ...data, sort: this.sort, filter: this.filter, display: this.display, expanded, expandedSuggestions, slice };
		this.lastRedrawn = renderThemesSidebar(this.contentEl, model, this.sidebarActions());
		this.readMissingQuotes(expandedSuggestions);
	}

	/** Reads the quotes the drawn evidence lacks, then draws again (once: a note without a quote is not asked again). */
	private readMissingQuotes(evidence: Record<string, SuggestionEvidenceView>): void {
		const load = this.deps.loadSuggestionQuotes?.bind(this.deps);
		if (!load) return;
		const pending = Object.values(evidence).filter((shown) => shown.quotesPending);
		if (pending.length === 0) return;
		void Promise.all(pending.map((shown) => load(shown.sources))).then(() => this.invalidate());
	}

	override async onClose(): Promise<void> {
		await super.onClose();
		resetThemesSidebar(this.contentEl);
	}

	private pageOf(key: string): number {
		return this.pages.get(key) ?? DOCUMENTS_PER_PAGE;
	}

	/** The sidebar's data, rebuilt only when the index revision moved (not as the reader types or expands). */
	private sidebarData(): ThemesSidebarData {
		const revision = this.deps.revision();
		if (this.data?.revision !== revision) this.data = { revision, key: "", value: this.deps.getSidebarData() };
		return this.data.value;
	}

	/** A detail model, reused while the index revision and `key` (its page count, its slice) are the same. */
	private detail(name: string, key: string, make: () => ThemeDetailModel): ThemeDetailModel {
		const revision = this.deps.revision();
		const held = this.details.get(name);
		if (held && held.revision === revision && held.key === key) return held.value;
		const fresh = { revision, key, value: make() };
		this.details.set(name, fresh);
		return fresh.value;
	}

	private sliceModel(data: ThemesSidebarData): SliceModel | null {
		const slice = this.slice;
		if (!slice || !this.deps.getSlice) return null;
		const name = (id: string): string => data.themes.find((theme) => theme.id === id)?.name ?? id;
		const title = slice.kind === "period" ? `${name(slice.themeId)}, ${spanLabel(slice.from, slice.to)}` : `${name(slice.themeIds[0])} and ${name(slice.themeIds[1])}`;
		const limit = this.pageOf(SLICE_KEY);
		const detail = this.detail(SLICE_KEY, `${JSON.stringify(slice)} ${limit}`, () => this.deps.getSlice?.(slice, limit) ?? { themeId: "", documents: [] });
		return { slice, title, detail };
	}

	private sidebarActions(): ThemesSidebarActions {
		this.actions ??= this.createActions(); // one object for the view's life: rows drawn with it stay valid
		return this.actions;
	}

	private createActions(): ThemesSidebarActions {
		return {
			...forwardAppActions(this.deps.actions),
			hoverDocument: (event, path, targetEl) => this.hoverDocument(event, path, targetEl),
			setSort: (sort) => this.update(() => (this.sort = sort)),
			setFilter: (filter) => this.update(() => (this.filter = filter)),
			setDisplay: (display) => this.update(() => (this.display = display)),
			toggleExpand: (themeId) => this.update(() => this.toggle(themeId)),
			toggleSuggestion: (key) => this.update(() => (this.expandedSuggestions.has(key) ? this.expandedSuggestions.delete(key) : this.expandedSuggestions.add(key))),
			focusTheme: (themeId) => this.focusTheme(themeId),
			showMore: (target) => this.update(() => this.pages.set(target === "slice" ? SLICE_KEY : target, this.pageOf(target === "slice" ? SLICE_KEY : target) + DOCUMENTS_PER_PAGE)),
			openSlice: (slice) => this.openSlice(slice),
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

	/** Shows the passages of a chart's cell or tie above the chart, from their first page. */
	private openSlice(slice: PassageSlice | null): void {
		this.slice = slice;
		this.pages.delete(SLICE_KEY);
		this.invalidate();
		if (slice) this.contentEl.querySelector<HTMLElement>(".throughline-slice")?.scrollIntoView({ block: "nearest" });
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
