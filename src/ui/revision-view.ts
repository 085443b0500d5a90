// An ItemView that re-renders only when the index revision moved and its container is on screen
// (Dataview's refreshable-view idea): a hidden sidebar costs nothing while an importer writes 500 notes.
import { debounce, ItemView, type WorkspaceLeaf } from "obsidian";
import type { ThroughlineViewDeps } from "./view-deps";

const REFRESH_DELAY_MS = 250; // coalesces bursts of index changes into one render, still feels immediate

export abstract class RevisionView extends ItemView {
	private renderedRevision = -1;
	private forceNext = true;
	private readonly scheduleRefresh = debounce(() => this.refresh(), REFRESH_DELAY_MS, false);

	protected constructor(leaf: WorkspaceLeaf, protected readonly deps: ThroughlineViewDeps) {
		super(leaf);
	}

	/** Draws the view into contentEl from the current models. */
	protected abstract render(): void;

	override async onOpen(): Promise<void> {
		this.contentEl.addClass("throughline-view");
		const stopListening = this.deps.onIndexChanged(() => this.scheduleRefresh());
		this.register(stopListening);
		this.registerEvent(this.app.workspace.on("layout-change", () => this.refresh()));
		this.refresh();
	}

	override async onClose(): Promise<void> {
		this.scheduleRefresh.cancel();
		this.contentEl.empty();
	}

	override onResize(): void {
		this.refresh(); // Obsidian calls this when a collapsed sidebar tab is shown again
	}

	/** Re-render now when the view's own state changed (sort, filter, active note). */
	protected invalidate(): void {
		this.forceNext = true;
		this.refresh();
	}

	protected refresh(): void {
		const revision = this.deps.revision();
		if (!this.forceNext && revision === this.renderedRevision) return;
		if (!this.isOnScreen()) return;
		this.renderedRevision = revision;
		this.forceNext = false;
		this.render();
	}

	private isOnScreen(): boolean {
		if (!this.contentEl.isConnected) return false;
		return typeof this.contentEl.isShown === "function" ? this.contentEl.isShown() : true;
	}

	/** Obsidian's page preview for a document, as the core file explorer does. */
	protected hoverDocument(event: MouseEvent, path: string, targetEl: HTMLElement): void {
		this.app.workspace.trigger("hover-link", { event, source: this.getViewType(), hoverParent: this, targetEl, linktext: path });
	}
}
