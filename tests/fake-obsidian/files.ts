// TAbstractFile, TFile and TFolder: the objects the vault hands out. Their fields change in place
// on rename and modify, exactly as Obsidian's do (code holding a TFile sees the new path).
import { fileName, splitExtension } from "./paths";
import type { Vault } from "./vault";

export interface FileStats {
	ctime: number;
	mtime: number;
	size: number;
}

export abstract class TAbstractFile {
	vault!: Vault;
	path = "";
	name = "";
	parent: TFolder | null = null;

	/** Fake only: sets path and name (and basename/extension on files) from a vault path. */
	setPathFromVault(path: string): void {
		this.path = path;
		this.name = path === "/" ? "" : fileName(path);
	}
}

export class TFile extends TAbstractFile {
	stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "";

	override setPathFromVault(path: string): void {
		super.setPathFromVault(path);
		const parts = splitExtension(this.name);
		this.basename = parts.basename;
		this.extension = parts.extension;
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === "/";
	}
}
