import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFileAtomically, replaceFileAtomically } from "../../src/cli/atomic-write";

let folder = "";
beforeEach(() => {
	folder = mkdtempSync(join(tmpdir(), "throughline-atomic-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe("atomic writes", () => {
	it("replaces a file's text and leaves only the file", () => {
		writeFileSync(join(folder, "note.md"), "old");
		replaceFileAtomically(join(folder, "note.md"), "new ✓");
		expect(readFileSync(join(folder, "note.md"), "utf8")).toBe("new ✓");
		expect(readdirSync(folder)).toEqual(["note.md"]);
	});

	it("removes its temporary file when the rename fails", () => {
		mkdirSync(join(folder, "taken.md", "inside"), { recursive: true }); // a non-empty folder cannot be renamed over
		expect(() => replaceFileAtomically(join(folder, "taken.md"), "text")).toThrow();
		expect(readdirSync(folder)).toEqual(["taken.md"]);
	});

	it("creates a new file, making its folders, and never overwrites one", () => {
		expect(createFileAtomically(join(folder, "A/B/new.md"), "fresh")).toBe(true);
		expect(readFileSync(join(folder, "A/B/new.md"), "utf8")).toBe("fresh");
		expect(createFileAtomically(join(folder, "A/B/new.md"), "second")).toBe(false);
		expect(readFileSync(join(folder, "A/B/new.md"), "utf8")).toBe("fresh");
		expect(readdirSync(join(folder, "A/B"))).toEqual(["new.md"]);
	});
});
