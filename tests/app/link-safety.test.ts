// @vitest-environment happy-dom
// The link commands where they used to go wrong: remove-all undone by auto-link, a preview planned
// on a half-built index, ledger writes racing each other, an unticked theme still written into a
// property, and failures that vanished without a word.
import { describe, expect, test } from "vitest";
import { AutoLinker } from "../../src/obsidian/auto-linker";
import { clickModalButton, idle, loadPlugin, notices, openModals, run, sampleVault, startPlugin, textOf, topModal, until, vaultTexts, type Loaded } from "./harness";

let current: Loaded | null = null;

async function acceptAll(loaded: Loaded): Promise<void> {
	run(loaded.app, "link-themes-preview");
	await until(() => openModals.length > 0, "the preview modal");
	clickModalButton("Accept all");
	await until(() => notices.some((n) => n.startsWith("Wrote links in")), "the links to be written");
	await idle(loaded);
}

describe("remove all links with auto-link on", () => {
	test("switches auto-link off first and says so, so the removal is not undone by the next pass", async () => {
		const original = sampleVault();
		current = await startPlugin(original, { autoLink: true, firstPreviewAccepted: true });
		await acceptAll(current);
		notices.length = 0;
		run(current.app, "remove-all-links");
		const message = topModal().contentEl.textContent ?? "";
		expect(message).toContain("Throughline");
		expect(message).toContain("Automatic linking is switched off");
		clickModalButton("Remove");
		await until(() => notices.some((n) => n.startsWith("Removed links from")), "the removal");
		await idle(current);
		expect(current.plugin.settingsState.autoLink).toBe(false);
		expect(notices.find((n) => n.startsWith("Removed links from"))).toContain("Automatic linking is now off.");
		// The auto-linker's next pass (5 s later in the app) now writes nothing.
		const { internals, plugin } = current;
		const linker = new AutoLinker(internals.index, internals.links, () => plugin.settingsState);
		expect(await linker.pass()).toBe(0);
		expect(vaultTexts(current.app)).toEqual(original);
	});
});

describe("the preview on a half-built index", () => {
	test("while the first pass runs it says so and plans nothing", async () => {
		current = await loadPlugin(sampleVault());
		current.app.fake.layoutReady();
		run(current.app, "link-themes-preview");
		await until(() => notices.length > 0, "the notice");
		expect(notices[0]).toMatch(/^Still indexing( \(\d[\d,]* \/ \d[\d,]* notes\))?; try again when it finishes\.$/);
		expect(openModals).toEqual([]);
		await idle(current);
	});

	test("a rebuild is not ready until it finishes; two starts share one first pass", async () => {
		current = await startPlugin(sampleVault());
		const index = current.internals.index;
		const rebuilt = index.rebuild();
		expect(index.ready).toBe(false);
		expect(index.busy()).toBe(true);
		notices.length = 0;
		run(current.app, "link-themes-preview");
		await until(() => notices.length > 0, "the notice");
		expect(notices[0]).toMatch(/^Still indexing/);
		await rebuilt;
		expect(index.ready).toBe(true);
		const first = index.start();
		expect(index.start()).toBe(first);
		await first;
		expect(index.engine.index.documents().length).toBeGreaterThan(0);
	});
});

describe("ledger writes one after another", () => {
	test("a rename during a link pass keeps both the new entries and the renamed one", async () => {
		current = await startPlugin(sampleVault());
		const { index, links } = current.internals;
		await links.apply((await links.planLinks(index.engine.index)).plan);
		const ledgerBefore = await links.readLedger();
		const hubPath = Object.keys(ledgerBefore.hubs)[0];
		expect(hubPath).toBeDefined();
		const renamedTo = hubPath.replace(/\.md$/, " (renamed).md");
		// A new source: the next pass has hubs to write, so it reads, then writes, the ledger.
		await current.app.vault.create("Readwise/Sparse autoencoders.md", "---\ntitle: Sparse autoencoders\n---\n\n> Sparse autoencoders recover monosemantic features; mechanistic interpretability needs them.\n");
		await idle(current);
		// Started together: without the queue, the pass's ledger write would drop the rename or vice versa.
		const { plan } = await links.planLinks(index.engine.index);
		const pass = links.apply(plan);
		const rename = links.noteRenamed(hubPath, renamedTo);
		const [result] = await Promise.all([pass, rename]);
		expect(result.applied.length).toBeGreaterThan(0);
		const ledger = await links.readLedger();
		expect(ledger.hubs[renamedTo]).toBeDefined();
		expect(ledger.hubs[hubPath]).toBeUndefined();
		expect(Object.keys(ledger.hubs).length).toBe(Object.keys(ledgerBefore.hubs).length);
	});
});

describe("unticking a theme in the preview", () => {
	test("in property mode the unticked theme is not written into the notes that were accepted", async () => {
		current = await startPlugin(sampleVault(), { linkMode: "property" });
		run(current.app, "link-themes-preview");
		await until(() => openModals.length > 0, "the preview modal");
		const modal = topModal();
		// A theme of a note linked to several themes: its property edit holds the unticked theme and others.
		const shared = current.internals.index.engine.index.documents().find((r) => r.decisions.filter((d) => d.linked).length > 1);
		const rejected = shared?.decisions.find((d) => d.linked)?.themeId ?? "";
		const rejectedName = current.internals.index.engine.index.themes.find((t) => t.id === rejected)?.name ?? "";
		expect(rejectedName).not.toBe("");
		const box = modal.contentEl.querySelector<HTMLInputElement>(`input[data-theme-id="${rejected}"]`);
		if (!box) throw new Error("no checkbox for the shared theme");
		box.checked = false;
		box.dispatchEvent(new Event("change"));
		const apply = Array.from(modal.contentEl.querySelectorAll("button")).find((b) => (b.textContent ?? "").startsWith("Apply "));
		apply?.click();
		await until(() => notices.some((n) => n.startsWith("Wrote links in")), "the links to be written");
		await idle(current);
		const written = Object.entries(vaultTexts(current.app)).filter(([path, text]) => text !== sampleVault()[path]);
		expect(written.length).toBeGreaterThan(0);
		expect(written.map(([path]) => path)).toContain(shared?.path);
		for (const [path] of written) expect(textOf(current.app, path)).not.toContain(`[[${rejectedName}]]`);
	});
});

describe("failures are told, not swallowed", () => {
	test("a failing link plan shows a notice naming what could not be done", async () => {
		current = await startPlugin(sampleVault());
		current.internals.links.planLinks = () => Promise.reject(new Error("the disk is full"));
		notices.length = 0;
		run(current.app, "link-themes-preview");
		await until(() => notices.length > 0, "the notice");
		expect(notices).toEqual(["Throughline could not plan the links: the disk is full"]);
	});

	test("a damaged ledger stops the link pass with a plain-words notice and nothing is written", async () => {
		current = await startPlugin(sampleVault());
		const ledgerPath = ".obsidian/plugins/throughline/ledger.json";
		await current.app.vault.adapter.write(ledgerPath, "{ not json");
		const before = vaultTexts(current.app);
		notices.length = 0;
		run(current.app, "link-themes-preview");
		await until(() => notices.length > 0, "the notice");
		expect(notices[0]).toMatch(/^Throughline could not plan the links: its record of earlier links .* could not be read, so nothing was written/);
		expect(vaultTexts(current.app)).toEqual(before);
		expect(await current.app.vault.adapter.read(ledgerPath)).toBe("{ not json");
	});

	test("a failing rebuild and a failing starter install each show a notice", async () => {
		current = await startPlugin(sampleVault());
		current.internals.index.rebuild = () => Promise.reject(new Error("no space"));
		current.internals.themes.installStarterPack = () => Promise.reject(new Error("read-only vault"));
		notices.length = 0;
		run(current.app, "rebuild-index");
		run(current.app, "install-starter-themes");
		await until(() => notices.length >= 2, "the notices");
		expect(notices).toContain("Throughline could not rebuild the index: no space");
		expect(notices).toContain("Throughline could not install the starter themes: read-only vault");
	});
});
