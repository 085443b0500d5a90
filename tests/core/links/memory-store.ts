// An in-memory NoteStore and a YAML-rewriting processFrontMatter fake, for the link writer's tests.

import YAML from "yaml";
import type { FrontmatterWriter, NoteReader } from "../../../src/core/links/hub-model";
import type { NoteStat, NoteStore } from "../../../src/core/ports";

export class MemoryStore implements NoteReader {
	readonly files = new Map<string, string>();
	writes = 0;
	/** Runs just before a process() edit sees the text: simulates an importer rewriting mid-pass. */
	beforeProcess: ((path: string) => void) | null = null;

	constructor(files: Record<string, string> = {}) {
		for (const [path, text] of Object.entries(files)) this.files.set(path, text);
	}

	snapshot(): Record<string, string> {
		return Object.fromEntries([...this.files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
	}

	list(): NoteStat[] {
		return [...this.files.entries()].map(([path, text]) => ({ path, size: text.length, mtime: 0 }));
	}

	read(path: string): string | null {
		return this.files.get(path) ?? null;
	}

	async readAsync(path: string): Promise<string> {
		const text = this.files.get(path);
		if (text === undefined) throw new Error(`${path} does not exist`);
		return text;
	}

	exists(path: string): boolean {
		return this.files.has(path);
	}

	async process(path: string, edit: (current: string) => string): Promise<string> {
		this.beforeProcess?.(path);
		const current = await this.readAsync(path);
		const next = edit(current);
		if (next !== current) {
			this.files.set(path, next);
			this.writes++;
		}
		return next;
	}

	async create(path: string, text: string): Promise<void> {
		if (this.files.has(path)) throw new Error(`${path} already exists`);
		this.files.set(path, text);
		this.writes++;
	}

	async remove(path: string): Promise<void> {
		if (!this.files.delete(path)) throw new Error(`${path} does not exist`);
		this.writes++;
	}
}

/** A NoteStore view whose read() is async, as the port wants. */
export function asNoteStore(store: MemoryStore): NoteStore {
	return {
		list: () => store.list(),
		read: (path) => store.readAsync(path),
		exists: (path) => store.exists(path),
		process: (path, edit) => store.process(path, edit),
		create: (path, text) => store.create(path, text),
		remove: (path) => store.remove(path),
	};
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/**
 * Behaves like Obsidian's processFrontMatter: parses the YAML, lets the change run, and writes the
 * whole frontmatter back re-serialised (different quoting and indentation than the original).
 */
export function yamlRewritingWriter(store: MemoryStore): FrontmatterWriter {
	return {
		async update(path, key, change) {
			let before = "";
			const after = await store.process(path, (current) => {
				before = current;
				const match = FRONTMATTER.exec(current);
				const data = (match ? (YAML.parse(match[1]) as Record<string, unknown> | null) : null) ?? {};
				const raw = data[key];
				const values = raw === undefined || raw === null ? undefined : Array.isArray(raw) ? raw.map((v) => (typeof v === "string" ? v : JSON.stringify(v))) : [typeof raw === "string" ? raw : JSON.stringify(raw)];
				const next = change(values);
				if (next === undefined) delete data[key];
				else data[key] = next;
				const body = match ? current.slice(match[0].length) : current;
				const yaml = Object.keys(data).length === 0 ? "" : YAML.stringify(data, { defaultStringType: "QUOTE_SINGLE", indent: 4 });
				return `---\n${yaml}---\n${body}`;
			});
			return { before, after };
		},
	};
}
