// Small DOM building blocks shared by the renderers: activation by mouse or keyboard, modifier keys, drag.
import type { DragTarget, OpenTarget, PassageActions } from "../view-models";

/** Mirrors Obsidian's Keymap.isModEvent: Mod opens a tab, Mod+Alt a split, Mod+Alt+Shift a window. */
export function openTargetFor(evt: MouseEvent | KeyboardEvent): OpenTarget {
	const mod = evt.ctrlKey || evt.metaKey;
	const middleClick = "button" in evt && evt.type === "auxclick" && evt.button === 1;
	if (mod && evt.altKey && evt.shiftKey) return "window";
	if (mod && evt.altKey) return "split";
	if (mod || middleClick) return "tab";
	return false;
}

/**
 * Makes a non-button element behave like a link for mouse and keyboard: focusable, Enter activates,
 * middle-click and modifier clicks pass their target along.
 */
export function makeActivatable(el: HTMLElement, label: string, activate: (target: OpenTarget) => void): void {
	el.setAttr("tabindex", 0);
	el.setAttr("role", "link");
	el.setAttr("aria-label", label);
	el.addEventListener("click", (evt) => {
		evt.preventDefault();
		activate(openTargetFor(evt));
	});
	el.addEventListener("auxclick", (evt) => {
		if (evt.button !== 1) return; // only the middle button opens in a new tab
		evt.preventDefault();
		activate("tab");
	});
	el.addEventListener("keydown", (evt) => {
		if (evt.key !== "Enter" && evt.key !== " ") return;
		evt.preventDefault();
		activate(openTargetFor(evt));
	});
}

/** A real <button> with text, an accessible name and a click handler. */
export function createButton(parent: HTMLElement, text: string, label: string, onClick: (evt: MouseEvent) => void, cls?: string): HTMLButtonElement {
	const button = parent.createEl("button", { text, cls, attr: { "aria-label": label, type: "button" } });
	button.addEventListener("click", (evt) => {
		evt.preventDefault();
		onClick(evt);
	});
	return button;
}

/** Lets an element be dragged into a note, which inserts a link to what it stands for. */
export function makeDraggable(el: HTMLElement, target: DragTarget, actions: PassageActions): void {
	el.setAttr("draggable", "true");
	el.addEventListener("dragstart", (evt) => {
		if (!evt.dataTransfer) return;
		evt.dataTransfer.setData("text/plain", actions.linkFor(target));
		evt.dataTransfer.effectAllowed = "copyLink";
	});
}

/** The default link text for a drag when the app offers nothing better. */
export function wikiLinkFor(target: DragTarget): string {
	if (target.kind === "theme") return `[[${target.name}]]`;
	const withoutExtension = target.path.replace(/\.md$/i, "");
	return `[[${withoutExtension}|${target.title}]]`;
}

/** Formats a count in the reader's words: "1 document", "3 documents". */
export function plural(count: number, one: string, many: string): string {
	return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}
