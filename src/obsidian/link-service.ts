// Plans, previews, writes and removes Throughline's links inside Obsidian, through the same core
// planner as the shell. Hubs are written with vault.process, properties with processFrontMatter;
// the ledger that makes every write undoable lives beside the shell's, in the plugin's folder.

import { normalizePath, TFile, type App } from "obsidian";
import { buildHubs, buildPropertyLinks } from "../core/engine/hub-builder";
import type { ThemeIndex } from "../core/index/theme-index";
import { applyLinkPlan, type ApplyResult, type PropertyWrite } from "../core/links/apply";
import type { FrontmatterWriter, LinkLedger, LinkPlan, NoteEdit } from "../core/links/hub-model";
import { withFormats } from "../core/links/importer-owned";
import { emptyLedger, parseLedger, renameInLedger } from "../core/links/ledger";
import type { NoteStore } from "../core/ports";
import { changedLines } from "../core/links/describe";
import { planLinks, planUnlink } from "../core/links/plan";
import type { ThroughlineSettings } from "../core/settings";
import type { DiffLine, LinkPreviewItem } from "../ui/modals/link-preview";
import { parseFrontmatter } from "./frontmatter";
import { ObsidianNoteStore } from "./note-store";

const LEDGER_NAME = "ledger.json";
const REPLACEMENT_CHAR = "\ufffd"; // what Obsidian shows where a note's bytes were not UTF-8
const NOT_UTF8 = "it is not valid UTF-8 (perhaps saved as Latin-1 or Windows-1252); Throughline does not rewrite it, so its bytes stay exactly as they are";

/** Obsidian read this note with U+FFFD in place of some bytes: writing it back would lose them. */
function refuseUndecodedText(text: string): void {
	if (text.includes(REPLACEMENT_CHAR)) throw new Error(NOT_UTF8);
}

/** The vault's notes, but a note that did not decode cleanly is never rewritten. */
function bytePreservingStore(app: App): NoteStore {
	const store = new ObsidianNoteStore(app);
	return {
		list: () => store.list(),
		read: (path) => store.read(path),
		exists: (path) => store.exists(path),
		create: (path, text) => store.create(path, text),
		remove: (path) => store.remove(path),
		process: (path, edit) =>
			store.process(path, (current) => {
				refuseUndecodedText(current);
				return edit(current);
			}),
	};
}

/** Lines that differ between two texts, with one line of context before: enough for a preview. */
export function diffLines(before: string | null, after: string | null): DiffLine[] {
	const { lines } = changedLines(before, after, 1);
	while (lines.length > 0 && lines[lines.length - 1].kind === "same") lines.pop(); // no context after
	return lines;
}

function themeIdsOf(edit: NoteEdit, hubPathToTheme: Map<string, string>): string[] {
	const hubTheme = hubPathToTheme.get(edit.path);
	if (hubTheme) return [hubTheme];
	if (edit.change.kind === "property-set") return edit.change.links.map((l) => l.replace(/^\[\[|\]\]$/g, "").toLowerCase().replace(/\s+/g, "-"));
	return [];
}

function asList(value: unknown): string[] | undefined {
	if (Array.isArray(value)) return value.map(String);
	return typeof value === "string" ? [value] : undefined;
}

/** A planned link pass: the plan, the ledger it was planned against, and each hub path's theme. */
export interface PlannedLinks {
	plan: LinkPlan;
	ledger: LinkLedger;
	hubPaths: Map<string, string>;
}

export class LinkService {
	/**
	 * Every read-modify-write of the ledger (a link pass, an accepted preview, remove-all, a rename)
	 * runs after the previous one finished: two of them interleaved would each save a ledger
	 * missing the other's entries, and undo would then lose track of what was written.
	 */
	private queue: Promise<unknown> = Promise.resolve();

	constructor(private readonly app: App, private readonly settings: () => ThroughlineSettings) {}

	/** Runs `work` after every ledger change queued before it; a failure does not block the next. */
	private serial<T>(work: () => Promise<T>): Promise<T> {
		const next = this.queue.then(work, work);
		this.queue = next.catch(() => undefined);
		return next;
	}

	private get ledgerPath(): string {
		return normalizePath(`${this.app.vault.configDir}/plugins/throughline/${LEDGER_NAME}`);
	}

	/**
	 * The record of what Throughline wrote. A file that exists but cannot be read stops every write:
	 * writing over it would lose the record of earlier links, and with it the exact undo.
	 */
	async readLedger(): Promise<LinkLedger> {
		const adapter = this.app.vault.adapter;
		if (!(await adapter.exists(this.ledgerPath))) return emptyLedger();
		let parsed: ReturnType<typeof parseLedger> | null = null;
		try {
			parsed = parseLedger(JSON.parse(await adapter.read(this.ledgerPath)));
		} catch {
			parsed = null;
		}
		if (parsed === null || parsed.problem !== null) {
			throw new Error(`its record of earlier links (${this.ledgerPath}) could not be read, so nothing was written; fix that file or move it aside, then try again`);
		}
		return parsed.ledger;
	}

	private async writeLedger(ledger: LinkLedger): Promise<void> {
		const folder = this.ledgerPath.slice(0, this.ledgerPath.lastIndexOf("/"));
		if (!(await this.app.vault.adapter.exists(folder))) await this.app.vault.adapter.mkdir(folder);
		await this.app.vault.adapter.write(this.ledgerPath, JSON.stringify(ledger, null, "\t"));
	}

	/** Reads, asynchronously, the notes a plan may need to see (the planner reads synchronously). */
	private async snapshot(paths: Iterable<string>): Promise<Map<string, string>> {
		const texts = new Map<string, string>();
		for (const path of new Set(paths)) {
			const file = this.app.vault.getFileByPath(path);
			if (file) texts.set(path, await this.app.vault.cachedRead(file));
		}
		return texts;
	}

	/**
	 * The link plan for the index as it stands; nothing is written. `withoutThemes` leaves those
	 * themes out entirely (the ones the reader unticked in the preview): no hub, no property value.
	 */
	planLinks(index: ThemeIndex, withoutThemes: ReadonlySet<string> = new Set()): Promise<PlannedLinks> {
		return this.serial(() => this.planNow(index, withoutThemes));
	}

	private async planNow(index: ThemeIndex, withoutThemes: ReadonlySet<string>): Promise<PlannedLinks> {
		const settings = this.settings();
		const kept = (theme: { id: string }): boolean => !withoutThemes.has(theme.id);
		const hubs = buildHubs(index).filter((hub) => kept(hub.theme));
		const allProperties = settings.linkMode === "hub" ? [] : withFormats(buildPropertyLinks(index), (path) => index.document(path)?.format);
		const propertyLinks = allProperties.map((links) => ({ ...links, themes: links.themes.filter(kept) }));
		const ledger = await this.readLedger();
		const themesFolder = settings.themesFolder;
		const hubPaths = new Map(hubs.map((h) => [h.theme.path ?? `${themesFolder}/${h.theme.name}.md`, h.theme.id]));
		const texts = await this.snapshot([...hubPaths.keys(), ...propertyLinks.map((p) => p.path), ...Object.keys(ledger.properties)]);
		const plan = planLinks(hubs, propertyLinks, { read: (p) => texts.get(p) ?? null }, settings, ledger);
		return { plan, ledger, hubPaths };
	}

	/** Plans and writes every link in one step, with no other ledger change in between (auto-link). */
	linkPass(index: ThemeIndex): Promise<ApplyResult> {
		return this.serial(async () => {
			const { plan } = await this.planNow(index, new Set());
			return this.applyNow(plan);
		});
	}

	/** The plan as the preview modal shows it. */
	previewItems(plan: LinkPlan, hubPaths: Map<string, string>): LinkPreviewItem[] {
		return plan.edits.map((edit) => ({
			path: edit.path,
			action: edit.action === "delete" ? "unlink" : edit.action === "create" ? "create" : "update",
			summary: edit.summary,
			themeIds: themeIdsOf(edit, hubPaths),
			diff: diffLines(edit.before, edit.after),
		}));
	}

	/**
	 * Writes the accepted part of a plan and saves the ledger. The ledger is read again when the
	 * write starts (not the one the plan was made with): a rename or an auto-link pass may have
	 * changed it while the preview was open. `_plannedLedger` is kept for callers' convenience.
	 */
	apply(plan: LinkPlan, _plannedLedger?: LinkLedger, acceptedPaths?: Set<string>): Promise<ApplyResult> {
		const edits = acceptedPaths ? plan.edits.filter((e) => acceptedPaths.has(e.path)) : plan.edits;
		return this.serial(() => this.applyNow({ edits, problems: plan.problems }));
	}

	private async applyNow(plan: LinkPlan): Promise<ApplyResult> {
		if (plan.edits.length === 0) return { ledger: await this.readLedger(), applied: [], problems: plan.problems };
		const ledger = await this.readLedger();
		const result = await applyLinkPlan(plan, bytePreservingStore(this.app), ledger, this.frontmatterWriter());
		await this.writeLedger(result.ledger);
		return result;
	}

	/** Keeps the ledger's record of a note that was renamed, so that undo still finds it. */
	noteRenamed(oldPath: string, newPath: string): Promise<void> {
		return this.serial(async () => {
			const ledger = await this.readLedger();
			if (!ledger.hubs[oldPath] && !ledger.properties[oldPath]) return;
			await this.writeLedger(renameInLedger(ledger, oldPath, newPath));
		});
	}

	/** Plans the removal of everything Throughline wrote (theme notes are searched for stray blocks too). */
	planUnlink(): Promise<{ plan: LinkPlan; ledger: LinkLedger }> {
		return this.serial(() => this.planUnlinkNow());
	}

	private async planUnlinkNow(): Promise<{ plan: LinkPlan; ledger: LinkLedger }> {
		const ledger = await this.readLedger();
		const themesFolder = this.settings().themesFolder;
		const candidates = this.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith(themesFolder + "/")).map((f) => f.path);
		const texts = await this.snapshot([...candidates, ...Object.keys(ledger.hubs), ...Object.keys(ledger.properties)]);
		return { plan: planUnlink({ read: (p) => texts.get(p) ?? null }, ledger, candidates), ledger };
	}

	/** Property writes through processFrontMatter: Obsidian's own atomic YAML round trip. */
	private frontmatterWriter(): FrontmatterWriter {
		return {
			update: async (path, key, change) => {
				const file = this.app.vault.getAbstractFileByPath(path);
				if (!(file instanceof TFile)) throw new Error(`${path} is no longer in the vault`);
				// Every write to the note while we read, write and read again: more than ours means another
				// writer (an importer, the reader) landed in between, so before/after do not describe our change alone.
				let writes = 0;
				const watch = this.app.vault.on("modify", (changed) => void (changed.path === file.path && writes++));
				try {
					const before = await this.app.vault.read(file);
					refuseUndecodedText(before);
					// From the text just read, not the metadata cache: the cache may not have seen the latest write yet.
					const current = asList(parseFrontmatter(before).data?.[key]);
					if (JSON.stringify(change(current)) === JSON.stringify(current)) return { before, after: before }; // nothing to write
					await this.app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
						const next = change(asList(frontmatter[key]));
						if (next === undefined) delete frontmatter[key];
						else frontmatter[key] = next;
					});
					const outcome: PropertyWrite = { before, after: await this.app.vault.read(file), exact: writes <= 1 };
					return outcome;
				} finally {
					this.app.vault.offref(watch);
				}
			},
		};
	}
}
