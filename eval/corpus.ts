// Turns a labelled folder of real documents into a vault a user would have: markdown files copied
// as they are, every other file (.srt, .vtt, .txt) run through the importer as the command palette
// would; then scans the vault with the starter pack and groups the report by labelled file.

import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { runImport } from "../src/cli/import-command";
import { loadVault } from "../src/cli/scan-command";
import { buildScanReport, type ScanDocument, type ScanReport } from "../src/core/index/scan-report";
import type { Judged } from "./score";

export interface ScannedCorpus {
	report: ScanReport;
	/** Labelled key → the vault notes made from it. */
	notesOf: Map<string, string[]>;
	/** Files the importer refused, with its message. */
	importProblems: string[];
	ms: number;
}

function filesUnder(root: string, dir = root): string[] {
	const found: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) found.push(...filesUnder(root, full));
		else found.push(relative(root, full).split("\\").join("/"));
	}
	return found;
}

async function importInto(vault: string, file: string, folder: string): Promise<{ notes: string[]; problem: string | null }> {
	let out = "";
	let err = "";
	await runImport({ files: [file], vault, folder, json: true }, { stdout: (t) => void (out += t), stderr: (t) => void (err += t) });
	const report = JSON.parse(out) as { imported: Array<{ notes: string[] }>; unchanged: Array<{ notes: string[] }> };
	const notes = [...report.imported, ...report.unchanged].flatMap((entry) => entry.notes);
	return { notes, problem: err.trim() || null };
}

/**
 * Builds a vault from `docs` (files under family folders; `rename` maps a key to the name its
 * markdown copy gets), scans it with the starter pack and removes it again.
 */
export async function scanCorpus(docs: string, keys: readonly string[], rename: (key: string) => string = (k) => k): Promise<ScannedCorpus> {
	const vault = mkdtempSync(join(tmpdir(), "throughline-eval-"));
	const notesOf = new Map<string, string[]>();
	const importProblems: string[] = [];
	try {
		const present = new Set(filesUnder(docs));
		for (const key of keys) {
			if (!present.has(key)) continue;
			const target = rename(key);
			if (target.endsWith(".md")) {
				mkdirSync(dirname(join(vault, target)), { recursive: true });
				copyFileSync(join(docs, key), join(vault, target));
				notesOf.set(key, [target]);
				continue;
			}
			const folder = dirname(key) === "." ? "Imports" : dirname(key);
			const imported = await importInto(vault, join(docs, key), folder);
			if (imported.problem) importProblems.push(`${key}: ${imported.problem}`);
			notesOf.set(key, imported.notes);
		}
		const started = performance.now();
		const { engine, store } = await loadVault(vault, null);
		const report = buildScanReport(engine.index, vault, { files: 0, bytes: 0, ms: 0 }, { readText: (path) => store.readIfExists(path) });
		return { report, notesOf, importProblems, ms: performance.now() - started };
	} finally {
		rmSync(vault, { recursive: true, force: true });
	}
}

/** The scan's documents grouped by labelled key, as the scoring reads them. */
export function judgedDocuments(scanned: ScannedCorpus, familyOf: (key: string) => string): Map<string, Judged> {
	const byPath = new Map<string, ScanDocument>(scanned.report.documents.map((d) => [d.path, d]));
	const judged = new Map<string, Judged>();
	for (const [key, notes] of scanned.notesOf) {
		const docs = notes.map((n) => byPath.get(n)).filter((d): d is ScanDocument => d !== undefined);
		if (docs.length === 0) continue;
		const themes = docs.flatMap((d) => d.themes.map((t) => ({ id: t.id, linked: t.linked, why: t.why, passages: t.passages.map((p) => p.text) })));
		judged.set(key, { key, family: familyOf(key), kinds: docs.map((d) => d.kind), themes: mergeThemes(themes) });
	}
	return judged;
}

/** One entry per theme id: linked if any note linked it; its passages and reasons in note order. */
function mergeThemes(themes: Judged["themes"]): Judged["themes"] {
	const merged = new Map<string, Judged["themes"][number]>();
	for (const theme of themes) {
		const seen = merged.get(theme.id);
		if (!seen) merged.set(theme.id, { ...theme, passages: [...theme.passages] });
		else {
			if (theme.linked && !seen.linked) seen.why = theme.why;
			else if (theme.linked === seen.linked) seen.why = `${seen.why}; ${theme.why}`;
			seen.linked ||= theme.linked;
			seen.passages.push(...theme.passages);
		}
	}
	return [...merged.values()];
}
