// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from "vitest";
import { installDomHelpers } from "../fake-obsidian/dom";
import { EditorState, Text } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { findEditorMentions, mentionEditorExtension } from "../../src/ui/mention-editor-extension";
import type { TextMention } from "../../src/ui/mention-decorator";

function findAgents(text: string): TextMention[] {
	const found: TextMention[] = [];
	for (let at = text.indexOf("agents"); at >= 0; at = text.indexOf("agents", at + 1)) {
		found.push({ start: at, end: at + 6, themeName: "Agents", themePath: "Themes/Agents.md" });
	}
	return found;
}

function mentionsIn(lines: string[], limit = 100, range?: { from: number; to: number }) {
	const doc = Text.of(lines);
	return findEditorMentions(doc, [range ?? { from: 0, to: doc.length }], findAgents, limit).map((m) => doc.sliceString(m.from, m.to) + "@" + doc.lineAt(m.from).number);
}

describe("findEditorMentions", () => {
	it("finds mentions in prose with document offsets", () => {
		expect(mentionsIn(["on agents", "", "more agents here"])).toEqual(["agents@1", "agents@3"]);
	});

	it("skips frontmatter, fenced code, inline code, links, URLs and tags", () => {
		const lines = [
			"---", "tags: agents", "---",
			"agents in prose",
			"```", "agents in code", "```",
			"`agents` and [[agents]] and [agents](agents.md) and https://x.org/agents and #agents",
			"~~~", "agents", "~~~",
			"last agents",
		];
		expect(mentionsIn(lines)).toEqual(["agents@4", "agents@12"]);
	});

	it("knows it is inside a fence when the visible range starts in the middle of one", () => {
		const doc = Text.of(["```", "agents", "agents", "```", "agents"]);
		const from = doc.line(3).from;
		const found = findEditorMentions(doc, [{ from, to: doc.length }], findAgents, 100);
		expect(found.map((m) => doc.lineAt(m.from).number)).toEqual([5]);
	});

	it("stops at the limit", () => {
		expect(mentionsIn(Array.from({ length: 50 }, () => "agents agents"), 7)).toHaveLength(7);
	});
});

describe("mentionEditorExtension in an editor", () => {
	beforeAll(() => installDomHelpers(window));

	it("marks mentions in prose, not in code; a plain click edits, Ctrl/Cmd-click opens the theme", () => {
		const opened: [string, string | null, unknown][] = [];
		let enabled = true;
		const extension = mentionEditorExtension({
			findMentionsInText: findAgents,
			isEnabled: () => enabled,
			onOpenTheme: (name, path, target) => opened.push([name, path, target]),
		});
		const parent = document.body.createDiv();
		const view = new EditorView({ state: EditorState.create({ doc: "about agents\n`agents`\n", extensions: [extension] }), parent });
		const marks = view.dom.querySelectorAll(".throughline-mention");
		expect(Array.from(marks).map((m) => m.textContent)).toEqual(["agents"]);
		const plain = new MouseEvent("click", { bubbles: true, cancelable: true });
		marks[0].dispatchEvent(plain);
		expect(opened).toEqual([]); // the reader can click into the word to edit it
		expect(plain.defaultPrevented).toBe(false);
		const modClick = new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true, metaKey: true });
		marks[0].dispatchEvent(modClick);
		expect(opened).toEqual([["Agents", "Themes/Agents.md", "tab"]]);
		expect(modClick.defaultPrevented).toBe(true);
		enabled = false;
		view.dispatch({ changes: { from: 0, insert: "x" } });
		expect(view.dom.querySelectorAll(".throughline-mention")).toHaveLength(0);
		view.destroy();
	});

	it("draws the marks again when asked (setting switched, themes changed) without a text change", () => {
		let enabled = false;
		const redraws = new Set<() => void>();
		const extension = mentionEditorExtension({
			findMentionsInText: findAgents,
			isEnabled: () => enabled,
			onOpenTheme: () => undefined,
			onRedrawNeeded: (redraw) => {
				redraws.add(redraw);
				return () => redraws.delete(redraw);
			},
		});
		const view = new EditorView({ state: EditorState.create({ doc: "about agents\n", extensions: [extension] }), parent: document.body.createDiv() });
		expect(view.dom.querySelectorAll(".throughline-mention")).toHaveLength(0);
		enabled = true;
		for (const redraw of redraws) redraw();
		expect(view.dom.querySelectorAll(".throughline-mention")).toHaveLength(1);
		view.destroy();
		expect(redraws.size).toBe(0); // a closed editor stops listening
	});
});
