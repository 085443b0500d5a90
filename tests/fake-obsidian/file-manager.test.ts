import { describe, expect, it } from "vitest";
import { TFile } from "obsidian";
import type { TAbstractFile } from "obsidian";
import { createFakeApp } from "./index";

async function editFrontmatter(text: string, fn: (fm: Record<string, unknown>) => void): Promise<string> {
	const app = createFakeApp({ files: { "note.md": text } });
	const file = app.vault.getFileByPath("note.md") as TFile;
	await app.fileManager.processFrontMatter(file, fn);
	return app.vault.read(file);
}

describe("processFrontMatter", () => {
	const body = "\n# Heading\r\nTabs\tand trailing spaces   \n\n\n- [[Link]]\n";

	it("round-trips through YAML and leaves the body byte-identical", async () => {
		const before = `---\ntitle: Old\ntags:\n  - a\n---${body}`;
		const after = await editFrontmatter(before, (fm) => {
			fm.title = "New";
			(fm.tags as string[]).push("b");
			fm.added = 3;
		});
		expect(after).toBe(`---\ntitle: New\ntags:\n  - a\n  - b\nadded: 3\n---${body}`);
	});

	it("keeps CRLF delimiters and body in a CRLF note", async () => {
		const before = "---\r\na: 1\r\n---\r\nBody\r\nmore\r\n";
		const after = await editFrontmatter(before, (fm) => (fm.b = "two"));
		expect(after).toBe("---\r\na: 1\r\nb: two\r\n---\r\nBody\r\nmore\r\n");
	});

	it("creates the block when absent, and leaves the note alone when nothing is added", async () => {
		expect(await editFrontmatter("Just text\n", (fm) => (fm.theme = "compute"))).toBe("---\ntheme: compute\n---\nJust text\n");
		expect(await editFrontmatter("Just text\n", () => undefined)).toBe("Just text\n");
	});

	it("empties the block when every key is deleted", async () => {
		expect(await editFrontmatter("---\na: 1\n---\nBody", (fm) => delete fm.a)).toBe("---\n---\nBody");
	});

	it("throws on malformed YAML and writes nothing", async () => {
		const app = createFakeApp({ files: { "bad.md": "---\na: [1\n---\nBody" } });
		const file = app.vault.getFileByPath("bad.md") as TFile;
		let modified = 0;
		app.vault.on("modify", () => modified++);
		await expect(app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => (fm.x = 1))).rejects.toThrow();
		expect(await app.vault.read(file)).toBe("---\na: [1\n---\nBody");
		expect(modified).toBe(0);
	});
});

describe("FileManager links", () => {
	it("renameFile updates wikilinks in other notes, keeping subpaths and aliases", async () => {
		const app = createFakeApp({
			files: {
				"Themes/Compute.md": "# Compute\n## Costs",
				"Notes/a.md": "See [[Compute]], [[Compute#Costs|the costs]] and ![[Compute]]. Also [[Other]].",
				"Notes/b.md": "Unrelated [[Other]]",
				"Other.md": "x",
			},
		});
		let bModified = 0;
		app.vault.on("modify", (file: TAbstractFile) => {
			if (file.path === "Notes/b.md") bModified++;
		});
		await app.fileManager.renameFile(app.vault.getFileByPath("Themes/Compute.md") as TFile, "Themes/Compute scaling.md");
		expect(await app.vault.read(app.vault.getFileByPath("Notes/a.md") as TFile)).toBe(
			"See [[Compute scaling]], [[Compute scaling#Costs|the costs]] and ![[Compute scaling]]. Also [[Other]].",
		);
		expect(bModified).toBe(0);
	});

	it("generateMarkdownLink uses the shortest unambiguous link text", () => {
		const app = createFakeApp({ files: { "A/Note.md": "", "B/Note.md": "", "Unique.md": "" } });
		const unique = app.vault.getFileByPath("Unique.md") as TFile;
		const ambiguous = app.vault.getFileByPath("B/Note.md") as TFile;
		expect(app.fileManager.generateMarkdownLink(unique, "A/Note.md")).toBe("[[Unique]]");
		expect(app.fileManager.generateMarkdownLink(ambiguous, "Unique.md", "#Part", "shown")).toBe("[[B/Note#Part|shown]]");
	});
});
