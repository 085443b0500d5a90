import { runSteps } from "../../../src/core/steps";
import { describe, expect, it } from "vitest";
import { decodeIndex, encodeIndex } from "../../../src/core/index/binary-store";
import type { DocumentRecord } from "../../../src/core/index/record";
import { type StoredTallies, restoreTalliesSteps } from "../../../src/core/index/stored-tallies";
import { ThemeIndex } from "../../../src/core/index/theme-index";
import { PhraseTallies } from "../../../src/core/suggestions/phrase-tallies";
import { analyze, note, theme, withHeader } from "./helpers";

const restoreTallies = (stored: unknown, records: readonly DocumentRecord[]) => runSteps(restoreTalliesSteps(stored, records));
const storedTallies = (index: ThemeIndex): StoredTallies => runSteps(index.storedTalliesSteps());
const ofStoredRecords = (...args: Parameters<typeof ThemeIndex.ofStoredRecordsSteps>) => runSteps(ThemeIndex.ofStoredRecordsSteps(...args));

const THEMES = [theme("scaling", ["scaling laws"]), theme("data", ["training data"]), theme("agents", ["tool use"], { tags: ["agents"] })];
const BODIES = [
	"Scaling laws and training data.\n\nThe scaling laws again, and tool use.",
	"Training data matters; scaling laws too.\n\nTraining data, training data and scaling laws.",
	"Tool use with training data.",
	"Nothing at all here.",
	"Scaling laws. Scaling laws. Scaling laws with training data and tool use.",
	`${"Plenty of other words in a long passage. ".repeat(400)}\n\nOnce, in passing, training data.`, // one mention in 3,000 words: a member of "data", not linked
];

/** Notes with shared passages, dates in several months, an undated note and one linked by its tag alone. */
function sampleRecords(): DocumentRecord[] {
	const records = BODIES.map((body, n) => analyze(`n${n}.md`, note(`N${n}`, body, `2023-0${1 + n}-1${n}`), THEMES));
	records.push(analyze("tagged.md", "---\ntags: [agents]\n---\n# Tagged\n\nA note about nothing in particular.\n", THEMES));
	return records;
}

function indexOf(records: readonly DocumentRecord[]): ThemeIndex {
	const index = new ThemeIndex(THEMES);
	for (const record of records) index.upsert(record);
	return index;
}

/** The stored form with every list in one order, for comparing tallies whatever order they were built in. */
function canonical(stored: StoredTallies): StoredTallies {
	const byFirst = <T extends [string, ...unknown[]]>(a: T, b: T): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
	const themes = stored.themes.map((t) => ({ ...t, documents: [...t.documents].sort(), linked: [...t.linked].sort(), dates: [...t.dates].sort(byFirst), monthly: [...t.monthly].sort(byFirst) }));
	return { version: stored.version, totalPassages: stored.totalPassages, themes: themes.sort((a, b) => (a.id < b.id ? -1 : 1)), pairs: [...stored.pairs].sort(byFirst) };
}

/** Moves one note (linked or not) from a theme to another and one mention the other way: every total still agrees. */
function moveNote(stored: StoredTallies, linked: boolean): void {
	for (const from of stored.themes) {
		for (const to of stored.themes) {
			const moved = from.documents.find((place) => !to.documents.includes(place) && from.linked.includes(place) === linked);
			if (from === to || moved === undefined) continue;
			from.documents = from.documents.filter((place) => place !== moved);
			to.documents.push(moved);
			if (linked) [from.linked, to.linked] = [from.linked.filter((place) => place !== moved), [...to.linked, moved]];
			[from.mentions, to.mentions] = [from.mentions + 1, to.mentions - 1];
			return;
		}
	}
	throw new Error(`no ${linked ? "linked" : "unlinked"} note to move in the sample`);
}

/** Links a note that a theme counts but does not link; with `move`, unlinks one linked elsewhere, so that the link total still agrees. */
function addLink(stored: StoredTallies, move: boolean): void {
	const gains = stored.themes.find((t) => t.documents.some((place) => !t.linked.includes(place)));
	const loses = stored.themes.find((t) => t !== gains && t.linked.length > 0);
	if (!gains || !loses) throw new Error("the sample needs an unlinked member and another theme's link");
	gains.linked.push(gains.documents.find((place) => !gains.linked.includes(place)) as number);
	if (move) loses.linked.pop();
}

describe("theme figures kept in the store", () => {
	it("restore to the figures adding every record makes, and checks pass on them", () => {
		const index = indexOf(sampleRecords());
		const stored = storedTallies(index);
		expect(stored.themes.map((t) => t.id).sort()).toEqual(["agents", "data", "scaling"]);
		expect(stored.pairs.length).toBeGreaterThan(0);
		const restored = ofStoredRecords(THEMES, index.documents(), new PhraseTallies(), restoreTallies(stored, index.documents()));
		expect(restoreTallies(stored, index.documents())).not.toBeNull();
		expect(canonical(storedTallies(restored as ThemeIndex))).toEqual(canonical(stored));
		expect(restored?.allThemeStats()).toEqual(index.allThemeStats());
		expect(restored?.relatedThemes("scaling")).toEqual(index.relatedThemes("scaling"));
		expect(restored?.relatedDocuments("n0.md")).toEqual(index.relatedDocuments("n0.md"));
	});

	const damage: Array<[string, (s: StoredTallies) => void]> = [
		["a theme's mentions off by one", (s) => s.themes[0].mentions++],
		["a note's place past the list", (s) => s.themes[0].documents.push(99)],
		["a note named twice", (s) => s.themes[0].documents.push(s.themes[0].documents[0])],
		["a note dropped from a theme", (s) => s.themes.find((t) => t.documents.length > 1)?.documents.pop()],
		["a linked note that is not among the theme's notes", (s) => (s.themes[0].linked = [5])],
		["the passage total off by one", (s) => s.totalPassages++],
		["a note (with its link) moved from one theme to another, totals kept", (s) => moveNote(s, true)],
		["an unlinked note moved from one theme to another, totals kept", (s) => moveNote(s, false)],
		["a link moved to a note that is only a member", (s) => addLink(s, true)],
		["a link added for a note that is only a member", (s) => addLink(s, false)],
		["another version", (s) => s.version++],
		["a pair stored twice", (s) => s.pairs.push(s.pairs[0])],
		["a pair in the wrong order", (s) => (s.pairs[0] = [s.pairs[0][1], s.pairs[0][0], s.pairs[0][2]])],
		["a theme twice", (s) => s.themes.push(s.themes[0])],
		["a month counted zero times", (s) => s.themes[0].monthly.push(["1999-01", 0])],
		["no themes list", (s) => ((s as unknown as { themes: unknown }).themes = null)],
	];
	it.each(damage)("are not used when they fail a check: %s", (_name, spoil) => {
		const index = indexOf(sampleRecords());
		const stored = structuredClone(storedTallies(index));
		expect(restoreTallies(structuredClone(stored), index.documents())).not.toBeNull();
		spoil(stored);
		expect(restoreTallies(stored, index.documents())).toBeNull();
	});

	it("a store whose figures fail their check still loads, with figures rebuilt from its records", () => {
		const index = indexOf(sampleRecords());
		const copy = withHeader(encodeIndex(index), (header) => {
			const tally = (header.tallies as StoredTallies).themes[0];
			tally.mentions = tally.mentions > 1 ? tally.mentions - 1 : 2; // never a longer number: the header keeps its length
		});
		const restored = decodeIndex(copy);
		expect(restored?.allThemeStats()).toEqual(index.allThemeStats());
	});

	it("count memberships from the themes a record lists and links: one listed that no mention uses refuses the figures; a link twice still restores them", () => {
		const linkedTwice = sampleRecords().map((record, n) => {
			if (n !== 0) return record;
			const linked = record.decisions.find((d) => d.linked);
			if (!linked) throw new Error("the sample's first note links no theme");
			return { ...record, decisions: [...record.decisions, { ...linked }] }; // the same link twice
		});
		const index = indexOf(linkedTwice);
		expect(restoreTallies(storedTallies(index), index.documents())).not.toBeNull();
		const listedUnused = linkedTwice.map((record, n) => (n === 0 ? { ...record, mentionThemes: [...record.mentionThemes, "agents-unused"] } : record)); // a slot no mention uses
		const odd = indexOf(listedUnused);
		expect(restoreTallies(storedTallies(odd), odd.documents())).toBeNull(); // analysis never lists such a theme: the figures are rebuilt from the records
		const restored = decodeIndex(encodeIndex(odd));
		expect(canonical(storedTallies(restored as ThemeIndex))).toEqual(canonical(storedTallies(odd)));
		expect(storedTallies(restored as ThemeIndex).themes.map((t) => t.id)).not.toContain("agents-unused");
	});

	it("an index restored with stored figures stays equal to a fresh one through later edits", () => {
		const records = sampleRecords();
		const restored = decodeIndex(encodeIndex(indexOf(records))) as ThemeIndex;
		const edited = analyze("n1.md", note("N1", "Only tool use now.", "2024-12-01"), THEMES, 9);
		restored.upsert(edited);
		restored.remove("n4.md");
		const fresh = indexOf([...records.filter((r) => r.path !== "n1.md" && r.path !== "n4.md"), edited]);
		expect(canonical(storedTallies(restored))).toEqual(canonical(storedTallies(fresh)));
		expect(restored.allThemeStats()).toEqual(fresh.allThemeStats());
	});
});
