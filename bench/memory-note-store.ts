// A NoteStore over a Map, counting every write, for the link pass of the bench.

import type { NoteStat, NoteStore } from "../src/core/ports";

export class MemoryNoteStore implements NoteStore {
	private readonly texts = new Map<string, string>();
	private readonly mtimes = new Map<string, number>();
	/** Notes written (created, changed or removed) since the last reset. */
	writes = 0;

	constructor(notes: Iterable<{ path: string; text: string; mtime: number }>) {
		for (const note of notes) {
			this.texts.set(note.path, note.text);
			this.mtimes.set(note.path, note.mtime);
		}
	}

	list(): NoteStat[] {
		return [...this.texts].map(([path, text]) => ({ path, size: text.length, mtime: this.mtimes.get(path) ?? 0 }));
	}

	/** The text now, or null: the synchronous reader the link planner takes. */
	peek(path: string): string | null {
		return this.texts.get(path) ?? null;
	}

	async read(path: string): Promise<string> {
		const text = this.texts.get(path);
		if (text === undefined) throw new Error(`${path} does not exist`);
		return text;
	}

	exists(path: string): boolean {
		return this.texts.has(path);
	}

	async process(path: string, edit: (current: string) => string): Promise<string> {
		const current = await this.read(path);
		const next = edit(current);
		if (next !== current) {
			this.texts.set(path, next);
			this.writes++;
		}
		return next;
	}

	async create(path: string, text: string): Promise<void> {
		if (this.texts.has(path)) throw new Error(`${path} already exists`);
		this.texts.set(path, text);
		this.writes++;
	}

	async remove(path: string): Promise<void> {
		if (this.texts.delete(path)) this.writes++;
	}
}
