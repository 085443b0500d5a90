import { describe, expect, it } from "vitest";
import { TFile, TFolder } from "obsidian";
import type { TAbstractFile } from "obsidian";
import { createFakeApp } from "./index";

function frozenClock(at = 1_000) {
	return { now: () => at };
}

describe("Vault", () => {
	it("builds the tree from the files map", () => {
		const app = createFakeApp({ files: { "a.md": "A", "Readwise/Books/b.md": "B", "img.png": "x" } });
		const folder = app.vault.getFolderByPath("Readwise/Books");
		expect(folder).toBeInstanceOf(TFolder);
		expect(folder?.children.map((child) => child.name)).toEqual(["b.md"]);
		expect(folder?.parent?.path).toBe("Readwise");
		const file = app.vault.getFileByPath("Readwise/Books/b.md");
		expect(file).toMatchObject({ name: "b.md", basename: "b", extension: "md" });
		expect(app.vault.getRoot().isRoot()).toBe(true);
		expect(app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["Readwise/Books/b.md", "a.md"]);
		expect(app.vault.getFiles()).toHaveLength(3);
	});

	it("fires create, modify, rename and delete before the promise resolves", async () => {
		const app = createFakeApp({ files: { "Notes/a.md": "A" } });
		const seen: string[] = [];
		app.vault.on("create", (file: TAbstractFile) => seen.push(`create ${file.path}`));
		app.vault.on("modify", (file: TAbstractFile) => seen.push(`modify ${file.path}`));
		app.vault.on("rename", (file: TAbstractFile, oldPath: string) => seen.push(`rename ${oldPath} -> ${file.path}`));
		app.vault.on("delete", (file: TAbstractFile) => seen.push(`delete ${file.path}`));
		const created = await app.vault.create("Notes/b.md", "B");
		expect(seen).toEqual(["create Notes/b.md"]);
		await app.vault.modify(created, "B2");
		await app.vault.rename(created, "Notes/c.md");
		await app.vault.delete(created);
		expect(seen).toEqual(["create Notes/b.md", "modify Notes/b.md", "rename Notes/b.md -> Notes/c.md", "delete Notes/c.md"]);
	});

	it("moves a folder's children on rename and fires for each", async () => {
		const app = createFakeApp({ files: { "Old/x.md": "X", "Old/Sub/y.md": "Y" } });
		const renames: string[] = [];
		app.vault.on("rename", (file: TAbstractFile, oldPath: string) => renames.push(`${oldPath} -> ${file.path}`));
		const x = app.vault.getFileByPath("Old/x.md");
		await app.vault.rename(app.vault.getFolderByPath("Old") as TFolder, "New");
		expect(renames.sort()).toEqual(["Old -> New", "Old/Sub -> New/Sub", "Old/Sub/y.md -> New/Sub/y.md", "Old/x.md -> New/x.md"]);
		expect(x?.path).toBe("New/x.md");
		expect(await app.vault.read(app.vault.getFileByPath("New/Sub/y.md") as TFile)).toBe("Y");
		expect(app.vault.getAbstractFileByPath("Old")).toBeNull();
	});

	it("refuses to overwrite or to create in a missing folder", async () => {
		const app = createFakeApp({ files: { "a.md": "A" } });
		await expect(app.vault.create("a.md", "again")).rejects.toThrow(/exists/);
		await expect(app.vault.create("Missing/b.md", "B")).rejects.toThrow(/Folder does not exist/);
		await app.vault.createFolder("Missing");
		await expect(app.vault.create("Missing/b.md", "B")).resolves.toBeInstanceOf(TFile);
	});

	it("advances mtime on every write even when the clock stands still", async () => {
		const app = createFakeApp({ files: { "a.md": "A" }, clock: frozenClock() });
		const file = app.vault.getFileByPath("a.md") as TFile;
		const before = file.stat.mtime;
		await app.vault.modify(file, "A2");
		const afterFirst = file.stat.mtime;
		await app.vault.append(file, "!");
		expect(afterFirst).toBeGreaterThan(before);
		expect(file.stat.mtime).toBeGreaterThan(afterFirst);
		expect(file.stat.size).toBe(3);
		await app.vault.modify(file, "é");
		expect(file.stat.size).toBe(2); // bytes, not characters
	});

	it("process is atomic: concurrent edits all land", async () => {
		const app = createFakeApp({ files: { "count.md": "0" } });
		const file = app.vault.getFileByPath("count.md") as TFile;
		const edits = Array.from({ length: 20 }, () => app.vault.process(file, (text) => String(Number(text) + 1)));
		await Promise.all(edits);
		expect(await app.vault.read(file)).toBe("20");
	});

	it("process writes and fires modify even when the text is unchanged", async () => {
		const app = createFakeApp({ files: { "a.md": "same" }, clock: frozenClock() });
		const file = app.vault.getFileByPath("a.md") as TFile;
		let modified = 0;
		app.vault.on("modify", () => modified++);
		const before = file.stat.mtime;
		const result = await app.vault.process(file, (text) => text);
		expect(result).toBe("same");
		expect(modified).toBe(1);
		expect(file.stat.mtime).toBeGreaterThan(before);
	});

	it("keeps config-folder files out of the vault index", async () => {
		const app = createFakeApp({ files: { "a.md": "A" } });
		await app.vault.adapter.write(".obsidian/plugins/throughline/data.json", "{}");
		expect(await app.vault.adapter.exists(".obsidian/plugins/throughline/data.json")).toBe(true);
		expect(await app.vault.adapter.read(".obsidian/plugins/throughline/data.json")).toBe("{}");
		expect(app.vault.getAbstractFileByPath(".obsidian/plugins/throughline/data.json")).toBeNull();
		expect((await app.vault.adapter.list("/")).folders).toContain(".obsidian");
		expect(app.vault.configDir).toBe(".obsidian");
	});

	it("deletes folders with their contents and trashes into a record", async () => {
		const app = createFakeApp({ files: { "F/a.md": "A", "F/b.md": "B", "c.md": "C" } });
		const deleted: string[] = [];
		app.vault.on("delete", (file: TAbstractFile) => deleted.push(file.path));
		await app.vault.delete(app.vault.getFolderByPath("F") as TFolder, true);
		expect(deleted).toEqual(["F/b.md", "F/a.md", "F"]);
		await app.fileManager.trashFile(app.vault.getFileByPath("c.md") as TFile);
		expect(app.vault.trashed).toEqual(["c.md"]);
		expect(app.vault.getFiles()).toHaveLength(0);
	});
});
