// Small, readable view-models and recording actions for the UI tests.
import { vi, type Mock } from "vitest";
import type { NoteThemesActions, NoteThemesModel, PassageView, ThemeDetailModel, ThemeSummary, ThemesSidebarActions, ThemesSidebarModel } from "../../src/ui/view-models";
import { wikiLinkFor } from "../../src/ui/render/interaction";

export const XSS = "<img src=x onerror=alert(1)>";

export function passage(text: string, match: string, line: number, col: number): PassageView {
	const matchStart = text.indexOf(match);
	return { line, col, match, text, matchStart, matchEnd: matchStart + match.length };
}

export function theme(id: string, name: string, linkedDocuments: number, lastDate: string | null, monthly: [string, number][] = []): ThemeSummary {
	return {
		id, name, path: `Themes/${name}.md`, linkedDocuments, documents: linkedDocuments + 1, mentions: linkedDocuments * 3, lastDate,
		monthly: monthly.map(([month, count]) => ({ month, count })), related: [],
	};
}

export function fullSidebar(): ThemesSidebarModel {
	const scaling = theme("scaling-laws", "Scaling laws", 9, "2024-03-10", [["2023-11", 2], ["2024-01", 5], ["2024-03", 1]]);
	const agents = theme("agents", "Agents", 4, "2024-05-02", [["2024-04", 3], ["2024-05", 1]]);
	const alignment = theme("alignment", "Alignment", 12, "2023-08-01", [["2023-08", 4]]);
	scaling.related = [{ id: "agents", name: "Agents", strength: 0.42, shared: 3 }];
	agents.related = [{ id: "scaling-laws", name: "Scaling laws", strength: 0.42, shared: 3 }];
	return {
		state: "ready", sort: "count", filter: "", display: "list", expanded: {},
		themes: [scaling, agents, alignment],
		suggestions: [{ phrase: "test-time compute", documents: 5, mentions: 11 }],
	};
}

export function scalingDetail(): ThemeDetailModel {
	return {
		themeId: "scaling-laws",
		documents: [
			{ path: "Readwise/Import AI 343.md", title: "Import AI 343", kind: "highlights", date: "2024-01-05", passages: [passage("Chinchilla showed that scaling laws favour more data.", "scaling laws", 14, 22)] },
			{ path: "Transcripts/Dwarkesh.md", title: "Dwarkesh", kind: "transcript", date: "2024-03-10", passages: [{ ...passage("so the scaling laws held", "scaling laws", 80, 8), seconds: 754 }] },
		],
	};
}

export function noteThemes(): NoteThemesModel {
	return {
		path: "Readwise/Import AI 343.md", title: "Import AI 343", kind: "highlights",
		themes: [
			{ id: "scaling-laws", name: "Scaling laws", path: "Themes/Scaling laws.md", linked: true, score: 7.5, why: "linked: 4 mentions in 3 passages", passages: [passage("Chinchilla showed that scaling laws favour more data.", "scaling laws", 14, 22)] },
			{ id: "agents", name: "Agents", path: null, linked: false, score: 1, why: "not linked: one passing mention", passages: [] },
		],
		related: [{ path: "Transcripts/Dwarkesh.md", title: "Dwarkesh", shared: ["Scaling laws"] }],
	};
}

/** Every action as a recording mock (properties, so tests can pass them to expect()). */
export type Recorded<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? Mock<(...args: A) => R> : never };

export function sidebarActions(): Recorded<ThemesSidebarActions> {
	return {
		openPassage: vi.fn(), openDocument: vi.fn(), hoverDocument: vi.fn(), linkFor: vi.fn(wikiLinkFor),
		setSort: vi.fn(), setFilter: vi.fn(), setDisplay: vi.fn(), toggleExpand: vi.fn(), focusTheme: vi.fn(), openTheme: vi.fn(),
		acceptSuggestion: vi.fn(), rejectSuggestion: vi.fn(), installStarterPack: vi.fn(),
	};
}

export function noteActions(): Recorded<NoteThemesActions> {
	return { openPassage: vi.fn(), openDocument: vi.fn(), hoverDocument: vi.fn(), linkFor: vi.fn(wikiLinkFor), openTheme: vi.fn(), excludeTheme: vi.fn() };
}

/** The visible text of each match, in order. */
export function texts(root: ParentNode, selector: string): string[] {
	return Array.from(root.querySelectorAll(selector)).map((el) => el.textContent ?? "");
}
