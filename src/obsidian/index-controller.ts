// Keeps the index in step with the vault inside Obsidian: a warm start from the local store, then
// vault events queued into time-boxed slices, theme-note edits re-applied to just the notes they
// can affect, progress in the status bar, and the records saved back locally (never to data.json).

import { Component, debounce, type App } from "obsidian";
import { VaultEngine } from "../core/engine/vault-engine";
import { reconcile } from "../core/index/serialize";
import type { NoteStat } from "../core/ports";
import type { ThroughlineSettings } from "../core/settings";
import type { QueueProgress } from "../core/work-queue";
import { parseFrontmatter } from "./frontmatter";
import { MemoryRecordStore, type RecordStore } from "./idb-record-store";
import { IndexPersistence } from "./index-persistence";
import { NoteReadQueue, progressText } from "./note-read-queue";
import { settingsChange } from "./settings-change";
import { SuggestionRanking } from "./suggestion-ranking";
import { yieldToMain } from "./yield-to-main";
import { ObsidianNoteStore } from "./note-store";
import { ProblemReporter } from "./problem-reporter";

export { describeNoteProblems } from "./problem-reporter";
import type { VaultChangeSink } from "./vault-watcher";

const THEME_RELOAD_DELAY_MS = 400; // typing an alias fires a modify per keystroke; settle first
const PROBLEM_REPORT_DELAY_MS = 1000; // an importer writing a burst of notes gets one notice, not one per note

export interface IndexControllerDeps {
	app: App;
	settings: () => ThroughlineSettings;
	/** Opens the local store of records (IndexedDB in the app); called once, at the first start. */
	openRecords: () => Promise<RecordStore<unknown>>;
	/** Shows progress ("Throughline: indexing 1,234 / 10,000"); empty text hides it. */
	showStatus: (text: string) => void;
	/** Tells the reader something in one message (a Notice in the app, the default). */
	notify?: (message: string) => void;
}

export class IndexController extends Component implements VaultChangeSink {
	readonly engine: VaultEngine;
	/** The suggested themes, ranked in slices as the index changes. */
	readonly suggestions: SuggestionRanking;
	ready = false;
	progress: QueueProgress | null = null;
	private readonly queue: NoteReadQueue;
	/** True from start() until its first pass is done (warm start, themes, reconciliation, reads). */
	private starting = false;
	/** Set on unload: a first pass still under way stops, and nothing more is queued. */
	private unloaded = false;
	private readonly listeners = new Set<() => void>();
	/** The store, opened once: a rebuild clears it and keeps the connection. */
	private recordsOpened: Promise<RecordStore<unknown>> | null = null;
	/** The first pass under way, if any: a second start() or a rebuild joins it. */
	private firstPassRunning: Promise<void> | null = null;
	/** The settings before the earliest change made during the first pass, applied when it ends. */
	private settingsBeforeFirstPass: ThroughlineSettings | null = null;
	/** Notes read in this session: only their problems are announced, never restored records'. */
	private readonly readThisSession = new Set<string>();
	private readonly persistence = new IndexPersistence(() => this.engine.index);
	/** Notes asked to be re-read before the first themes were loaded: read, forced, once they are. */
	private readonly reindexAfterThemes = new Set<string>();
	private themeReloadPending = false;
	private readonly reloadThemesLater = debounce(() => void this.applyThemeChange(), THEME_RELOAD_DELAY_MS, true);
	private readonly problems: ProblemReporter;
	private readonly reportProblemsSoon = debounce(() => this.reportNewProblems(), PROBLEM_REPORT_DELAY_MS, true);

	constructor(private readonly deps: IndexControllerDeps) {
		super();
		this.problems = new ProblemReporter(deps.notify);
		const store = new ObsidianNoteStore(deps.app);
		const host = { now: () => performance.now(), yieldToMain };
		this.engine = new VaultEngine({ store, frontmatter: parseFrontmatter, settings: deps.settings, host });
		this.suggestions = new SuggestionRanking(() => this.engine.index, host, () => this.notify());
		this.queue = new NoteReadQueue({ statOf: (path) => this.statOf(path), read: (stat, force) => this.refresh(stat, force), onProgress: (p) => this.reportProgress(p) });
	}

	override onunload(): void {
		this.unloaded = true;
		this.queue.stop();
		this.suggestions.stop();
		this.reindexAfterThemes.clear();
		this.reloadThemesLater.cancel();
		this.reportProblemsSoon.cancel();
		this.themeReloadPending = false;
		this.persistence.close();
		this.listeners.clear();
	}

	/** The current revision of the index. */
	get revision(): number {
		return this.engine.index.revision;
	}

	/** What the views draw moved when this did: the index, or the suggestions ranked from it. */
	get viewRevision(): number {
		return this.engine.index.revision + this.suggestions.finished;
	}

	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Called once the layout is ready: warm start, then index whatever changed while closed. */
	start(): Promise<void> {
		if (this.firstPassRunning) return this.firstPassRunning;
		this.starting = true;
		this.firstPassRunning = this.firstPass().finally(() => {
			this.starting = false;
			this.firstPassRunning = null;
		});
		return this.firstPassRunning;
	}

	private openRecords(): Promise<RecordStore<unknown>> {
		this.recordsOpened ??= this.deps.openRecords().catch(() => new MemoryRecordStore<unknown>());
		return this.recordsOpened;
	}

	private async firstPass(): Promise<void> {
		this.persistence.attach(await this.openRecords());
		const restored = await this.persistence.restore();
		if (restored) this.engine.adopt(restored);
		await yieldToMain(); // restoring and compiling the themes are each a slice of their own
		if (this.unloaded) return; // disabled during its warm start (whose store read then fails): read nothing
		const affected = await this.engine.reloadThemes();
		await yieldToMain();
		if (this.unloaded) return;
		const stats = this.engine.sourceStats();
		const plan = reconcile(this.engine.index, stats);
		for (const path of plan.removed) this.forget(path);
		const listed = new Set(stats.map((s) => s.path));
		const toRead = new Set([...plan.changed, ...plan.added, ...affected]);
		for (const path of toRead) if (listed.has(path)) this.queue.enqueue(path, affected.includes(path));
		for (const path of this.reindexAfterThemes) if (listed.has(path)) this.queue.enqueue(path, true);
		this.reindexAfterThemes.clear();
		await this.queue.idle();
		await this.applySettingsChangedMeanwhile();
		this.ready = true;
		this.persistence.indexComplete(); // a snapshot of the whole index, if the store holds none or an outdated one
		this.touch();
		this.reportNewProblems();
	}

	/** Settings changed while the first pass ran: brought in line now, from the earliest "before". */
	private async applySettingsChangedMeanwhile(): Promise<void> {
		while (this.settingsBeforeFirstPass) {
			const before = this.settingsBeforeFirstPass;
			this.settingsBeforeFirstPass = null;
			await this.applySettingsChange(before);
			await this.queue.idle();
		}
	}

	/** Forgets everything and indexes the whole vault again. */
	async rebuild(): Promise<void> {
		if (this.firstPassRunning) await this.firstPassRunning; // never two first passes at once
		this.ready = false;
		this.starting = true; // busy from now: the auto-linker and the preview wait for the new pass
		this.touch();
		this.persistence.attach(await this.openRecords());
		await this.persistence.clear();
		this.problems.clear();
		for (const record of this.engine.index.documents()) this.engine.remove(record.path);
		await this.start();
	}

	/** Tells the views that something they show changed outside the index (e.g. a rejected suggestion). */
	touch(): void {
		this.engine.index.revision++;
		this.notify();
	}

	/** Re-reads one note now, whatever its mtime says (after an exclusion or a settings change). */
	reindex(path: string): void {
		if (!this.engine.compiled) this.reindexAfterThemes.add(path); // judged without themes, it would be read as unreadable
		else if (this.statOf(path)) this.queue.enqueue(path, true);
	}

	/** Settles when the first pass under way, if any, has ended: finished, or stopped by an unload. */
	whenFirstPassEnds(): Promise<void> {
		return this.firstPassRunning ?? Promise.resolve();
	}

	whenIdle(): Promise<void> {
		return this.queue.idle();
	}

	/** Settles once every save asked for so far, the last one at unload included, has finished. */
	whenSaved(): Promise<void> {
		return this.persistence.whenSaved();
	}

	/** The longest stretch of indexing work between two yields to the main thread, in ms. */
	get longestSliceMs(): number {
		return this.queue.longestSliceMs;
	}

	/** True while notes wait in the queue or a theme-note edit waits to be applied. */
	busy(): boolean {
		return this.starting || this.queue.size > 0 || this.themeReloadPending;
	}

	private reloadThemesSoon(): void {
		this.themeReloadPending = true;
		this.reloadThemesLater();
	}

	/**
	 * Settings that decide what is a source, what is a theme or how notes are judged changed (in the
	 * settings tab, or synced from another device): bring the index in line without a full rebuild.
	 */
	async settingsChanged(before: ThroughlineSettings): Promise<void> {
		this.touch();
		if (!this.ready) {
			this.settingsBeforeFirstPass ??= before; // applied when the first pass ends
			return;
		}
		await this.applySettingsChange(before);
	}

	private async applySettingsChange(before: ThroughlineSettings): Promise<void> {
		const { judgedAgain, sourcesMoved, excluded } = settingsChange(before, this.deps.settings());
		if (!sourcesMoved && excluded.length === 0) return;
		const affected = judgedAgain ? await this.engine.reloadThemes() : [];
		const stats = this.engine.sourceStats();
		const live = new Set(stats.map((s) => s.path));
		for (const record of this.engine.index.documents()) if (!live.has(record.path)) this.forget(record.path);
		const forced = new Set([...affected, ...excluded]);
		for (const stat of stats) {
			const known = this.engine.index.document(stat.path) !== undefined;
			if (judgedAgain || forced.has(stat.path) || !known) this.queue.enqueue(stat.path, true);
		}
		this.notify();
	}

	noteChanged(path: string): void {
		if (!this.engine.compiled) return; // before the first themes are loaded: start() lists every note anyway
		if (this.engine.isThemeNote(path)) {
			this.reloadThemesSoon();
			return;
		}
		if (!this.engine.isSource(path)) return;
		this.queue.enqueue(path, false);
	}

	noteRemoved(path: string): void {
		if (!this.engine.compiled) return; // start() reconciles the stored index with the vault
		if (this.engine.isThemeNote(path)) {
			this.reloadThemesSoon();
			return;
		}
		this.forget(path);
		this.notify();
	}

	noteRenamed(oldPath: string, newPath: string): void {
		if (!this.engine.compiled) return;
		if (this.engine.isThemeNote(oldPath) || this.engine.isThemeNote(newPath)) this.reloadThemesSoon();
		if (this.engine.index.document(oldPath)) {
			this.engine.rename(oldPath, newPath); // shown at once under its new name...
			this.persistence.gone(oldPath);
			if (this.engine.index.document(newPath)) this.persistence.changed(newPath);
			this.persistence.saveSoon();
			this.notify();
		}
		// ...and read again there: its title and format may follow its name, and a read still due for
		// the old path (queued, or under way while it moved) is due for the new one.
		if (this.engine.isSource(newPath)) this.queue.enqueue(newPath, true);
	}

	private async refresh(stat: NoteStat, force: boolean): Promise<void> {
		const changed = await this.engine.refresh(stat, force);
		if (!changed) return;
		if (this.statOf(stat.path) === null) {
			// Renamed or deleted while it was being read: its event came before the record existed.
			this.forget(stat.path);
			this.notify();
			return;
		}
		this.persistence.changed(stat.path);
		this.readThisSession.add(stat.path);
		this.persistence.saveSoon();
		this.notify();
		if (this.ready && (this.engine.index.document(stat.path)?.problems.length ?? 0) > 0) this.reportProblemsSoon();
	}

	private reportNewProblems(): void {
		this.problems.reportNew(this.engine.index.documents().filter((record) => this.readThisSession.has(record.path)));
	}

	private forget(path: string): void {
		this.engine.remove(path);
		this.problems.forget(path);
		this.persistence.gone(path);
		this.persistence.saveSoon();
	}

	private async applyThemeChange(): Promise<void> {
		const affected = await this.engine.reloadThemes();
		this.notify();
		for (const path of affected) this.queue.enqueue(path, true);
		this.themeReloadPending = false;
	}

	private statOf(path: string): NoteStat | null {
		const file = this.deps.app.vault.getFileByPath(path);
		return file ? { path, size: file.stat.size, mtime: file.stat.mtime } : null;
	}

	private reportProgress(progress: QueueProgress): void {
		this.progress = progress.done < progress.total ? progress : null;
		this.deps.showStatus(this.progress ? progressText(this.progress) : "");
		this.touch(); // a new revision: the sidebar redraws its progress, and leaves "Indexing…" when done
	}

	private notify(): void {
		for (const listener of this.listeners) listener();
	}
}
