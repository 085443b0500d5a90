import { describe, expect, it } from "vitest";
import { applyLinkPlan } from "../../../src/core/links/apply";
import { describePlan } from "../../../src/core/links/describe";
import type { LinkLedger, LinkSettings, PropertyLinks, ThemeHub } from "../../../src/core/links/hub-model";
import { BLOCK_START } from "../../../src/core/links/hub-render";
import { emptyLedger, parseLedger } from "../../../src/core/links/ledger";
import { planLinks, planUnlink } from "../../../src/core/links/plan";
import { DATA, SAMPLE_HUB, SCALING, SETTINGS, hub, source } from "./fixtures";
import { MemoryStore, asNoteStore } from "./memory-store";

const VAULT = {
	"Themes/Scaling.md": "# Scaling\r\n\r\nWhat I think about scale.",
	"Readwise/Import AI 343.md": "---\ntitle: Import AI 343\n---\n- Scaling laws keep holding ^abc123\n",
	"Readwise/Older.md": "- old highlight\n",
	"Podcasts/Dwarkesh.md": "[12:34] we just scaled it up\n",
};

const DATA_HUB: ThemeHub = hub(DATA, [source({ path: "Readwise/Older.md", title: "Older" })]);

async function link(store: MemoryStore, hubs: ThemeHub[], ledger: LinkLedger, settings: LinkSettings = SETTINGS, props: PropertyLinks[] = []) {
	const plan = planLinks(hubs, props, store, settings, ledger);
	const result = await applyLinkPlan(plan, asNoteStore(store), ledger);
	expect(result.problems).toEqual([]);
	return { plan, ledger: result.ledger };
}

async function unlink(store: MemoryStore, ledger: LinkLedger) {
	const plan = planUnlink(store, ledger);
	const result = await applyLinkPlan(plan, asNoteStore(store), ledger);
	expect(result.problems).toEqual([]);
	return result;
}

describe("hub mode", () => {
	it("writes theme notes only, creating the note of a starter-pack theme", async () => {
		const store = new MemoryStore(VAULT);
		const { plan } = await link(store, [SAMPLE_HUB, DATA_HUB], emptyLedger());
		expect(plan.edits.map((e) => [e.path, e.action])).toEqual([
			["Themes/Data.md", "create"],
			["Themes/Scaling.md", "update"],
		]);
		expect(store.files.get("Themes/Scaling.md")?.startsWith(VAULT["Themes/Scaling.md"])).toBe(true);
		expect(store.files.get("Themes/Data.md")?.startsWith(BLOCK_START)).toBe(true);
		for (const path of Object.keys(VAULT).filter((p) => !p.startsWith("Themes/"))) expect(store.files.get(path)).toBe(VAULT[path as keyof typeof VAULT]);
	});

	it("is idempotent: a second pass plans nothing and writes nothing", async () => {
		const store = new MemoryStore(VAULT);
		const { ledger } = await link(store, [SAMPLE_HUB, DATA_HUB], emptyLedger());
		const writes = store.writes;
		const second = planLinks([SAMPLE_HUB, DATA_HUB], [], store, SETTINGS, ledger);
		expect(second.edits).toEqual([]);
		await applyLinkPlan(second, asNoteStore(store), ledger);
		expect(store.writes).toBe(writes);
	});

	it("is minimal: only the theme whose hub changed is written", async () => {
		const store = new MemoryStore(VAULT);
		const { ledger } = await link(store, [SAMPLE_HUB, DATA_HUB], emptyLedger());
		const moreData = hub(DATA, [...DATA_HUB.sources, source({ path: "Podcasts/Dwarkesh.md", kind: "transcript" })]);
		const plan = planLinks([SAMPLE_HUB, moreData], [], store, SETTINGS, ledger);
		expect(plan.edits.map((e) => e.path)).toEqual(["Themes/Data.md"]);
	});

	it("unlink restores every byte and removes the notes it created", async () => {
		const store = new MemoryStore(VAULT);
		const { ledger } = await link(store, [SAMPLE_HUB, DATA_HUB], emptyLedger());
		const result = await unlink(store, ledger);
		expect(store.snapshot()).toEqual(new MemoryStore(VAULT).snapshot());
		expect(result.ledger).toEqual(emptyLedger());
	});

	it("keeps a created theme note the reader wrote into, taking out only the block", async () => {
		const store = new MemoryStore(VAULT);
		const { ledger } = await link(store, [DATA_HUB], emptyLedger());
		store.files.set("Themes/Data.md", `My own notes on data.\n\n${store.files.get("Themes/Data.md")}`);
		await unlink(store, ledger);
		expect(store.files.get("Themes/Data.md")).toBe("My own notes on data.\n\n");
	});

	it("survives an importer rewriting a note between planning and writing", async () => {
		const store = new MemoryStore(VAULT);
		const plan = planLinks([SAMPLE_HUB], [], store, SETTINGS, emptyLedger());
		const rewritten = "# Scaling\r\n\r\nRewritten by the reader while the pass ran.\r\n";
		store.beforeProcess = (path) => {
			if (path === "Themes/Scaling.md") store.files.set(path, rewritten);
			store.beforeProcess = null;
		};
		const result = await applyLinkPlan(plan, asNoteStore(store), emptyLedger());
		const text = store.files.get("Themes/Scaling.md") ?? "";
		expect(text.startsWith(rewritten)).toBe(true);
		expect(text).toContain("[[Readwise/Import AI 343|Import AI 343]]");
		await unlink(store, result.ledger);
		expect(store.files.get("Themes/Scaling.md")).toBe(rewritten);
	});

	it("shows a renamed source once, under its new name, and drops a deleted one", async () => {
		const store = new MemoryStore(VAULT);
		const { ledger } = await link(store, [SAMPLE_HUB], emptyLedger());
		const [renamed, deleted, kept] = SAMPLE_HUB.sources;
		const next = hub(SCALING, [{ ...renamed, path: "Readwise/Import AI 343 (renamed).md" }, kept], SAMPLE_HUB.related);
		await link(store, [next], ledger);
		const text = store.files.get("Themes/Scaling.md") ?? "";
		expect(text.match(/^- \[\[Readwise\/Import AI 343 \(renamed\)\|/gm)).toHaveLength(1);
		expect(text).not.toContain("[[Readwise/Import AI 343|");
		expect(text).not.toContain(deleted.path.replace(".md", ""));
		expect(text.split(BLOCK_START)).toHaveLength(2);
	});

	it("removes its block from a theme that is no longer a hub", async () => {
		const store = new MemoryStore(VAULT);
		const { ledger } = await link(store, [SAMPLE_HUB, DATA_HUB], emptyLedger());
		const after = await link(store, [SAMPLE_HUB], ledger);
		expect(store.files.has("Themes/Data.md")).toBe(false);
		expect(after.ledger.hubs["Themes/Data.md"]).toBeUndefined();
	});

	it("does not create an empty note for a starter-pack theme with nothing linked", () => {
		const plan = planLinks([hub(DATA, [])], [], new MemoryStore(VAULT), SETTINGS);
		expect(plan.edits).toEqual([]);
	});

	it("reports a note whose block lost its end marker and writes nothing to it", () => {
		const store = new MemoryStore({ "Themes/Scaling.md": `x\n${BLOCK_START}\n` });
		const plan = planLinks([SAMPLE_HUB], [], store, SETTINGS);
		expect(plan.edits).toEqual([]);
		expect(plan.problems[0].path).toBe("Themes/Scaling.md");
	});

	it("removes a block the ledger does not know about when asked to look", () => {
		const store = new MemoryStore({ "Themes/Scaling.md": `x\n\n${BLOCK_START}\nstale\n%% throughline:end %%\n` });
		const plan = planUnlink(store, emptyLedger(), ["Themes/Scaling.md"]);
		expect(plan.edits[0].after).toBe("x\n\n");
	});
});

describe("property mode", () => {
	const props: PropertyLinks[] = [
		{ path: "Notes/Essay.md", themes: [SCALING, DATA] },
		{ path: "Notes/Bare.md", themes: [DATA] },
		{ path: "Readwise/Import AI 343.md", themes: [SCALING] },
	];
	const notes = {
		"Notes/Essay.md": "---\ntitle:   \"An essay\"\nthemes: [\"[[Mine]]\"]\n---\r\nBody",
		"Notes/Bare.md": "\uFEFFNo frontmatter at all",
		"Readwise/Import AI 343.md": VAULT["Readwise/Import AI 343.md"],
	};
	const settings: LinkSettings = { ...SETTINGS, linkMode: "property" };

	it("adds [[Theme]] links, keeps the reader's values, skips importer-owned folders", async () => {
		const store = new MemoryStore(notes);
		const { plan } = await link(store, [], emptyLedger(), settings, props);
		expect(plan.edits.map((e) => e.path)).toEqual(["Notes/Bare.md", "Notes/Essay.md"]);
		expect(store.files.get("Notes/Essay.md")).toContain('themes:\n  - "[[Mine]]"\n  - "[[Data]]"\n  - "[[Scaling]]"');
		expect(store.files.get("Readwise/Import AI 343.md")).toBe(notes["Readwise/Import AI 343.md"]);
	});

	it("round-trips to exact bytes through a YAML-rewriting processFrontMatter", async () => {
		const store = new MemoryStore(notes);
		const { yamlRewritingWriter } = await import("./memory-store");
		const writer = yamlRewritingWriter(store);
		const plan = planLinks([], props, store, settings);
		const linked = await applyLinkPlan(plan, asNoteStore(store), emptyLedger(), writer);
		expect(store.files.get("Notes/Essay.md")).toContain("'[[Scaling]]'"); // reformatted by the fake
		const stored = parseLedger(JSON.parse(JSON.stringify(linked.ledger))).ledger; // survives JSON storage
		expect(planLinks([], props, store, settings, stored).edits).toEqual([]);
		const undo = planUnlink(store, stored);
		await applyLinkPlan(undo, asNoteStore(store), stored, writer);
		expect(store.snapshot()).toEqual(new MemoryStore(notes).snapshot());
	});

	it("after someone else edits the note, unlink removes only its own values and says so", async () => {
		const store = new MemoryStore(notes);
		const { ledger } = await link(store, [], emptyLedger(), settings, props);
		store.files.set("Notes/Essay.md", `${store.files.get("Notes/Essay.md")}\nA line the reader added.`);
		const undo = planUnlink(store, ledger);
		const essay = undo.edits.find((e) => e.path === "Notes/Essay.md");
		expect(essay?.summary).toMatch(/cannot be restored exactly/);
		await applyLinkPlan(undo, asNoteStore(store), ledger);
		const text = store.files.get("Notes/Essay.md") ?? "";
		expect(text).toContain("[[Mine]]");
		expect(text).not.toContain("[[Scaling]]");
		expect(text).toContain("A line the reader added.");
	});

	it("switching back to hub mode takes the properties away", async () => {
		const store = new MemoryStore(notes);
		const { ledger } = await link(store, [], emptyLedger(), settings, props);
		await link(store, [], ledger, SETTINGS, props);
		expect(store.snapshot()).toEqual(new MemoryStore(notes).snapshot());
	});

	it("in both mode writes hubs and properties, and undoes both", async () => {
		const store = new MemoryStore({ ...VAULT, ...notes });
		const both: LinkSettings = { ...SETTINGS, linkMode: "both" };
		const { ledger } = await link(store, [SAMPLE_HUB, DATA_HUB], emptyLedger(), both, props);
		expect(Object.keys(ledger.hubs).length).toBe(2);
		expect(Object.keys(ledger.properties).length).toBe(2);
		expect(planLinks([SAMPLE_HUB, DATA_HUB], props, store, both, ledger).edits).toEqual([]);
		await unlink(store, ledger);
		expect(store.snapshot()).toEqual(new MemoryStore({ ...VAULT, ...notes }).snapshot());
	});
});

describe("a changed property key", () => {
	const props: PropertyLinks[] = [{ path: "Notes/Essay.md", themes: [SCALING] }];
	const original = "---\ntitle: Essay\n---\nBody\n";
	const settings: LinkSettings = { ...SETTINGS, linkMode: "property" };

	it("moves Throughline's links to the new key in one pass; a second pass plans nothing", async () => {
		const store = new MemoryStore({ "Notes/Essay.md": original });
		const { ledger } = await link(store, [], emptyLedger(), settings, props);
		const renamed: LinkSettings = { ...settings, propertyKey: "topics" };
		const moved = await link(store, [], ledger, renamed, props);
		const text = store.files.get("Notes/Essay.md") ?? "";
		expect(text).toBe('---\ntitle: Essay\ntopics:\n  - "[[Scaling]]"\n---\nBody\n');
		expect(moved.ledger.properties["Notes/Essay.md"]?.key).toBe("topics");
		expect(planLinks([], props, store, renamed, moved.ledger).edits).toEqual([]);
		await unlink(store, moved.ledger);
		expect(store.files.get("Notes/Essay.md")).toBe(original);
	});

	it("moves them even when the reader edited the note since", async () => {
		const store = new MemoryStore({ "Notes/Essay.md": original });
		const { ledger } = await link(store, [], emptyLedger(), settings, props);
		store.files.set("Notes/Essay.md", `${store.files.get("Notes/Essay.md")}More.\n`);
		const renamed: LinkSettings = { ...settings, propertyKey: "topics" };
		const moved = await link(store, [], ledger, renamed, props);
		const text = store.files.get("Notes/Essay.md") ?? "";
		expect(text).not.toContain("themes:");
		expect(text).toContain('topics:\n  - "[[Scaling]]"');
		expect(text.endsWith("Body\nMore.\n")).toBe(true);
		expect(planLinks([], props, store, renamed, moved.ledger).edits).toEqual([]);
	});
});

describe("a block damaged between planning and writing", () => {
	it("is reported, and the ledger keeps its entry so the note can still be restored", async () => {
		const store = new MemoryStore({ ...VAULT });
		const { ledger } = await link(store, [SAMPLE_HUB], emptyLedger());
		const undo = planUnlink(store, ledger);
		expect(undo.edits.map((e) => e.path)).toEqual(["Themes/Scaling.md"]);
		store.beforeProcess = (path) => {
			const text = store.files.get(path) ?? "";
			store.files.set(path, text.replace("%% throughline:end %%", "%% the reader's edit %%"));
		};
		const result = await applyLinkPlan(undo, asNoteStore(store), ledger);
		expect(result.problems.map((p) => p.path)).toEqual(["Themes/Scaling.md"]);
		expect(result.applied).toEqual([]);
		expect(result.ledger.hubs["Themes/Scaling.md"]).toEqual(ledger.hubs["Themes/Scaling.md"]);
	});
});

describe("describePlan", () => {
	it("lists every file, its action and the changed lines", () => {
		const store = new MemoryStore(VAULT);
		const text = describePlan(planLinks([SAMPLE_HUB, DATA_HUB], [], store, SETTINGS));
		expect(text).toContain("2 file(s) would change: 1 created, 1 updated, 0 deleted.");
		expect(text).toContain("Themes/Data.md (create)");
		expect(text).toContain("+ %% throughline:start %%");
		expect(text).toContain("Themes/Scaling.md (update): adds the Throughline block at the end");
	});

	it("says when there is nothing to do", () => {
		expect(describePlan({ edits: [], problems: [] })).toMatch(/^Nothing to change/);
	});
});
