// Reads a folder into the files map createFakeApp takes (Node only; the fake itself never imports this).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every file under `folder` except dot-folders (Obsidian does not index them), by vault path. */
export function loadVaultFromDisk(folder: string): Record<string, string> {
	const files: Record<string, string> = {};
	const visit = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			if (name.startsWith(".")) continue;
			const full = join(dir, name);
			if (statSync(full).isDirectory()) visit(full);
			else files[relative(folder, full).split(sep).join("/")] = readFileSync(full, "utf8");
		}
	};
	visit(folder);
	return files;
}
