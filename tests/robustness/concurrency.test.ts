// @vitest-environment happy-dom
// A link pass running while an importer rewrites a source note and the reader edits a theme note.
// The store (headless) or the vault (app) is wrapped so that the two writes land between any two
// steps of the pass: every pair of steps is tried, in hub and in property mode. Nothing is lost —
// the reader's text outside the block survives byte for byte, the importer's rewrite survives — and a
// second pass converges (a third plans nothing).

import { describe, expect, it } from "vitest";
import { grayMatterFrontmatter } from "../../src/cli/gray-matter-frontmatter";
import { buildHubs, buildPropertyLinks } from "../../src/core/engine/hub-builder";
import { VaultEngine } from "../../src/core/engine/vault-engine";
import { applyLinkPlan } from "../../src/core/links/apply";
import { removeHubBlock } from "../../src/core/links/hub-block";
import type { LinkLedger } from "../../src/core/links/hub-model";
import { BLOCK_START } from "../../src/core/links/hub-render";
import { emptyLedger } from "../../src/core/links/ledger";
import { planLinks } from "../../src/core/links/plan";
import type { NoteStat, NoteStore } from "../../src/core/ports";
import { migrateSettings } from "../../src/core/settings";
import { idle, startPlugin, textOf, type Loaded } from "../app/harness";

type Mode = "hub" | "property";
const MODES: Mode[] = ["hub", "property"];

const THEME = "Themes/Scaling.md";
const IMPORTED = "Readwise/Scaling talk.md"; // importer-owned: Throughline never writes it
const TRANSCRIPT = "Transcripts/Scaling talk.md"; // re-imported by a transcript importer; property mode writes it
const VAULT: Record<string, string> = {
	[THEME]: "---\naliases: [scaling laws]\n---\nWhat I keep about scaling.\n",
	"Themes/Alignment.md": "---\naliases: [reward model]\n---\n",
	[IMPORTED]: "# Scaling talk\n\n## Highlights\n- Scaling laws hold across sizes. Scaling laws again.\n",
	[TRANSCRIPT]: "---\nsource: whisper\n---\nThe speaker explains scaling laws and the reward model. Scaling laws, again.\n",
	"Notes/Mine.md": "My note on the reward model and the reward model again.\n",
};
const IMPORTER_REWRITES: Record<string, string> = {
	[IMPORTED]: "# Scaling talk\n\n## Highlights\n- Scaling laws hold across sizes. Scaling laws again.\n- A new highlight on scaling laws, synced mid-pass.\n",
	[TRANSCRIPT]: "---\nsource: whisper\nimported: again\n---\nA re-import: scaling laws, scaling laws and the reward model.\n",
};
const READER_FIRST_LINE = "A line the reader typed at the top while links were written.\n";
const READER_LAST_LINE = "\nAnd one at the very end.\n";

/** The reader's edit: a line above everything and one below everything, the rest untouched. */
function readerEdit(text: string): string {
	return `${READER_FIRST_LINE}${text}${READER_LAST_LINE}`;
}

/** What happens between two steps of a pass: the importer's rewrite and the reader's edit, each at its own step. */
interface Interference {
	importerAt: number;
	readerAt: number;
}

/** The text the reader and the importer expect to find, and what each wrote. */
interface Witness {
	readerText: string | null;
	importerTexts: Record<string, string>;
}

/** The note's text outside Throughline's block, the line breaks it added around the block taken out too. */
function outsideBlock(text: string, ledger: LinkLedger): string {
	if (!text.includes(BLOCK_START)) return text;
	const removed = removeHubBlock(text, ledger.hubs[THEME] ?? null);
	return removed.kind === "ok" ? removed.text : `(unreadable block) ${text}`;
}

function bodyOf(text: string): string {
	return text.replace(/^---\n[\s\S]*?\n---\n/, "");
}

function expectNothingLost(texts: Record<string, string>, witness: Witness, ledger: LinkLedger, mode: Mode): void {
	const theme = texts[THEME];
	if (witness.readerText !== null) {
		expect(outsideBlock(theme, ledger), "the reader's text outside the block, byte for byte").toBe(outsideBlock(witness.readerText, ledger));
		expect(theme.startsWith(READER_FIRST_LINE)).toBe(true);
	}
	expect(theme.split(BLOCK_START).length - 1, "never two blocks").toBeLessThanOrEqual(1);
	for (const [path, text] of Object.entries(witness.importerTexts)) {
		if (path === IMPORTED || mode === "hub") expect(texts[path], path).toBe(text);
		else {
			expect(bodyOf(texts[path]), `${path} keeps the importer's body`).toBe(bodyOf(text));
			expect(texts[path], `${path} keeps the importer's properties`).toContain("source: whisper\nimported: again\n");
		}
	}
}

// ----------------------------------------------------------------------------------- headless

/** Notes in memory; every write moves the clock, so a warm re-index sees what changed. */
class MemoryNotes implements NoteStore {
	readonly texts = new Map<string, { text: string; mtime: number }>();
	private clock = 0;

	constructor(files: Record<string, string>) {
		for (const [path, text] of Object.entries(files)) this.write(path, text);
	}

	write(path: string, text: string): void {
		this.texts.set(path, { text, mtime: ++this.clock });
	}

	peek(path: string): string | null {
		return this.texts.get(path)?.text ?? null;
	}

	snapshot(): Record<string, string> {
		return Object.fromEntries([...this.texts].map(([path, note]) => [path, note.text]));
	}

	list(): NoteStat[] {
		return [...this.texts].map(([path, { text, mtime }]) => ({ path, size: new TextEncoder().encode(text).length, mtime }));
	}

	async read(path: string): Promise<string> {
		const text = this.peek(path);
		if (text === null) throw new Error(`${path} does not exist`);
		return text;
	}

	exists(path: string): boolean {
		return this.texts.has(path);
	}

	async process(path: string, edit: (current: string) => string): Promise<string> {
		const current = await this.read(path);
		const next = edit(current);
		if (next !== current) this.write(path, next);
		return next;
	}

	async create(path: string, text: string): Promise<void> {
		if (this.texts.has(path)) throw new Error(`${path} already exists`);
		this.write(path, text);
	}

	async remove(path: string): Promise<void> {
		this.texts.delete(path);
	}
}

/** The store as the pass sees it, with `between` run before every call: the gaps between its steps. */
function withGaps(store: MemoryNotes, between: () => void): NoteStore {
	return {
		list: () => (between(), store.list()),
		read: (path) => (between(), store.read(path)),
		exists: (path) => (between(), store.exists(path)),
		process: (path, edit) => (between(), store.process(path, edit)),
		create: (path, text) => (between(), store.create(path, text)),
		remove: (path) => (between(), store.remove(path)),
	};
}

async function headlessPass(store: MemoryNotes, engine: VaultEngine, mode: Mode, ledger: LinkLedger, between: () => void = () => undefined) {
	await engine.indexAll();
	const settings = migrateSettings({ linkMode: mode });
	const plan = planLinks(buildHubs(engine.index), mode === "hub" ? [] : buildPropertyLinks(engine.index), { read: (p) => store.peek(p) }, settings, ledger);
	const result = await applyLinkPlan(plan, withGaps(store, between), ledger);
	return { plan, result };
}

function headlessVault(): { store: MemoryNotes; engine: VaultEngine } {
	const store = new MemoryNotes(VAULT);
	const settings = migrateSettings({});
	return { store, engine: new VaultEngine({ store, frontmatter: grayMatterFrontmatter, settings: () => settings }) };
}

/** Steps (store calls) of an undisturbed pass: every gap between them is a place to interfere. */
async function countSteps(mode: Mode): Promise<number> {
	const { store, engine } = headlessVault();
	let steps = 0;
	await headlessPass(store, engine, mode, emptyLedger(), () => void steps++);
	return steps;
}

/** The importer's rewrite and the reader's edit, at the given steps of the pass, on the memory store. */
function headlessInterference(store: MemoryNotes, at: Interference, witness: Witness): () => void {
	let step = 0;
	return () => {
		if (step === at.importerAt) {
			for (const [path, text] of Object.entries(IMPORTER_REWRITES)) store.write(path, text);
			Object.assign(witness.importerTexts, IMPORTER_REWRITES);
		}
		if (step === at.readerAt) {
			witness.readerText = readerEdit(store.peek(THEME) ?? "");
			store.write(THEME, witness.readerText);
		}
		step++;
	};
}

describe.each(MODES)("a link pass (headless, %s mode) while an importer and the reader write", (mode) => {
	it("loses nothing at any pair of steps, and a second pass converges", async () => {
		const steps = await countSteps(mode);
		expect(steps).toBeGreaterThanOrEqual(2); // at least two notes written: gaps before, between and after them
		for (let importerAt = 0; importerAt <= steps; importerAt++) {
			for (let readerAt = 0; readerAt <= steps; readerAt++) {
				const { store, engine } = headlessVault();
				const witness: Witness = { readerText: null, importerTexts: {} };
				const first = await headlessPass(store, engine, mode, emptyLedger(), headlessInterference(store, { importerAt, readerAt }, witness));
				const where = `importer at step ${importerAt}, reader at step ${readerAt}`;
				expect(first.result.problems, where).toEqual([]);
				expectNothingLost(store.snapshot(), witness, first.result.ledger, mode);
				const second = await headlessPass(store, engine, mode, first.result.ledger);
				expect(second.result.problems, where).toEqual([]);
				expectNothingLost(store.snapshot(), witness, second.result.ledger, mode);
				if (mode === "hub") expect(store.peek(THEME), where).toContain("[[Transcripts/Scaling talk");
				const third = await headlessPass(store, engine, mode, second.result.ledger);
				expect(third.plan.edits.map((e) => e.path), `${where}: the third pass plans nothing`).toEqual([]);
			}
		}
	});
});

// ----------------------------------------------------------------------------------------- the app

let current: Loaded | null = null;

function appTexts(loaded: Loaded): Record<string, string> {
	return Object.fromEntries(Object.keys(VAULT).map((path) => [path, textOf(loaded.app, path)]));
}

/**
 * Runs `between` before every vault call the link service makes (reads, process, processFrontMatter,
 * create, trash, the ledger's adapter calls): the gaps where another writer's edit can land.
 */
function hookVault(loaded: Loaded, between: () => Promise<void>): void {
	const targets: [object, string][] = [
		[loaded.app.vault, "read"], [loaded.app.vault, "cachedRead"], [loaded.app.vault, "process"], [loaded.app.vault, "create"],
		[loaded.app.fileManager, "processFrontMatter"], [loaded.app.fileManager, "trashFile"],
		[loaded.app.vault.adapter, "read"], [loaded.app.vault.adapter, "write"], [loaded.app.vault.adapter, "exists"],
	];
	for (const [target, name] of targets) {
		const record = target as Record<string, (...args: unknown[]) => Promise<unknown>>;
		const original = record[name].bind(target);
		record[name] = async (...args: unknown[]) => {
			await between();
			return original(...args);
		};
	}
}

function appInterference(loaded: Loaded, at: Interference, witness: Witness): () => Promise<void> {
	let step = 0;
	const write = async (path: string, text: string) => {
		const file = loaded.app.vault.getFileByPath(path);
		if (!file) throw new Error(`${path} is missing`);
		await loaded.app.vault.modify(file, text);
	};
	return async () => {
		if (step === at.importerAt) {
			for (const [path, text] of Object.entries(IMPORTER_REWRITES)) await write(path, text);
			Object.assign(witness.importerTexts, IMPORTER_REWRITES);
		}
		if (step === at.readerAt) {
			witness.readerText = readerEdit(textOf(loaded.app, THEME));
			await write(THEME, witness.readerText);
		}
		step++;
	};
}

async function appPass(loaded: Loaded) {
	await idle(loaded);
	const { plan, ledger } = await loaded.internals.links.planLinks(loaded.internals.index.engine.index);
	const result = await loaded.internals.links.apply(plan, ledger);
	return { plan, result };
}

async function appUnlink(loaded: Loaded) {
	const { plan, ledger } = await loaded.internals.links.planUnlink();
	return loaded.internals.links.apply(plan, ledger);
}

/** An interleaved first pass in a fresh app; `steps` counts the gaps when nothing interferes. */
async function interleavedAppPass(mode: Mode, at: Interference | null, witness: Witness) {
	current?.plugin.unload();
	current = await startPlugin(VAULT, { linkMode: mode });
	const loaded = current;
	let steps = 0;
	hookVault(loaded, at === null ? async () => void steps++ : appInterference(loaded, at, witness));
	const first = await appPass(loaded);
	return { loaded, first, steps };
}

/** Every step for the importer, the reader at the same step or the next one. */
function appSchedules(steps: number): Interference[] {
	return Array.from({ length: steps + 1 }, (_, i) => [{ importerAt: i, readerAt: i }, { importerAt: i, readerAt: i + 1 }]).flat();
}

describe.each(MODES)("a link pass in the app (%s mode) while an importer and the reader write", (mode) => {
	it("loses nothing at any step, and a second pass converges", { timeout: 120_000 }, async () => {
		const { steps } = await interleavedAppPass(mode, null, { readerText: null, importerTexts: {} });
		expect(steps).toBeGreaterThanOrEqual(2);
		for (const at of appSchedules(steps).filter((s) => s.importerAt === s.readerAt)) { // each costs a theme reload (400 ms settle)
			const witness: Witness = { readerText: null, importerTexts: {} };
			const { loaded, first } = await interleavedAppPass(mode, at, witness);
			const where = `importer at step ${at.importerAt}, reader at step ${at.readerAt}`;
			expect(first.result.problems, where).toEqual([]);
			expectNothingLost(appTexts(loaded), witness, first.result.ledger, mode);
			const second = await appPass(loaded);
			expect(second.result.problems, where).toEqual([]);
			expectNothingLost(appTexts(loaded), witness, second.result.ledger, mode);
			const third = await appPass(loaded);
			expect(third.plan.edits.map((e) => e.path), `${where}: the third pass plans nothing`).toEqual([]);
		}
	});

	it("unlink right after the interleaved pass removes only what Throughline wrote", { timeout: 120_000 }, async () => {
		const { steps } = await interleavedAppPass(mode, null, { readerText: null, importerTexts: {} });
		for (const at of appSchedules(steps)) {
			const witness: Witness = { readerText: null, importerTexts: {} };
			const { loaded } = await interleavedAppPass(mode, at, witness);
			const where = `importer at step ${at.importerAt}, reader at step ${at.readerAt}`;
			const ledger = await loaded.internals.links.readLedger();
			const unlinked = await appUnlink(loaded);
			expect(unlinked.problems, where).toEqual([]);
			const texts = appTexts(loaded);
			expect(texts[THEME], where).not.toContain(BLOCK_START);
			expect(texts[THEME], where).toBe(outsideBlock(witness.readerText ?? VAULT[THEME], ledger));
			for (const [path, text] of Object.entries(witness.importerTexts)) expect(bodyOf(texts[path]), `${where}: ${path}`).toBe(bodyOf(text));
			if (witness.importerTexts[TRANSCRIPT]) expect(texts[TRANSCRIPT], where).toContain("imported: again");
			expect(texts[TRANSCRIPT], where).not.toContain("themes:");
		}
	});
});
