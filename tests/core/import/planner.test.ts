import { describe, expect, test } from "vitest";
import { planImport } from "../../../src/core/import/planner";
import { planInboxImport } from "../../../src/core/import/inbox";
import type { ImportPlan } from "../../../src/core/import/types";
import { fixture } from "./fixtures";

/** A vault in memory: path → text. */
type Vault = Map<string, string>;

function apply(vault: Vault, plan: ImportPlan): void {
	for (const creation of plan.create) {
		expect(vault.has(creation.path), `would overwrite ${creation.path}`).toBe(false);
		vault.set(creation.path, creation.text);
	}
	for (const update of plan.update) vault.set(update.path, update.edit(vault.get(update.path) ?? ""));
}

function importInto(vault: Vault, files: string[], folder = "Imports"): ImportPlan {
	const plan = planImport(
		files.map((file) => ({ fileName: file, text: fixture(file) })),
		(path) => vault.get(path) ?? null,
		folder,
	);
	apply(vault, plan);
	return plan;
}

const ALL = ["talk.srt", "rolling [abcDEF12345].en.srt", "lecture.vtt", "whisper.json", "segments.json", "podcast.txt", "My Clippings.txt", "readwise.csv", "Readwise Article.md", "speech.txt", "essay.txt"];

describe("importing twice changes nothing", () => {
	test.each(ALL)("%s", (file) => {
		const vault: Vault = new Map();
		const first = importInto(vault, [file]);
		expect(first.create.length).toBeGreaterThan(0);
		const once = new Map(vault);
		const second = importInto(vault, [file]);
		expect(second.create).toEqual([]);
		expect(second.update).toEqual([]);
		expect(second.unchanged.map((entry) => entry.path).sort()).toEqual(first.create.map((entry) => entry.path).sort());
		expect(vault).toEqual(once);
	});

	test("all fixtures at once, twice, give the same vault as once", () => {
		const vault: Vault = new Map();
		importInto(vault, ALL);
		const once = new Map(vault);
		importInto(vault, ALL);
		expect(vault).toEqual(once);
		expect([...vault.keys()].every((path) => path.startsWith("Imports/") && path.endsWith(".md"))).toBe(true);
	});
});

describe("a newer clippings file", () => {
	test("adds only the new highlight to the existing book note, leaving the rest byte for byte", () => {
		const vault: Vault = new Map();
		importInto(vault, ["My Clippings.txt"]);
		const bookPath = "Imports/The Alignment Problem (Brian Christian).md";
		const before = vault.get(bookPath) ?? "";
		const other = vault.get("Imports/Superintelligence Paths, Dangers, Strategies (Nick Bostrom).md");
		const plan = importInto(vault, ["My Clippings (later).txt"]);
		expect(plan.create).toEqual([]);
		expect(plan.update.map((entry) => [entry.path, entry.added])).toEqual([[bookPath, 1]]);
		const after = vault.get(bookPath) ?? "";
		expect(after.startsWith(before)).toBe(true);
		expect(after.slice(before.length)).toContain("> A newer highlight from the same book.\n— location 1290-1293 · page 88 · 2023-07-01 ^loc-1290");
		expect(after.split("Machine learning is an ostensibly technical field.").length - 1).toBe(1);
		expect(vault.get("Imports/Superintelligence Paths, Dangers, Strategies (Nick Bostrom).md")).toBe(other);
		// and again: nothing more to add
		const again = importInto(vault, ["My Clippings (later).txt", "My Clippings.txt"]);
		expect(again.update).toEqual([]);
		expect(vault.get(bookPath)).toBe(after);
	});

	test("keeps the reader's own additions and gives a colliding block id a fresh one", () => {
		const vault: Vault = new Map();
		importInto(vault, ["My Clippings.txt"]);
		const bookPath = "Imports/The Alignment Problem (Brian Christian).md";
		const edited = `${vault.get(bookPath)}\nMy own thought about this book. ^loc-1290\n`;
		vault.set(bookPath, edited);
		importInto(vault, ["My Clippings (later).txt"]);
		const after = vault.get(bookPath) ?? "";
		expect(after.startsWith(edited)).toBe(true);
		expect(after).toContain("2023-07-01 ^loc-1290-2");
	});

	test("the old and the new file in one run make each book note once", () => {
		const vault: Vault = new Map();
		const plan = importInto(vault, ["My Clippings.txt", "My Clippings (later).txt"]);
		expect(plan.create.length).toBe(2);
		expect(vault.get("Imports/The Alignment Problem (Brian Christian).md")).toContain("^loc-1290");
		expect(plan.unchanged.map((entry) => entry.file)).toContain("My Clippings (later).txt");
	});
});

describe("never overwrites", () => {
	test("a reader's note with the same name gets a numbered sibling, and stays untouched", () => {
		const vault: Vault = new Map([["Imports/talk.md", "My own notes on the talk.\n"]]);
		const plan = importInto(vault, ["talk.srt"]);
		expect(plan.create.map((entry) => entry.path)).toEqual(["Imports/talk 2.md"]);
		expect(vault.get("Imports/talk.md")).toBe("My own notes on the talk.\n");
		const again = importInto(vault, ["talk.srt"]);
		expect(again.create).toEqual([]);
		expect(again.unchanged.map((entry) => entry.path)).toEqual(["Imports/talk 2.md"]);
	});

	test("a transcript the reader edited after importing it is left alone on re-import", () => {
		const vault: Vault = new Map();
		importInto(vault, ["podcast.txt"]);
		const edited = `${vault.get("Imports/podcast.md")}\nMy comment.\n`;
		vault.set("Imports/podcast.md", edited);
		const plan = importInto(vault, ["podcast.txt"]);
		expect(plan.create).toEqual([]);
		expect(vault.get("Imports/podcast.md")).toBe(edited);
	});

	test("a different file that yields the same name is imported beside it, not over it", () => {
		const vault: Vault = new Map();
		importInto(vault, ["talk.srt"]);
		const plan = planImport([{ fileName: "other/talk.srt", text: "1\n00:00:00,000 --> 00:00:02,000\nA different talk.\n" }], (path) => vault.get(path) ?? null, "Imports");
		expect(plan.create.map((entry) => entry.path)).toEqual(["Imports/talk 2.md"]);
	});

	test("problems are listed per file and do not stop the others", () => {
		const plan = planImport(
			[
				{ fileName: "empty.txt", text: "" },
				{ fileName: "talk.srt", text: fixture("talk.srt") },
			],
			() => null,
			"In/Box",
		);
		expect(plan.problems).toEqual([{ file: "empty.txt", message: "the file is empty" }]);
		expect(plan.create.map((entry) => entry.path)).toEqual(["In/Box/talk.md"]);
	});
});

describe("inbox", () => {
	test("imports waiting files and moves each original to imported/, never over another file", () => {
		const vault: Vault = new Map();
		const taken = new Set(["Inbox/imported/talk.srt"]);
		const plan = planInboxImport(
			[
				{ path: "Inbox/talk.srt", text: fixture("talk.srt") },
				{ path: "Inbox/empty.txt", text: "" },
				{ path: "Inbox/imported/podcast.txt", text: fixture("podcast.txt") },
			],
			(path) => vault.get(path) ?? null,
			{ inbox: "Inbox", folder: "Imports", exists: (path) => taken.has(path) },
		);
		expect(plan.create.map((entry) => entry.path)).toEqual(["Imports/talk.md"]);
		expect(plan.move).toEqual([{ from: "Inbox/talk.srt", to: "Inbox/imported/talk 2.srt" }]);
		expect(plan.problems.map((problem) => problem.file)).toEqual(["Inbox/empty.txt"]);
	});
});
