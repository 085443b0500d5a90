import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { decodeText, runImport } from "../../src/cli/import-command";

const FIXTURES = resolve(__dirname, "../fixtures/import");
const fixturePath = (name: string): string => join(FIXTURES, name);

let vault: string;
beforeEach(() => {
	vault = mkdtempSync(join(tmpdir(), "throughline-import-"));
});
afterEach(() => {
	rmSync(vault, { recursive: true, force: true });
});

interface Listed {
	file: string;
	notes: string[];
	message: string;
}
interface Report {
	imported: Listed[];
	unchanged: Listed[];
	problems: Listed[];
}

async function run(files: string[], options: { folder?: string; json?: boolean } = {}): Promise<{ code: number; stdout: string; stderr: string; report: Report }> {
	let stdout = "";
	let stderr = "";
	const code = await runImport(
		{ files, vault, folder: options.folder, json: options.json ?? true },
		{ stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) },
	);
	const report = options.json === false ? { imported: [], unchanged: [], problems: [] } : (JSON.parse(stdout) as Report);
	return { code, stdout, stderr, report };
}

/** Every file of the vault with its text, paths relative and with forward slashes. */
function snapshot(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (folder: string): void => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const full = join(folder, entry.name);
			if (entry.isDirectory()) walk(full);
			else files[relative(dir, full).split("\\").join("/")] = readFileSync(full, "utf8");
		}
	};
	walk(dir);
	return files;
}

const GOOD = ["talk.srt", "lecture.vtt", "whisper.json", "podcast.txt", "My Clippings.txt", "readwise.csv", "Readwise Article.md", "speech.txt", "essay.txt", "rolling [abcDEF12345].en.srt", "segments.json"];

describe("runImport", () => {
	test("imports every fixture into Imports/, then a second run changes nothing", async () => {
		const files = GOOD.map(fixturePath);
		const first = await run(files);
		expect(first.code).toBe(0);
		expect(first.stderr).toBe("");
		expect(first.report.imported.map((entry) => entry.file)).toEqual(files);
		expect(first.report.imported.find((entry) => entry.file.endsWith("My Clippings.txt"))?.notes).toEqual([
			"Imports/The Alignment Problem (Brian Christian).md",
			"Imports/Superintelligence Paths, Dangers, Strategies (Nick Bostrom).md",
		]);
		const once = snapshot(vault);
		expect(Object.keys(once).every((path) => path.startsWith("Imports/") && path.endsWith(".md"))).toBe(true);

		const second = await run(files);
		expect(second.code).toBe(0);
		expect(second.report.imported).toEqual([]);
		expect(second.report.unchanged.map((entry) => entry.file)).toEqual(files);
		expect(snapshot(vault)).toEqual(once);
	});

	test("a newer clippings file appends its one new highlight", async () => {
		await run([fixturePath("My Clippings.txt")]);
		const before = snapshot(vault);
		const later = await run([fixturePath("My Clippings (later).txt")]);
		expect(later.code).toBe(0);
		// Both book notes hold the file's content; only one of them changed.
		expect(later.report.imported[0].notes).toEqual([
			"Imports/The Alignment Problem (Brian Christian).md",
			"Imports/Superintelligence Paths, Dangers, Strategies (Nick Bostrom).md",
		]);
		const after = snapshot(vault);
		const path = "Imports/The Alignment Problem (Brian Christian).md";
		expect(after[path].startsWith(before[path])).toBe(true);
		expect(after[path].slice(before[path].length)).toContain("A newer highlight from the same book.");
		expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
		const other = "Imports/Superintelligence Paths, Dangers, Strategies (Nick Bostrom).md";
		expect(after[other]).toBe(before[other]);
	});

	test("never overwrites a note of the reader's; leaves no temporary files", async () => {
		mkdirSync(join(vault, "Notes"), { recursive: true });
		writeFileSync(join(vault, "Notes/talk.md"), "mine\n");
		const result = await run([fixturePath("talk.srt")], { folder: "Notes" });
		expect(result.report.imported[0].notes).toEqual(["Notes/talk 2.md"]);
		expect(readFileSync(join(vault, "Notes/talk.md"), "utf8")).toBe("mine\n");
		expect(readdirSync(join(vault, "Notes")).sort()).toEqual(["talk 2.md", "talk.md"]);
	});

	test("binary, empty, missing and unknown files are problems in plain words; the rest is imported", async () => {
		const files = [fixturePath("binary.txt"), fixturePath("empty.txt"), fixturePath("nowhere.srt"), fixturePath("talk.srt")];
		const result = await run(files);
		expect(result.code).toBe(1);
		expect(result.report.problems).toEqual([
			{ file: files[0], message: "the file is binary, not text" },
			{ file: files[1], message: "the file is empty" },
			{ file: files[2], message: "the file does not exist" },
		]);
		expect(result.report.imported.map((entry) => entry.file)).toEqual([files[3]]);
		expect(result.stderr.trim().split("\n")).toEqual(result.report.problems.map((problem) => `${problem.file}: ${problem.message}`));
	});

	test("every input appears in exactly one list", async () => {
		await run([fixturePath("talk.srt")]);
		const files = [fixturePath("talk.srt"), fixturePath("podcast.txt"), fixturePath("empty.txt")];
		const { report } = await run(files);
		const listed = [...report.imported, ...report.unchanged, ...report.problems].map((entry) => entry.file);
		expect(listed.sort()).toEqual([...files].sort());
	});

	test("the human report is short and names what happened", async () => {
		const result = await run([fixturePath("talk.srt"), fixturePath("empty.txt")], { json: false });
		expect(result.code).toBe(1);
		expect(result.stdout).toContain("imported  ");
		expect(result.stdout).toMatch(/1 imported into 1 note, 0 unchanged, 1 with problems\./);
		expect(() => JSON.parse(result.stdout) as unknown).toThrow();
	});

	test("the import folder comes from the plugin's settings when no --folder is given", async () => {
		mkdirSync(join(vault, ".obsidian/plugins/throughline"), { recursive: true });
		writeFileSync(join(vault, ".obsidian/plugins/throughline/data.json"), JSON.stringify({ importFolder: "Sources/Imported" }));
		const result = await run([fixturePath("talk.srt")]);
		expect(result.report.imported[0].notes).toEqual(["Sources/Imported/talk.md"]);
		expect(existsSync(join(vault, "Sources/Imported/talk.md"))).toBe(true);
	});

	test("a book note that is not UTF-8 is not appended to: its bytes stay, and the problem is said in plain words", async () => {
		await run([fixturePath("My Clippings.txt")]);
		const path = join(vault, "Imports/The Alignment Problem (Brian Christian).md");
		const latin1 = Buffer.concat([readFileSync(path), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])]); // "café" in Latin-1
		writeFileSync(path, latin1);
		const later = await run([fixturePath("My Clippings (later).txt")]);
		expect(later.code).toBe(1);
		expect(later.report.problems[0]?.message).toMatch(/not valid UTF-8/);
		expect(readFileSync(path).equals(latin1)).toBe(true);
	});

	test("usage errors exit with 2: a missing vault, no files, a folder outside the vault", async () => {
		const io = { stdout: () => undefined, stderr: () => undefined };
		expect(await runImport({ files: [fixturePath("talk.srt")], vault: join(vault, "missing"), json: true }, io)).toBe(2);
		expect(await runImport({ files: [], vault, json: true }, io)).toBe(2);
		expect(await runImport({ files: [fixturePath("talk.srt")], vault, folder: "../outside", json: true }, io)).toBe(2);
	});
});

describe("decodeText", () => {
	test("UTF-8, UTF-16 with BOM, Windows-1252, and NUL bytes as binary", () => {
		expect(decodeText(new TextEncoder().encode("héllo"))).toBe("héllo");
		expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]))).toBe("hi");
		expect(decodeText(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toBe("café");
		expect(decodeText(Uint8Array.from([0x61, 0x00, 0x62]))).toBeNull();
	});
});
