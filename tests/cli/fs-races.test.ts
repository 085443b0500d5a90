// Files that change between two file-system calls: node:fs is wrapped so a test can act in the gap.
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FsNoteStore } from "../../src/cli/fs-note-store";
import { runImport } from "../../src/cli/import-command";

const hooks: { beforeWrite: ((file: string) => void) | null; beforeStat: ((file: string) => void) | null } = { beforeWrite: null, beforeStat: null };

vi.mock("node:fs", async (importOriginal) => {
	const actual = await importOriginal<typeof import("node:fs")>();
	const wrapped = {
		...actual,
		writeFileSync: (...args: Parameters<typeof actual.writeFileSync>) => {
			if (typeof args[0] === "string") hooks.beforeWrite?.(args[0]);
			return actual.writeFileSync(...args);
		},
		statSync: ((...args: Parameters<typeof actual.statSync>) => {
			if (typeof args[0] === "string") hooks.beforeStat?.(args[0]);
			return actual.statSync(...args);
		}) as typeof actual.statSync,
	};
	return { ...wrapped, default: wrapped };
});

const FIXTURES = resolve(__dirname, "../fixtures/import");
let vault = "";

beforeEach(() => {
	vault = fs.mkdtempSync(join(tmpdir(), "throughline-race-"));
});
afterEach(() => {
	hooks.beforeWrite = null;
	hooks.beforeStat = null;
	fs.rmSync(vault, { recursive: true, force: true });
});

describe("a note created by someone else while importing", () => {
	it("is never overwritten: the import reports it and leaves it alone", async () => {
		const target = join(vault, "Imports/talk.md");
		hooks.beforeWrite = (file) => {
			// The moment Throughline writes its temporary file, the reader's own note appears.
			if (basename(file).startsWith(".") && file.includes("throughline") && dirname(file) === dirname(target) && !fs.existsSync(target)) {
				fs.writeFileSync(target, "the reader's note\n");
			}
		};
		let stderr = "";
		const code = await runImport({ files: [join(FIXTURES, "talk.srt")], vault, json: true }, { stdout: () => undefined, stderr: (text) => (stderr += text) });
		expect(fs.readFileSync(target, "utf8")).toBe("the reader's note\n");
		expect(code).toBe(1);
		expect(stderr).toMatch(/talk\.md/);
		expect(fs.readdirSync(dirname(target))).toEqual(["talk.md"]);
	});
});

describe("a note deleted while the vault is listed", () => {
	it("is skipped; the other notes are listed", () => {
		fs.writeFileSync(join(vault, "kept.md"), "kept");
		fs.writeFileSync(join(vault, "gone.md"), "gone");
		hooks.beforeStat = (file) => {
			if (basename(file) === "gone.md") fs.rmSync(file, { force: true });
		};
		expect(new FsNoteStore(vault).list().map((note) => note.path)).toEqual(["kept.md"]);
	});
});
