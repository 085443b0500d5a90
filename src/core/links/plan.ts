// Plans a link pass (or an undo) as data: one edit per note whose managed content changes, and
// nothing else. Planning reads notes but never writes; applying is apply.ts.

import { holdsOnlyBlank, removeHubBlock, upsertHubBlock } from "./hub-block";
import type { HubLedgerEntry, LinkLedger, LinkPlan, LinkSettings, NoteEdit, NoteReader, PropertyLinks, ThemeHub } from "./hub-model";
import { renderHubBlock, themeNotePath } from "./hub-render";
import { emptyLedger } from "./ledger";
import { shiftHubLines } from "./line-shift";
import { whyLeftAlone } from "./importer-owned";
import { planPropertyMove, planPropertyRemoval, planPropertySet, themePropertyLink, type PropertyOutcome } from "./property-plan";

function hubSummary(hub: ThemeHub): string {
	const sources = hub.sources.length === 1 ? "1 source" : `${hub.sources.length} sources`;
	const related = hub.related.length === 1 ? "1 related theme" : `${hub.related.length} related themes`;
	return `${sources}, ${related}`;
}

function byPath(a: string, b: string): number {
	if (a === b) return 0;
	return a < b ? -1 : 1;
}

class PlanBuilder {
	readonly plan: LinkPlan = { edits: [], problems: [] };

	add(edit: NoteEdit | null): void {
		if (edit !== null) this.plan.edits.push(edit);
	}

	addOutcome(path: string, outcome: PropertyOutcome): void {
		if (outcome.kind === "edit") this.add(outcome.edit);
		else if (outcome.kind === "problem") this.plan.problems.push({ path, message: outcome.message });
	}

	problem(path: string, message: string): void {
		this.plan.problems.push({ path, message });
	}

	skip(path: string, reason: string): void {
		(this.plan.skipped ??= []).push({ path, reason });
	}
}

/** The edit that makes one theme note's block match the hub; null when it already does. */
function planHubSet(builder: PlanBuilder, hub: ThemeHub, path: string, current: string | null, themesFolder: string): void {
	const block = renderHubBlock(hub, { themesFolder });
	const change = { kind: "hub-set", block } as const;
	if (current === null) {
		if (hub.sources.length === 0 && hub.related.length === 0) return; // no empty theme notes for starter-pack themes
		const summary = `creates the theme note to hold its Throughline block (${hubSummary(hub)})`;
		builder.add({ path, action: "create", before: null, after: `${block}\n`, summary, change });
		return;
	}
	const result = upsertHubBlock(current, block);
	if (result.kind === "problem") return builder.problem(path, result.message);
	if (result.text === current) return;
	const verb = result.inserted ? "adds the Throughline block at the end" : "updates the Throughline block";
	builder.add({ path, action: "update", before: current, after: result.text, summary: `${verb} (${hubSummary(hub)})`, change });
}

/** The edit that takes Throughline's block out of a note (and the note away, if only the block was in it). */
function planHubRemoval(builder: PlanBuilder, path: string, current: string | null, entry: HubLedgerEntry | null): void {
	if (current === null) return;
	const result = removeHubBlock(current, entry);
	if (result.kind === "problem") return builder.problem(path, result.message);
	const change = { kind: "hub-remove", insertion: entry } as const;
	if (entry?.created && holdsOnlyBlank(result.text)) {
		builder.add({ path, action: "delete", before: current, after: null, summary: "deletes the theme note Throughline created (it holds nothing else)", change });
		return;
	}
	if (result.text === current) return;
	const summary = result.exact
		? "removes the Throughline block, restoring the note's original bytes"
		: "removes the Throughline block (no record of how it was added, so the line breaks around it were judged)";
	builder.add({ path, action: "update", before: current, after: result.text, summary, change });
}

function planHubs(builder: PlanBuilder, hubs: ThemeHub[], notes: NoteReader, settings: LinkSettings, ledger: LinkLedger): void {
	const targets = new Map<string, ThemeHub>();
	if (settings.linkMode !== "property") {
		const ordered = [...hubs].sort((a, b) => byPath(a.theme.id, b.theme.id));
		for (const hub of ordered) {
			const path = themeNotePath(hub.theme, settings.themesFolder);
			if (targets.has(path)) builder.problem(path, `two themes would share this note ("${targets.get(path)?.theme.name}" and "${hub.theme.name}"); only the first is written`);
			else targets.set(path, hub);
		}
	}
	for (const path of [...targets.keys()].sort(byPath)) {
		const hub = targets.get(path);
		if (hub) planHubSet(builder, hub, path, notes.read(path), settings.themesFolder);
	}
	for (const path of Object.keys(ledger.hubs).sort(byPath)) {
		if (!targets.has(path)) planHubRemoval(builder, path, notes.read(path), ledger.hubs[path]);
	}
}

function planProperties(builder: PlanBuilder, links: PropertyLinks[], notes: NoteReader, settings: LinkSettings, ledger: LinkLedger): void {
	const wanted = new Map<string, string[]>();
	const formats = new Map<string, string>();
	if (settings.linkMode !== "hub") {
		for (const { path, themes, format } of links) {
			const values = themes.map((theme) => themePropertyLink(theme, settings.themesFolder));
			wanted.set(path, [...new Set([...(wanted.get(path) ?? []), ...values])].sort(byPath));
			if (format !== undefined) formats.set(path, format);
		}
	}
	const paths = new Set([...wanted.keys(), ...Object.keys(ledger.properties)]);
	for (const path of [...paths].sort(byPath)) {
		const current = notes.read(path);
		if (current === null) continue;
		const entry = ledger.properties[path];
		let values = wanted.get(path) ?? [];
		const leftAlone = values.length > 0 ? whyLeftAlone(path, formats.get(path), current, settings.importerOwnedFolders) : null;
		if (leftAlone !== null) {
			builder.skip(path, leftAlone);
			values = []; // and what an earlier version wrote into it is taken out, restoring its bytes
		}
		if (entry !== undefined && values.length === 0) builder.addOutcome(path, planPropertyRemoval(path, current, entry));
		else if (entry !== undefined && entry.key !== settings.propertyKey) builder.addOutcome(path, planPropertyMove(path, current, entry, settings.propertyKey, values));
		else if (values.length > 0) builder.addOutcome(path, planPropertySet(path, current, settings.propertyKey, values, entry));
	}
}

/**
 * Plans a link pass: theme blocks in hub mode, properties in property mode, both in `both`; and
 * takes away what an earlier pass wrote that is no longer wanted (a mode switched off, a theme gone).
 */
export function planLinks(
	hubs: ThemeHub[],
	propertyLinks: PropertyLinks[],
	notes: NoteReader,
	settings: LinkSettings,
	ledger: LinkLedger = emptyLedger(),
): LinkPlan {
	const properties = new PlanBuilder();
	planProperties(properties, propertyLinks, notes, settings, ledger);
	const builder = new PlanBuilder();
	planHubs(builder, shiftHubLines(hubs, properties.plan.edits), notes, settings, ledger);
	builder.plan.edits.push(...properties.plan.edits);
	builder.plan.problems.push(...properties.plan.problems);
	if (properties.plan.skipped) builder.plan.skipped = properties.plan.skipped;
	return builder.plan;
}

/**
 * Plans removing everything Throughline wrote that the ledger records, restoring exact bytes.
 * `alsoCheck` lists more notes to search for a block the ledger does not know (the ledger was lost).
 */
export function planUnlink(notes: NoteReader, ledger: LinkLedger, alsoCheck: string[] = []): LinkPlan {
	const builder = new PlanBuilder();
	const hubPaths = new Set([...Object.keys(ledger.hubs), ...alsoCheck]);
	for (const path of [...hubPaths].sort(byPath)) planHubRemoval(builder, path, notes.read(path), ledger.hubs[path] ?? null);
	for (const path of Object.keys(ledger.properties).sort(byPath)) {
		const current = notes.read(path);
		if (current !== null) builder.addOutcome(path, planPropertyRemoval(path, current, ledger.properties[path]));
	}
	return builder.plan;
}
