// Modal, SuggestModal, FuzzySuggestModal, Notice, Menu: real DOM, driven by tests through the
// same elements and methods a user's clicks and keys would reach.
import type { App } from "./app";
import { prepareFuzzySearch } from "./search";
import type { SearchResult } from "./search";

/** Fake only: every Notice message, oldest first. Tests may clear it. */
export const notices: string[] = [];

/** Fake only: every Notice shown, oldest first, to reach its elements (a button in a fragment). Tests may clear it. */
export const shownNotices: Notice[] = [];

export class Notice {
	noticeEl: HTMLElement;
	containerEl: HTMLElement;
	messageEl: HTMLElement;
	message: string;
	hidden = false;

	constructor(message: string | DocumentFragment, readonly duration?: number) {
		this.message = "";
		this.noticeEl = this.containerEl = this.messageEl = typeof document === "undefined" ? (undefined as unknown as HTMLElement) : document.createElement("div");
		shownNotices.push(this);
		this.setMessage(message);
	}

	/** As Obsidian does: a string becomes the text, a fragment's nodes move into the message element. */
	setMessage(message: string | DocumentFragment): this {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		notices.push(this.message);
		if (!this.messageEl) return this;
		if (typeof message === "string") this.messageEl.textContent = message;
		else this.messageEl.replaceChildren(message);
		return this;
	}

	hide(): void {
		this.hidden = true;
	}
}

/** Fake only: modals currently open, oldest first. */
export const openModals: Modal[] = [];

export class Modal {
	app: App;
	scope: unknown = null;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	private closeCallback: (() => unknown) | null = null;

	constructor(app: App) {
		this.app = app;
		const make = (cls: string) => {
			const el = document.createElement("div");
			el.className = cls;
			return el;
		};
		this.containerEl = make("modal-container");
		this.modalEl = make("modal");
		this.titleEl = make("modal-title");
		this.contentEl = make("modal-content");
		this.modalEl.append(this.titleEl, this.contentEl);
		this.containerEl.appendChild(this.modalEl);
	}

	open(): void {
		document.body.appendChild(this.containerEl);
		openModals.push(this);
		void this.onOpen();
	}

	close(): void {
		const index = openModals.indexOf(this);
		if (index === -1) return;
		openModals.splice(index, 1);
		this.containerEl.remove();
		this.onClose();
		this.closeCallback?.();
	}

	onOpen(): Promise<void> | void {}
	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.textContent = title;
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.replaceChildren(content);
		return this;
	}

	setCloseCallback(callback: () => unknown): this {
		this.closeCallback = callback;
		return this;
	}
}

/** Typing into inputEl (an 'input' event) refreshes the suggestions; selectSuggestion chooses one. */
export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	/** Fake only: the suggestions last rendered. */
	currentSuggestions: T[] = [];

	constructor(app: App) {
		super(app);
		this.inputEl = document.createElement("input");
		this.resultContainerEl = document.createElement("div");
		this.resultContainerEl.className = "prompt-results";
		this.modalEl.prepend(this.inputEl);
		this.modalEl.appendChild(this.resultContainerEl);
		this.inputEl.addEventListener("input", () => void this.refreshSuggestions());
	}

	override open(): void {
		super.open();
		void this.refreshSuggestions();
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	setInstructions(_instructions: { command: string; purpose: string }[]): void {}

	onNoSuggestion(): void {
		this.resultContainerEl.replaceChildren();
		const empty = document.createElement("div");
		empty.className = "suggestion-empty";
		empty.textContent = this.emptyStateText;
		this.resultContainerEl.appendChild(empty);
	}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		if (this.currentSuggestions.length > 0) this.selectSuggestion(this.currentSuggestions[0], evt);
	}

	/** Fake only: recomputes and renders the suggestions for the input's text. */
	async refreshSuggestions(): Promise<T[]> {
		const suggestions = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
		this.currentSuggestions = suggestions;
		if (suggestions.length === 0) {
			this.onNoSuggestion();
			return suggestions;
		}
		this.resultContainerEl.replaceChildren();
		for (const suggestion of suggestions) {
			const el = document.createElement("div");
			el.className = "suggestion-item";
			this.resultContainerEl.appendChild(el);
			this.renderSuggestion(suggestion, el);
			el.addEventListener("click", (evt) => this.selectSuggestion(suggestion, evt));
		}
		return suggestions;
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export interface FuzzyMatch<T> {
	item: T;
	match: SearchResult;
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const search = prepareFuzzySearch(query.trim());
		const matches: FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const match = query.trim() === "" ? { score: 0, matches: [] } : search(this.getItemText(item));
			if (match) matches.push({ item, match });
		}
		return matches.sort((a, b) => b.match.score - a.match.score);
	}

	renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
		el.textContent = this.getItemText(item.item);
	}

	onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}

	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}
