// How Obsidian turns link text into a file and a file into the shortest link text: exact path
// first, then relative to the linking note, then by name anywhere (case-insensitive), preferring
// the linking note's folder and then the shortest path.
import type { TFile } from "./files";
import { normalizePath, parentPath } from "./paths";
import type { Vault } from "./vault";

function withoutSubpath(linkpath: string): string {
	const hash = linkpath.indexOf("#");
	return hash === -1 ? linkpath : linkpath.slice(0, hash);
}

export class LinkResolver {
	private byName = new Map<string, TFile[]>();
	private builtFor = -1;

	constructor(private readonly vault: Vault) {}

	resolve(linktext: string, sourcePath: string): TFile | null {
		const linkpath = normalizePath(withoutSubpath(linktext).trim());
		if (linkpath === "/" || linkpath === "") return this.vault.getFileByPath(sourcePath);
		const candidates = [linkpath, `${linkpath}.md`];
		const folder = parentPath(sourcePath);
		if (folder !== "/") candidates.push(`${folder}/${linkpath}`, `${folder}/${linkpath}.md`);
		for (const candidate of candidates) {
			const file = this.findByPathIgnoringCase(candidate);
			if (file) return file;
		}
		return this.findByName(linkpath, folder);
	}

	linktext(file: TFile, _sourcePath: string, omitMdExtension: boolean): string {
		const shown = omitMdExtension && file.extension === "md" ? file.path.slice(0, -3) : file.path;
		const sameName = this.index().get(file.name.toLowerCase()) ?? [];
		if (sameName.length <= 1) return omitMdExtension && file.extension === "md" ? file.basename : file.name;
		return shown;
	}

	private findByPathIgnoringCase(path: string): TFile | null {
		const exact = this.vault.getFileByPath(path);
		if (exact) return exact;
		const named = this.index().get(path.slice(path.lastIndexOf("/") + 1).toLowerCase()) ?? [];
		return named.find((file) => file.path.toLowerCase() === path.toLowerCase()) ?? null;
	}

	private findByName(linkpath: string, sourceFolder: string): TFile | null {
		const lower = linkpath.toLowerCase();
		const name = lower.slice(lower.lastIndexOf("/") + 1);
		const matches = [...(this.index().get(name) ?? []), ...(this.index().get(`${name}.md`) ?? [])].filter((file) => {
			const path = file.path.toLowerCase();
			return path.endsWith(`/${lower}`) || path.endsWith(`/${lower}.md`) || path === lower || path === `${lower}.md`;
		});
		if (matches.length === 0) return null;
		const inSourceFolder = matches.find((file) => parentPath(file.path) === sourceFolder);
		return inSourceFolder ?? matches.sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path))[0];
	}

	/** Files by lower-cased name, rebuilt whenever the vault's structure changed. */
	private index(): Map<string, TFile[]> {
		if (this.builtFor === this.vault.structureVersion) return this.byName;
		this.byName = new Map();
		for (const file of this.vault.getFiles()) {
			const key = file.name.toLowerCase();
			this.byName.set(key, [...(this.byName.get(key) ?? []), file]);
		}
		this.builtFor = this.vault.structureVersion;
		return this.byName;
	}
}
