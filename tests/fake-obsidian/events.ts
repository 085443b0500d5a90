// Obsidian's Events: named handlers, refs that can be removed one by one, and errors in one
// handler that never stop the others (Obsidian rethrows them on a later tick, so do we).

/** What `on` returns; pass it to `offref` or Component.registerEvent. */
export interface EventRef {
	e: Events;
	name: string;
	fn: (...data: unknown[]) => unknown;
	ctx?: unknown;
}

export class Events {
	private handlersByName = new Map<string, EventRef[]>();

	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { e: this, name, fn: callback as (...data: unknown[]) => unknown, ctx };
		const list = this.handlersByName.get(name) ?? [];
		list.push(ref);
		this.handlersByName.set(name, list);
		return ref;
	}

	off(name: string, callback: (...data: never[]) => unknown): void {
		const list = this.handlersByName.get(name);
		if (!list) return;
		this.handlersByName.set(name, list.filter((ref) => ref.fn !== callback));
	}

	offref(ref: EventRef): void {
		const list = this.handlersByName.get(ref.name);
		if (!list) return;
		this.handlersByName.set(ref.name, list.filter((candidate) => candidate !== ref));
	}

	trigger(name: string, ...data: unknown[]): void {
		const list = this.handlersByName.get(name);
		if (!list) return;
		for (const ref of list.slice()) this.tryTrigger(ref, data);
	}

	tryTrigger(ref: EventRef, args: unknown[]): void {
		try {
			ref.fn.apply(ref.ctx, args);
		} catch (error) {
			// Obsidian reports a failing handler asynchronously and carries on with the others.
			setTimeout(() => {
				throw error;
			}, 0);
		}
	}

	/** Fake only: how many handlers are attached, for leak checks. */
	listenerCount(): number {
		let count = 0;
		for (const list of this.handlersByName.values()) count += list.length;
		return count;
	}
}
