// Views and rendering children. A view's containerEl holds the header (children[0]) and the
// content (children[1], ItemView.contentEl), as in Obsidian.
import { Component } from "./component";
import type { App } from "./app";
import type { TFile } from "./files";
import type { WorkspaceLeaf } from "./workspace";

function requireDocument(): Document {
	if (typeof document === "undefined") throw new Error("This part of the fake needs a DOM: add `// @vitest-environment happy-dom` to the test file.");
	return document;
}

export abstract class View extends Component {
	app: App;
	icon = "";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: unknown = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		const doc = requireDocument();
		this.containerEl = doc.createElement("div");
		this.containerEl.className = "workspace-leaf-content";
		const header = doc.createElement("div");
		header.className = "view-header";
		const content = doc.createElement("div");
		content.className = "view-content";
		this.containerEl.append(header, content);
	}

	async onOpen(): Promise<void> {}
	async onClose(): Promise<void> {}
	abstract getViewType(): string;
	abstract getDisplayText(): string;

	getState(): Record<string, unknown> {
		return {};
	}

	async setState(_state: unknown, _result: { history: boolean }): Promise<void> {}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(_state: unknown): void {}

	getIcon(): string {
		return this.icon;
	}

	onResize(): void {}
	onPaneMenu(_menu: unknown, _source: string): void {}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl = this.containerEl.children[1] as HTMLElement;
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const action = requireDocument().createElement("a");
		action.className = "view-action";
		action.setAttribute("aria-label", title);
		action.setAttribute("data-icon", icon);
		action.addEventListener("click", callback as EventListener);
		this.containerEl.children[0].appendChild(action);
		return action;
	}
}

/** What a leaf shows when it shows nothing (and what replaces a view whose type was unregistered). */
export class EmptyView extends ItemView {
	constructor(leaf: WorkspaceLeaf, private readonly type = "empty") {
		super(leaf);
	}

	getViewType(): string {
		return this.type;
	}

	getDisplayText(): string {
		return "New tab";
	}
}

export abstract class FileView extends ItemView {
	file: TFile | null = null;
	allowNoFile = false;

	getDisplayText(): string {
		return this.file?.basename ?? "No file";
	}

	override getState(): Record<string, unknown> {
		return { file: this.file?.path ?? null };
	}

	override async setState(state: unknown, _result: { history: boolean }): Promise<void> {
		const path = (state as { file?: unknown } | null)?.file;
		if (typeof path === "string") this.file = this.app.vault.getFileByPath(path);
	}
}

/** A note open in the editor: enough of MarkdownView and its editor for plugins that read them. */
export class MarkdownView extends FileView {
	data = "";
	editor = new FakeEditor(this);

	getViewType(): string {
		return "markdown";
	}

	getViewData(): string {
		return this.data;
	}

	setViewData(data: string, _clear: boolean): void {
		this.data = data;
	}

	getMode(): "source" | "preview" {
		return "source";
	}

	override async setState(state: unknown, result: { history: boolean }): Promise<void> {
		await super.setState(state, result);
		this.data = this.file ? this.app.vault.readNow(this.file) : "";
	}
}

export class FakeEditor {
	cursor = { line: 0, ch: 0 };
	constructor(private readonly view: MarkdownView) {}
	getValue(): string {
		return this.view.data;
	}
	setValue(content: string): void {
		this.view.data = content;
	}
	getLine(line: number): string {
		return this.view.data.split("\n")[line] ?? "";
	}
	lineCount(): number {
		return this.view.data.split("\n").length;
	}
	getCursor(): { line: number; ch: number } {
		return { ...this.cursor };
	}
	setCursor(pos: { line: number; ch: number } | number, ch?: number): void {
		this.cursor = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : { ...pos };
	}
	selection: { from: { line: number; ch: number }; to: { line: number; ch: number } } | null = null;
	/** Records the selection as Obsidian's Editor would hold it (line and ch are 0-based). */
	setSelection(from: { line: number; ch: number }, to?: { line: number; ch: number }): void {
		this.selection = { from: { ...from }, to: { ...(to ?? from) } };
		this.cursor = { ...(to ?? from) };
	}
	getSelection(): string {
		if (!this.selection) return "";
		const lines = this.view.data.split("\n");
		const { from, to } = this.selection;
		if (from.line === to.line) return (lines[from.line] ?? "").slice(from.ch, to.ch);
		const middle = lines.slice(from.line + 1, to.line);
		return [(lines[from.line] ?? "").slice(from.ch), ...middle, (lines[to.line] ?? "").slice(0, to.ch)].join("\n");
	}
	somethingSelected(): boolean {
		return this.getSelection().length > 0;
	}
	scrollIntoView(_range: unknown, _center?: boolean): void {}
}

export class MarkdownRenderChild extends Component {
	containerEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

/** Renders Markdown as plain text paragraphs (never as HTML): enough to see what was rendered. */
export class MarkdownRenderer extends MarkdownRenderChild {
	static async render(_app: App, markdown: string, el: HTMLElement, _sourcePath: string, _component: Component): Promise<void> {
		for (const paragraph of markdown.split(/\r?\n\s*\r?\n/)) {
			if (paragraph.trim() === "") continue;
			const p = el.ownerDocument.createElement("p");
			p.textContent = paragraph;
			el.appendChild(p);
		}
	}

	static async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		await MarkdownRenderer.render(undefined as unknown as App, markdown, el, sourcePath, component);
	}
}
