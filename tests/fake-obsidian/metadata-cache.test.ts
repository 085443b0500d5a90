import { describe, expect, it } from "vitest";
import { getAllTags, TFile } from "obsidian";
import type { CachedMetadata } from "obsidian";
import { computeMetadata, createFakeApp } from "./index";

const NOTE = [
	"---", // 0
	"title: Scaling laws",
	"tags: [ai/scaling, reading]",
	"source: \"[[Import AI 343]]\"",
	"---",
	"# Scaling laws #draft", // 5
	"",
	"Chinchilla changed how we think about [[Compute|compute]] and ![[chart.png]]. #ai/scaling ^para-1",
	"",
	"```python",
	"# not a heading [[Not a link]] #nottag", // 10
	"```",
	"",
	"## Notes `#nocode` and [a link](Folder/Other%20note.md) and [web](https://example.com)",
	"- first item",
	"\t- [x] nested task ^task-1", // 15
	"- second item",
	"",
	"> [!note] A callout",
	"> with [[Callout link#Heading]]",
	"", // 20
	"Issue #123 is not a tag, #2024-plan is.",
].join("\n");

function slice(text: string, position: { start: { offset: number }; end: { offset: number } }): string {
	return text.slice(position.start.offset, position.end.offset);
}

describe("computeMetadata", () => {
	const cache: CachedMetadata = computeMetadata(NOTE);

	it("parses the frontmatter and its position and links", () => {
		expect(cache.frontmatter).toEqual({ title: "Scaling laws", tags: ["ai/scaling", "reading"], source: "[[Import AI 343]]" });
		expect(cache.frontmatterPosition?.start).toEqual({ line: 0, col: 0, offset: 0 });
		expect(cache.frontmatterPosition?.end.line).toBe(4);
		expect(slice(NOTE, cache.frontmatterPosition!)).toMatch(/^---[\s\S]*---$/);
		expect(cache.frontmatterLinks).toEqual([{ key: "source", link: "Import AI 343", original: "[[Import AI 343]]", displayText: "Import AI 343" }]);
	});

	it("finds headings with level and position, not inside code", () => {
		expect(cache.headings?.map((h) => [h.level, h.heading, h.position.start.line])).toEqual([
			[1, "Scaling laws #draft", 5],
			[2, "Notes `#nocode` and [a link](Folder/Other%20note.md) and [web](https://example.com)", 13],
		]);
	});

	it("finds inline tags with positions, skipping code, numbers and frontmatter", () => {
		expect(cache.tags?.map((t) => t.tag)).toEqual(["#draft", "#ai/scaling", "#2024-plan"]);
		for (const tag of cache.tags ?? []) expect(slice(NOTE, tag.position)).toBe(tag.tag);
		expect(getAllTags(cache)).toEqual(["#ai/scaling", "#reading", "#draft", "#ai/scaling", "#2024-plan"]);
	});

	it("finds links and embeds, internal only", () => {
		expect(cache.links?.map((l) => [l.link, l.displayText, l.original])).toEqual([
			["Compute", "compute", "[[Compute|compute]]"],
			["Folder/Other note.md", "a link", "[a link](Folder/Other%20note.md)"],
			["Callout link#Heading", "Callout link > Heading", "[[Callout link#Heading]]"],
		]);
		expect(cache.embeds?.map((e) => e.link)).toEqual(["chart.png"]);
		for (const link of cache.links ?? []) expect(slice(NOTE, link.position)).toBe(link.original);
	});

	it("splits sections by kind", () => {
		expect(cache.sections?.map((s) => s.type)).toEqual(["yaml", "heading", "paragraph", "code", "heading", "list", "callout", "paragraph"]);
		const code = cache.sections?.[3];
		expect(code && slice(NOTE, code.position)).toBe("```python\n# not a heading [[Not a link]] #nottag\n```");
	});

	it("records block ids and list items with parents and tasks", () => {
		expect(Object.keys(cache.blocks ?? {})).toEqual(["para-1", "task-1"]);
		expect(cache.blocks?.["para-1"].position.start.line).toBe(7);
		expect(cache.listItems?.map((item) => [item.position.start.line, item.parent, item.task ?? null, item.id ?? null])).toEqual([
			[14, -14, null, null],
			[15, 14, "x", "task-1"],
			[16, -14, null, null],
		]);
	});

	it("leaves frontmatter undefined when the YAML is malformed, and keeps going", () => {
		const broken = computeMetadata("---\ntitle: [unclosed\n---\n# Still here\n");
		expect(broken.frontmatter).toBeUndefined();
		expect(broken.frontmatterPosition).toBeDefined();
		expect(broken.headings?.[0].heading).toBe("Still here");
	});

	it("reports positions in CRLF text as offsets into the raw text", () => {
		const text = "---\r\na: 1\r\n---\r\n# Title\r\nSee [[Target]]\r\n";
		const crlf = computeMetadata(text);
		expect(crlf.frontmatter).toEqual({ a: 1 });
		expect(crlf.headings?.[0]).toMatchObject({ heading: "Title", position: { start: { line: 3, col: 0 } } });
		expect(slice(text, crlf.links![0].position)).toBe("[[Target]]");
	});

	it("has no keys for what a note lacks", () => {
		expect(computeMetadata("")).toEqual({});
	});
});

describe("MetadataCache", () => {
	const files = { "Themes/Compute.md": "# Compute", "Notes/a.md": "See [[Compute]] and [[Missing]].", "Notes/Compute.md": "local" };

	it("is computed for the seeded vault and resolves links like Obsidian", () => {
		const app = createFakeApp({ files });
		expect(app.metadataCache.getCache("Themes/Compute.md")?.headings?.[0].heading).toBe("Compute");
		// A note in the linking note's folder wins over one elsewhere.
		expect(app.metadataCache.resolvedLinks["Notes/a.md"]).toEqual({ "Notes/Compute.md": 1 });
		expect(app.metadataCache.unresolvedLinks["Notes/a.md"]).toEqual({ Missing: 1 });
		expect(app.metadataCache.getFirstLinkpathDest("compute", "Other/x.md")?.path).toBe("Notes/Compute.md");
		expect(app.metadataCache.getFirstLinkpathDest("Themes/Compute", "Notes/a.md")?.path).toBe("Themes/Compute.md");
		const theme = app.vault.getFileByPath("Themes/Compute.md") as TFile;
		expect(app.metadataCache.fileToLinktext(theme, "Notes/a.md")).toBe("Themes/Compute");
	});

	it("fires changed after a modify, on a later tick, then resolved", async () => {
		const app = createFakeApp({ files });
		const file = app.vault.getFileByPath("Notes/a.md") as TFile;
		const seen: string[] = [];
		app.metadataCache.on("changed", (changed: TFile, data: string, cache: CachedMetadata) => seen.push(`changed ${changed.path} ${data.length} ${cache.links?.length}`));
		app.metadataCache.on("resolved", () => seen.push("resolved"));
		await app.vault.modify(file, "Only [[Compute]] now.");
		expect(seen).toEqual([]);
		expect(app.metadataCache.getFileCache(file)?.links).toHaveLength(2); // still the old cache
		await app.fake.settle();
		expect(seen).toEqual(["changed Notes/a.md 21 1", "resolved"]);
		expect(app.metadataCache.getFileCache(file)?.links).toHaveLength(1);
		expect(app.metadataCache.unresolvedLinks["Notes/a.md"]).toEqual({});
	});

	it("fires nothing for a write that leaves the text as it was", async () => {
		const app = createFakeApp({ files });
		const file = app.vault.getFileByPath("Notes/a.md") as TFile;
		let changed = 0;
		app.metadataCache.on("changed", () => changed++);
		await app.vault.process(file, (text) => text);
		await app.fake.settle();
		expect(changed).toBe(0);
	});

	it("fires changed for a created note and deleted with the previous cache", async () => {
		const app = createFakeApp({ files });
		const seen: string[] = [];
		app.metadataCache.on("changed", (file: TFile) => seen.push(`changed ${file.path}`));
		app.metadataCache.on("deleted", (file: TFile, prev: CachedMetadata | null) => seen.push(`deleted ${file.path} ${prev?.headings?.[0].heading}`));
		await app.vault.create("New.md", "# Fresh");
		await app.fake.settle();
		await app.vault.delete(app.vault.getFileByPath("New.md") as TFile);
		expect(seen).toEqual(["changed New.md", "deleted New.md Fresh"]);
		expect(app.metadataCache.getCache("New.md")).toBeNull();
	});

	it("moves the cache with a rename and re-resolves links", async () => {
		const app = createFakeApp({ files });
		await app.vault.rename(app.vault.getFileByPath("Notes/Compute.md") as TFile, "Archive/Compute old.md");
		expect(app.metadataCache.getCache("Archive/Compute old.md")).not.toBeNull();
		expect(app.metadataCache.resolvedLinks["Notes/a.md"]).toEqual({ "Themes/Compute.md": 1 });
	});
});
