// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { ItemView, Plugin, TFile } from "obsidian";
import type { WorkspaceLeaf } from "obsidian";
import { createFakeApp } from "./index";
import type { FakeApp, ListenerTracker } from "./index";

const manifest = { id: "demo", name: "Demo", author: "t", version: "0.0.1", minAppVersion: "1.5.7", description: "d" };
const VIEW_TYPE = "demo-view";

class DemoView extends ItemView {
	closed = false;
	getViewType(): string {
		return VIEW_TYPE;
	}
	getDisplayText(): string {
		return "Demo";
	}
	override async onOpen(): Promise<void> {
		this.contentEl.createEl("p", { text: "hello", cls: "demo" });
		this.registerEvent(this.app.vault.on("modify", () => undefined));
		this.registerDomEvent(this.contentEl, "click", () => undefined);
	}
	override async onClose(): Promise<void> {
		this.closed = true;
	}
}

class TidyPlugin extends Plugin {
	readyRan = false;
	override async onload(): Promise<void> {
		this.registerView(VIEW_TYPE, (leaf) => new DemoView(leaf));
		this.addCommand({ id: "say", name: "Say", callback: () => undefined });
		this.addRibbonIcon("dice", "Demo", () => undefined);
		this.registerEvent(this.app.vault.on("create", () => undefined));
		this.registerEvent(this.app.metadataCache.on("changed", () => undefined));
		this.registerEvent(this.app.workspace.on("file-open", () => undefined));
		this.registerDomEvent(document, "keydown", () => undefined);
		this.registerDomEvent(window, "resize", () => undefined);
		this.registerInterval(window.setInterval(() => undefined, 60_000));
		this.app.workspace.onLayoutReady(async () => {
			this.readyRan = true;
			const leaf = this.app.workspace.getRightLeaf(false);
			await leaf?.setViewState({ type: VIEW_TYPE, active: true });
		});
		await this.saveData({ saved: true });
	}
}

/** Forgets to register what it adds: the counts must show it. */
class LeakyPlugin extends Plugin {
	override onload(): void {
		this.app.vault.on("modify", () => undefined);
		document.addEventListener("keyup", () => undefined);
		window.setInterval(() => undefined, 60_000);
	}
}

let tracker: ListenerTracker | null = null;
afterEach(() => tracker?.restore());

function track(app: FakeApp): ListenerTracker {
	tracker = app.fake.trackListeners(window);
	return tracker;
}

describe("Plugin lifecycle", () => {
	it("removes everything it registered on unload", async () => {
		const app = createFakeApp({ files: { "a.md": "A" } });
		const counter = track(app);
		const before = counter.count();
		const plugin = new TidyPlugin(app, manifest);
		await (plugin.load() as unknown as Promise<void>);
		expect(plugin.readyRan).toBe(false);
		app.fake.layoutReady();
		expect(plugin.readyRan).toBe(true);
		await app.fake.settle();
		await new Promise((resolve) => setTimeout(resolve, 0));
		const leaf = app.workspace.getLeavesOfType(VIEW_TYPE)[0];
		const view = leaf.view as DemoView;
		expect(view.containerEl.children[1]).toBe(view.contentEl);
		expect(view.contentEl.querySelector("p.demo")?.textContent).toBe("hello");
		const loaded = counter.count();
		expect(loaded.events).toBeGreaterThan(before.events + 3);
		expect(loaded.dom).toBeGreaterThanOrEqual(before.dom + 3);
		expect(loaded.intervals).toBe(before.intervals + 1);
		expect(Object.keys(app.commands.commands)).toEqual(["demo:say"]);
		expect(JSON.parse(app.fake.pluginData.get("demo") ?? "null")).toEqual({ saved: true });

		plugin.unload();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(counter.count()).toEqual(before);
		expect(view.closed).toBe(true);
		expect(leaf.view.getViewType()).toBe("empty");
		expect(app.commands.commands).toEqual({});
		expect(document.querySelector(".side-dock-ribbon-action")).toBeNull();
	});

	it("shows what a plugin leaves behind", async () => {
		const app = createFakeApp();
		const counter = track(app);
		const before = counter.count();
		const plugin = new LeakyPlugin(app, manifest);
		await (plugin.load() as unknown as Promise<void>);
		plugin.unload();
		expect(counter.count()).toEqual({ events: before.events + 1, dom: before.dom + 1, intervals: before.intervals + 1 });
	});

	it("loadData returns null before any save and a fresh copy after", async () => {
		const app = createFakeApp();
		const plugin = new TidyPlugin(app, manifest);
		expect(await plugin.loadData()).toBeNull();
		await plugin.saveData({ list: [1] });
		const first = (await plugin.loadData()) as { list: number[] };
		first.list.push(2);
		expect(await plugin.loadData()).toEqual({ list: [1] });
	});
});

describe("Workspace", () => {
	it("runs onLayoutReady callbacks once ready, and at once afterwards", () => {
		const app = createFakeApp();
		const ran: string[] = [];
		app.workspace.onLayoutReady(() => ran.push("early"));
		expect(ran).toEqual([]);
		app.fake.layoutReady();
		app.workspace.onLayoutReady(() => ran.push("late"));
		expect(ran).toEqual(["early", "late"]);
	});

	it("records where openLinkText landed, with heading and block lines", async () => {
		const app = createFakeApp({ files: { "Notes/Source.md": "x", "Themes/Compute.md": "# Compute\n\n## Costs\n\nA paragraph ^blk\n" } });
		const opened: (string | null)[] = [];
		app.workspace.on("file-open", (file: TFile | null) => opened.push(file?.path ?? null));
		await app.workspace.openLinkText("Compute#Costs", "Notes/Source.md");
		await app.workspace.openLinkText("Compute#^blk", "Notes/Source.md", true);
		await app.workspace.openLinkText("Compute", "Notes/Source.md", false, { eState: { line: 7 } });
		expect(app.workspace.openedLinks.map((link) => [link.path, link.subpath, link.line])).toEqual([
			["Themes/Compute.md", "#Costs", 2],
			["Themes/Compute.md", "#^blk", 4],
			["Themes/Compute.md", "", 7],
		]);
		expect(opened).toContain("Themes/Compute.md");
		expect(app.workspace.getActiveFile()?.path).toBe("Themes/Compute.md");
	});

	it("creates the note behind an unresolved link, as Obsidian does", async () => {
		const app = createFakeApp({ files: { "a.md": "x" } });
		await app.workspace.openLinkText("Brand new", "a.md");
		expect(app.vault.getFileByPath("Brand new.md")).toBeInstanceOf(TFile);
	});

	it("detaches leaves and fires active-leaf-change", async () => {
		const app = createFakeApp({ files: { "a.md": "x" } });
		const changes: (string | null)[] = [];
		app.workspace.on("active-leaf-change", (leaf: WorkspaceLeaf | null) => changes.push(leaf ? leaf.view.getViewType() : null));
		const leaf = app.workspace.getLeaf(true);
		await leaf.openFile(app.vault.getFileByPath("a.md") as TFile);
		expect(app.workspace.getLeavesOfType("markdown")).toHaveLength(1);
		app.workspace.detachLeavesOfType("markdown");
		expect(app.workspace.getLeavesOfType("markdown")).toHaveLength(0);
		expect(changes).toEqual(["markdown", null]);
		await expect(app.workspace.revealLeaf(app.workspace.getLeaf())).resolves.toBeUndefined();
	});
});
