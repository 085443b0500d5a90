import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createFakeApp } from "./index";
import { loadVaultFromDisk } from "./load-from-disk";

const folder = mkdtempSync(join(tmpdir(), "fake-vault-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("loadVaultFromDisk", () => {
	it("maps every file by vault path and skips dot-folders", () => {
		mkdirSync(join(folder, "Readwise", "Books"), { recursive: true });
		mkdirSync(join(folder, ".obsidian"));
		writeFileSync(join(folder, "Readwise", "Books", "A book.md"), "---\nauthor: X\n---\n# A book\n");
		writeFileSync(join(folder, "top.md"), "text\r\n");
		writeFileSync(join(folder, ".obsidian", "app.json"), "{}");
		const files = loadVaultFromDisk(folder);
		expect(files).toEqual({ "Readwise/Books/A book.md": "---\nauthor: X\n---\n# A book\n", "top.md": "text\r\n" });
		const app = createFakeApp({ files });
		expect(app.metadataCache.getCache("Readwise/Books/A book.md")?.frontmatter).toEqual({ author: "X" });
	});
});

const seeds = resolve(__dirname, "../../..", "shared/seeds");

describe.skipIf(!existsSync(seeds))("the shared seeds in the fake vault", () => {
	it("load and get a metadata cache each", () => {
		const files = Object.fromEntries(Object.entries(loadVaultFromDisk(seeds)).filter(([path]) => path.endsWith(".txt")).map(([path, text]) => [path.replace(/\.txt$/, ".md"), text]));
		const app = createFakeApp({ files });
		expect(app.vault.getMarkdownFiles().length).toBe(Object.keys(files).length);
		for (const file of app.vault.getMarkdownFiles()) expect(app.metadataCache.getFileCache(file)?.sections?.length).toBeGreaterThan(0);
	});
});
