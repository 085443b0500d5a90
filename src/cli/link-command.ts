// `link` and `unlink` in the headless runner (see /work/shared/headless.md): the same plan, apply
// and undo as the app, over a vault folder on disk. The ledger of what Throughline wrote is its own
// file, <vault>/.obsidian/plugins/throughline/ledger.json, never part of the synced settings.

import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { applyLinkPlan, type AppliedEdit } from "../core/links/apply";
import { countEdits, describePlan } from "../core/links/describe";
import type { LinkLedger, LinkPlan, NoteEdit, LinkProblem, LinkSettings, PropertyLinks, SkippedNote, ThemeHub } from "../core/links/hub-model";
import { parseLedger } from "../core/links/ledger";
import { planLinks, planUnlink } from "../core/links/plan";
import type { NoteStore } from "../core/ports";
import { replaceFileAtomically } from "./atomic-write";
import { FsNoteStore } from "./fs-note-store";
import { readVaultSettings } from "./vault-settings";

export const PLUGIN_FOLDER = ".obsidian/plugins/throughline";
export const LEDGER_FILE = `${PLUGIN_FOLDER}/ledger.json`;

export type LinkMode = LinkSettings["linkMode"];

export interface CommandIo {
	stdout(text: string): void;
	stderr(text: string): void;
}

export interface LinkOptions {
	vault: string;
	dryRun: boolean;
	/** Overrides the mode in the vault's settings; undefined keeps it. */
	mode?: LinkMode;
	json: boolean;
}

export interface LinkDeps {
	buildHubs: (store: NoteStore) => Promise<{ hubs: ThemeHub[]; propertyLinks: PropertyLinks[] }>;
	io: CommandIo;
	/** Settings as the lead's loader read them; else read here from data.json with defaults. */
	settings?: Partial<LinkSettings> & { excludedFolders?: string[] };
}

export type UnlinkOptions = Omit<LinkOptions, "mode">;
export type UnlinkDeps = Omit<LinkDeps, "buildHubs">;

const EXIT_OK = 0;
const EXIT_PROBLEMS = 1;
const EXIT_USAGE = 2;

/** The ledger file on disk: the ledger plus the folders Throughline made (undo removes them when empty). */
interface StoredLedger extends LinkLedger {
	createdFolders?: string[];
}

/** A JSON file's value and its text; a missing file is null, an unreadable or invalid one a problem. */
function readJson(file: string): { value: unknown; text: string | null; problem: string | null } {
	let text: string;
	try {
		text = readFileSync(file, "utf8");
	} catch (error) {
		const code = (error as { code?: string }).code;
		if (code === "ENOENT") return { value: null, text: null, problem: null };
		const why = code === "EISDIR" ? "it is a folder, not a file" : code === "EACCES" || code === "EPERM" ? "permission was denied" : (code ?? "unknown error");
		return { value: null, text: null, problem: `could not be read (${why}); it was ignored` };
	}
	try {
		return { value: JSON.parse(text) as unknown, text, problem: null };
	} catch {
		return { value: null, text, problem: "it is not valid JSON; it was ignored" };
	}
}

function stringList(value: unknown): string[] | undefined {
	return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : undefined;
}

type CommandSettings = LinkSettings & { excludedFolders: string[] };

/** Link settings from data.json (shared reader, defaults when absent), then the caller's, then --mode. */
function loadSettings(vault: string, deps: LinkDeps | UnlinkDeps, mode: LinkMode | undefined, problems: LinkProblem[]): CommandSettings {
	const stored = readVaultSettings(vault);
	if (stored.problem) problems.push({ path: `${PLUGIN_FOLDER}/data.json`, message: "the settings file is not valid JSON; the defaults were used" });
	const merged: CommandSettings = {
		themesFolder: stored.settings.themesFolder,
		importerOwnedFolders: stored.settings.importerOwnedFolders,
		linkMode: stored.settings.linkMode,
		propertyKey: stored.settings.propertyKey,
		excludedFolders: stored.settings.excludedFolders,
	};
	for (const layer of [deps.settings ?? {}, { linkMode: mode }]) {
		for (const [key, value] of Object.entries(layer)) if (value !== undefined) Object.assign(merged, { [key]: value });
	}
	return merged;
}

export function isLinkMode(value: unknown): value is LinkMode {
	return value === "hub" || value === "property" || value === "both";
}

function loadLedger(vault: string, problems: LinkProblem[]): { ledger: LinkLedger; createdFolders: string[]; text: string | null; damaged: boolean } {
	const file = join(vault, LEDGER_FILE);
	const stored = readJson(file);
	if (stored.problem) problems.push({ path: LEDGER_FILE, message: stored.problem });
	const parsed = parseLedger(stored.value);
	if (parsed.problem) problems.push({ path: LEDGER_FILE, message: parsed.problem });
	const createdFolders = stringList((stored.value as StoredLedger | null)?.createdFolders) ?? [];
	return { ledger: parsed.ledger, createdFolders, text: stored.text, damaged: stored.problem !== null || parsed.problem !== null };
}

/** Folders on the way to `path` (vault-relative) that do not exist yet, outermost first. */
function missingFolders(vault: string, path: string): string[] {
	const parts = path.split("/").slice(0, -1);
	const missing: string[] = [];
	for (let i = 1; i <= parts.length; i++) {
		const folder = parts.slice(0, i).join("/");
		if (!existsSync(join(vault, folder))) missing.push(folder);
	}
	return missing;
}

/** Removes the folders Throughline made once they are empty, deepest first; returns those still there. */
function pruneCreatedFolders(vault: string, folders: string[]): string[] {
	const remaining: string[] = [];
	for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
		const full = join(vault, folder);
		if (!existsSync(full)) continue;
		if (readdirSync(full).length === 0) rmdirSync(full);
		else remaining.push(folder);
	}
	return remaining.sort();
}

/** A store that remembers the folders its `create` had to make. */
function trackingStore(store: FsNoteStore, vault: string, createdFolders: Set<string>): NoteStore {
	return {
		list: () => store.list(),
		read: (path) => store.read(path),
		exists: (path) => store.exists(path),
		process: (path, edit) => store.process(path, edit),
		create: async (path, text) => {
			const missing = missingFolders(vault, path);
			await store.create(path, text);
			for (const folder of missing) createdFolders.add(folder);
		},
		remove: (path) => store.remove(path),
	};
}

/** Writes the ledger (atomically), or removes it and its folders when nothing is recorded. */
function saveLedger(vault: string, ledger: LinkLedger, folders: Set<string>, previousText: string | null): void {
	const file = join(vault, LEDGER_FILE);
	const empty = Object.keys(ledger.hubs).length === 0 && Object.keys(ledger.properties).length === 0;
	if (empty) {
		if (previousText !== null) rmSync(file, { force: true }); // already gone is as good as removed
		pruneCreatedFolders(vault, [...folders]);
		return;
	}
	const kept = pruneCreatedFolders(vault, [...folders]);
	const createdFolders = [...new Set([...kept, ...missingFolders(vault, LEDGER_FILE)])].sort();
	const stored: StoredLedger = { ...ledger, createdFolders };
	const text = `${JSON.stringify(stored, null, "\t")}\n`;
	if (text === previousText) return;
	replaceFileAtomically(file, text);
}

interface Prepared {
	vault: string;
	store: FsNoteStore;
	settings: CommandSettings;
	ledger: LinkLedger;
	folders: Set<string>;
	ledgerText: string | null;
	/** The ledger file exists but could not be read: link writes nothing. */
	ledgerDamaged: boolean;
	problems: LinkProblem[];
}

/** Checks the vault and reads settings and ledger; a plain-words message when the vault cannot be used. */
function prepare(opts: UnlinkOptions, deps: UnlinkDeps, mode: LinkMode | undefined): Prepared | string {
	const vault = resolve(opts.vault);
	if (!existsSync(vault) || !statSync(vault).isDirectory()) return `${opts.vault}: not a folder that can be read as a vault`;
	if (mode !== undefined && !isLinkMode(mode)) return `--mode: must be hub, property or both, not "${String(mode)}"`;
	const problems: LinkProblem[] = [];
	const settings = loadSettings(vault, deps, mode, problems);
	const loaded = loadLedger(vault, problems);
	const store = new FsNoteStore(vault, { excludedFolders: settings.excludedFolders });
	return { vault, store, settings, ledger: loaded.ledger, folders: new Set(loaded.createdFolders), ledgerText: loaded.text, ledgerDamaged: loaded.damaged, problems };
}

function noteReader(store: FsNoteStore) {
	return {
		read: (path: string): string | null => {
			try {
				return store.readIfExists(path);
			} catch {
				return null;
			}
		},
	};
}

interface Report {
	command: "link" | "unlink";
	vault: string;
	mode?: LinkMode;
	dryRun: boolean;
	edits: { path: string; action: NoteEdit["action"]; summary: string; written?: boolean }[];
	/** Notes that would have been linked but are left alone on purpose (an importer owns them). */
	skipped: SkippedNote[];
	problems: LinkProblem[];
}

function output(report: Report, plan: LinkPlan, applied: AppliedEdit[] | null, opts: UnlinkOptions, io: CommandIo): number {
	const counts = countEdits({ edits: report.edits.map((edit) => ({ action: edit.action })) });
	const written = applied === null ? 0 : applied.filter((edit) => edit.written).length;
	if (opts.json) io.stdout(`${JSON.stringify({ ...report, counts: { ...counts, written } }, null, 2)}\n`);
	else if (applied === null) io.stdout(`${describePlan({ edits: plan.edits, problems: [], skipped: plan.skipped })}\n(dry run: nothing was written)\n`);
	else io.stdout(humanReport(report.command, applied, written, report.skipped.length));
	for (const problem of report.problems) io.stderr(`${oneLine(`${problem.path}: ${problem.message}`)}\n`); // one line each, whoever the caller
	return report.problems.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

/** A message as one stderr line: a break inside it would split one problem into two. */
function oneLine(text: string): string {
	return text.replace(/\s*[\r\n]+\s*/g, " ");
}

function humanReport(command: string, applied: AppliedEdit[], written: number, skipped: number): string {
	const lines = applied.filter((edit) => edit.written).map((edit) => `${edit.action} ${edit.path}: ${edit.summary}`);
	if (skipped > 0) lines.push(`${skipped} note(s) left alone: an importer writes them (--dry-run lists them and why).`);
	lines.push(written === 0 ? `${command}: nothing to change.` : `${command}: ${written} file(s) written.`);
	return `${lines.join("\n")}\n`;
}

async function execute(prepared: Prepared, plan: LinkPlan, report: Report, opts: UnlinkOptions, io: CommandIo): Promise<number> {
	report.problems.push(...prepared.problems, ...plan.problems);
	report.skipped = plan.skipped ?? [];
	if (opts.dryRun) {
		report.edits = plan.edits.map(({ path, action, summary }) => ({ path, action, summary }));
		return output(report, plan, null, opts, io);
	}
	const store = trackingStore(prepared.store, prepared.vault, prepared.folders);
	const result = await applyLinkPlan(plan, store, prepared.ledger);
	report.edits = result.applied.map(({ path, action, summary, written }) => ({ path, action, summary, written }));
	report.problems.push(...result.problems);
	try {
		saveLedger(prepared.vault, result.ledger, prepared.folders, prepared.ledgerText);
	} catch (error) {
		report.problems.push({ path: LEDGER_FILE, message: `could not be saved (${error instanceof Error ? error.message : String(error)}); the next unlink may not restore exact bytes` });
	}
	return output(report, plan, result.applied, opts, io);
}

/** `link <vault> [--dry-run] [--mode hub|property|both] [--json]`: exit 0, 1 (some notes had problems) or 2. */
export async function runLink(opts: LinkOptions, deps: LinkDeps): Promise<number> {
	const prepared = prepare(opts, deps, opts.mode);
	if (typeof prepared === "string") {
		deps.io.stderr(`${prepared}\n`);
		return EXIT_USAGE;
	}
	let model;
	try {
		model = await deps.buildHubs(prepared.store);
	} catch (error) {
		deps.io.stderr(`${opts.vault}: the vault could not be read (${error instanceof Error ? error.message : String(error)})\n`);
		return EXIT_USAGE;
	}
	const plan = planLinks(model.hubs, model.propertyLinks, noteReader(prepared.store), prepared.settings, prepared.ledger);
	// Writing over a ledger that could not be read would lose the record of earlier writes (and exact undo).
	const refuse = prepared.ledgerDamaged && !opts.dryRun;
	if (refuse) prepared.problems.push({ path: LEDGER_FILE, message: "nothing was written, so that the record of earlier links is not lost; fix or move the file aside, then link again" });
	const report: Report = { command: "link", vault: prepared.vault, mode: prepared.settings.linkMode, dryRun: opts.dryRun || refuse, edits: [], skipped: [], problems: [] };
	return execute(prepared, plan, report, refuse ? { ...opts, dryRun: true } : opts, deps.io);
}

/** `unlink <vault> [--dry-run] [--json]`: removes everything Throughline wrote, restoring exact bytes. */
export async function runUnlink(opts: UnlinkOptions, deps: UnlinkDeps): Promise<number> {
	const prepared = prepare(opts, deps, undefined);
	if (typeof prepared === "string") {
		deps.io.stderr(`${prepared}\n`);
		return EXIT_USAGE;
	}
	const everyNote = prepared.store.list().map((note) => note.path);
	const plan = planUnlink(noteReader(prepared.store), prepared.ledger, everyNote);
	const report: Report = { command: "unlink", vault: prepared.vault, dryRun: opts.dryRun, edits: [], skipped: [], problems: [] };
	return execute(prepared, plan, report, opts, deps.io);
}
