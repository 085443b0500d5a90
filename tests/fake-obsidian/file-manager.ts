// FileManager: frontmatter edits with a real YAML round trip, renames that update wikilinks in
// other notes (Obsidian's "Automatically update internal links", on by default), trash, links.
import { TAbstractFile, TFile, TFolder } from "./files";
import type { MetadataCache } from "./metadata-cache";
import { computeMetadata } from "./metadata/compute";
import { parentPath } from "./paths";
import type { DataWriteOptions, Vault } from "./vault";
import { getFrontMatterInfo, parseYaml, stringifyYaml } from "./yaml";

function asCrlf(yaml: string, crlf: boolean): string {
	return crlf ? yaml.replace(/\n/g, "\r\n") : yaml;
}

/**
 * Replaces the YAML between the `---` lines and nothing else: the delimiters and the body keep
 * their bytes. A note without frontmatter gets a new block on top. Throws on malformed YAML.
 */
export function rewriteFrontmatter(text: string, fn: (frontmatter: Record<string, unknown>) => void): string {
	const info = getFrontMatterInfo(text);
	const parsed = info.exists ? parseYaml(info.frontmatter) : null;
	const data = (parsed !== null && typeof parsed === "object" ? parsed : {}) as Record<string, unknown>;
	fn(data);
	const hasKeys = Object.keys(data).length > 0;
	if (!info.exists) return hasKeys ? `---\n${stringifyYaml(data)}---\n${text}` : text;
	const crlf = text.slice(0, info.from).endsWith("\r\n");
	const yaml = hasKeys ? asCrlf(stringifyYaml(data), crlf) : "";
	return text.slice(0, info.from) + yaml + text.slice(info.to);
}

export class FileManager {
	constructor(private readonly vault: Vault, private readonly metadataCache: MetadataCache) {}

	async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: DataWriteOptions): Promise<void> {
		await this.vault.process(file, (text) => rewriteFrontmatter(text, fn), options);
	}

	getNewFileParent(_sourcePath: string, _newFilePath?: string): TFolder {
		return this.vault.getRoot(); // Obsidian's default location for new notes: the vault root
	}

	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		const oldPaths = new Map<TFile, string>();
		if (file instanceof TFile) oldPaths.set(file, file.path);
		if (file instanceof TFolder) for (const child of this.vault.getFiles()) if (child.path.startsWith(`${file.path}/`)) oldPaths.set(child, child.path);
		const linkers = this.notesLinkingTo([...oldPaths.values()]);
		await this.vault.rename(file, newPath);
		for (const linker of linkers) await this.updateLinksIn(linker, oldPaths);
	}

	async promptForDeletion(file: TAbstractFile): Promise<boolean> {
		await this.trashFile(file);
		return true;
	}

	async trashFile(file: TAbstractFile): Promise<void> {
		await this.vault.trash(file, true);
	}

	generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
		const linktext = this.metadataCache.fileToLinktext(file, sourcePath, true);
		return `[[${linktext}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
	}

	async getAvailablePathForAttachment(filename: string, _sourcePath?: string): Promise<string> {
		return filename;
	}

	private notesLinkingTo(paths: string[]): TFile[] {
		const wanted = new Set(paths);
		return this.vault.getMarkdownFiles().filter((note) => Object.keys(this.metadataCache.resolvedLinks[note.path] ?? {}).some((target) => wanted.has(target)));
	}

	/** Rewrites the wikilinks of `note` that pointed to a moved file, keeping subpath and alias. */
	private async updateLinksIn(note: TFile, oldPaths: Map<TFile, string>): Promise<void> {
		const movedByOldPath = new Map([...oldPaths].map(([moved, oldPath]) => [oldPath, moved]));
		const notePathBefore = oldPaths.get(note) ?? note.path;
		await this.vault.process(note, (text) => {
			const cache = computeMetadata(text);
			const refs = [...(cache.links ?? []), ...(cache.embeds ?? [])].filter((ref) => ref.original.startsWith("[[") || ref.original.startsWith("![["));
			let result = text;
			for (const ref of refs.sort((a, b) => b.position.start.offset - a.position.start.offset)) {
				const moved = this.oldTarget(ref.link, notePathBefore, movedByOldPath);
				if (!moved) continue;
				const hash = ref.link.indexOf("#");
				const subpath = hash === -1 ? "" : ref.link.slice(hash);
				const bar = ref.original.indexOf("|");
				const alias = bar === -1 ? "" : ref.original.slice(bar, -2);
				const bang = ref.original.startsWith("!") ? "!" : "";
				const replacement = `${bang}[[${this.metadataCache.fileToLinktext(moved, note.path, true)}${subpath}${alias}]]`;
				result = result.slice(0, ref.position.start.offset) + replacement + result.slice(ref.position.end.offset);
			}
			return result;
		});
	}

	/** Which moved file a link meant before the move, judged by the paths as they were. */
	private oldTarget(link: string, sourcePath: string, movedByOldPath: Map<string, TFile>): TFile | null {
		const linkpath = link.split("#")[0].trim().toLowerCase();
		for (const [oldPath, moved] of movedByOldPath) {
			const lower = oldPath.toLowerCase();
			const bare = lower.endsWith(".md") ? lower.slice(0, -3) : lower;
			const name = bare.slice(bare.lastIndexOf("/") + 1);
			const relative = parentPath(sourcePath) === "/" ? bare : bare.replace(`${parentPath(sourcePath).toLowerCase()}/`, "");
			if ([lower, bare, name, relative].includes(linkpath)) return moved;
		}
		return null;
	}
}
