// Path helpers as Obsidian applies them to vault paths.

/** Obsidian's normalizePath: one forward slash between parts, none at either end, "/" for the root,
 * non-breaking spaces turned into spaces, Unicode NFC. It does not trim spaces. */
export function normalizePath(path: string): string {
	let cleaned = path.replace(/[\\/]+/g, "/").replace(/^\/+|\/+$/g, "");
	if (cleaned === "") cleaned = "/";
	return cleaned.replace(/\u00A0|\u202F/g, " ").normalize("NFC");
}

export function fileName(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? path : path.slice(slash + 1);
}

/** The parent folder's path; "/" for a file at the root (Obsidian's root folder path). */
export function parentPath(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "/" : path.slice(0, slash);
}

export function splitExtension(name: string): { basename: string; extension: string } {
	const dot = name.lastIndexOf(".");
	if (dot <= 0) return { basename: name, extension: "" };
	return { basename: name.slice(0, dot), extension: name.slice(dot + 1) };
}

export function joinPath(folder: string, name: string): string {
	return folder === "/" || folder === "" ? name : `${folder}/${name}`;
}
