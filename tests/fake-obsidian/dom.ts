// Obsidian's DOM helpers (createEl, empty, setText, addClass, …) installed on the element
// prototypes of a window: happy-dom in vitest, or a real browser page.

type Attributes = Record<string, string | number | boolean | null>;

interface ElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Attributes;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

/** The parts of a window the helpers need; `globals` receives createEl/createDiv/… (default: the window). */
export interface DomWindow {
	document: Document;
	Node: typeof Node;
	Element: typeof Element;
	HTMLElement: typeof HTMLElement;
	DocumentFragment: typeof DocumentFragment;
}

function classList(cls: string | string[]): string[] {
	return (Array.isArray(cls) ? cls : [cls]).flatMap((entry) => entry.split(/\s+/)).filter((entry) => entry !== "");
}

function setAttr(el: Element, name: string, value: string | number | boolean | null): void {
	if (value === null) el.removeAttribute(name);
	else el.setAttribute(name, String(value));
}

function applyInfo(el: Element, info: ElementInfo | string | undefined, parent: Node | undefined): void {
	const options: ElementInfo = typeof info === "string" ? { cls: info } : (info ?? {});
	if (options.cls) el.classList.add(...classList(options.cls));
	if (options.text !== undefined) setText(el, options.text);
	if (options.attr) for (const [name, value] of Object.entries(options.attr)) setAttr(el, name, value);
	for (const key of ["title", "value", "type", "placeholder", "href"] as const) {
		if (options[key] !== undefined) (el as unknown as Record<string, string>)[key] = options[key];
	}
	const target = options.parent ?? parent;
	if (target) {
		if (options.prepend) target.insertBefore(el, target.firstChild);
		else target.appendChild(el);
	}
}

function setText(el: Node, value: string | DocumentFragment): void {
	if (typeof value === "string") el.textContent = value;
	else {
		while (el.firstChild) el.removeChild(el.firstChild);
		el.appendChild(value);
	}
}

function define(proto: object, name: string, value: unknown): void {
	Object.defineProperty(proto, name, { value, configurable: true, writable: true, enumerable: false });
}

function installNodeHelpers(win: DomWindow): void {
	const documentOf = (node: Node): Document => node.ownerDocument ?? (node as Document);
	const nodeHelpers: Record<string, unknown> = {
		createEl(this: Node, tag: string, info?: ElementInfo | string, callback?: (el: HTMLElement) => void) {
			const el = documentOf(this).createElement(tag);
			applyInfo(el, info, this);
			callback?.(el);
			return el;
		},
		createDiv(this: Node & { createEl: (tag: string, info?: ElementInfo | string, cb?: unknown) => HTMLElement }, info?: ElementInfo | string, callback?: unknown) {
			return this.createEl("div", info, callback);
		},
		createSpan(this: Node & { createEl: (tag: string, info?: ElementInfo | string, cb?: unknown) => HTMLElement }, info?: ElementInfo | string, callback?: unknown) {
			return this.createEl("span", info, callback);
		},
		createSvg(this: Node, tag: string, info?: ElementInfo | string, callback?: (el: Element) => void) {
			const el = documentOf(this).createElementNS("http://www.w3.org/2000/svg", tag);
			applyInfo(el, typeof info === "string" ? { cls: info } : { cls: info?.cls, attr: info?.attr, parent: info?.parent, prepend: info?.prepend }, this);
			callback?.(el);
			return el;
		},
		empty(this: Node) {
			while (this.firstChild) this.removeChild(this.firstChild);
		},
		detach(this: Node) {
			this.parentNode?.removeChild(this);
		},
		appendText(this: Node, value: string) {
			this.appendChild(documentOf(this).createTextNode(value));
		},
		insertAfter(this: Node, node: Node, child: Node | null) {
			this.insertBefore(node, child ? child.nextSibling : this.firstChild);
			return node;
		},
		indexOf(this: Node, other: Node) {
			return Array.prototype.indexOf.call(this.childNodes, other);
		},
		instanceOf(this: Node, type: new () => unknown) {
			return this instanceof type;
		},
		setChildrenInPlace(this: Node, children: Node[]) {
			while (this.firstChild) this.removeChild(this.firstChild);
			for (const child of children) this.appendChild(child);
		},
	};
	for (const [name, value] of Object.entries(nodeHelpers)) define(win.Node.prototype, name, value);
	Object.defineProperty(win.Node.prototype, "doc", { configurable: true, get(this: Node) { return documentOf(this); } });
	Object.defineProperty(win.Node.prototype, "win", { configurable: true, get(this: Node) { return documentOf(this).defaultView; } });
}

function installElementHelpers(win: DomWindow): void {
	const elementHelpers: Record<string, unknown> = {
		getText(this: Element) { return this.textContent ?? ""; },
		setText(this: Element, value: string | DocumentFragment) { setText(this, value); },
		addClass(this: Element, ...classes: string[]) { this.classList.add(...classList(classes)); },
		addClasses(this: Element, classes: string[]) { this.classList.add(...classList(classes)); },
		removeClass(this: Element, ...classes: string[]) { this.classList.remove(...classList(classes)); },
		removeClasses(this: Element, classes: string[]) { this.classList.remove(...classList(classes)); },
		toggleClass(this: Element, classes: string | string[], value: boolean) { for (const cls of classList(classes)) this.classList.toggle(cls, value); },
		hasClass(this: Element, cls: string) { return this.classList.contains(cls); },
		setAttr(this: Element, name: string, value: string | number | boolean | null) { setAttr(this, name, value); },
		setAttrs(this: Element, attrs: Attributes) { for (const [name, value] of Object.entries(attrs)) setAttr(this, name, value); },
		getAttr(this: Element, name: string) { return this.getAttribute(name); },
		matchParent(this: Element, selector: string, lastParent?: Element) {
			for (let el = this.parentElement; el && el !== lastParent; el = el.parentElement) if (el.matches(selector)) return el;
			return null;
		},
		find(this: Element, selector: string) { return this.querySelector(selector); },
		findAll(this: Element, selector: string) { return Array.from(this.querySelectorAll(selector)); },
		isActiveElement(this: Element) { return this.ownerDocument.activeElement === this; },
	};
	for (const [name, value] of Object.entries(elementHelpers)) define(win.Element.prototype, name, value);
	const htmlHelpers: Record<string, unknown> = {
		show(this: HTMLElement) { this.style.removeProperty("display"); },
		hide(this: HTMLElement) { this.setCssProps({ display: "none" }); },
		toggle(this: HTMLElement, show: boolean) { this.style.display = show ? "" : "none"; },
		toggleVisibility(this: HTMLElement, visible: boolean) { this.style.visibility = visible ? "" : "hidden"; },
		isShown(this: HTMLElement) { return this.isConnected && this.style.display !== "none"; },
		setCssStyles(this: HTMLElement, styles: Record<string, string>) { Object.assign(this.style, styles); },
		setCssProps(this: HTMLElement, props: Record<string, string>) { for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value); },
		onClickEvent(this: HTMLElement, listener: EventListener, options?: boolean | AddEventListenerOptions) { this.addEventListener("click", listener, options); },
		trigger(this: HTMLElement, eventType: string) { this.dispatchEvent(new (this.ownerDocument.defaultView?.Event ?? Event)(eventType)); },
	};
	for (const [name, value] of Object.entries(htmlHelpers)) define(win.HTMLElement.prototype, name, value);
	const fragmentHelpers = { find: elementHelpers.find, findAll: elementHelpers.findAll };
	for (const [name, value] of Object.entries(fragmentHelpers)) define(win.DocumentFragment.prototype, name, value);
}

/** Installs the helpers on `win`'s prototypes and the createEl/createDiv/… globals on `globals`. */
export function installDomHelpers(win: DomWindow, globals: object = win): void {
	installNodeHelpers(win);
	installElementHelpers(win);
	const doc = win.document;
	const detached = (tag: string, info?: ElementInfo | string, callback?: (el: Element) => void) => {
		const el = doc.createElement(tag);
		applyInfo(el, info, undefined);
		callback?.(el);
		return el;
	};
	const globalHelpers: Record<string, unknown> = {
		createEl: detached,
		createDiv: (info?: ElementInfo | string, callback?: (el: Element) => void) => detached("div", info, callback),
		createSpan: (info?: ElementInfo | string, callback?: (el: Element) => void) => detached("span", info, callback),
		createSvg: (tag: string, info?: ElementInfo | string, callback?: (el: Element) => void) => {
			const el = doc.createElementNS("http://www.w3.org/2000/svg", tag);
			applyInfo(el, info, undefined);
			callback?.(el);
			return el;
		},
		createFragment: (callback?: (fragment: DocumentFragment) => void) => {
			const fragment = doc.createDocumentFragment();
			callback?.(fragment);
			return fragment;
		},
		activeDocument: doc,
		activeWindow: doc.defaultView ?? win,
		sleep: (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)),
		nextFrame: () => new Promise((resolve) => setTimeout(resolve, 16)), // one frame at 60 Hz
		isBoolean: (value: unknown) => typeof value === "boolean",
		fish: (selector: string) => doc.querySelector(selector),
		fishAll: (selector: string) => Array.from(doc.querySelectorAll(selector)),
	};
	for (const [name, value] of Object.entries(globalHelpers)) define(globals, name, value);
}
