// Applies a link plan. Each edit is recomputed against the note's text at the moment of writing
// (through the store's atomic process), so a note an importer or the reader changed since
// planning keeps their text: only Throughline's managed content is replaced.

import type { NoteStore } from "../ports";
import { holdsOnlyBlank, removeHubBlock, upsertHubBlock } from "./hub-block";
import type { FrontmatterWriter, HubInsertion, LinkLedger, LinkPlan, LinkProblem, NoteEdit, PropertyLedgerEntry } from "./hub-model";
import { emptyLedger, hashText, makeSplice, undoSplice } from "./ledger";
import { canRestoreExactly, mergeValues, textFrontmatterWriter, withoutOurs } from "./property-plan";

/** What happened to one planned edit. */
export interface AppliedEdit {
	path: string;
	action: NoteEdit["action"];
	summary: string;
	/** False when the note already was as planned by the time of writing. */
	written: boolean;
}

export interface ApplyResult {
	/** The ledger after the pass: store it (outside the synced settings) for the next pass and undo. */
	ledger: LinkLedger;
	applied: AppliedEdit[];
	problems: LinkProblem[];
}

/**
 * What a FrontmatterWriter's update returns; `exact: false` when it saw another write land between
 * reading `before` and `after` (then only Throughline's values can be removed later, never a byte splice).
 */
export type PropertyWrite = Awaited<ReturnType<FrontmatterWriter["update"]>> & { exact?: boolean };

interface ApplyContext {
	store: NoteStore;
	frontmatter: FrontmatterWriter;
	ledger: LinkLedger;
}

/** Applies every edit; one note's failure is reported and the others still go through. */
export async function applyLinkPlan(plan: LinkPlan, store: NoteStore, ledger: LinkLedger = emptyLedger(), frontmatter?: FrontmatterWriter): Promise<ApplyResult> {
	const context: ApplyContext = {
		store,
		frontmatter: frontmatter ?? textFrontmatterWriter(store),
		ledger: { version: 1, hubs: { ...ledger.hubs }, properties: { ...ledger.properties } },
	};
	const applied: AppliedEdit[] = [];
	const problems: LinkProblem[] = [];
	for (const edit of plan.edits) {
		try {
			const outcome = await applyEdit(edit, context);
			applied.push({ path: edit.path, action: edit.action, summary: outcome.summary ?? edit.summary, written: outcome.written });
		} catch (error) {
			problems.push({ path: edit.path, message: plainMessage(error) });
		}
	}
	return { ledger: context.ledger, applied, problems };
}

function plainMessage(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return `could not be written: ${text}`;
}

interface EditOutcome {
	written: boolean;
	summary?: string;
}

function applyEdit(edit: NoteEdit, context: ApplyContext): Promise<EditOutcome> {
	const change = edit.change;
	switch (change.kind) {
		case "hub-set":
			return applyHubSet(edit, change.block, context);
		case "hub-remove":
			return applyHubRemove(edit.path, context);
		case "property-set":
			return applyPropertySet(edit.path, change.key, change.links, context);
		case "property-remove":
			return applyPropertyRemove(edit.path, context.ledger.properties[edit.path] ?? change.entry, context);
	}
}

async function applyHubSet(edit: NoteEdit, block: string, context: ApplyContext): Promise<EditOutcome> {
	const { store, ledger } = context;
	const path = edit.path;
	if (!store.exists(path)) {
		// Deleted by the reader (or a sync) after planning: never bring it back; say so.
		if (edit.action !== "create") throw new Error("the note was deleted after the links were planned, so it was not recreated");
		await store.create(path, `${block}\n`);
		ledger.hubs[path] = { created: true, before: "", after: "\n" };
		return { written: true };
	}
	const outcome: { inserted: HubInsertion | null; problem: string | null; changed: boolean } = { inserted: null, problem: null, changed: false };
	await store.process(path, (current) => {
		const result = upsertHubBlock(current, block);
		if (result.kind === "problem") {
			outcome.problem = result.message;
			return current;
		}
		outcome.inserted = result.inserted;
		outcome.changed = result.text !== current;
		return result.text;
	});
	if (outcome.problem !== null) throw new Error(outcome.problem);
	if (outcome.inserted !== null) ledger.hubs[path] = { created: ledger.hubs[path]?.created ?? false, ...outcome.inserted };
	return { written: outcome.changed };
}

async function applyHubRemove(path: string, context: ApplyContext): Promise<EditOutcome> {
	const { store, ledger } = context;
	const entry = ledger.hubs[path] ?? null;
	if (!store.exists(path)) {
		delete ledger.hubs[path];
		return { written: false };
	}
	const current = await store.read(path);
	const preview = removeHubBlock(current, entry);
	if (preview.kind === "problem") throw new Error(preview.message);
	if (entry?.created && holdsOnlyBlank(preview.text)) {
		await store.remove(path);
		delete ledger.hubs[path];
		return { written: true };
	}
	const outcome: { changed: boolean; problem: string | null } = { changed: false, problem: null };
	await store.process(path, (latest) => {
		const result = removeHubBlock(latest, entry);
		if (result.kind === "problem") {
			outcome.problem = result.message;
			return latest;
		}
		outcome.changed = result.text !== latest;
		return result.text;
	});
	// Changed since planning (say its end marker was edited away): the ledger entry stays, so a later undo can still restore it.
	if (outcome.problem !== null) throw new Error(outcome.problem);
	delete ledger.hubs[path];
	return { written: outcome.changed };
}

async function applyPropertySet(path: string, key: string, links: string[], context: ApplyContext): Promise<EditOutcome> {
	const earlier = context.ledger.properties[path];
	// The reader chose another key since the last pass: take Throughline's links off the old one first.
	if (earlier !== undefined && earlier.key !== key) await applyPropertyRemove(path, earlier, context);
	const entry = context.ledger.properties[path];
	const seen: { ours: string[]; keyExisted: boolean } = { ours: [], keyExisted: false };
	const write: PropertyWrite = await context.frontmatter.update(path, key, (current) => {
		const merged = mergeValues(current, entry?.added ?? [], links);
		seen.ours = merged.ours;
		seen.keyExisted = current !== undefined;
		return merged.values;
	});
	const { before, after } = write;
	if (before === after) return { written: false };
	// Another writer landed between `before` and `after`: a splice from one to the other would undo their edit too.
	const exact = write.exact !== false;
	const original = !exact ? null : entry === undefined ? before : canRestoreExactly(before, entry) && entry.restore ? undoSplice(before, entry.restore) : null;
	const next: PropertyLedgerEntry = {
		key,
		added: seen.ours,
		keyExisted: entry?.keyExisted ?? seen.keyExisted,
		leftHash: hashText(after),
		restore: original === null ? null : makeSplice(original, after),
	};
	context.ledger.properties[path] = next;
	return { written: true };
}

async function applyPropertyRemove(path: string, entry: PropertyLedgerEntry, context: ApplyContext): Promise<EditOutcome> {
	const { store, ledger } = context;
	if (!store.exists(path)) {
		delete ledger.properties[path];
		return { written: false };
	}
	const outcome = { restored: false };
	await store.process(path, (current) => {
		if (!canRestoreExactly(current, entry) || entry.restore === null) return current;
		outcome.restored = true;
		return undoSplice(current, entry.restore);
	});
	if (outcome.restored) {
		delete ledger.properties[path];
		return { written: true, summary: "restored the note's original bytes" };
	}
	const { before, after } = await context.frontmatter.update(path, entry.key, (current) => withoutOurs(current, entry));
	delete ledger.properties[path];
	const summary = `removed Throughline's links from ${entry.key} only; the note had changed since Throughline wrote it, so its old bytes could not be restored exactly`;
	return { written: before !== after, summary };
}
