// Component: Obsidian's lifecycle object. Everything registered on it is undone on unload, children
// first, then the registered callbacks in reverse order, then onunload (as in Obsidian).
import type { EventRef } from "./events";

export class Component {
	/** Fake only: whether load() ran and unload() has not. */
	_loaded = false;
	private children: Component[] = [];
	private cleanups: (() => unknown)[] = [];

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		void this.onload();
		for (const child of this.children.slice()) child.load();
	}

	onload(): void | Promise<void> {}

	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		while (this.children.length > 0) this.children.pop()?.unload();
		while (this.cleanups.length > 0) this.cleanups.pop()?.();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this.children.push(component);
		if (this._loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		const index = this.children.indexOf(component);
		if (index !== -1) {
			this.children.splice(index, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}

	registerEvent(eventRef: EventRef): void {
		this.register(() => eventRef.e.offref(eventRef));
	}

	registerDomEvent(el: EventTarget, type: string, callback: (event: never) => unknown, options?: boolean | AddEventListenerOptions): void {
		const listener = callback as unknown as EventListener;
		el.addEventListener(type, listener, options);
		this.register(() => el.removeEventListener(type, listener, options));
	}

	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}

	/** Fake only: how many cleanups are waiting for unload. */
	pendingCleanups(): number {
		return this.cleanups.length;
	}
}
