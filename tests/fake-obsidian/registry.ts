// Counting what is still attached, so a test can check that unloading a plugin removed every
// event handler, DOM listener and interval it added. Compare a count taken before load with one
// taken after unload.
import type { Events } from "./events";

export interface ListenerCount {
	/** Handlers on the app's vault, metadata cache, workspace and leaves. */
	events: number;
	/** DOM listeners on the window, the document, or an element still in the document. */
	dom: number;
	/** Intervals started and not cleared. */
	intervals: number;
}

export interface ListenerTracker {
	count(): ListenerCount;
	/** Puts back the original addEventListener/removeEventListener/setInterval/clearInterval. */
	restore(): void;
}

interface TrackedWindow {
	document: Document;
	addEventListener: EventTarget["addEventListener"];
	removeEventListener: EventTarget["removeEventListener"];
	setInterval: (...args: never[]) => unknown;
	clearInterval: (id?: never) => void;
}

type Listening = { target: EventTarget; type: string; listener: unknown; capture: boolean };

function captureOf(options: boolean | EventListenerOptions | undefined): boolean {
	return typeof options === "boolean" ? options : Boolean(options?.capture);
}

function prototypeOwning(start: object, name: string): Record<string, unknown> {
	for (let proto: object | null = start; proto; proto = Object.getPrototypeOf(proto) as object | null) {
		if (Object.prototype.hasOwnProperty.call(proto, name)) return proto as Record<string, unknown>;
	}
	throw new Error(`No ${name} found`);
}

/** Patches `win` (and its EventTarget prototype) to count listeners and intervals. */
export function trackListeners(eventSources: () => Events[], win?: TrackedWindow): ListenerTracker {
	const live: Listening[] = [];
	const intervals = new Set<unknown>();
	const undo: (() => void)[] = [];
	const patch = (owner: Record<string, unknown>, name: string, make: (original: (...args: unknown[]) => unknown) => unknown) => {
		const original = owner[name] as (...args: unknown[]) => unknown;
		const hadOwn = Object.prototype.hasOwnProperty.call(owner, name);
		owner[name] = make(original);
		undo.push(() => (hadOwn ? (owner[name] = original) : delete owner[name]));
	};
	const patchListeners = (owner: Record<string, unknown>, fixedTarget?: EventTarget) => {
		patch(owner, "addEventListener", (original) => function (this: EventTarget, type: string, listener: unknown, options?: boolean | AddEventListenerOptions) {
			const target = fixedTarget ?? this;
			const capture = captureOf(options);
			if (listener && !live.some((entry) => entry.target === target && entry.type === type && entry.listener === listener && entry.capture === capture)) live.push({ target, type, listener, capture });
			return original.call(this, type, listener, options);
		});
		patch(owner, "removeEventListener", (original) => function (this: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) {
			const target = fixedTarget ?? this;
			const index = live.findIndex((entry) => entry.target === target && entry.type === type && entry.listener === listener && entry.capture === captureOf(options));
			if (index !== -1) live.splice(index, 1);
			return original.call(this, type, listener, options);
		});
	};
	if (win) {
		const shared = prototypeOwning(win.document, "addEventListener");
		patchListeners(shared);
		if (win.addEventListener !== shared.addEventListener) patchListeners(win as unknown as Record<string, unknown>, win as unknown as EventTarget);
		patch(win as unknown as Record<string, unknown>, "setInterval", (original) => (...args: unknown[]) => {
			const id = original(...args);
			intervals.add(typeof id === "object" && id !== null ? id : Number(id));
			return id;
		});
		patch(win as unknown as Record<string, unknown>, "clearInterval", (original) => (id: unknown) => {
			intervals.delete(typeof id === "object" && id !== null ? id : Number(id));
			return original(id);
		});
	}
	const doc = win?.document;
	const isLive = (target: EventTarget) => target === (win as unknown as EventTarget) || target === doc || (target as Node).isConnected === true;
	return {
		count: () => ({
			events: eventSources().reduce((sum, source) => sum + source.listenerCount(), 0),
			dom: live.filter((entry) => isLive(entry.target)).length,
			intervals: intervals.size,
		}),
		restore: () => {
			while (undo.length > 0) undo.pop()?.();
		},
	};
}
