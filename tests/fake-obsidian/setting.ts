// Setting and its components on real DOM. Callbacks fire from DOM events, as in the app: a test
// sets `inputEl.value` and dispatches 'input' (text), clicks `toggleEl` (toggle), dispatches
// 'change' on `selectEl` (dropdown) or `sliderEl` (slider), or clicks `buttonEl`.
import type { App } from "./app";

function el<K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, cls?: string): HTMLElementTagNameMap[K] {
	const child = parent.ownerDocument.createElement(tag);
	if (cls) child.className = cls;
	parent.appendChild(child);
	return child;
}

export abstract class BaseComponent {
	disabled = false;
	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

abstract class ValueComponent<T> extends BaseComponent {
	protected changeCallbacks: ((value: T) => unknown)[] = [];
	abstract getValue(): T;
	abstract setValue(value: T): this;
	onChange(callback: (value: T) => unknown): this {
		this.changeCallbacks.push(callback);
		return this;
	}
	onChanged(): void {
		for (const callback of this.changeCallbacks) callback(this.getValue());
	}
}

export class AbstractTextComponent<E extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	constructor(public inputEl: E) {
		super();
		inputEl.addEventListener("input", () => this.onChanged());
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(el(containerEl, "input"));
		this.inputEl.type = "text";
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(el(containerEl, "textarea"));
	}
}

export class SearchComponent extends TextComponent {}

/** A click flips it; setValue with a different value also fires onChange, as Obsidian's toggle does. */
export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private on = false;
	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = el(containerEl, "div", "checkbox-container");
		this.toggleEl.addEventListener("click", () => {
			if (!this.disabled) this.setValue(!this.on);
		});
	}
	getValue(): boolean {
		return this.on;
	}
	setValue(on: boolean): this {
		const changed = on !== this.on;
		this.on = on;
		this.toggleEl.classList.toggle("is-enabled", on);
		if (changed) this.onChanged();
		return this;
	}
	setTooltip(_tooltip: string): this {
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = el(containerEl, "select", "dropdown");
		this.selectEl.addEventListener("change", () => this.onChanged());
	}
	addOption(value: string, display: string): this {
		const option = el(this.selectEl, "option");
		option.value = value;
		option.textContent = display;
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
}

export class SliderComponent extends ValueComponent<number> {
	sliderEl: HTMLInputElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = el(containerEl, "input", "slider");
		this.sliderEl.type = "range";
		this.sliderEl.addEventListener("change", () => this.onChanged());
	}
	setLimits(min: number | null, max: number | null, step: number | "any"): this {
		if (min !== null) this.sliderEl.min = String(min);
		if (max !== null) this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}
	setInstant(_instant: boolean): this {
		return this;
	}
	setDynamicTooltip(): this {
		return this;
	}
	getValue(): number {
		return Number(this.sliderEl.value);
	}
	setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}
}

export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = el(containerEl, "button");
	}
	setButtonText(name: string): this {
		this.buttonEl.textContent = name;
		return this;
	}
	setCta(): this {
		this.buttonEl.classList.add("mod-cta");
		return this;
	}
	removeCta(): this {
		this.buttonEl.classList.remove("mod-cta");
		return this;
	}
	setWarning(): this {
		this.buttonEl.classList.add("mod-warning");
		return this;
	}
	setTooltip(tooltip: string): this {
		this.buttonEl.setAttribute("aria-label", tooltip);
		return this;
	}
	setIcon(icon: string): this {
		this.buttonEl.setAttribute("data-icon", icon);
		return this;
	}
	setClass(cls: string): this {
		this.buttonEl.classList.add(cls);
		return this;
	}
	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (evt) => {
			if (!this.disabled) void callback(evt);
		});
		return this;
	}
}

export class ExtraButtonComponent extends ButtonComponent {
	get extraSettingsEl(): HTMLButtonElement {
		return this.buttonEl;
	}
}

export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = el(containerEl, "div", "setting-item");
		this.infoEl = el(this.settingEl, "div", "setting-item-info");
		this.nameEl = el(this.infoEl, "div", "setting-item-name");
		this.descEl = el(this.infoEl, "div", "setting-item-description");
		this.controlEl = el(this.settingEl, "div", "setting-item-control");
	}

	setName(name: string | DocumentFragment): this {
		this.nameEl.replaceChildren(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.replaceChildren(desc);
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.classList.add(cls);
		return this;
	}
	setHeading(): this {
		this.settingEl.classList.add("setting-item-heading");
		return this;
	}
	setDisabled(disabled: boolean): this {
		for (const component of this.components) component.setDisabled(disabled);
		return this;
	}
	setTooltip(_tooltip: string): this {
		return this;
	}
	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}
	clear(): this {
		this.controlEl.replaceChildren();
		this.components = [];
		return this;
	}

	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}
	addSearch(cb: (component: SearchComponent) => unknown): this {
		return this.add(new SearchComponent(this.controlEl), cb);
	}
	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}
	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	addSlider(cb: (component: SliderComponent) => unknown): this {
		return this.add(new SliderComponent(this.controlEl), cb);
	}
	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}

	private add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
}

export abstract class SettingTab {
	app: App;
	containerEl: HTMLElement;
	icon = "";
	constructor(app: App) {
		this.app = app;
		this.containerEl = document.createElement("div");
		this.containerEl.className = "vertical-tab-content";
	}
	abstract display(): void;
	hide(): void {
		this.containerEl.replaceChildren();
	}
}

export abstract class PluginSettingTab extends SettingTab {
	constructor(app: App, readonly plugin: unknown) {
		super(app);
	}
}
