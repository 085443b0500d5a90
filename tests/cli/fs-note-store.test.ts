import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FsNoteStore, VaultPathError } from "../../src/cli/fs-note-store";

let vault = "";

function put(path: string, text: string | Buffer): void {
	mkdirSync(dirname(join(vault, path)), { recursive: true });
	writeFileSync(join(vault, path), text);
}

beforeEach(() => {
	vault = mkdtempSync(join(tmpdir(), "throughline-store-"));
	put("a.md", "A");
	put("Folder/b.md", "BB");
	put("Folder/picture.png", "not a note");
	put(".obsidian/workspace.md", "config");
	put(".trash/old.md", "trashed");
	put("Private/secret.md", "excluded");
});

afterEach(() => rmSync(vault, { recursive: true, force: true }));

describe("FsNoteStore", () => {
	it("lists the vault's notes with size and mtime, skipping config, trash and excluded folders", () => {
		const store = new FsNoteStore(vault, { excludedFolders: ["Private/"] });
		const notes = store.list();
		expect(notes.map((n) => n.path)).toEqual(["Folder/b.md", "a.md"]);
		expect(notes.map((n) => n.size)).toEqual([2, 1]);
		expect(notes[0].mtime).toBe(statSync(join(vault, "Folder/b.md")).mtimeMs);
	});

	it("reads UTF-8 and keeps a byte-order mark as text", async () => {
		put("bom.md", Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]));
		const store = new FsNoteStore(vault);
		expect(await store.read("bom.md")).toBe("\uFEFFhi");
	});

	it("processes a note atomically, leaving no temp file and keeping a BOM's bytes", async () => {
		put("bom.md", Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]));
		const store = new FsNoteStore(vault);
		const result = await store.process("bom.md", (text) => `${text}!`);
		expect(result).toBe("\uFEFFhi!");
		expect([...readFileSync(join(vault, "bom.md"))]).toEqual([0xef, 0xbb, 0xbf, 0x68, 0x69, 0x21]);
		expect(readdirSync(vault).filter((name) => name.includes("throughline-tmp"))).toEqual([]);
	});

	it("writes nothing when the edit changes nothing", async () => {
		const store = new FsNoteStore(vault);
		const file = join(vault, "a.md");
		const inode = statSync(file).ino;
		await store.process("a.md", (text) => text);
		expect(statSync(file).ino).toBe(inode); // a write would rename a new file into place
	});

	it("creates notes in new folders and refuses to overwrite", async () => {
		const store = new FsNoteStore(vault);
		await store.create("Themes/New/Theme.md", "block\n");
		expect(readFileSync(join(vault, "Themes/New/Theme.md"), "utf8")).toBe("block\n");
		await expect(store.create("a.md", "x")).rejects.toThrow(/already exists/);
		expect(readFileSync(join(vault, "a.md"), "utf8")).toBe("A");
	});

	it("removes a note", async () => {
		const store = new FsNoteStore(vault);
		await store.remove("Folder/b.md");
		expect(existsSync(join(vault, "Folder/b.md"))).toBe(false);
		expect(store.exists("Folder/b.md")).toBe(false);
	});

	it.each(["../outside.md", "/etc/passwd", "Folder/../../outside.md", "..\\outside.md", "C:/x.md", ""])(
		"refuses the path %j in plain words",
		async (path) => {
			const store = new FsNoteStore(vault);
			expect(() => store.resolvePath(path)).toThrow(VaultPathError);
			await expect(store.create(path, "x")).rejects.toThrow(/vault/);
			await expect(store.process(path, (t) => t)).rejects.toThrow(/vault/);
			expect(store.exists(path)).toBe(false);
		},
	);

	it("reports a missing note in plain words", async () => {
		await expect(new FsNoteStore(vault).read("nope.md")).rejects.toThrow(/does not exist/);
	});

	it("removes a note whose extension is upper case", async () => {
		put("Themes/Loud.MD", "x");
		const store = new FsNoteStore(vault);
		await store.remove("Themes/Loud.MD");
		expect(existsSync(join(vault, "Themes/Loud.MD"))).toBe(false);
		await expect(store.remove("Folder/picture.png")).rejects.toBeInstanceOf(VaultPathError);
	});
});
