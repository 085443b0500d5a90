// The headless runner's NoteStore: the `.md` notes of a vault folder on disk. Writes go to a temp
// file in the same folder and are renamed into place, so a note is never left half written.

import { existsSync, readdirSync, readFileSync, statSync, unlinkSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { NoteStat, NoteStore } from "../core/ports";
import { cleanFolder } from "../core/settings";
import { createFileAtomically, replaceFileAtomically } from "./atomic-write";

/** Folders never listed: Obsidian's configuration and its trash. */
const ALWAYS_SKIPPED = [".obsidian", ".trash"];

export interface FsNoteStoreOptions {
	/** Vault-relative folders whose notes are not listed (the reader's excluded folders). */
	excludedFolders?: string[];
}

/** A path the store refuses, in plain words. */
export class VaultPathError extends Error {}

/** A note whose bytes are not UTF-8: read with U+FFFD in their place, so it must never be written back. */
export class NotUtf8Error extends Error {}

// fatal: invalid bytes throw instead of becoming U+FFFD; ignoreBOM: a BOM stays part of the text, as readFileSync keeps it
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export class FsNoteStore implements NoteStore {
	private readonly root: string;
	private readonly skipped: string[];

	constructor(vault: string, options: FsNoteStoreOptions = {}) {
		this.root = resolve(vault);
		this.skipped = [...ALWAYS_SKIPPED, ...(options.excludedFolders ?? []).map(cleanFolder).filter((f) => f !== "")];
	}

	/** The absolute file for a vault path; refuses anything that would leave the vault. */
	resolvePath(path: string): string {
		const normalized = path.replace(/\\/g, "/");
		if (normalized === "" || normalized.startsWith("/") || /^[A-Za-z]:/.test(normalized)) {
			throw new VaultPathError(`"${path}" is not a path inside the vault (it is empty or absolute)`);
		}
		if (normalized.split("/").some((part) => part === "..")) {
			throw new VaultPathError(`"${path}" points outside the vault (it contains "..")`);
		}
		const full = resolve(this.root, normalized);
		const rel = relative(this.root, full);
		if (rel === "" || rel.startsWith("..") || resolve(this.root, rel) !== full) {
			throw new VaultPathError(`"${path}" points outside the vault`);
		}
		return full;
	}

	list(): NoteStat[] {
		const notes: NoteStat[] = [];
		this.walk("", notes);
		return notes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	}

	private isSkipped(path: string): boolean {
		return this.skipped.some((folder) => path === folder || path.startsWith(`${folder}/`));
	}

	private walk(folder: string, notes: NoteStat[]): void {
		let entries;
		try {
			entries = readdirSync(join(this.root, folder), { withFileTypes: true });
		} catch {
			return; // an unreadable folder is skipped; its notes simply are not listed
		}
		for (const entry of entries) {
			const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
			if (this.isSkipped(path)) continue;
			if (entry.isDirectory()) this.walk(path, notes);
			else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) this.addNote(path, notes);
		}
	}

	private addNote(path: string, notes: NoteStat[]): void {
		try {
			const stat = statSync(join(this.root, path));
			notes.push({ path, size: stat.size, mtime: stat.mtimeMs });
		} catch {
			// Deleted (or made unreadable) between listing its folder and looking at it: not a note any more.
		}
	}

	read(path: string): Promise<string> {
		return Promise.resolve().then(() => this.readNow(path));
	}

	/** Synchronous read (utf-8, a BOM kept as text); null when the note does not exist. */
	readIfExists(path: string): string | null {
		const full = this.resolvePath(path);
		if (!existsSync(full)) return null;
		return readFileSync(full, "utf8");
	}

	/** The note's text when its bytes are valid UTF-8, so that writing it back changes only what `edit` changed. */
	private readExactly(path: string): string {
		const full = this.resolvePath(path);
		if (!existsSync(full)) throw new VaultPathError(`"${path}" does not exist`);
		try {
			return strictUtf8.decode(readFileSync(full));
		} catch {
			throw new NotUtf8Error(`"${path}" is not valid UTF-8 (perhaps saved as Latin-1 or Windows-1252); Throughline does not rewrite it, so its bytes stay exactly as they are`);
		}
	}

	private readNow(path: string): string {
		const text = this.readIfExists(path);
		if (text === null) throw new VaultPathError(`"${path}" does not exist`);
		return text;
	}

	exists(path: string): boolean {
		try {
			return existsSync(this.resolvePath(path));
		} catch {
			return false;
		}
	}

	/**
	 * Refuses a note that did not decode cleanly: writing back text read with U+FFFD in place of its
	 * Latin-1 (or other) bytes would lose them, and unlink could not restore bytes it never saw.
	 */
	async process(path: string, edit: (current: string) => string): Promise<string> {
		const current = this.readExactly(path);
		const next = edit(current);
		if (next === current) return current;
		replaceFileAtomically(this.resolvePath(path), next);
		return next;
	}

	async create(path: string, text: string): Promise<void> {
		if (!createFileAtomically(this.resolvePath(path), text)) throw new VaultPathError(`"${path}" already exists; Throughline never overwrites a note`);
	}

	async remove(path: string): Promise<void> {
		const full = this.resolvePath(path);
		if (!full.toLowerCase().endsWith(".md") || full === this.root || !full.startsWith(this.root + sep)) {
			throw new VaultPathError(`"${path}" is not a note Throughline can remove`);
		}
		unlinkSync(full);
	}
}
