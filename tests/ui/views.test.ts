// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createFakeApp, notices, type FakeApp } from "../fake-obsidian/index";
import { FakeEditor } from "../fake-obsidian/views";
import type { WorkspaceLeaf } from "obsidian";
import { NOTE_THEMES_VIEW_TYPE, NoteThemesView } from "../../src/ui/note-themes-view";
import { THEMES_VIEW_TYPE, ThemesView } from "../../src/ui/themes-view";
import type { ThroughlineViewDeps, ViewAppActions } from "../../src/ui/view-deps";
import { openPassageInWorkspace } from "../../src/ui/workspace-actions";
import { wikiLinkFor } from "../../src/ui/render/interaction";
import { fullSidebar, noteThemes, scalingDetail, texts, type Recorded } from "./models";

const NOTE = "Readwise/Import AI 343.md";

/** A stand-in index: a revision counter and listeners, with models from the fixtures. */
function fakeIndex() {
	let revision = 1;
	const listeners = new Set<() => void>();
	const actions: Recorded<ViewAppActions> = {
		openPassage: vi.fn(), openDocument: vi.fn(), openTheme: vi.fn(), linkFor: vi.fn(wikiLinkFor),
		acceptSuggestion: vi.fn(), rejectSuggestion: vi.fn(), excludeTheme: vi.fn(), installStarterPack: vi.fn(),
	};
	const { sort: _sort, filter: _filter, display: _display, expanded: _expanded, ...data } = fullSidebar();
	const deps = {
		getSidebarData: vi.fn(() => data),
		getThemeDetail: vi.fn(() => scalingDetail()),
		getNoteThemes: vi.fn((path: string) => (path === NOTE ? noteThemes() : null)),
		revision: () => revision,
		onIndexChanged: (callback: () => void) => {
			listeners.add(callback);
			return () => listeners.delete(callback);
		},
		actions,
	} satisfies ThroughlineViewDeps;
	const change = () => {
		revision += 1;
		for (const listener of listeners) listener();
	};
	return { deps, actions, listeners, change, data };
}

let app: FakeApp;
let index: ReturnType<typeof fakeIndex>;

beforeEach(() => {
	document.body.replaceChildren();
	app = createFakeApp({ files: { [NOTE]: "# Import AI 343\n\nChinchilla showed that scaling laws favour more data.\n", "Other.md": "nothing" } });
	index = fakeIndex();
	app.viewRegistry.registerView(THEMES_VIEW_TYPE, (leaf) => new ThemesView(leaf as unknown as WorkspaceLeaf, index.deps) as never);
	app.viewRegistry.registerView(NOTE_THEMES_VIEW_TYPE, (leaf) => new NoteThemesView(leaf as unknown as WorkspaceLeaf, index.deps) as never);
});

afterEach(() => {
	vi.useRealTimers();
});

async function openSide(type: string) {
	const leaf = app.workspace.getRightLeaf(false)!;
	await leaf.setViewState({ type });
	return leaf;
}

describe("ThemesView", () => {
	it("renders the sidebar with Obsidian's view type, icon and sentence-case title", async () => {
		const leaf = await openSide(THEMES_VIEW_TYPE);
		const view = leaf.view as unknown as ThemesView;
		expect([view.getViewType(), view.getDisplayText(), view.getIcon()]).toEqual(["throughline-themes", "Themes", "waypoints"]);
		expect(texts(view.contentEl, ".throughline-theme-name")).toEqual(["Alignment", "Scaling laws", "Agents"]);
	});

	it("re-renders only when the revision moved and the view is shown", async () => {
		vi.useFakeTimers();
		const leaf = await openSide(THEMES_VIEW_TYPE);
		const view = leaf.view as unknown as ThemesView;
		const renders = () => index.deps.getSidebarData.mock.calls.length;
		const first = renders();
		view.onResize(); // same revision: nothing to do
		expect(renders()).toBe(first);
		view.contentEl.hide();
		index.change();
		vi.advanceTimersByTime(1000);
		expect(renders()).toBe(first); // hidden: no work
		view.contentEl.show();
		view.onResize();
		expect(renders()).toBe(first + 1);
		index.change();
		index.change();
		vi.advanceTimersByTime(1000);
		expect(renders()).toBe(first + 2); // a burst renders once
	});

	it("sorts, filters and expands through its own controls", async () => {
		const leaf = await openSide(THEMES_VIEW_TYPE);
		const el = (leaf.view as unknown as ThemesView).contentEl;
		const select = el.querySelector<HTMLSelectElement>("select.throughline-sort")!;
		select.value = "name";
		select.dispatchEvent(new Event("change"));
		expect(texts(el, ".throughline-theme-name")).toEqual(["Agents", "Alignment", "Scaling laws"]);
		const input = el.querySelector<HTMLInputElement>("input.throughline-filter")!;
		input.value = "scal";
		input.dispatchEvent(new Event("input"));
		expect(texts(el, ".throughline-theme-name")).toEqual(["Scaling laws"]);
		el.querySelector<HTMLButtonElement>("button.throughline-expand")!.click();
		expect(index.deps.getThemeDetail).toHaveBeenCalledWith("scaling-laws", 20); // the first page of documents only
		expect(el.querySelectorAll(".throughline-passage")).toHaveLength(2);
		el.querySelector<HTMLElement>(".throughline-passage")!.click();
		expect(index.actions.openPassage).toHaveBeenCalledWith(NOTE, 14, 22, 12, false);
	});

	it("asks Obsidian for a page preview when a document is hovered", async () => {
		const leaf = await openSide(THEMES_VIEW_TYPE);
		const view = leaf.view as unknown as ThemesView;
		view.focusTheme("scaling-laws");
		const hovers: unknown[] = [];
		const workspace = app.workspace as unknown as { on(name: string, callback: (info: unknown) => void): unknown };
		workspace.on("hover-link", (info) => hovers.push(info));
		view.contentEl.querySelector(".throughline-document-name")!.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(hovers).toEqual([expect.objectContaining({ source: THEMES_VIEW_TYPE, linktext: NOTE, hoverParent: view })]);
	});

	it("stops listening to the index when closed", async () => {
		const leaf = await openSide(THEMES_VIEW_TYPE);
		expect(index.listeners.size).toBe(1);
		leaf.detach();
		await Promise.resolve();
		expect(index.listeners.size).toBe(0);
	});
});

describe("NoteThemesView", () => {
	it("follows the active note and keeps it while the view itself has focus", async () => {
		const side = await openSide(NOTE_THEMES_VIEW_TYPE);
		const view = side.view as unknown as NoteThemesView;
		expect(view.contentEl.textContent).toContain("Open a note to see its themes.");
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(NOTE)!);
		expect(view.notePath).toBe(NOTE);
		expect(view.contentEl.querySelector(".throughline-note-title")?.textContent).toBe("Import AI 343");
		app.workspace.setActiveLeaf(side);
		expect(view.contentEl.querySelector(".throughline-note-title")?.textContent).toBe("Import AI 343");
		view.contentEl.querySelector<HTMLButtonElement>('[data-theme-id="agents"] button.throughline-exclude')!.click();
		expect(index.actions.excludeTheme).toHaveBeenCalledWith(NOTE, "agents");
	});
});

describe("openPassageInWorkspace", () => {
	it("opens the note at the passage's line with the match selected", async () => {
		// Obsidian's Editor has setSelection; the fake's editor may not, so record it here.
		const editorProto = FakeEditor.prototype as unknown as Record<string, unknown>;
		const original = editorProto.setSelection;
		const setSelection = vi.fn();
		editorProto.setSelection = setSelection;
		try {
			await openPassageInWorkspace(app, NOTE, 3, 23, 12, "tab");
		} finally {
			editorProto.setSelection = original;
		}
		const leaf = app.workspace.getLeavesOfType("markdown")[0];
		expect(leaf.getEphemeralState()).toEqual({ line: 2 });
		expect(app.workspace.getActiveFile()?.path).toBe(NOTE);
		expect(setSelection).toHaveBeenCalledWith({ line: 2, ch: 22 }, { line: 2, ch: 34 });
	});

	it("says so in plain words when the note is gone", async () => {
		await openPassageInWorkspace(app, "Gone.md", 1, 1, 1, false);
		expect(notices.at(-1)).toContain("could not find Gone.md");
	});
});
