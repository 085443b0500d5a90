// Property mode: a list property (default `themes`) of `[[Theme]]` links on source notes. The
// reader's own values in that property are kept; only the values Throughline added are its own.

import type { NoteStore } from "../ports";
import { readListProperty, setListProperty } from "./frontmatter-list";
import type { FrontmatterWriter, HubTheme, NoteEdit, PropertyLedgerEntry } from "./hub-model";
import { themeNotePath } from "./hub-render";
import { hashText, undoSplice } from "./ledger";

/** `[[Name]]` for a theme, named by its note's file name so Obsidian resolves it. */
export function themePropertyLink(theme: HubTheme, themesFolder: string): string {
	const fileName = themeNotePath(theme, themesFolder).split("/").pop() ?? theme.name;
	const target = fileName.toLowerCase().endsWith(".md") ? fileName.slice(0, -3) : fileName;
	return `[[${target}]]`;
}

export interface MergedValues {
	/** The property's new values: the current ones in their order, stale Throughline values out, new ones appended. */
	values: string[];
	/** The values that are Throughline's (not already put there by the reader). */
	ours: string[];
}

/** Merges Throughline's wanted links into the property's current values without disturbing the reader's. */
export function mergeValues(current: string[] | undefined, previouslyAdded: string[], wanted: string[]): MergedValues {
	const existing = current ?? [];
	const readers = existing.filter((value) => !previouslyAdded.includes(value));
	const ours = wanted.filter((value) => !readers.includes(value));
	const kept = existing.filter((value) => readers.includes(value) || ours.includes(value));
	const values = [...kept, ...ours.filter((value) => !kept.includes(value))];
	return { values, ours };
}

export function sameValues(a: string[] | undefined, b: string[] | undefined): boolean {
	if (a === undefined || b === undefined) return a === b;
	return a.length === b.length && a.every((value, i) => value === b[i]);
}

export type PropertyOutcome = { kind: "edit"; edit: NoteEdit } | { kind: "none" } | { kind: "problem"; message: string };

/** Plans setting the property on one source note. */
export function planPropertySet(path: string, current: string, key: string, wanted: string[], entry: PropertyLedgerEntry | undefined): PropertyOutcome {
	const read = readListProperty(current, key);
	if (read.kind === "problem") return read;
	const merged = mergeValues(read.values, entry?.added ?? [], wanted);
	if (merged.ours.length === 0) return entry === undefined ? { kind: "none" } : planPropertyRemoval(path, current, entry);
	if (read.values !== undefined && sameValues(merged.values, read.values)) return { kind: "none" };
	const write = setListProperty(current, key, merged.values);
	if (write.kind === "problem") return write;
	const summary = `sets ${key}: ${merged.values.join(", ")}`;
	return { kind: "edit", edit: { path, action: "update", before: current, after: write.text, summary, change: { kind: "property-set", key, links: wanted } } };
}

/** The values left once Throughline's are taken out; undefined deletes a key Throughline introduced. */
export function withoutOurs(current: string[] | undefined, entry: PropertyLedgerEntry): string[] | undefined {
	if (current === undefined) return undefined;
	const remaining = current.filter((value) => !entry.added.includes(value));
	return remaining.length === 0 && !entry.keyExisted ? undefined : remaining;
}

/** Whether the note is exactly as Throughline left it, so its original bytes can come back. */
export function canRestoreExactly(current: string, entry: PropertyLedgerEntry): boolean {
	return entry.restore !== null && hashText(current) === entry.leftHash;
}

/** Plans taking Throughline's property values off one note, exactly when it can. */
export function planPropertyRemoval(path: string, current: string, entry: PropertyLedgerEntry): PropertyOutcome {
	if (canRestoreExactly(current, entry) && entry.restore !== null) {
		const after = undoSplice(current, entry.restore);
		if (after === current) return { kind: "none" };
		return { kind: "edit", edit: { path, action: "update", before: current, after, summary: "restores the note's original bytes", change: { kind: "property-remove", entry } } };
	}
	const read = readListProperty(current, entry.key);
	if (read.kind === "problem") return read;
	const next = withoutOurs(read.values, entry);
	if (sameValues(next, read.values)) return { kind: "none" };
	const write = setListProperty(current, entry.key, next);
	if (write.kind === "problem") return write;
	const summary = `removes Throughline's links from ${entry.key} only (the note changed since Throughline wrote it, so its old bytes cannot be restored exactly)`;
	return { kind: "edit", edit: { path, action: "update", before: current, after: write.text, summary, change: { kind: "property-remove", entry } } };
}

/**
 * Plans moving Throughline's links from the key an earlier pass wrote to a newly chosen key, as one
 * edit: the old values come out (exact bytes when it can) and the new key is set on what is left.
 */
export function planPropertyMove(path: string, current: string, entry: PropertyLedgerEntry, key: string, wanted: string[]): PropertyOutcome {
	const removal = planPropertyRemoval(path, current, entry);
	if (removal.kind === "problem") return removal;
	const cleared = removal.kind === "edit" && removal.edit.after !== null ? removal.edit.after : current;
	const set = planPropertySet(path, cleared, key, wanted, undefined);
	if (set.kind !== "edit") return set.kind === "none" ? removal : set;
	const summary = `moves Throughline's links from ${entry.key} to ${key}: ${set.edit.summary.replace(/^sets /, "")}`;
	return { kind: "edit", edit: { ...set.edit, before: current, summary } };
}

/**
 * The shell's frontmatter writer: a text edit of only the key's lines, through the store's atomic
 * process. Writes nothing when the values do not change.
 */
export function textFrontmatterWriter(store: NoteStore): FrontmatterWriter {
	return {
		async update(path, key, change) {
			let before = "";
			const after = await store.process(path, (current) => {
				before = current;
				const read = readListProperty(current, key);
				if (read.kind === "problem") throw new Error(read.message);
				const next = change(read.values);
				if (sameValues(next, read.values)) return current;
				const write = setListProperty(current, key, next);
				if (write.kind === "problem") throw new Error(write.message);
				return write.text;
			});
			return { before, after };
		},
	};
}
