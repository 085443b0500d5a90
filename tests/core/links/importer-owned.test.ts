// Property mode never writes into a note an importer owns: recognised by its detected format
// wherever it lives, or by the reader's importer-owned folders matched without regard to case.
// What an earlier pass wrote into such a note still comes out, to the byte.
import { describe, expect, it } from "vitest";
import { applyLinkPlan } from "../../../src/core/links/apply";
import { describePlan } from "../../../src/core/links/describe";
import type { LinkLedger, LinkSettings, PropertyLinks } from "../../../src/core/links/hub-model";
import { ownedFolderOf, whyLeftAlone, withFormats } from "../../../src/core/links/importer-owned";
import { emptyLedger } from "../../../src/core/links/ledger";
import { planLinks, planUnlink } from "../../../src/core/links/plan";
import { buildFrontmatter } from "../../../src/core/import/frontmatter";
import { SCALING, SETTINGS } from "./fixtures";
import { MemoryStore, asNoteStore } from "./memory-store";

const READWISE_NOTE = "---\ncategory: articles\n---\n# Toy Models\n\n## Highlights\n- Superposition is the obstacle ([View Highlight](https://read.readwise.io/read/1))\n";
const OWN_IMPORT = `${buildFrontmatter({ kind: "highlights", format: "readwise", title: "Toy Models", importedFrom: "readwise.csv" })}\n> Superposition is the obstacle\n`;
const ESSAY = "---\ntitle: Essay\n---\nBody\n";

const NOTES = {
	"readwise/Toy Models.md": READWISE_NOTE,
	"Sources/Readwise/Toy Models.md": READWISE_NOTE,
	"📚 Readwise/Toy Models.md": READWISE_NOTE,
	"kindle/A Book.md": "---\nkindle-sync:\n  asin: B0\n---\n# A Book\n",
	"Imports/Toy Models.md": OWN_IMPORT,
	"Notes/Essay.md": ESSAY,
	"KINDLE/Loose note.md": ESSAY,
};

const PROPS: PropertyLinks[] = [
	{ path: "readwise/Toy Models.md", themes: [SCALING], format: "readwise-official" },
	{ path: "Sources/Readwise/Toy Models.md", themes: [SCALING], format: "readwise" },
	{ path: "📚 Readwise/Toy Models.md", themes: [SCALING], format: "readwise-logseq" },
	{ path: "kindle/A Book.md", themes: [SCALING], format: "kindle" },
	{ path: "Imports/Toy Models.md", themes: [SCALING], format: "readwise" },
	{ path: "Notes/Essay.md", themes: [SCALING], format: "markdown" },
	{ path: "KINDLE/Loose note.md", themes: [SCALING], format: "markdown" },
];

const PROPERTY: LinkSettings = { ...SETTINGS, linkMode: "property", importerOwnedFolders: ["Kindle"] };

async function apply(store: MemoryStore, plan: ReturnType<typeof planLinks>, ledger: LinkLedger) {
	const result = await applyLinkPlan(plan, asNoteStore(store), ledger);
	expect(result.problems).toEqual([]);
	return result.ledger;
}

describe("property mode and importers' notes", () => {
	it("writes into none of them, wherever they live, and says why each was left alone", async () => {
		const store = new MemoryStore(NOTES);
		const plan = planLinks([], PROPS, store, PROPERTY);
		expect(plan.edits.map((e) => e.path).sort()).toEqual(["Imports/Toy Models.md", "Notes/Essay.md"]);
		const reasons = Object.fromEntries((plan.skipped ?? []).map((s) => [s.path, s.reason]));
		expect(reasons["readwise/Toy Models.md"]).toBe("written by Readwise: Throughline never writes into it");
		expect(reasons["📚 Readwise/Toy Models.md"]).toMatch(/^written by Readwise/);
		expect(reasons["kindle/A Book.md"]).toMatch(/^written by Kindle/);
		expect(reasons["KINDLE/Loose note.md"]).toMatch(/^in Kindle\/, a folder set as importer-owned/);
		expect(Object.keys(reasons).length).toBe(5);
		await apply(store, plan, emptyLedger());
		for (const path of Object.keys(reasons)) expect(store.files.get(path), path).toBe(NOTES[path as keyof typeof NOTES]);
		expect(store.files.get("Imports/Toy Models.md")).toContain('themes:\n  - "[[Scaling]]"');
	});

	it("the dry run lists the notes left alone with their reason", () => {
		const text = describePlan(planLinks([], PROPS, new MemoryStore(NOTES), PROPERTY));
		expect(text).toContain("readwise/Toy Models.md: left alone, written by Readwise: Throughline never writes into it");
	});

	it("a note with nothing to link is not listed as left alone", () => {
		const plan = planLinks([], [{ path: "readwise/Toy Models.md", themes: [], format: "readwise" }], new MemoryStore(NOTES), PROPERTY);
		expect(plan.skipped ?? []).toEqual([]);
	});

	it("takes out, byte for byte, a property an earlier version wrote into an importer's note; unlink restores every byte", async () => {
		const store = new MemoryStore(NOTES);
		const formatBlind = PROPS.map(({ path, themes }) => ({ path, themes })); // as the planner saw them before formats were known
		const before = await apply(store, planLinks([], formatBlind, store, { ...PROPERTY, importerOwnedFolders: [] }), emptyLedger());
		expect(store.files.get("readwise/Toy Models.md")).toContain("[[Scaling]]");
		const now = planLinks([], PROPS, store, PROPERTY, before);
		expect(now.edits.find((e) => e.path === "readwise/Toy Models.md")?.summary).toBe("restores the note's original bytes");
		const after = await apply(store, now, before);
		expect(store.files.get("readwise/Toy Models.md")).toBe(READWISE_NOTE);
		expect(planLinks([], PROPS, store, PROPERTY, after).edits).toEqual([]);
		await apply(store, planUnlink(store, after), after);
		expect(store.snapshot()).toEqual(new MemoryStore(NOTES).snapshot());
	});
});

describe("importer-owned folders", () => {
	it("match without regard to case, whole folder names only", () => {
		expect(ownedFolderOf("readwise/x.md", ["Readwise"])).toBe("Readwise");
		expect(ownedFolderOf("READWISE/Books/x.md", ["readwise/"])).toBe("readwise");
		expect(ownedFolderOf("Readwise Notes/x.md", ["Readwise"])).toBeNull();
		expect(ownedFolderOf("Notes/Readwise/x.md", ["Readwise"])).toBeNull();
		expect(ownedFolderOf("x.md", [""])).toBeNull();
	});

	it("a note outside them in a format nobody imports may be written", () => {
		expect(whyLeftAlone("Notes/x.md", "whisper-youtube", ESSAY, ["Readwise"])).toBeNull();
	});

	it("formats come from the index for the notes it knows", () => {
		const formats: Record<string, string> = { "a.md": "readwise" };
		expect(withFormats([{ path: "a.md", themes: [] }, { path: "b.md", themes: [] }], (path) => formats[path])).toEqual([
			{ path: "a.md", themes: [], format: "readwise" },
			{ path: "b.md", themes: [], format: undefined },
		]);
	});
});
