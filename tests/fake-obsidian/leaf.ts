// WorkspaceLeaf: holds one view at a time; setViewState closes the old view (onClose, unload)
// and opens the new one (load, onOpen, setState), as Obsidian does.
import type { App } from "./app";
import { Events } from "./events";
import type { TFile } from "./files";
import type { View } from "./views";

export type LeafSide = "root" | "left" | "right";

export interface ViewState {
	type: string;
	state?: Record<string, unknown>;
	active?: boolean;
	pinned?: boolean;
}

let nextLeafId = 1;

export class WorkspaceLeaf extends Events {
	readonly id = `leaf-${nextLeafId++}`;
	view: View;
	containerEl: HTMLElement;
	pinned = false;
	group: string | null = null;
	/** Fake only: revealLeaf was called on it. */
	revealed = false;
	/** Fake only: the last ephemeral state given (line, subpath, …). */
	eState: unknown = null;
	private detached = false;

	constructor(readonly app: App, readonly side: LeafSide) {
		super();
		this.containerEl = typeof document === "undefined" ? (undefined as unknown as HTMLElement) : document.createElement("div");
		if (this.containerEl) this.containerEl.className = "workspace-leaf";
		this.view = app.workspace.createView(this, "empty");
		this.attachView(this.view);
		this.view.load();
	}

	get isDeferred(): boolean {
		return false;
	}

	async loadIfDeferred(): Promise<void> {}

	getViewState(): ViewState {
		return { type: this.view.getViewType(), state: this.view.getState(), active: this.app.workspace.activeLeaf === this, pinned: this.pinned };
	}

	async setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
		if (this.detached) throw new Error("This leaf was detached.");
		await this.closeView();
		const view = this.app.workspace.createView(this, viewState.type);
		await this.open(view);
		await view.setState(viewState.state ?? {}, { history: false });
		if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
		if (eState !== undefined) this.setEphemeralState(eState);
		if (viewState.active) this.app.workspace.setActiveLeaf(this);
		this.app.workspace.trigger("layout-change");
	}

	async open(view: View): Promise<View> {
		this.view = view;
		this.attachView(view);
		view.load();
		await view.onOpen();
		return view;
	}

	async openFile(file: TFile, openState?: { active?: boolean; eState?: unknown; state?: Record<string, unknown> }): Promise<void> {
		const type = this.app.viewRegistry.typeByExtension[file.extension] ?? "markdown";
		await this.setViewState({ type, state: { ...openState?.state, file: file.path } }, openState?.eState);
		if (openState?.active !== false) this.app.workspace.setActiveLeaf(this);
		this.app.workspace.fileOpened(file);
	}

	getEphemeralState(): unknown {
		return this.eState;
	}

	setEphemeralState(state: unknown): void {
		this.eState = state;
		this.view.setEphemeralState(state);
	}

	setPinned(pinned: boolean): void {
		this.pinned = pinned;
		this.trigger("pinned-change", pinned);
	}

	togglePinned(): void {
		this.setPinned(!this.pinned);
	}

	setGroup(group: string): void {
		this.group = group;
		this.trigger("group-change", group);
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	getIcon(): string {
		return this.view.getIcon();
	}

	onResize(): void {
		this.view.onResize();
	}

	detach(): void {
		if (this.detached) return;
		this.detached = true;
		void this.closeView();
		this.containerEl?.remove();
		this.app.workspace.leafDetached(this);
	}

	/** Fake only: swaps the view for an empty one (a plugin's view type went away). */
	async replaceWithEmpty(): Promise<void> {
		await this.closeView();
		await this.open(this.app.workspace.createView(this, "empty"));
	}

	private async closeView(): Promise<void> {
		const view = this.view;
		const closing = view.onClose();
		view.unload();
		view.containerEl.remove();
		await closing;
	}

	private attachView(view: View): void {
		if (this.containerEl) this.containerEl.appendChild(view.containerEl);
	}
}
