// One import run inside the app: plans each file with the pure planner and writes its notes
// through the vault — new notes with vault.create, new highlights with vault.process (atomic),
// inbox originals moved with vault.rename. Never overwrites, never deletes.
import { normalizePath, TFile, TFolder, type App } from "obsidian";
import { planImport, planInboxImport, type ImportInput, type ImportPlan } from "../core/import";
import { emptyOutcome, type FileOutcome } from "./import-summary";
import { ObsidianNoteStore } from "./note-store";

const MAX_READ_ROUNDS = 4; // each round reads the notes the planner asked about; names rarely run past "Title 3"

type NoteLookup = (path: string) => string | null;

export class ImportSession {
	private readonly store: ObsidianNoteStore;
	/** Text of the notes read or written during this run, by normalized path. */
	private readonly known = new Map<string, string>();

	constructor(private readonly app: Pick<App, "vault" | "fileManager">, readonly folder: string) {
		this.store = new ObsidianNoteStore(app);
	}

	/** Imports one picked file or the clipboard into the folder. */
	async importInput(input: ImportInput): Promise<FileOutcome> {
		const plan = await this.planWithReads((lookup) => planImport([input], lookup, this.folder));
		return this.write(input.fileName, plan);
	}

	/** Imports one file waiting in the inbox and, when all its notes are written, moves it aside. */
	async importInboxFile(path: string, text: string, inbox: string): Promise<FileOutcome> {
		const exists = (candidate: string): boolean => this.app.vault.getAbstractFileByPath(normalizePath(candidate)) !== null;
		const plan = await this.planWithReads((lookup) => planInboxImport([{ path, text }], lookup, { inbox, folder: this.folder, exists }));
		const outcome = await this.write(path, plan);
		const move = plan.move.find((entry) => entry.from === path);
		if (outcome.problems.length > 0 || !move) return outcome;
		const moveProblem = await this.moveAside(move.from, move.to);
		if (moveProblem) outcome.problems.push(moveProblem);
		else outcome.moved = move;
		return outcome;
	}

	/**
	 * The planner reads synchronously; the vault reads asynchronously. Plan, note which existing notes
	 * the planner asked about without their text being known, read them (and their numbered
	 * siblings), and plan again. An unread note counts as taken, so a write never lands on it.
	 */
	private async planWithReads<P extends ImportPlan>(makePlan: (lookup: NoteLookup) => P): Promise<P> {
		for (let round = 1; ; round++) {
			const unread = new Set<string>();
			const plan = makePlan((path) => this.lookup(path, unread));
			if (unread.size === 0 || round === MAX_READ_ROUNDS) return plan;
			await this.readWithSiblings(unread);
		}
	}

	private lookup(path: string, unread: Set<string> | null): string | null {
		const normalized = normalizePath(path);
		const text = this.known.get(normalized);
		if (text !== undefined) return text;
		const file = this.app.vault.getAbstractFileByPath(normalized);
		if (file === null) return null;
		if (file instanceof TFile) unread?.add(normalized);
		return ""; // taken by something not yet read (or a folder): never written over
	}

	/** Reads each note and the notes beside it whose names start alike (`Title 2.md`, `Title 3.md`). */
	private async readWithSiblings(paths: Set<string>): Promise<void> {
		for (const path of paths) {
			const file = this.app.vault.getAbstractFileByPath(path);
			if (!(file instanceof TFile)) continue;
			const stem = file.basename.replace(/ \d+$/, "");
			const siblings = file.parent instanceof TFolder ? file.parent.children : [file];
			for (const sibling of siblings) {
				if (!(sibling instanceof TFile) || sibling.extension !== "md" || !sibling.basename.startsWith(stem)) continue;
				if (this.known.has(sibling.path)) continue;
				this.known.set(sibling.path, await this.app.vault.cachedRead(sibling));
			}
		}
	}

	private async write(file: string, plan: ImportPlan): Promise<FileOutcome> {
		const outcome = emptyOutcome(file);
		outcome.unchanged.push(...plan.unchanged.filter((entry) => entry.file === file).map((entry) => entry.path));
		outcome.problems.push(...plan.problems.filter((problem) => problem.file === file).map((problem) => problem.message));
		for (const creation of plan.create) {
			const problem = await attempt(async () => {
				await ensureFolder(this.app, parentOf(creation.path));
				await this.store.create(creation.path, creation.text);
				this.known.set(normalizePath(creation.path), creation.text);
			});
			if (problem) outcome.problems.push(`${creation.path} could not be written: ${problem}`);
			else outcome.created.push(creation.path);
		}
		for (const update of plan.update) {
			const problem = await attempt(async () => {
				const next = await this.store.process(update.path, update.edit);
				this.known.set(normalizePath(update.path), next);
			});
			if (problem) outcome.problems.push(`${update.path} could not be updated: ${problem}`);
			else (update.adds === "highlights" ? outcome.updated : outcome.identified).push(update.path);
		}
		return outcome;
	}

	/** Moves an inbox original into `<inbox>/imported/`; the planner chose a free name. */
	private async moveAside(from: string, to: string): Promise<string | null> {
		const file = this.app.vault.getAbstractFileByPath(normalizePath(from));
		if (!(file instanceof TFile)) return "the original disappeared before it could be moved aside";
		const problem = await attempt(async () => {
			await ensureFolder(this.app, parentOf(to));
			await this.app.vault.rename(file, normalizePath(to));
		});
		return problem === null ? null : `its notes were written, but the original could not be moved to ${to}: ${problem}`;
	}
}

/** Creates a folder and each missing folder above it (Obsidian's createFolder does not promise parents). */
async function ensureFolder(app: Pick<App, "vault">, folder: string): Promise<void> {
	if (folder === "") return;
	const parts = normalizePath(folder).split("/");
	for (let depth = 1; depth <= parts.length; depth++) {
		const path = parts.slice(0, depth).join("/");
		if (app.vault.getAbstractFileByPath(path) === null) await app.vault.createFolder(path);
	}
}

function parentOf(path: string): string {
	const normalized = normalizePath(path);
	const slash = normalized.lastIndexOf("/");
	return slash === -1 ? "" : normalized.slice(0, slash);
}

async function attempt(action: () => Promise<void>): Promise<string | null> {
	try {
		await action();
		return null;
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
}
