// Browser side: the bench's generated vault (bench/generate-vault.ts, 40 themes) made in the page, so
// that thousands of notes need not cross from Node, and render times of the themes sidebar measured
// where they happen. Figures are returned for the test to print, never asserted.
import { generateVault } from "../../../bench/generate-vault";
import { resetThemesSidebar } from "../../../src/ui/render/themes-sidebar";
import type { ThemesDisplay, ThemesSidebarActions } from "../../../src/ui/view-models";

export function generatedFiles(seed: number, notes: number): { files: Record<string, string>; bytes: number } {
	const vault = generateVault({ seed, notes });
	const files: Record<string, string> = {};
	let bytes = 0;
	for (const note of [...vault.themes, ...vault.notes]) {
		files[note.path] = note.text;
		bytes += note.text.length;
	}
	return { files, bytes };
}

/** What the timing needs of the themes view: its element, its re-render and the parts it redrew. */
interface ThemesViewInside {
	contentEl: HTMLElement;
	lastRedrawn: string[];
	invalidate(): void;
	sidebarActions(): ThemesSidebarActions;
	deps: { getSidebarData(): unknown };
}

export interface RenderTime {
	/** Script time: building the models and the DOM. */
	scriptMs: number;
	/** The same plus the style and layout pass it causes. */
	totalMs: number;
	redrawn: number;
	nodes: number;
}

/** Times one change to the view: `change` asks for it, the view renders at once (its actions invalidate). */
export function timeRender(view: ThemesViewInside, change: () => void): RenderTime {
	const start = performance.now();
	change();
	const scriptMs = performance.now() - start;
	void view.contentEl.getBoundingClientRect(); // forces the style and layout pass the render caused
	const totalMs = performance.now() - start;
	return { scriptMs, totalMs, redrawn: view.lastRedrawn.length, nodes: view.contentEl.getElementsByTagName("*").length };
}

export type RenderStep = "data" | "cold" | "again" | "expand-first" | "more-first" | ThemesDisplay;

export function renderStep(view: ThemesViewInside, step: RenderStep): RenderTime {
	const actions = view.sidebarActions();
	const first = view.contentEl.querySelector(".throughline-theme")?.getAttribute("data-theme-id") ?? "";
	if (step === "data") return { ...timeRender(view, () => void view.deps.getSidebarData()), redrawn: 0 }; // the index read into the sidebar's model, no DOM
	if (step === "cold") return timeRender(view, () => {
		resetThemesSidebar(view.contentEl);
		view.invalidate();
	});
	if (step === "again") return timeRender(view, () => view.invalidate());
	if (step === "expand-first") return timeRender(view, () => actions.toggleExpand(first));
	if (step === "more-first") return timeRender(view, () => actions.showMore?.(first));
	return timeRender(view, () => actions.setDisplay(step));
}
