// @vitest-environment happy-dom
// Two bad-input cases that are events, not files: a note renamed (or deleted) while the app is
// indexing it, and a note deleted during a link pass (planned, then deleted, then applied). The
// index ends as the vault is, the reader is told in plain words, and no deleted note comes back.

import { describe, expect, it } from "vitest";
import type { TFile } from "obsidian";
import { clickModalButton, idle, loadPlugin, notices, openModals, run, startPlugin, textOf, until, type Loaded } from "../app/harness";
import { HEALTHY } from "./bad-input-corpus";

const SCALING_NOTE = "Scaling laws keep holding: more compute, more data. The scaling laws papers measured it.\n";
const THEMES = {
	"Themes/Scaling.md": "---\naliases: [scaling laws]\n---\nWhat the reader keeps about scaling.\n",
	"Themes/Alignment.md": "---\naliases: [reward model]\n---\n",
};
const TALK = "Notes/Talk.md";
const TALK_TEXT = "The reward model shapes the policy; scaling laws say more compute helps. Scaling laws again.\n";
const FILLER_NOTES = 200; // enough notes that the first pass is still under way when the test acts

let current: Loaded | null = null;

function fileAt(loaded: Loaded, path: string): TFile {
	const file = loaded.app.vault.getFileByPath(path);
	if (!file) throw new Error(`${path} is missing`);
	return file;
}

function indexedPaths(loaded: Loaded): string[] {
	return loaded.internals.index.engine.index.documents().map((r) => r.path).sort();
}

function vaultSources(loaded: Loaded): string[] {
	return loaded.app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => !p.startsWith("Themes/")).sort();
}

/** Runs `during` once, the first time the app reads `path`, after the read began and before it returns. */
function onFirstRead(loaded: Loaded, path: string, during: () => Promise<void>): void {
	const vault = loaded.app.vault;
	const original = vault.cachedRead.bind(vault);
	let done = false;
	vault.cachedRead = async (file: TFile) => {
		const text = await original(file);
		if (!done && file.path === path) {
			done = true;
			await during();
		}
		return text;
	};
}

describe("a note renamed or deleted while it is being indexed", () => {
	it("renamed in the middle of its read: indexed under its new path only", async () => {
		current = await loadPlugin({ ...THEMES, [HEALTHY.path]: HEALTHY.text, [TALK]: TALK_TEXT });
		const loaded = current;
		onFirstRead(loaded, TALK, () => loaded.app.fileManager.renameFile(fileAt(loaded, TALK), "Notes/Talk renamed.md"));
		loaded.app.fake.layoutReady();
		await idle(loaded);
		expect(indexedPaths(loaded)).toEqual(vaultSources(loaded));
		expect(loaded.internals.index.engine.index.document("Notes/Talk renamed.md")?.mentionThemes.sort()).toEqual(["alignment", "scaling"]);
		expect(loaded.internals.index.engine.index.document(HEALTHY.path)?.mentionThemes).toEqual(HEALTHY.themes);
	});

	it("deleted in the middle of its read: not indexed at all", async () => {
		current = await loadPlugin({ ...THEMES, [HEALTHY.path]: HEALTHY.text, [TALK]: TALK_TEXT });
		const loaded = current;
		onFirstRead(loaded, TALK, () => loaded.app.vault.delete(fileAt(loaded, TALK)));
		loaded.app.fake.layoutReady();
		await idle(loaded);
		expect(indexedPaths(loaded)).toEqual([HEALTHY.path]);
	});

	it("renamed while it waits in the first pass's queue, then edited: the index follows both", async () => {
		const filler = Object.fromEntries(Array.from({ length: FILLER_NOTES }, (_, i) => [`Filler/Note ${i}.md`, `# Note ${i}\n\n${SCALING_NOTE.repeat(10)}`]));
		current = await loadPlugin({ ...THEMES, ...filler, "Zed/Talk.md": TALK_TEXT }); // "Zed" sorts last: still queued
		const loaded = current;
		loaded.app.fake.layoutReady();
		await until(() => loaded.internals.index.engine.index.size > 0, "the first pass to be under way");
		expect(loaded.internals.index.engine.index.document("Zed/Talk.md")).toBeUndefined();
		await loaded.app.fileManager.renameFile(fileAt(loaded, "Zed/Talk.md"), "Zed/Moved talk.md");
		await loaded.app.vault.modify(fileAt(loaded, "Zed/Moved talk.md"), "Nothing about any theme now.\n");
		await idle(loaded);
		expect(indexedPaths(loaded)).toEqual(vaultSources(loaded));
		expect(loaded.internals.index.engine.index.document("Zed/Moved talk.md")?.mentionThemes).toEqual([]);
	});
});

describe("a note deleted during a link pass", () => {
	async function planned(linkMode: "hub" | "property") {
		current = await startPlugin({ ...THEMES, [HEALTHY.path]: HEALTHY.text, [TALK]: TALK_TEXT }, { linkMode });
		const { plan, ledger } = await current.internals.links.planLinks(current.internals.index.engine.index);
		return { loaded: current, plan, ledger };
	}

	it("hub mode: the deleted theme note is reported in plain words and not recreated; the other hub is written", async () => {
		const { loaded, plan, ledger } = await planned("hub");
		expect(plan.edits.map((e) => e.path).sort()).toEqual(["Themes/Alignment.md", "Themes/Scaling.md"]);
		await loaded.app.vault.delete(fileAt(loaded, "Themes/Scaling.md"));
		const result = await loaded.internals.links.apply(plan, ledger);
		await idle(loaded);
		expect(loaded.app.vault.getFileByPath("Themes/Scaling.md")).toBeNull();
		expect(result.problems).toEqual([{ path: "Themes/Scaling.md", message: expect.stringMatching(/deleted after the links were planned/) }]);
		expect(result.applied.map((a) => a.path)).toEqual(["Themes/Alignment.md"]);
		expect(textOf(loaded.app, "Themes/Alignment.md")).toContain("[[Notes/Talk");
		expect(Object.keys((await loaded.internals.links.readLedger()).hubs)).toEqual(["Themes/Alignment.md"]);
	});

	it("property mode: the deleted source is reported in plain words and not recreated", async () => {
		const { loaded, plan, ledger } = await planned("property");
		expect(plan.edits.map((e) => e.path)).toContain(TALK);
		await loaded.app.vault.delete(fileAt(loaded, TALK));
		const result = await loaded.internals.links.apply(plan, ledger);
		await idle(loaded);
		expect(loaded.app.vault.getFileByPath(TALK)).toBeNull();
		const problem = result.problems.find((p) => p.path === TALK);
		expect(problem?.message).toMatch(/^could not be written: .*no longer in the vault/);
		expect(result.applied.map((a) => a.path)).toContain(HEALTHY.path);
		expect(Object.keys((await loaded.internals.links.readLedger()).properties)).not.toContain(TALK);
	});

	it("through the preview command: deleted while the preview is open, the notice says one note could not be written", async () => {
		current = await startPlugin({ ...THEMES, [HEALTHY.path]: HEALTHY.text, [TALK]: TALK_TEXT });
		const loaded = current;
		expect(run(loaded.app, "link-themes-preview")).toBe(true);
		await until(() => openModals.length > 0, "the preview modal");
		await loaded.app.vault.delete(fileAt(loaded, "Themes/Alignment.md"));
		clickModalButton("Accept all");
		await until(() => notices.some((n) => n.startsWith("Wrote links in")), "the links to be written");
		await idle(loaded);
		expect(notices.find((n) => n.startsWith("Wrote links in"))).toBe("Wrote links in 1 notes; 1 could not be written.");
		expect(loaded.app.vault.getFileByPath("Themes/Alignment.md")).toBeNull();
	});
});

describe("a bad note arriving after the first pass", () => {
	it("gets its own notice, once, naming it in plain words", async () => {
		current = await startPlugin({ ...THEMES, [HEALTHY.path]: HEALTHY.text });
		const loaded = current;
		const problemNotices = () => notices.filter((n) => n.startsWith("Throughline could not fully read"));
		expect(problemNotices()).toEqual([]);
		await loaded.app.vault.create("Synced binary.md", "scaling laws\u0000\u0001\u0002");
		await idle(loaded);
		await until(() => problemNotices().length > 0, "the problem notice");
		expect(problemNotices()).toEqual([expect.stringMatching(/^Throughline could not fully read 1 note:\nSynced binary\.md: the note holds binary data/)]);
		await loaded.app.vault.modify(fileAt(loaded, HEALTHY.path), `${HEALTHY.text}More on scaling laws.\n`);
		await idle(loaded);
		expect(problemNotices()).toHaveLength(1); // the same problem is not announced again
		expect(indexedPaths(loaded)).toEqual([HEALTHY.path, "Synced binary.md"].sort());
	});
});
