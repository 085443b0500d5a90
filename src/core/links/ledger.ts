// The ledger: what Throughline wrote where, so that undo gives back the exact original bytes even
// when the app's frontmatter writer reformats YAML. Plain JSON; the caller stores it outside the
// synced settings (the app beside its index, the shell in .obsidian/plugins/throughline/ledger.json).

import type { HubLedgerEntry, LinkLedger, PropertyLedgerEntry, TextSplice } from "./hub-model";

export function emptyLedger(): LinkLedger {
	return { version: 1, hubs: {}, properties: {} };
}

/** A 53-bit hash of the text (cyrb53) plus its length: enough to tell "unchanged since we wrote it". */
export function hashText(text: string): string {
	let h1 = 0xdeadbeef; // cyrb53's published seeds
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
	return `${text.length.toString(36)}-${hash.toString(36)}`;
}

/** What turns `left` back into `original`: the differing middle, kept as the original had it. */
export function makeSplice(original: string, left: string): TextSplice {
	const shorter = Math.min(original.length, left.length);
	let keepStart = 0;
	while (keepStart < shorter && original[keepStart] === left[keepStart]) keepStart++;
	let keepEnd = 0;
	while (
		keepEnd < shorter - keepStart &&
		original[original.length - 1 - keepEnd] === left[left.length - 1 - keepEnd]
	) keepEnd++;
	return {
		keepStart,
		keepEnd,
		original: original.slice(keepStart, original.length - keepEnd),
		originalHash: hashText(original),
	};
}

/** The original text, from the text Throughline left (the caller checks it is unchanged first). */
export function undoSplice(left: string, splice: TextSplice): string {
	return left.slice(0, splice.keepStart) + splice.original + left.slice(left.length - splice.keepEnd);
}

/** Moves a note's record when the note is renamed (the app calls it from its rename event). */
export function renameInLedger(ledger: LinkLedger, from: string, to: string): LinkLedger {
	const hubs = { ...ledger.hubs };
	const properties = { ...ledger.properties };
	if (hubs[from]) {
		hubs[to] = hubs[from];
		delete hubs[from];
	}
	if (properties[from]) {
		properties[to] = properties[from];
		delete properties[from];
	}
	return { version: 1, hubs, properties };
}

/** Reads a stored ledger, dropping any record that is not well formed; never throws. */
export function parseLedger(raw: unknown): { ledger: LinkLedger; problem: string | null } {
	if (raw === null || raw === undefined) return { ledger: emptyLedger(), problem: null };
	if (typeof raw !== "object" || (raw as { version?: unknown }).version !== 1) {
		return { ledger: emptyLedger(), problem: "the ledger of Throughline's writes is not in a format this version reads; it was ignored" };
	}
	const source = raw as { hubs?: unknown; properties?: unknown };
	const ledger = emptyLedger();
	let dropped = 0;
	for (const [path, entry] of Object.entries(asRecord(source.hubs))) {
		if (isHubEntry(entry)) ledger.hubs[path] = entry;
		else dropped++;
	}
	for (const [path, entry] of Object.entries(asRecord(source.properties))) {
		if (isPropertyEntry(entry)) ledger.properties[path] = entry;
		else dropped++;
	}
	const problem = dropped > 0 ? `${dropped} unreadable record(s) in the ledger of Throughline's writes were ignored` : null;
	return { ledger, problem };
}

function asRecord(value: unknown): Record<string, unknown> {
	return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function isHubEntry(value: unknown): value is HubLedgerEntry {
	const entry = asRecord(value);
	return typeof entry.created === "boolean" && isBreaks(entry.before) && isBreaks(entry.after);
}

function isBreaks(value: unknown): value is string {
	return typeof value === "string" && /^(?:\r?\n)*$/.test(value);
}

function isPropertyEntry(value: unknown): value is PropertyLedgerEntry {
	const entry = asRecord(value);
	const added = entry.added;
	return (
		typeof entry.key === "string" &&
		Array.isArray(added) && added.every((item) => typeof item === "string") &&
		typeof entry.keyExisted === "boolean" &&
		typeof entry.leftHash === "string" &&
		(entry.restore === null || isSplice(entry.restore))
	);
}

function isSplice(value: unknown): value is TextSplice {
	const splice = asRecord(value);
	return (
		Number.isInteger(splice.keepStart) && (splice.keepStart as number) >= 0 &&
		Number.isInteger(splice.keepEnd) && (splice.keepEnd as number) >= 0 &&
		typeof splice.original === "string" && typeof splice.originalHash === "string"
	);
}
