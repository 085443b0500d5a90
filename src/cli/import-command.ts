// `node dist/cli.mjs import <file>... --vault <vault> [--folder <folder>] [--json]`: turns transcript and
// highlight files into notes of a vault on disk, never overwriting one (contract: headless.md).
import { readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { decodeText, sizeProblem } from "../core/import/decode";
import { planImport } from "../core/import/planner";
import type { ImportInput, ImportPlan, ImportProblem } from "../core/import/types";
import { cleanFolder } from "../core/settings";
import { createFileAtomically } from "./atomic-write";
import { FsNoteStore } from "./fs-note-store";
import { readVaultSettings } from "./vault-settings";

export interface ImportArgs {
	files: string[];
	vault: string;
	folder?: string;
	json: boolean;
}

export interface ImportIo {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

interface ImportReport {
	imported: { file: string; notes: string[] }[];
	unchanged: { file: string; notes: string[] }[];
	problems: { file: string; message: string }[];
}

/** Runs the import; resolves to the exit status (0 all well, 1 some files had problems, 2 usage). */
export async function runImport(args: ImportArgs, io: ImportIo): Promise<number> {
	const vault = resolve(args.vault);
	if (!isDirectory(vault)) {
		io.stderr(`${args.vault}: the vault folder does not exist or cannot be read\n`);
		return 2;
	}
	if (args.files.length === 0) {
		io.stderr("import: give at least one file to import\n");
		return 2;
	}
	const folder = cleanFolder(args.folder ?? readVaultSettings(vault).settings.importFolder);
	if (folder.split("/").includes("..")) {
		io.stderr(`${args.folder ?? folder}: the import folder must lie inside the vault\n`);
		return 2;
	}
	const readProblems: ImportProblem[] = [];
	const inputs: ImportInput[] = [];
	for (const file of args.files) {
		const read = readInput(file);
		if (typeof read === "string") readProblems.push({ file, message: read });
		else inputs.push(read);
	}
	const plan = planImport(inputs, (path) => readNote(vault, path), folder);
	const writeProblems = await applyPlan(vault, plan);
	const report = buildReport(args.files, plan, [...readProblems, ...plan.problems, ...writeProblems]);
	for (const problem of report.problems) io.stderr(`${problem.file}: ${problem.message}\n`);
	io.stdout(args.json ? `${JSON.stringify(report, null, 2)}\n` : humanReport(report));
	return report.problems.length > 0 ? 1 : 0;
}

export { decodeText };

function readInput(file: string): ImportInput | string {
	let bytes: Buffer;
	try {
		const stat = statSync(file);
		if (stat.isDirectory()) return "this is a folder, not a file";
		const tooLarge = sizeProblem(stat.size);
		if (tooLarge !== null) return tooLarge;
		bytes = readFileSync(file);
	} catch (error) {
		return (error as { code?: string }).code === "ENOENT" ? "the file does not exist" : "the file cannot be read";
	}
	const text = decodeText(bytes);
	return text === null ? "the file is binary, not text" : { fileName: file, text };
}

function readNote(vault: string, path: string): string | null {
	try {
		return readFileSync(join(vault, path), "utf8");
	} catch {
		return null;
	}
}

async function applyPlan(vault: string, plan: ImportPlan): Promise<ImportProblem[]> {
	const problems: ImportProblem[] = [];
	for (const creation of plan.create) {
		const written = await attempt(async () => {
			// Created exclusively: a note that appeared since planning is never replaced.
			if (!createFileAtomically(join(vault, creation.path), creation.text)) throw new Error(`${creation.path} appeared while importing; it was left alone`);
		});
		if (written) problems.push({ file: creation.file, message: written });
	}
	// The store re-reads each note strictly as UTF-8 and refuses one that is not, so its bytes survive.
	const store = new FsNoteStore(vault);
	for (const update of plan.update) {
		const written = await attempt(() => store.process(update.path, update.edit));
		if (written) problems.push({ file: update.file, message: written });
	}
	return problems;
}

async function attempt(action: () => Promise<unknown>): Promise<string | null> {
	try {
		await action();
		return null;
	} catch (error) {
		return `the note could not be written: ${error instanceof Error ? error.message : String(error)}`;
	}
}

function buildReport(files: string[], plan: ImportPlan, problems: ImportProblem[]): ImportReport {
	const report: ImportReport = { imported: [], unchanged: [], problems: [] };
	const seen = new Set<string>();
	for (const file of files) {
		if (seen.has(file)) continue; // a file named twice is reported once
		seen.add(file);
		const messages = problems.filter((problem) => problem.file === file).map((problem) => problem.message);
		if (messages.length > 0) {
			report.problems.push({ file, message: messages.join("; ") });
			continue;
		}
		const written = [...plan.create, ...plan.update].filter((entry) => entry.file === file).map((entry) => entry.path);
		const kept = plan.unchanged.filter((entry) => entry.file === file).map((entry) => entry.path);
		const notes = [...new Set([...written, ...kept])];
		if (written.length > 0) report.imported.push({ file, notes });
		else report.unchanged.push({ file, notes });
	}
	return report;
}

function humanReport(report: ImportReport): string {
	const lines: string[] = [];
	for (const entry of report.imported) lines.push(`imported  ${entry.file} → ${entry.notes.join(", ")}`);
	for (const entry of report.unchanged) lines.push(`unchanged ${entry.file} (already in ${entry.notes.join(", ")})`);
	const noteCount = report.imported.reduce((sum, entry) => sum + entry.notes.length, 0);
	lines.push(
		`${report.imported.length} imported into ${noteCount} note${noteCount === 1 ? "" : "s"}, ` +
			`${report.unchanged.length} unchanged, ${report.problems.length} with problems.`,
	);
	return `${lines.join("\n")}\n`;
}

function isDirectory(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}
