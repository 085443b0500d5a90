// @vitest-environment happy-dom
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { Component, createFakeApp, TFile, type FakeApp } from "../fake-obsidian/index";
import type { Component as ObsidianComponent } from "obsidian";
import { runImport } from "../../src/cli/import-command";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { decodeImportBytes, MAX_IMPORT_BYTES } from "../../src/obsidian/import-bytes";
import { AppImporter, type ImportFile, type ProgressNotice } from "../../src/obsidian/importer";

const FIXTURES = resolve(__dirname, "../fixtures/import");
const GOOD = ["talk.srt", "lecture.vtt", "whisper.json", "podcast.txt", "My Clippings.txt", "readwise.csv", "Readwise Article.md", "speech.txt", "essay.txt", "rolling [abcDEF12345].en.srt", "segments.json"];
const ALIGNMENT = "Imports/The Alignment Problem (Brian Christian).md";
const BOSTROM = "Imports/Superintelligence Paths, Dangers, Strategies (Nick Bostrom).md";

function bytesOf(name: string): ArrayBuffer {
	const buffer = readFileSync(join(FIXTURES, name));
	return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
}
const picked = (...names: string[]): ImportFile[] => names.map((name) => ({ name, bytes: bytesOf(name) }));

/** Every file of the fake vault with its text. */
function vaultTexts(app: FakeApp): Record<string, string> {
	const files: Record<string, string> = {};
	for (const file of app.vault.getFiles()) files[file.path] = textAt(app, file.path);
	return files;
}

function textAt(app: FakeApp, path: string): string {
	const file = app.vault.getFileByPath(path);
	if (file === null) throw new Error(`${path} is not in the vault`);
	return app.vault.readNow(file as unknown as Parameters<FakeApp["vault"]["readNow"]>[0]);
}

interface Harness {
	app: FakeApp;
	importer: AppImporter;
	messages: string[];
	progress: { opened: string[]; updates: string[]; hidden: number };
	settings: { importFolder: string; inboxFolder: string };
}

function harness(files: Record<string, string> = {}, clipboard?: () => Promise<string>): Harness {
	const app = createFakeApp({ files });
	const messages: string[] = [];
	const progress = { opened: [] as string[], updates: [] as string[], hidden: 0 };
	const settings = { importFolder: DEFAULT_SETTINGS.importFolder, inboxFolder: "" };
	const showProgress = (message: string): ProgressNotice => {
		progress.opened.push(message);
		return { setMessage: (next: string) => progress.updates.push(next), hide: () => void progress.hidden++ };
	};
	const importer = new AppImporter({ app, settings: () => settings, notify: (message) => messages.push(message), showProgress, readClipboard: clipboard });
	return { app, importer, messages, progress, settings };
}

describe("AppImporter.importFiles", () => {
	test("an SRT and a clippings file become a transcript note and one note per book", async () => {
		const { app, importer, messages } = harness();
		const summary = await importer.importFiles(picked("talk.srt", "My Clippings.txt"));
		expect(summary.problems).toEqual([]);
		expect(summary.imported.map((entry) => entry.file)).toEqual(["talk.srt", "My Clippings.txt"]);
		expect(summary.imported[1].notes).toEqual([ALIGNMENT, BOSTROM]);
		const texts = vaultTexts(app);
		expect(Object.keys(texts).sort()).toEqual([...summary.created].sort());
		const transcript = texts[summary.imported[0].notes[0]];
		expect(transcript).toMatch(/^---\n[\s\S]*kind: transcript[\s\S]*format: srt[\s\S]*\n---\n/);
		expect(transcript).toContain("Welcome to the talk about scaling laws.");
		expect(texts[ALIGNMENT]).toContain("Machine learning is an ostensibly technical field.");
		expect(texts[BOSTROM]).toContain("small children playing with a bomb");
		expect(messages).toEqual([`Imported 2 files into Imports: ${summary.created.length} notes created.`]);
	});

	test("makes the same notes as the shell's import of the same files", async () => {
		const { app, importer } = harness();
		const summary = await importer.importFiles(picked(...GOOD));
		expect(summary.problems).toEqual([]);
		const disk = mkdtempSync(join(tmpdir(), "throughline-app-import-"));
		try {
			const io = { stdout: () => undefined, stderr: () => undefined };
			expect(await runImport({ files: GOOD.map((name) => join(FIXTURES, name)), vault: disk, json: true }, io)).toBe(0);
			expect(vaultTexts(app)).toEqual(filesOnDisk(disk));
		} finally {
			rmSync(disk, { recursive: true, force: true });
		}
	});

	test("importing the same files twice changes nothing", async () => {
		const { app, importer, messages } = harness();
		await importer.importFiles(picked(...GOOD));
		const once = vaultTexts(app);
		const stamps = app.vault.getFiles().map((file) => `${file.path}@${file.stat.mtime}`);
		const second = await importer.importFiles(picked(...GOOD));
		expect(second.imported).toEqual([]);
		expect(second.unchanged.map((entry) => entry.file)).toEqual(GOOD);
		expect(vaultTexts(app)).toEqual(once);
		expect(app.vault.getFiles().map((file) => `${file.path}@${file.stat.mtime}`)).toEqual(stamps);
		expect(messages[1]).toBe(`Nothing new: ${GOOD.length} files were already imported into Imports.`);
	});

	test("a binary file gets a plain message and writes nothing", async () => {
		const { app, importer, messages } = harness();
		const summary = await importer.importFiles(picked("binary.txt", "empty.txt"));
		expect(summary.problems).toEqual([
			{ file: "binary.txt", message: "the file is binary, not text" },
			{ file: "empty.txt", message: "the file is empty" },
		]);
		expect(app.vault.getAllLoadedFiles().filter((file) => file.path !== "/")).toEqual([]);
		expect(messages).toEqual(["2 files could not be imported:\n• binary.txt: the file is binary, not text\n• empty.txt: the file is empty"]);
	});

	test("each file ends in exactly one list; the readable ones are imported beside the unreadable", async () => {
		const { importer, messages } = harness();
		await importer.importFiles(picked("talk.srt"));
		const summary = await importer.importFiles(picked("talk.srt", "podcast.txt", "binary.txt"));
		expect(summary.unchanged.map((entry) => entry.file)).toEqual(["talk.srt"]);
		expect(summary.imported.map((entry) => entry.file)).toEqual(["podcast.txt"]);
		expect(summary.problems.map((entry) => entry.file)).toEqual(["binary.txt"]);
		expect(messages[1]).toMatch(/^Imported 1 file into Imports: 1 note created, 1 file already imported\.\n1 file could not be imported:\n• binary\.txt: /);
	});

	test("a newer clippings file appends only its new highlight, through vault.process", async () => {
		const { app, importer, messages } = harness();
		await importer.importFiles(picked("My Clippings.txt"));
		const before = vaultTexts(app);
		const create = vi.spyOn(app.vault, "create");
		const process = vi.spyOn(app.vault, "process");
		const summary = await importer.importFiles(picked("My Clippings (later).txt"));
		expect(create).not.toHaveBeenCalled();
		expect(process.mock.calls.map(([file]) => file.path)).toEqual([ALIGNMENT]);
		expect(summary.updated).toEqual([ALIGNMENT]);
		expect(messages[1]).toBe("Imported 1 file into Imports: 1 note given new highlights.");
		const after = vaultTexts(app);
		expect(after[ALIGNMENT].startsWith(before[ALIGNMENT])).toBe(true);
		expect(after[ALIGNMENT].slice(before[ALIGNMENT].length)).toContain("A newer highlight from the same book.");
		expect(after[ALIGNMENT].split("Machine learning is an ostensibly technical field.").length).toBe(2);
		expect(after[BOSTROM]).toBe(before[BOSTROM]);
	});

	test("never overwrites a note of the reader's: the import takes the next free name", async () => {
		const { app, importer } = harness({ "Imports/talk.md": "mine\n" });
		const summary = await importer.importFiles(picked("talk.srt"));
		expect(summary.created).toEqual(["Imports/talk 2.md"]);
		expect(textAt(app, "Imports/talk.md")).toBe("mine\n");
	});

	test("writes into a nested import folder that does not exist yet", async () => {
		const { app, importer, settings } = harness();
		settings.importFolder = "Sources/Imported";
		const summary = await importer.importFiles(picked("talk.srt"));
		expect(summary.created).toEqual(["Sources/Imported/talk.md"]);
		expect(app.vault.getAbstractFileByPath("Sources/Imported/talk.md")).toBeInstanceOf(TFile);
	});

	test("a file over 50 MB is refused without being read", async () => {
		const { importer } = harness();
		const read = vi.fn(async () => new ArrayBuffer(0));
		const summary = await importer.importFiles([{ name: "huge.srt", size: MAX_IMPORT_BYTES + 1, read }]);
		expect(read).not.toHaveBeenCalled();
		expect(summary.problems[0].message).toMatch(/too large to import .*the limit is 50 MB/);
	});

	test("more than five files show a progress notice, updated as each finishes, then hidden", async () => {
		const { importer, progress } = harness();
		await importer.importFiles(picked(...GOOD));
		expect(progress.opened).toEqual([expect.stringMatching(new RegExp(`^Importing ${GOOD.length} files \\(.+\\)… 0 of ${GOOD.length} done\\.$`))]);
		expect(progress.updates.map((message) => /(\d+) of/.exec(message)?.[1])).toEqual(GOOD.map((_, index) => String(index + 1)));
		expect(progress.hidden).toBe(1);
	});

	test("a small import shows no progress notice", async () => {
		const { importer, progress } = harness();
		await importer.importFiles(picked("talk.srt", "podcast.txt"));
		expect(progress.opened).toEqual([]);
	});
});

describe("AppImporter clipboard", () => {
	test("imports the clipboard's text once; a second time changes nothing", async () => {
		const srt = readFileSync(join(FIXTURES, "talk.srt"), "utf8");
		const { app, importer, messages } = harness({}, async () => srt);
		const first = await importer.importClipboard();
		expect(first?.imported).toEqual([{ file: "Clipboard", notes: first?.created }]);
		expect(first?.created).toHaveLength(1);
		const text = textAt(app, first?.created[0] ?? "");
		expect(text).toContain("format: srt");
		const once = vaultTexts(app);
		const second = await importer.importClipboard();
		expect(second?.unchanged.map((entry) => entry.file)).toEqual(["Clipboard"]);
		expect(vaultTexts(app)).toEqual(once);
		expect(messages).toHaveLength(2);
	});

	test("an empty or unreadable clipboard gets a clear message and writes nothing", async () => {
		const empty = harness({}, async () => "  \n");
		expect(await empty.importer.importClipboard()).toBeNull();
		expect(empty.messages).toEqual(["The clipboard holds no text. Copy a transcript or highlights, then try again."]);
		const refused = harness({}, async () => Promise.reject(new Error("denied")));
		expect(await refused.importer.importClipboard()).toBeNull();
		expect(refused.messages[0]).toMatch(/^Throughline cannot read the clipboard here\./);
		expect(empty.app.vault.getFiles().length + refused.app.vault.getFiles().length).toBe(0);
	});
});

describe("AppImporter inbox", () => {
	function inboxHarness(): Harness {
		const h = harness({
			"Inbox/talk.srt": readFileSync(join(FIXTURES, "talk.srt"), "utf8"),
			"Inbox/My Clippings.txt": readFileSync(join(FIXTURES, "My Clippings.txt"), "utf8"),
			"Inbox/imported/old.srt": "already moved aside\n",
			"Notes/mine.md": "mine\n",
		});
		h.settings.inboxFolder = "Inbox";
		return h;
	}

	test("imports waiting files, moves the originals to Inbox/imported, deletes nothing", async () => {
		const { app, importer, messages } = inboxHarness();
		const deleted: string[] = [];
		app.vault.on("delete", (file) => void deleted.push(file.path));
		await app.vault.createBinary("Inbox/photo.txt", bytesOf("binary.txt"));
		const summary = await importer.processInbox();
		expect(summary.moved).toEqual([
			{ from: "Inbox/My Clippings.txt", to: "Inbox/imported/My Clippings.txt" },
			{ from: "Inbox/talk.srt", to: "Inbox/imported/talk.srt" },
		]);
		expect(summary.created).toEqual([ALIGNMENT, BOSTROM, "Imports/talk.md"]);
		expect(summary.problems).toEqual([{ file: "Inbox/photo.txt", message: "the file is binary, not text" }]);
		const paths = app.vault.getFiles().map((file) => file.path).sort();
		expect(paths).toEqual(["Inbox/imported/My Clippings.txt", "Inbox/imported/old.srt", "Inbox/imported/talk.srt", "Inbox/photo.txt", ...summary.created, "Notes/mine.md"].sort());
		expect(textAt(app, "Inbox/imported/talk.srt")).toBe(readFileSync(join(FIXTURES, "talk.srt"), "utf8"));
		expect(deleted).toEqual([]);
		expect(app.vault.trashed).toEqual([]);
		expect(messages[0]).toContain("2 originals moved to Inbox/imported.");
		expect(messages[0]).toContain("1 file could not be imported and stayed in Inbox:\n• Inbox/photo.txt: the file is binary, not text");
	});

	test("a file that failed is not tried again until it changes; nothing waiting means no notice", async () => {
		const { app, importer, messages } = inboxHarness();
		const photo = await app.vault.createBinary("Inbox/photo.txt", bytesOf("binary.txt"));
		await importer.processInbox();
		const again = await importer.processInbox();
		expect(again.problems).toEqual([]);
		expect(messages).toHaveLength(1);
		await app.vault.modify(photo, readFileSync(join(FIXTURES, "podcast.txt"), "utf8"));
		const fixed = await importer.processInbox();
		expect(fixed.moved).toEqual([{ from: "Inbox/photo.txt", to: "Inbox/imported/photo.txt" }]);
		expect(fixed.imported.map((entry) => entry.file)).toEqual(["Inbox/photo.txt"]);
	});

	test("the same file dropped again is unchanged and its original kept under a new name", async () => {
		const { app, importer } = inboxHarness();
		await importer.processInbox();
		const notes = vaultTexts(app);
		await app.vault.create("Inbox/talk.srt", readFileSync(join(FIXTURES, "talk.srt"), "utf8"));
		const summary = await importer.processInbox();
		expect(summary.unchanged.map((entry) => entry.file)).toEqual(["Inbox/talk.srt"]);
		expect(summary.moved).toEqual([{ from: "Inbox/talk.srt", to: "Inbox/imported/talk 2.srt" }]);
		const after = vaultTexts(app);
		for (const path of Object.keys(notes)) expect(after[path]).toBe(notes[path]);
	});

	test("does nothing without an inbox, and refuses an inbox that is the import folder", async () => {
		const { app, importer, settings, messages } = inboxHarness();
		settings.inboxFolder = "";
		expect((await importer.processInbox()).moved).toEqual([]);
		expect(messages).toEqual([]);
		settings.inboxFolder = "Imports";
		settings.importFolder = "Imports/";
		expect((await importer.processInbox()).created).toEqual([]);
		expect(messages[0]).toMatch(/^The inbox folder and the import folder are both "Imports"/);
		expect(app.vault.getAbstractFileByPath("Inbox/talk.srt")).toBeInstanceOf(TFile);
	});

	test("watchInbox imports what was waiting and what is dropped later, and stops with its component", async () => {
		vi.useFakeTimers();
		try {
			const { app, importer } = inboxHarness();
			const component = new Component();
			component.load();
			importer.watchInbox(component as unknown as ObsidianComponent);
			await vi.advanceTimersByTimeAsync(2_000);
			await importer.whenIdle();
			expect(app.vault.getAbstractFileByPath("Inbox/imported/talk.srt")).toBeInstanceOf(TFile);
			await app.vault.create("Inbox/lecture.vtt", readFileSync(join(FIXTURES, "lecture.vtt"), "utf8"));
			await vi.advanceTimersByTimeAsync(2_000);
			await importer.whenIdle();
			expect(app.vault.getAbstractFileByPath("Inbox/imported/lecture.vtt")).toBeInstanceOf(TFile);
			component.unload();
			await app.vault.create("Inbox/essay.txt", readFileSync(join(FIXTURES, "essay.txt"), "utf8"));
			await vi.advanceTimersByTimeAsync(2_000);
			await importer.whenIdle();
			expect(app.vault.getAbstractFileByPath("Inbox/essay.txt")).toBeInstanceOf(TFile);
		} finally {
			vi.useRealTimers();
		}
	});
});

describe("AppImporter.pickAndImport", () => {
	test("opens a hidden multi-file picker and imports what is chosen", async () => {
		const { app, importer } = harness();
		const click = vi.spyOn(HTMLInputElement.prototype, "click").mockImplementation(() => undefined);
		importer.pickAndImport();
		const input = document.body.querySelector("input[type=file]") as HTMLInputElement;
		expect(input.multiple).toBe(true);
		expect(input.accept).toBe(".srt,.vtt,.txt,.json,.csv,.md");
		expect(input.style.display).toBe("none");
		expect(click).toHaveBeenCalledOnce();
		const file = new File([readFileSync(join(FIXTURES, "talk.srt"))], "talk.srt");
		Object.defineProperty(input, "files", { value: [file] });
		input.dispatchEvent(new Event("change"));
		await vi.waitFor(() => expect(app.vault.getAbstractFileByPath("Imports/talk.md")).toBeInstanceOf(TFile));
		expect(document.body.querySelector("input[type=file]")).toBeNull();
		click.mockRestore();
	});
});

describe("decodeImportBytes", () => {
	test("UTF-8 with a BOM, UTF-16 with a BOM, Windows-1252; NUL bytes are binary; empty is empty", () => {
		expect(decodeImportBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9]))).toEqual({ text: "hé", problem: null });
		expect(decodeImportBytes(Uint8Array.from([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]))).toEqual({ text: "hi", problem: null });
		expect(decodeImportBytes(Uint8Array.from([0xfe, 0xff, 0x00, 0x68, 0x00, 0x69]))).toEqual({ text: "hi", problem: null });
		expect(decodeImportBytes(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toEqual({ text: "café", problem: null });
		expect(decodeImportBytes(Uint8Array.from([0x61, 0x00, 0x62]))).toEqual({ text: null, problem: "the file is binary, not text" });
		expect(decodeImportBytes(new Uint8Array(0))).toEqual({ text: null, problem: "the file is empty" });
	});
});

function filesOnDisk(dir: string): Record<string, string> {
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

beforeEach(() => {
	document.body.querySelectorAll("input[type=file]").forEach((input) => input.remove());
});
afterEach(() => {
	vi.restoreAllMocks();
});
