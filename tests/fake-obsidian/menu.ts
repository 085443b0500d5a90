// Menu and MenuItem: items are kept in order; showing a menu records it; tests "click" an item
// through its recorded callback.
import { Component } from "./component";

export class MenuItem {
	title = "";
	icon: string | null = null;
	checked: boolean | null = null;
	disabled = false;
	section = "";
	callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}
	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}
	setChecked(checked: boolean | null): this {
		this.checked = checked;
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
	setWarning(_isWarning: boolean): this {
		return this;
	}
	setIsLabel(_isLabel: boolean): this {
		return this;
	}
	setSection(section: string): this {
		this.section = section;
		return this;
	}
	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}
	/** Fake only: what a click on the item does. */
	click(evt?: MouseEvent | KeyboardEvent): void {
		if (!this.disabled) this.callback?.(evt ?? (new Event("click") as MouseEvent));
	}
}

/** Fake only: menus shown, oldest first. */
export const shownMenus: Menu[] = [];

export class Menu extends Component {
	items: (MenuItem | "separator")[] = [];
	private hideCallbacks: (() => unknown)[] = [];

	setNoIcon(): this {
		return this;
	}
	setUseNativeMenu(_useNativeMenu: boolean): this {
		return this;
	}
	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}
	addSeparator(): this {
		this.items.push("separator");
		return this;
	}
	setParentElement(_el: HTMLElement): this {
		return this;
	}
	showAtMouseEvent(_evt: MouseEvent): this {
		shownMenus.push(this);
		return this;
	}
	showAtPosition(_position: { x: number; y: number }, _doc?: Document): this {
		shownMenus.push(this);
		return this;
	}
	hide(): this {
		for (const callback of this.hideCallbacks.splice(0)) callback();
		return this;
	}
	close(): void {
		this.hide();
	}
	onHide(callback: () => unknown): void {
		this.hideCallbacks.push(callback);
	}
	static forEvent(_evt: MouseEvent): Menu {
		return new Menu();
	}
}
