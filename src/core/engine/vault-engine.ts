// The engine shared by the app and the shell: which notes are sources, which are themes, and how
// one note's change reaches the index. It reads notes only through the NoteStore port.

import type { FrontmatterParser, NoteStat, NoteStore } from "../ports";
import { isInFolder, type ThroughlineSettings } from "../settings";
import { analyzeNote, unreadableRecord, type AnalysisContext } from "../index/analyze";
import { needsReanalysis } from "../index/theme-change";
import { DEFAULT_SLICE_BUDGET_MS, type SliceHost } from "../work-queue";
import { parseSource } from "../sources/parse-source";
import { type TermQuote, quoteTerm } from "../suggestions/quote";
import { ThemeIndex } from "../index/theme-index";
import { compileThemes } from "../themes/matcher";
import { DEFAULT_SCORING } from "../themes/scoring";
import { isThemeNotePath, themeNoteStats, themesFromNotes, type LoadedThemes } from "./theme-loader";
import { checkReadable, encodingWarning } from "./readable-input";
import type { DocumentRecord } from "../index/record";
import type { CompiledThemes } from "../themes/matcher";
import type { ThemeDefinition } from "../model";

/** A note that is not clean UTF-8 is indexed, but carries the warning that keeps writes away from it. */
function withEncodingWarning(record: DocumentRecord, raw: string): DocumentRecord {
	const warning = encodingWarning(raw);
	return warning === null ? record : { ...record, problems: [...record.problems, warning] };
}

/** The reader's exclusions kept in settings (they survive an importer rewriting the note). */
export function applyStoredExclusions(record: DocumentRecord, excluded: string[]): DocumentRecord {
	if (excluded.length === 0) return record;
	const wanted = new Set(excluded.map((e) => e.toLowerCase()));
	const decisions = record.decisions.map((d) =>
		wanted.has(d.themeId) && d.linked ? { ...d, linked: false, why: "not linked: excluded by you" } : d,
	);
	return { ...record, decisions, excludedThemes: [...new Set([...record.excludedThemes, ...excluded])] };
}

export interface EngineDeps {
	store: NoteStore;
	frontmatter: FrontmatterParser;
	settings: () => ThroughlineSettings;
	/** The app's clock and main thread: long checks give it back every slice (the shell has none). */
	host?: SliceHost;
}

/**
 * The vault's own trash; never a source. (The configuration folder is never listed: Obsidian's
 * vault leaves it out, and the shell's store skips it by name.)
 */
const SYSTEM_FOLDERS = [".trash"];

export class VaultEngine {
	/** Replaced wholesale only by `adopt` (a warm start); otherwise updated in place. */
	index = new ThemeIndex();
	loaded: LoadedThemes = { themes: [], fromStarterPack: true, problems: [] };
	private context: AnalysisContext | null = null;

	constructor(private readonly deps: EngineDeps) {}

	/** True for notes that are indexed as sources (not themes, not excluded, not waiting in the inbox). */
	isSource(path: string): boolean {
		const s = this.deps.settings();
		if (!path.toLowerCase().endsWith(".md")) return false;
		const blocked = [...SYSTEM_FOLDERS, s.themesFolder, s.inboxFolder, ...s.excludedFolders];
		return !blocked.some((folder) => isInFolder(path, folder));
	}

	isThemeNote(path: string): boolean {
		return isThemeNotePath(path, this.deps.settings().themesFolder);
	}

	/** Reads the theme notes (or takes the starter pack); returns the sources a change could affect. */
	async reloadThemes(): Promise<string[]> {
		const stats = themeNoteStats(this.deps.store.list(), this.deps.settings().themesFolder);
		const notes = await Promise.all(stats.map(async (s) => ({ path: s.path, raw: await this.readOrEmpty(s.path) })));
		this.loaded = themesFromNotes(notes, this.deps.frontmatter);
		this.context = {
			frontmatter: this.deps.frontmatter,
			compiled: compileThemes(this.loaded.themes),
			scoring: { ...DEFAULT_SCORING, linkThreshold: this.deps.settings().linkThreshold },
		};
		return await this.setThemesKeepingAnalyses(this.loaded.themes);
	}

	/**
	 * A theme that only gained or lost its note (a hub Throughline created or removed) matches as
	 * before: no note needs re-reading for it. Only changes to what counts name notes to re-analyse;
	 * a note named only by its fingerprint is re-analysed when its text holds a touched phrase.
	 */
	private async setThemesKeepingAnalyses(themes: ThemeDefinition[]): Promise<string[]> {
		const pathById = new Map(this.index.themes.map((t) => [t.id, t.path]));
		const withOldPaths = themes.map((t) => (pathById.has(t.id) ? { ...t, path: pathById.get(t.id) ?? null } : t));
		const plan = this.index.planThemes(withOldPaths);
		this.index.setThemes(themes);
		const paths = plan.reread.slice();
		const host = this.deps.host;
		let sliceStart = host?.now() ?? 0;
		for (const path of plan.verify) {
			const raw = await this.readOrNull(path);
			if (needsReanalysis(plan, path, raw, (p, text) => this.excludedRanges(p, text))) paths.push(path);
			if (host && host.now() - sliceStart >= DEFAULT_SLICE_BUDGET_MS) {
				await host.yieldToMain(); // an alias of everyday words has thousands of notes to check
				sliceStart = host.now();
			}
		}
		return paths.sort();
	}

	/** The ranges analysis excludes in a note, as its analysis would find them; null when it cannot be parsed. */
	private excludedRanges(path: string, raw: string): number[] | null {
		try {
			return parseSource(path, raw, this.deps.frontmatter).excluded;
		} catch {
			return null;
		}
	}

	/** A quote of the note's first use of a term's form, read from its text now; null when it cannot be read or no passage uses it. */
	async quoteTerm(path: string, form: string): Promise<TermQuote | null> {
		const raw = await this.readOrNull(path);
		if (raw === null) return null;
		return quoteTerm(raw, parseSource(path, raw, this.deps.frontmatter).passages, form);
	}

	/** The sources the vault lists now. */
	sourceStats(): NoteStat[] {
		return this.deps.store.list().filter((s) => this.isSource(s.path));
	}

	/** Re-reads and re-analyses one source unless the index already holds it at this size and mtime. */
	async refresh(stat: NoteStat, force = false): Promise<boolean> {
		const known = this.index.document(stat.path);
		if (!force && known && known.size === stat.size && known.mtime === stat.mtime) return false;
		try {
			this.upsertText(stat, await this.deps.store.read(stat.path));
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			this.index.upsert(unreadableRecord(stat.path, "", stat, `the note could not be read (${reason})`));
		}
		return true;
	}

	/** Analyses text already in hand (the benchmark and the app's modify events have it). */
	upsertText(stat: NoteStat, raw: string): void {
		const facts = { size: stat.size, mtime: stat.mtime };
		const problem = checkReadable(raw);
		const record = problem ? unreadableRecord(stat.path, "", facts, problem) : withEncodingWarning(analyzeNote(stat.path, raw, this.requireContext(), facts), raw);
		this.index.upsert(applyStoredExclusions(record, this.deps.settings().excludedThemesByNote[stat.path] ?? []));
	}

	/** The compiled themes, for decorating mentions in the views; null before themes are loaded. */
	get compiled(): CompiledThemes | null {
		return this.context?.compiled ?? null;
	}

	/** Takes over an index restored from the local store; `reloadThemes` must follow. */
	adopt(index: ThemeIndex): void {
		this.index = index;
	}

	remove(path: string): void {
		this.index.remove(path);
	}

	rename(oldPath: string, newPath: string): void {
		if (this.isSource(newPath)) this.index.rename(oldPath, newPath);
		else this.index.remove(oldPath);
	}

	/** Themes, then every source, in order (the shell's full scan; with a restored index, a warm one). */
	async indexAll(onProgress?: (done: number, total: number) => void): Promise<void> {
		const affected = new Set(await this.reloadThemes());
		const stats = this.sourceStats();
		const live = new Set(stats.map((s) => s.path));
		for (const record of this.index.documents()) if (!live.has(record.path)) this.index.remove(record.path);
		for (let i = 0; i < stats.length; i++) {
			await this.refresh(stats[i], affected.has(stats[i].path));
			onProgress?.(i + 1, stats.length);
		}
	}

	private requireContext(): AnalysisContext {
		if (!this.context) throw new Error("themes were not loaded before indexing");
		return this.context;
	}

	/** A theme note that cannot be read still names a theme. */
	private async readOrEmpty(path: string): Promise<string> {
		return (await this.readOrNull(path)) ?? "";
	}

	private async readOrNull(path: string): Promise<string | null> {
		try {
			return await this.deps.store.read(path);
		} catch {
			return null;
		}
	}
}
