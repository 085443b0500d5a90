// Finds the engine's functions by their exported names in whichever modules exist today.

import { modules } from "bench-engine";

export interface FoundExport<T> {
	value: T;
	/** The module it came from, e.g. `src/core/index/analyze.ts`. */
	file: string;
}

/** The export `name` from the first module that has it (preferring `preferredFile`), or null. */
export function findExport<T>(name: string, preferredFile?: string): FoundExport<T> | null {
	if (preferredFile && modules[preferredFile] && name in modules[preferredFile]) {
		return { value: modules[preferredFile][name] as T, file: preferredFile };
	}
	for (const [file, namespace] of Object.entries(modules)) {
		if (name in namespace && namespace[name] !== undefined) return { value: namespace[name] as T, file };
	}
	return null;
}

/** The module files the bench was built with. */
export function engineFiles(): string[] {
	return Object.keys(modules);
}
