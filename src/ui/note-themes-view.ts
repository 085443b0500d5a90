// The note's themes: follows the active note and shows why each theme was linked or not.
import { TFile, type TAbstractFile, type WorkspaceLeaf } from "obsidian";
import { renderNoteThemes } from "./render/note-themes";
import { RevisionView } from "./revision-view";
import { forwardAppActions, type ThroughlineViewDeps } from "./view-deps";

export const NOTE_THEMES_VIEW_TYPE = "throughline-note-themes";
export const NOTE_THEMES_VIEW_ICON = "tags";

export class NoteThemesView extends RevisionView {
	private path: string | null = null;

	constructor(leaf: WorkspaceLeaf, deps: ThroughlineViewDeps) {
		super(leaf, deps);
	}

	getViewType(): string {
		return NOTE_THEMES_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Note themes";
	}

	override getIcon(): string {
		return NOTE_THEMES_VIEW_ICON;
	}

	override async onOpen(): Promise<void> {
		this.path = this.app.workspace.getActiveFile()?.path ?? null;
		this.registerEvent(this.app.workspace.on("file-open", (file) => this.follow(file)));
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.follow(this.app.workspace.getActiveFile())));
		this.registerEvent(this.app.vault.on("rename", (file, oldPath) => this.followRename(file, oldPath)));
		await super.onOpen();
	}

	/** The note shown; null until a note has been opened. */
	get notePath(): string | null {
		return this.path;
	}

	/** Focusing this view itself leaves no active file: keep showing the last note then. */
	private follow(file: TFile | null): void {
		if (!(file instanceof TFile) || file.extension !== "md" || file.path === this.path) return;
		this.path = file.path;
		this.invalidate();
	}

	/** The note shown was renamed or moved: keep showing it under its new path. */
	private followRename(file: TAbstractFile, oldPath: string): void {
		if (oldPath !== this.path) return;
		this.path = file.path;
		this.invalidate();
	}

	protected render(): void {
		const path = this.path;
		const model = path === null ? null : this.deps.getNoteThemes(path);
		const why = path === null ? undefined : this.deps.whyNotIndexed?.(path);
		const actions = { ...forwardAppActions(this.deps.actions), hoverDocument: (event: MouseEvent, p: string, targetEl: HTMLElement) => this.hoverDocument(event, p, targetEl) };
		renderNoteThemes(this.contentEl, model, actions, why);
	}
}
