// Imports inside the app: "Import transcripts or highlights…" (a file picker), "Import from
// clipboard", and the optional inbox folder whose files are imported and moved aside. The same
// planner as `node dist/cli.mjs import`; every file ends imported, unchanged or with a problem.
import { debounce, normalizePath, Notice, Platform, TFile, type App, type Component, type TAbstractFile } from "obsidian";
import { CLIPBOARD_FILE_NAME, isWaitingInInbox } from "../core/import";
import { DEFAULT_SETTINGS, type ThroughlineSettings } from "../core/settings";
import { decodeImportBytes, describeSize, sizeProblem } from "./import-bytes";
import { ImportSession } from "./import-session";
import { describeImport, describeProgress, problemOutcome, summarize, type FileOutcome, type ImportSummary } from "./import-summary";

export type { ImportSummary } from "./import-summary";

const PROGRESS_MIN_FILES = 5; // above five files an import takes long enough to want a sign of life
const PROGRESS_MIN_BYTES = 5 * 1024 * 1024; // 5 MB of text takes seconds to convert on a phone
const SUMMARY_NOTICE_MS = 10_000; // long enough to read a list of files that could not be imported
const INBOX_SETTLE_MS = 2_000; // sync tools write files in pieces and in bursts: wait for quiet first
const PICKER_ACCEPT = ".srt,.vtt,.txt,.json,.csv,.md";
const CLIPBOARD_LABEL = "Clipboard";

/** A file to import: its bytes, or a way to read them once its size has been checked. */
export type ImportFile = { name: string; bytes: ArrayBuffer } | { name: string; size: number; read: () => Promise<ArrayBuffer> };

/** The progress notice of a large import (Obsidian's Notice fits). */
export interface ProgressNotice {
	setMessage(message: string): unknown;
	hide(): void;
}

export interface ImporterDeps {
	app: App;
	settings: () => Pick<ThroughlineSettings, "importFolder" | "inboxFolder">;
	/** Shows the summary after an import; a Notice by default. */
	notify?: (message: string) => void;
	/** Opens the progress notice of a large import; a lasting Notice by default. */
	showProgress?: (message: string) => ProgressNotice;
	/** The clipboard's text; navigator.clipboard by default. */
	readClipboard?: () => Promise<string>;
}

export class AppImporter {
	private tail: Promise<unknown> = Promise.resolve();
	private picker: HTMLInputElement | null = null;
	/** Inbox files that could not be imported, by path, with the mtime and size they had then. */
	private readonly refused = new Map<string, string>();

	constructor(private readonly deps: ImporterDeps) {}

	/** Imports files picked by the reader (any supported format) into the import folder. */
	importFiles(files: ImportFile[]): Promise<ImportSummary> {
		return this.serialize(async () => {
			const session = new ImportSession(this.deps.app, this.importFolder());
			const totalBytes = files.reduce((sum, file) => sum + sizeOf(file), 0);
			const outcomes = await this.runWithProgress(files, totalBytes, async (file) => {
				const read = await readImportFile(file);
				if (read.text === null) return problemOutcome(file.name, read.problem);
				return session.importInput({ fileName: file.name, text: read.text });
			});
			return this.report(summarize(session.folder, outcomes));
		});
	}

	/** Imports text (the clipboard's) as one file whose format is sniffed from its content. */
	importText(text: string): Promise<ImportSummary> {
		return this.serialize(async () => {
			const session = new ImportSession(this.deps.app, this.importFolder());
			const outcome = await guarded(CLIPBOARD_LABEL, () => session.importInput({ fileName: CLIPBOARD_FILE_NAME, text }));
			return this.report(summarize(session.folder, [{ ...outcome, file: CLIPBOARD_LABEL }]));
		});
	}

	/** "Import from clipboard": reads the clipboard, says plainly when it cannot or it is empty. */
	async importClipboard(): Promise<ImportSummary | null> {
		let text: string;
		try {
			text = await (this.deps.readClipboard ?? readSystemClipboard)();
		} catch {
			this.notify("Throughline cannot read the clipboard here. Save the text to a file and use \"Import transcripts or highlights…\" instead.");
			return null;
		}
		if (text.trim() === "") {
			this.notify("The clipboard holds no text. Copy a transcript or highlights, then try again.");
			return null;
		}
		return this.importText(text);
	}

	/** "Import transcripts or highlights…": opens the system's file picker for several files. */
	pickAndImport(): void {
		this.picker?.remove();
		const input = activeDocument.body.createEl("input", { attr: { type: "file", multiple: "" } });
		// Phones map extensions to file types loosely (.srt greys out on iOS): offer every file there.
		if (!Platform.isMobile) input.setAttribute("accept", PICKER_ACCEPT);
		input.hide();
		this.picker = input;
		const close = (): void => {
			input.remove();
			if (this.picker === input) this.picker = null;
		};
		// Plain listeners: the input is removed once used, and its listeners with it.
		input.addEventListener("change", () => {
			const picked = Array.from(input.files ?? []);
			close();
			if (picked.length > 0) void this.importFiles(picked.map(browserFile));
		});
		input.addEventListener("cancel", close);
		input.click();
	}

	/**
	 * Imports every file waiting directly in the inbox folder and moves each original to
	 * `<inbox>/imported/`. Files with problems stay, and are not tried again until they change
	 * (unless `retry`). Says nothing when there was nothing to do.
	 */
	processInbox(options: { retry?: boolean } = {}): Promise<ImportSummary> {
		return this.serialize(async () => {
			const folder = this.importFolder();
			const inbox = this.inboxFolder();
			if (inbox === null) return summarize(folder, []);
			if (inbox === folder) {
				this.notify(`The inbox folder and the import folder are both "${folder}". Choose another inbox folder in Throughline's settings.`);
				return summarize(folder, []);
			}
			const waiting = this.waitingInInbox(inbox, options.retry === true);
			if (waiting.length === 0) return summarize(folder, []);
			const session = new ImportSession(this.deps.app, folder);
			const totalBytes = waiting.reduce((sum, file) => sum + file.stat.size, 0);
			const outcomes = await this.runWithProgress(waiting, totalBytes, (file) => this.importInboxFile(session, file, inbox));
			return this.report(summarize(folder, outcomes), inbox);
		});
	}

	/**
	 * Imports what lands in the inbox from now on, once the folder has been quiet for a moment, and
	 * what is already waiting. Call once the layout is ready (before, the vault reports every file
	 * as created); the listeners and the pending pass end with `component`.
	 */
	watchInbox(component: Component): void {
		const later = debounce(() => void this.processInbox(), INBOX_SETTLE_MS, true);
		const onChange = (file: TAbstractFile): void => {
			const inbox = this.inboxFolder();
			if (inbox !== null && file instanceof TFile && isWaitingInInbox(file.path, inbox)) later();
		};
		const vault = this.deps.app.vault;
		component.registerEvent(vault.on("create", onChange));
		component.registerEvent(vault.on("modify", onChange));
		component.registerEvent(vault.on("rename", (file) => onChange(file)));
		component.register(() => later.cancel());
		if (this.inboxFolder() !== null) later();
	}

	/** Resolves once every import started so far has finished. */
	async whenIdle(): Promise<void> {
		await this.tail;
	}

	private async importInboxFile(session: ImportSession, file: TFile, inbox: string): Promise<FileOutcome> {
		const outcome = await guarded(file.path, async () => {
			const tooLarge = sizeProblem(file.stat.size);
			if (tooLarge !== null) return problemOutcome(file.path, tooLarge);
			const read = decodeImportBytes(await this.deps.app.vault.readBinary(file));
			if (read.text === null) return problemOutcome(file.path, read.problem);
			return session.importInboxFile(file.path, read.text, inbox);
		});
		if (outcome.problems.length > 0) this.refused.set(file.path, signature(file));
		else this.refused.delete(file.path);
		return outcome;
	}

	private waitingInInbox(inbox: string, retry: boolean): TFile[] {
		return this.deps.app.vault
			.getFiles()
			.filter((file) => isWaitingInInbox(file.path, inbox))
			.filter((file) => retry || this.refused.get(file.path) !== signature(file))
			.sort((a, b) => a.path.localeCompare(b.path));
	}

	/** Runs each file in turn; above the thresholds a progress notice counts them as they finish. */
	private async runWithProgress<T extends { name: string }>(items: T[], totalBytes: number, each: (item: T) => Promise<FileOutcome>): Promise<FileOutcome[]> {
		const large = items.length > PROGRESS_MIN_FILES || totalBytes > PROGRESS_MIN_BYTES;
		const size = describeSize(totalBytes);
		const progress = large ? this.showProgress(describeProgress(0, items.length, size)) : null;
		const outcomes: FileOutcome[] = [];
		try {
			for (const item of items) {
				outcomes.push(await guarded("path" in item ? String(item.path) : item.name, () => each(item)));
				if (!progress) continue;
				progress.setMessage(describeProgress(outcomes.length, items.length, size));
				await nextFrame(); // lets the notice repaint between files
			}
		} finally {
			progress?.hide();
		}
		return outcomes;
	}

	private report(summary: ImportSummary, inbox?: string): ImportSummary {
		this.notify(describeImport(summary, { inbox }));
		return summary;
	}

	/** One import at a time: each plans against what the previous one wrote. */
	private serialize<T>(task: () => Promise<T>): Promise<T> {
		const run = this.tail.then(task, task);
		this.tail = run.catch(() => undefined);
		return run;
	}

	private importFolder(): string {
		const folder = this.deps.settings().importFolder.trim();
		return normalizePath(folder === "" ? DEFAULT_SETTINGS.importFolder : folder);
	}

	private inboxFolder(): string | null {
		const inbox = this.deps.settings().inboxFolder.trim();
		return inbox === "" || normalizePath(inbox) === "/" ? null : normalizePath(inbox);
	}

	private notify(message: string): void {
		if (this.deps.notify) this.deps.notify(message);
		else new Notice(message, SUMMARY_NOTICE_MS);
	}

	private showProgress(message: string): ProgressNotice {
		return this.deps.showProgress ? this.deps.showProgress(message) : new Notice(message, 0);
	}
}

async function readImportFile(file: ImportFile): Promise<{ text: string; problem: null } | { text: null; problem: string }> {
	if ("bytes" in file) return decodeImportBytes(file.bytes);
	const tooLarge = sizeProblem(file.size);
	if (tooLarge !== null) return { text: null, problem: tooLarge };
	try {
		return decodeImportBytes(await file.read());
	} catch {
		return { text: null, problem: "the file cannot be read" };
	}
}

function sizeOf(file: ImportFile): number {
	return "bytes" in file ? file.bytes.byteLength : file.size;
}

function browserFile(file: File): ImportFile {
	return { name: file.name, size: file.size, read: () => file.arrayBuffer() };
}

/** Runs one file's import; anything thrown becomes that file's problem, never the whole import's. */
async function guarded(file: string, task: () => Promise<FileOutcome>): Promise<FileOutcome> {
	try {
		return await task();
	} catch (error) {
		return problemOutcome(file, `something went wrong: ${error instanceof Error ? error.message : String(error)}`);
	}
}

function signature(file: TFile): string {
	return `${file.stat.mtime}:${file.stat.size}`;
}

async function readSystemClipboard(): Promise<string> {
	if (typeof navigator === "undefined" || !navigator.clipboard?.readText) throw new Error("no clipboard");
	return navigator.clipboard.readText();
}

function nextFrame(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}
