// Property-based: on random notes and hubs, link-then-unlink restores every byte, and linking
// twice is linking once.

import { sortStrongestFirst } from "../../../src/core/links/hub-render";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyLinkPlan } from "../../../src/core/links/apply";
import { findHubBlocks } from "../../../src/core/links/hub-block";
import type { HubSource, LinkLedger, LinkSettings, PropertyLinks, ThemeHub } from "../../../src/core/links/hub-model";
import { emptyLedger } from "../../../src/core/links/ledger";
import { planLinks, planUnlink } from "../../../src/core/links/plan";
import { DOCUMENT_KINDS } from "../../../src/core/model";
import { MemoryStore, asNoteStore, yamlRewritingWriter } from "./memory-store";

const HOSTILE = ["]]", "[[", "|", "#", "^", "%%", "%% throughline:end %%", "<!--", "`", "\n", "\r\n", " ", "é", "x"];

const hostileText = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 6 })), { maxLength: 8 }).map((parts) => parts.join(""));

const noteText = fc
	.record({
		bom: fc.boolean(),
		lines: fc.array(fc.oneof(fc.constantFrom("", "# Heading", "---", "text", "- item ^id1", "%% note %%", "  "), fc.string({ maxLength: 12 })), { maxLength: 6 }),
		lineBreak: fc.constantFrom("\n", "\r\n"),
		finalBreak: fc.boolean(),
	})
	.map(({ bom, lines, lineBreak, finalBreak }) => {
		const body = lines.join(lineBreak) + (finalBreak && lines.length > 0 ? lineBreak : "");
		return (bom ? "\uFEFF" : "") + body.replace(/throughline:(start|end)/g, "");
	});

const passage = fc.record({
	line: fc.integer({ min: 1, max: 500 }),
	col: fc.integer({ min: 1, max: 80 }),
	quote: hostileText,
	seconds: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
	heading: fc.option(hostileText, { nil: undefined }),
	blockId: fc.option(fc.constantFrom("abc", "x-1", "bad id", "^ok"), { nil: undefined }),
});

// Hub sources are kept apart from the notes property mode writes to: a property write moves the
// passages' lines, which the real index re-reads on the next pass (line-shift.test.ts covers that).
const SOURCE_PATHS = ["Notes/A.md", "Notes/Gone.md", "Odd/D [1].md"];

const hubSource: fc.Arbitrary<HubSource> = fc.record({
	path: fc.constantFrom(...SOURCE_PATHS),
	title: hostileText,
	kind: fc.constantFrom(...DOCUMENT_KINDS),
	format: fc.constant("raw"),
	date: fc.option(fc.constantFrom("2021-01-01", "2023-05-06", "2024-12-31"), { nil: null }),
	score: fc.double({ min: 0, max: 10, noNaN: true }),
	passages: fc.array(passage, { maxLength: 4 }),
});

const THEMES = [
	{ id: "scaling", name: "Scaling", path: "Themes/Scaling.md" },
	{ id: "data", name: "Data", path: null },
	{ id: "agents", name: "Agents", path: "Elsewhere/Agents.md" },
];

const hubs: fc.Arbitrary<ThemeHub[]> = fc.subarray(THEMES).chain((themes) =>
	fc.tuple(
		...themes.map((theme) =>
			fc.record({
				theme: fc.constant(theme),
				sources: fc.uniqueArray(hubSource, { maxLength: 3, selector: (s) => s.path }),
				related: fc.array(fc.record({ theme: fc.constantFrom(...THEMES), strength: fc.double({ min: 0, max: 1, noNaN: true }), shared: fc.nat(20) }), { maxLength: 2 }),
			}),
		),
	),
);

const vault = fc.record({
	"Themes/Scaling.md": noteText,
	"Elsewhere/Agents.md": noteText,
	"Notes/A.md": noteText,
	"Notes/B.md": fc.constantFrom("---\ntitle: B\n---\nBody\n", "---\r\nthemes:\r\n  - \"[[Mine]]\"\r\n---\r\n", "Plain", ""),
});

const propertyLinks: fc.Arbitrary<PropertyLinks[]> = fc.array(
	fc.record({ path: fc.constantFrom("Notes/B.md", "Readwise/C.md"), themes: fc.subarray(THEMES) }),
	{ maxLength: 2 },
);

const mode = fc.constantFrom<LinkSettings["linkMode"]>("hub", "property", "both");

function settingsFor(linkMode: LinkSettings["linkMode"]): LinkSettings {
	return { themesFolder: "Themes", importerOwnedFolders: ["Readwise"], linkMode, propertyKey: "themes" };
}

async function linkOnce(store: MemoryStore, model: ThemeHub[], props: PropertyLinks[], settings: LinkSettings, ledger = emptyLedger()) {
	const plan = planLinks(model, props, store, settings, ledger);
	const result = await applyLinkPlan(plan, asNoteStore(store), ledger, yamlRewritingWriter(store));
	expect(result.problems).toEqual([]);
	return result.ledger;
}

const RUNS = { numRuns: 150 }; // enough variety to hit CRLF, BOM, empty and hostile text together

describe("link writer properties", () => {
	it("link then unlink restores every byte", async () => {
		await fc.assert(
			fc.asyncProperty(vault, hubs, propertyLinks, mode, async (files, model, props, linkMode) => {
				const store = new MemoryStore(files);
				const before = store.snapshot();
				const ledger = await linkOnce(store, model, props, settingsFor(linkMode));
				const undo = planUnlink(store, JSON.parse(JSON.stringify(ledger)) as LinkLedger);
				const result = await applyLinkPlan(undo, asNoteStore(store), ledger, yamlRewritingWriter(store));
				expect(result.problems).toEqual([]);
				expect(store.snapshot()).toEqual(before);
			}),
			RUNS,
		);
	});

	it("linking twice is linking once, and the second pass plans nothing", async () => {
		await fc.assert(
			fc.asyncProperty(vault, hubs, propertyLinks, mode, async (files, model, props, linkMode) => {
				const store = new MemoryStore(files);
				const settings = settingsFor(linkMode);
				const ledger = await linkOnce(store, model, props, settings);
				const once = store.snapshot();
				expect(planLinks(model, props, store, settings, ledger).edits).toEqual([]);
				await linkOnce(store, model, props, settings, ledger);
				expect(store.snapshot()).toEqual(once);
			}),
			RUNS,
		);
	});

	it("every theme note holds exactly one block, whatever the titles and quotes say", async () => {
		await fc.assert(
			fc.asyncProperty(vault, hubs, async (files, model) => {
				const store = new MemoryStore(files);
				await linkOnce(store, model, [], settingsFor("hub"));
				for (const hub of model) {
					const path = hub.theme.path ?? `Themes/${hub.theme.name}.md`;
					const text = store.files.get(path);
					if (text === undefined) continue;
					const search = findHubBlocks(text);
					expect(search.kind).toBe("found");
					if (search.kind === "found") expect(search.blocks).toHaveLength(1);
					const block = search.kind === "found" ? text.slice(search.blocks[0].start, search.blocks[0].end) : "";
					const links = block.match(/\[\[/g)?.length ?? 0;
					// a link per source and per quoted passage (three for the ten strongest sources, one past them), one per summary passage, one per related theme
					const quoted = sortStrongestFirst(hub.sources).reduce((n, s, rank) => n + 1 + Math.min(rank < 10 ? 3 : 1, s.passages.length), 0);
					const summary = Math.min(3, hub.sources.filter((s) => s.passages.length > 0).length);
					const expected = quoted + summary + hub.related.length;
					const markdownLinks = block.match(/\]\(</g)?.length ?? 0;
					expect(links + markdownLinks).toBe(expected);
				}
			}),
			RUNS,
		);
	});
});
