// A browser-like vm context for loading the built main.js: a happy-dom window, timers, and no
// Node. Reaching for process/Buffer/global/require/setImmediate is recorded with the file that did it.
import { createContext, runInContext } from "node:vm";
import type { Context } from "node:vm";
import { Window } from "happy-dom";

const NODE_GLOBALS = ["process", "Buffer", "global", "require", "setImmediate", "clearImmediate", "__dirname", "__filename"];

export interface NodeGlobalTouch {
	name: string;
	/** The file (vm filename) of the code that reached for it. */
	caller: string;
}

export interface BrowserSandbox {
	context: Context;
	/** The context's global object; it is also `window` inside. */
	global: Record<string, unknown>;
	window: Window;
	touches: NodeGlobalTouch[];
	/** Evaluates CommonJS source as a module; `resolve` answers its require calls. */
	evaluateModule(code: string, filename: string, resolve: (name: string) => unknown): Record<string, unknown>;
	close(): Promise<void>;
}

function callerFile(stack: string | undefined): string {
	const frame = (stack ?? "").split("\n")[2] ?? "";
	return /\(?([^\s()]+?):\d+:\d+\)?$/.exec(frame.trim())?.[1] ?? frame.trim();
}

function builtinNames(): Set<string> {
	return new Set(runInContext("Object.getOwnPropertyNames(globalThis)", createContext({})) as string[]);
}

/** Copies the window's DOM classes and browser functions, leaving the context's own JS builtins. */
function copyWindowGlobals(win: Window, target: Record<string, unknown>): void {
	const skip = builtinNames();
	const names = new Set<string>();
	for (let proto: object | null = win; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
		for (const name of Object.getOwnPropertyNames(proto)) names.add(name);
	}
	for (const name of names) {
		if (skip.has(name) || NODE_GLOBALS.includes(name) || name === "constructor" || name in target) continue;
		try {
			const value = (win as unknown as Record<string, unknown>)[name];
			target[name] = typeof value === "function" && !/^[A-Z]/.test(name) ? (value as (...args: unknown[]) => unknown).bind(win) : value;
		} catch {
			// a getter happy-dom does not support outside its own context: leave it out
		}
	}
}

export function createBrowserSandbox(): BrowserSandbox {
	const win = new Window({ url: "app://obsidian.md/index.html" });
	const touches: NodeGlobalTouch[] = [];
	const global: Record<string, unknown> = {};
	for (const name of NODE_GLOBALS) {
		Object.defineProperty(global, name, {
			configurable: true,
			get() {
				touches.push({ name, caller: callerFile(new Error().stack) });
				return undefined;
			},
		});
	}
	Object.assign(global, {
		console,
		setTimeout: (callback: () => void, ms?: number) => setTimeout(callback, ms),
		clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
		setInterval: (callback: () => void, ms?: number) => setInterval(callback, ms),
		clearInterval: (id: ReturnType<typeof setInterval>) => clearInterval(id),
		queueMicrotask: (cb: () => void) => queueMicrotask(cb),
		document: win.document,
		addEventListener: (...args: unknown[]) => (win.addEventListener as (...a: unknown[]) => void)(...args),
		removeEventListener: (...args: unknown[]) => (win.removeEventListener as (...a: unknown[]) => void)(...args),
		dispatchEvent: (event: unknown) => win.dispatchEvent(event as never),
	});
	global.window = global;
	global.self = global;
	copyWindowGlobals(win, global);
	const context = createContext(global);
	return {
		context,
		global,
		window: win,
		touches,
		evaluateModule(code, filename, resolve) {
			const module = { exports: {} as Record<string, unknown> };
			const wrapper = runInContext(`(function (module, exports, require) {${code}\n})`, context, { filename }) as (m: unknown, e: unknown, r: unknown) => void;
			wrapper(module, module.exports, resolve);
			return module.exports;
		},
		close: () => win.happyDOM.close(),
	};
}
