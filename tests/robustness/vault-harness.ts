// Runs the headless commands in-process over a temporary vault and captures what a user would see.
// Shared by the robustness tests; the app's fake host can take the same corpus (bad-input-corpus.ts).

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runUnlink } from "../../src/cli/link-command";
import { runIndexedLink, runScan } from "../../src/cli/scan-command";

export interface Captured {
	code: number;
	stdout: string;
	stderr: string;
	/** stderr split into its lines, empty lines dropped. */
	lines: string[];
}

/** A scratch folder holding `vault/` (and room beside it, to prove nothing is written outside). */
export function makeSandbox(prefix = "throughline-robust-"): { root: string; vault: string; dispose: () => void } {
	const root = mkdtempSync(join(tmpdir(), prefix));
	const vault = join(root, "vault");
	mkdirSync(vault);
	return { root, vault, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

export function writeFiles(vault: string, files: Record<string, string | Uint8Array>): void {
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(vault, path)), { recursive: true });
		writeFileSync(join(vault, path), content);
	}
}

/** Every folder and file under `root`, files as base64 of their bytes: equality means byte for byte. */
export function snapshotTree(root: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (folder: string): void => {
		for (const name of readdirSync(join(root, folder)).sort()) {
			const path = folder ? `${folder}/${name}` : name;
			if (statSync(join(root, path)).isDirectory()) {
				out[`${path}/`] = "<folder>";
				walk(path);
			} else out[path] = readFileSync(join(root, path)).toString("base64");
		}
	};
	if (existsSync(root)) walk("");
	return out;
}

function capture(): { io: { stdout: (t: string) => void; stderr: (t: string) => void }; result: (code: number) => Captured } {
	let stdout = "";
	let stderr = "";
	return {
		io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
		result: (code) => ({ code, stdout, stderr, lines: stderr.split("\n").filter((l) => l.trim() !== "") }),
	};
}

export async function scan(vault: string, json = true): Promise<Captured> {
	const c = capture();
	return c.result(await runScan({ vault, json, themesFolder: null }, c.io));
}

export async function link(vault: string, mode?: "hub" | "property" | "both", dryRun = false): Promise<Captured> {
	const c = capture();
	return c.result(await runIndexedLink({ vault, dryRun, mode, json: true, themesFolder: null }, c.io));
}

export async function unlink(vault: string): Promise<Captured> {
	const c = capture();
	return c.result(await runUnlink({ vault, dryRun: false, json: true }, { io: c.io }));
}

export interface ScannedTheme {
	id: string;
	mentions: number;
	linked: boolean;
	passages: { line: number; col: number; match: string }[];
}
export interface ScannedDocument {
	path: string;
	problems: string[];
	themes: ScannedTheme[];
}

/** The documents of a `scan --json` run, by path. */
export function documentsOf(run: Captured): Map<string, ScannedDocument> {
	const report = JSON.parse(run.stdout) as { documents: ScannedDocument[] };
	return new Map(report.documents.map((d) => [d.path, d]));
}

/** The stderr lines that name `path` as the note with a problem (`path: what is wrong`). */
export function problemLinesFor(run: Captured, path: string): string[] {
	return run.lines.filter((line) => line.startsWith(`${path}: `));
}
