// Obsidian's debounce with real timers: calls within `timeout` collapse into one call with the
// latest arguments; with resetTimer, every call pushes the deadline back.

export interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): Debouncer<T, V>;
	cancel(): Debouncer<T, V>;
	run(): V | void;
}

export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pendingArgs: [...T] | null = null;

	const fire = (): V | void => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		if (pendingArgs === null) return;
		const args = pendingArgs;
		pendingArgs = null;
		return cb(...args);
	};

	const debounced = ((...args: [...T]) => {
		pendingArgs = args;
		if (timer !== null && resetTimer) {
			clearTimeout(timer);
			timer = null;
		}
		if (timer === null) timer = setTimeout(fire, timeout);
		return debounced;
	}) as Debouncer<T, V>;

	debounced.cancel = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		pendingArgs = null;
		return debounced;
	};
	debounced.run = fire;
	return debounced;
}
