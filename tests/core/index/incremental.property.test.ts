// Incremental updates must give exactly the figures of a fresh index over the final state.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ThemeDefinition } from "../../../src/core/model";
import type { WeightedThemeDefinition } from "../../../src/core/themes/compile";
import { snapshotRecord } from "../../../src/core/index/serialize";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import { pathsToReanalyse } from "../../../src/core/index/theme-change";
import { parseSource } from "../../../src/core/sources/parse-source";
import { ThemeIndex } from "../../../src/core/index/theme-index";
import { analyze, note, theme } from "./helpers";

const VOCABULARY = ["scaling", "scale", "scaled", "laws", "reward", "hacking", "post-training", "posttraining", "model", "models", "data", "center",
	"emergent", "emergence", "fish", "scales", "the", "and", "of", "interpretable", "circuits", "cats", "Constitutional", "AI", "budget", "compute",
	"C++", "GPUs", "Scale", "hacked"];

// Variants move aliases, exclusions, tags, names, weights and alias order: every kind of theme edit.
const weighted = (definition: ThemeDefinition, extra: Partial<WeightedThemeDefinition>): ThemeDefinition => ({ ...definition, ...extra }) as ThemeDefinition;
const THEME_VARIANTS: Record<string, ThemeDefinition[]> = {
	scaling: [
		theme("scaling", ["scaling laws"]), theme("scaling", ["scale"]), theme("scaling", ["scale"], { exclusions: ["fish scales"] }),
		theme("scaling", ["scale", "scaling laws"]), theme("scaling", ["scaling laws", "scale"]), theme("scaling", ["Scaling laws", "scaling laws"], { name: "Scale" }),
	],
	data: [theme("data", ["data"]), theme("data", ["data", "corpus"], { tags: ["datasets"] }), theme("data", ["data"], { exclusions: ["data center"] })],
	reward: [theme("reward", ["reward hacking"]), theme("reward", ["reward model", "hacking"]), weighted(theme("reward", ["reward model", "hacking"]), { aliasWeights: { hacking: 3 } })],
	compute: [theme("compute", ["data center"]), theme("compute", ["compute budget", "GPUs"]), theme("compute", ["C++", "GPUs"], { name: "Cats" })],
	interpretability: [theme("interpretability", ["circuits"]), theme("interpretability", ["interpretable"])],
	emergence: [theme("emergence", []), theme("emergence", ["emergent"], { tags: ["cats"] })],
};
const THEME_IDS = Object.keys(THEME_VARIANTS);
const PATHS = ["a.md", "b.md", "notes/c.md", "notes/d.md", "e.md", "f.md"];
const MONTHS = ["2023-01-15", "2023-02-03", "2024-07-30"];

const sentence = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 3, maxLength: 9 }).map((w) => w.join(" "));
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(". ") + ".");
const noteText = fc.record({
	title: fc.constantFrom("Alpha", "Beta", "Gamma"),
	date: fc.constantFrom(...MONTHS),
	tags: fc.subarray(["cats", "datasets", "scaling", "misc"]),
	paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 5 }),
}).map((n) => note(n.title, n.paragraphs.join("\n\n"), n.date).replace("---\n#", `tags: [${n.tags.join(", ")}]\n---\n#`));
const themeSet = fc.array(fc.tuple(fc.constantFrom(...THEME_IDS), fc.nat(5)), { maxLength: 6 }).map((picks) => {
	const chosen = new Map<string, ThemeDefinition>();
	for (const [id, variant] of picks) chosen.set(id, THEME_VARIANTS[id][variant % THEME_VARIANTS[id].length]);
	return [...chosen.values()];
});

type Operation =
	| { op: "upsert"; path: string; text: string }
	| { op: "remove"; path: string }
	| { op: "rename"; from: string; to: string }
	| { op: "themes"; themes: ThemeDefinition[] };

const operation: fc.Arbitrary<Operation> = fc.oneof(
	{ weight: 4, arbitrary: fc.record({ op: fc.constant("upsert" as const), path: fc.constantFrom(...PATHS), text: noteText }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("remove" as const), path: fc.constantFrom(...PATHS) }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("rename" as const), from: fc.constantFrom(...PATHS), to: fc.constantFrom(...PATHS) }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("themes" as const), themes: themeSet }) },
);

/** Everything the index can be asked, in a canonical form. */
function snapshot(index: ThemeIndex): unknown {
	const docs = index.documents();
	return {
		documents: docs.map(snapshotRecord),
		themes: index.allThemeStats(),
		related: index.themes.map((t) => index.relatedThemes(t.id, 100)),
		relatedDocuments: docs.map((d) => index.relatedDocuments(d.path, 100)),
		members: index.themes.map((t) => [index.themeDocuments(t.id), index.themeDocuments(t.id, true)]),
		suggestions: index.suggestions([], 1000),
	};
}

/** The ranges analysis excludes in a note, as the engine gives them to the text check. */
function excludedOf(path: string, raw: string): number[] {
	return parseSource(path, raw, grayMatterFrontmatter).excluded;
}

/**
 * The notes a theme edit re-analyses: every note setThemes names, or (as the engine does) the plan's
 * certain ones plus those named by their fingerprint whose text holds a touched phrase.
 */
function notesToReanalyse(index: ThemeIndex, themes: ThemeDefinition[], textOf: (path: string) => string, verify: boolean): string[] {
	if (!verify) return index.setThemes(themes);
	return pathsToReanalyse(index.planThemes(themes), textOf, excludedOf);
}

function applyAll(operations: Operation[], initialThemes: ThemeDefinition[], verify = false): { incremental: ThemeIndex; fresh: ThemeIndex } {
	let themes = initialThemes;
	const files = new Map<string, string>();
	const incremental = new ThemeIndex(themes);
	for (const step of operations) {
		if (step.op === "upsert") {
			files.set(step.path, step.text);
			incremental.upsert(analyze(step.path, step.text, themes));
		} else if (step.op === "remove") {
			files.delete(step.path);
			incremental.remove(step.path);
		} else if (step.op === "rename") {
			const text = files.get(step.from);
			if (text === undefined || step.from === step.to) continue;
			files.delete(step.from);
			files.set(step.to, text);
			incremental.rename(step.from, step.to);
		} else {
			themes = step.themes;
			for (const path of notesToReanalyse(incremental, themes, (p) => files.get(p) as string, verify)) incremental.upsert(analyze(path, files.get(path) as string, themes));
		}
	}
	const fresh = new ThemeIndex(themes);
	for (const [path, text] of [...files].sort()) fresh.upsert(analyze(path, text, themes));
	return { incremental, fresh };
}

describe("incremental index", () => {
	it.each([["every note the fingerprint names", false], ["only those whose text holds a touched phrase", true]])(
		"equals a fresh index after any sequence of upserts, removals, renames and theme edits (re-reading %s)",
		(_name, verify) => {
			fc.assert(
				fc.property(themeSet, fc.array(operation, { minLength: 1, maxLength: 14 }), (initial, operations) => {
					const { incremental, fresh } = applyAll(operations, initial, verify);
					expect(snapshot(incremental)).toEqual(snapshot(fresh));
				}),
				{ numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
			);
		},
	);

	it("equals a fresh index after every edit from one variant of a theme to another", () => {
		const texts: Record<string, string> = {
			"fish.md": note("Fish", "The fish scales shine. Scaling laws hold; scale matters."),
			"center.md": note("Center", "A data center runs C++ on GPUs; the corpus is data."),
			"reward.md": note("Reward", "Reward hacking, reward models and hacked metrics."),
			"grown.md": note("Grown", "Emergent circuits; interpretable emergence in cats.").replace("---\n#", "tags: [cats, datasets]\n---\n#"),
			"plain.md": note("Plain", "Nothing about any theme at all."),
		};
		for (const variants of Object.values(THEME_VARIANTS)) {
			for (const [from, to, verify] of variants.flatMap((a) => [...variants, null].flatMap((b) => [[a, b, false], [a, b, true]] as const))) {
				{
					const index = new ThemeIndex([from]);
					for (const [path, text] of Object.entries(texts)) index.upsert(analyze(path, text, [from]));
					const themes = to ? [to] : [];
					for (const path of notesToReanalyse(index, themes, (p) => texts[p], verify)) index.upsert(analyze(path, texts[path], themes));
					const fresh = new ThemeIndex(themes);
					for (const [path, text] of Object.entries(texts)) fresh.upsert(analyze(path, text, themes));
					expect(snapshot(index)).toEqual(snapshot(fresh));
				}
			}
		}
	});

	it("re-analyses only the notes a theme edit can touch", () => {
		const themes = [theme("scaling", ["scaling laws"])];
		const index = new ThemeIndex(themes);
		index.upsert(analyze("hit.md", note("Hit", "We saw the reward hacking again and again."), themes));
		index.upsert(analyze("inflected.md", note("Inflected", "Rewards were hacked; reward-hacking everywhere."), themes));
		index.upsert(analyze("miss.md", note("Miss", "Cats sleep in the sun all afternoon."), themes));
		index.upsert(analyze("old.md", note("Old", "The scaling laws held."), themes));
		const affected = index.setThemes([...themes, theme("reward-hacking", ["reward hacking"])]);
		expect(affected).toContain("hit.md");
		expect(affected).toContain("inflected.md");
		expect(affected).not.toContain("miss.md");
		expect(affected).not.toContain("old.md");
		expect(index.setThemes(index.themes)).toEqual([]);
	});

	it("checks the text of notes whose fingerprint holds the words of an added alias in a row", () => {
		const themes = [theme("scaling", ["scaling laws"])];
		const index = new ThemeIndex(themes);
		const texts: Record<string, string> = {
			"apart.md": note("Apart", "The models of the world were many."), // the fingerprint's pairs tell it apart
			"stop.md": note("Stop", "It ends with the world. Models begin the next sentence."), // a pair, but across a full stop
			"together.md": note("Together", "World models, and a world-model too."),
			"tagged.md": note("Tagged", "Nothing here.").replace("---\n#", "tags: [world-models]\n---\n#"),
		};
		for (const [path, text] of Object.entries(texts)) index.upsert(analyze(path, text, themes));
		const plan = index.planThemes([...themes, theme("world-models", ["world models"])]);
		expect(plan.reread).toEqual(["tagged.md"]); // its tag names the new theme: read whatever its text says
		expect(plan.verify).toEqual(["stop.md", "together.md"]);
		expect(plan.holdsTouchedPhrase(texts["stop.md"], () => excludedOf("stop.md", texts["stop.md"]))).toBe(false);
		expect(plan.holdsTouchedPhrase(texts["together.md"], () => excludedOf("together.md", texts["together.md"]))).toBe(true);
	});

	it("re-reads a note where the added phrase spans a range analysis skips (inline code, an HTML tag)", () => {
		const themes = [theme("scaling", ["scaling laws"])];
		const index = new ThemeIndex(themes);
		const texts: Record<string, string> = {
			"code.md": note("Code", "World `x` models are everywhere."),
			"html.md": note("Html", "Tool <b>calling</b> again."),
			"plain.md": note("Plain", "Nothing about it."),
		};
		for (const [path, text] of Object.entries(texts)) index.upsert(analyze(path, text, themes));
		const after = [...themes, theme("world-models", ["world models"]), theme("tools", ["tool calling"])];
		const paths = pathsToReanalyse(index.planThemes(after), (path) => texts[path], excludedOf);
		expect(paths).toEqual(["code.md", "html.md"]);
		for (const path of paths) index.upsert(analyze(path, texts[path], after));
		expect(index.themeDocuments("world-models")).toEqual(["code.md"]); // analysis does find it there
		expect(index.themeDocuments("tools")).toEqual(["html.md"]);
	});
});
