import { describe, expect, it } from "vitest";
import { format, isValid, parseISO } from "date-fns";
import { monthOf } from "../../../src/core/index/months";
import { ThemeTallies } from "../../../src/core/index/theme-tallies";
import { analyze, note, theme } from "./helpers";

// 40 themes, so that one note can mention more than the 31 that fit a bit mask.
const THEMES = Array.from({ length: 40 }, (_, i) => theme(`t${String(i).padStart(2, "0")}`, [`topic${i} phrase`]));
const sentence = (ids: number[]): string => ids.map((i) => `topic${i} phrase`).join(" and ") + ".";

function noteWith(paragraphs: number[][]): string {
	return note("N", paragraphs.map(sentence).join("\n\n"));
}

describe("a record's contribution to the theme figures", () => {
	const cases: Array<[string, number[][]]> = [
		["one theme", [[1]]],
		["two themes sharing passages", [[1, 2], [2, 1], [3]]],
		["themes in and out of order", [[5, 3, 9], [9], [3, 5], [30, 0]]],
		["31 themes in one passage", [Array.from({ length: 31 }, (_, i) => i)]],
		["40 themes (sets, not masks)", [Array.from({ length: 40 }, (_, i) => 39 - i), [1, 2]]],
	];
	it.each(cases)("from scratch arrays equals by sets: %s", (_name, paragraphs) => {
		const record = analyze("n.md", noteWith(paragraphs), THEMES);
		expect(record.mentionThemes.length).toBeGreaterThan(0);
		const [fast, reference] = [new ThemeTallies(), new ThemeTallies()];
		fast.add(record);
		reference.addBySets(record);
		expect(plainTallies(fast)).toEqual(plainTallies(reference));
		expect([...fast.byTheme.keys()]).toEqual([...reference.byTheme.keys()]); // first mentioned first, as the sets add them
		fast.subtract(record);
		expect([fast.byTheme.size, fast.pairs.size, fast.totalPassages]).toEqual([0, 0, 0]);
	});

	it("counts shared passages per pair", () => {
		const tallies = new ThemeTallies();
		tallies.add(analyze("n.md", noteWith([[1, 2], [2, 1], [1, 3]]), THEMES));
		expect(tallies.shared("t01", "t02")).toBe(2);
		expect(tallies.shared("t02", "t01")).toBe(2);
		expect(tallies.shared("t01", "t03")).toBe(1);
		expect(tallies.shared("t02", "t03")).toBe(0);
	});

	it("months are remembered, and impossible dates have none", () => {
		expect(monthOf("2023-09-14")).toBe("2023-09");
		expect(monthOf("2023-09-14")).toBe("2023-09");
		expect(monthOf("2023-13-40")).toBeNull();
		expect(monthOf(null)).toBeNull();
	});
});

/** A tally set as plain values, for comparing two of them whatever their insertion order. */
function plainTallies(tallies: ThemeTallies): unknown {
	const sortedMap = (map: Map<string, number>): Array<[string, number]> => [...map].sort((a, b) => (a[0] < b[0] ? -1 : 1));
	const themes = [...tallies.byTheme].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([id, t]) => ({
		id, documents: [...t.documents].sort(), linked: [...t.linked].sort(), mentions: t.mentions, passages: t.passages, dates: sortedMap(t.dates), monthly: sortedMap(t.monthly),
	}));
	const pairs = [...tallies.pairs].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([id, row]) => [id, sortedMap(row)]);
	return { themes, pairs, total: tallies.totalPassages };
}

describe("theme tallies kept from scratch arrays", () => {
	const dated = (title: string, date: string, paragraphs: number[][]): string => `---\ndate: ${date}\n---\n# ${title}\n\n${paragraphs.map(sentence).join("\n\n")}\n`;
	const random = (seed: number): (() => number) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32); // a small LCG: the same notes every run
	const records = (() => {
		const next = random(7);
		return Array.from({ length: 60 }, (_, n) => {
			const paragraphs = Array.from({ length: 1 + Math.floor(next() * 6) }, () => Array.from({ length: 1 + Math.floor(next() * (n % 10 === 0 ? 40 : 5)) }, () => Math.floor(next() * 40)));
			return analyze(`n${n}.md`, dated(`N${n}`, `202${n % 5}-0${1 + (n % 9)}-1${n % 10}`, paragraphs), THEMES);
		});
	})();

	it("adding records equals adding their contributions by sets", () => {
		const fast = new ThemeTallies();
		const reference = new ThemeTallies();
		for (const record of records) {
			fast.add(record);
			reference.addBySets(record);
		}
		expect(fast.byTheme.size).toBeGreaterThan(30);
		expect(fast.pairs.size).toBeGreaterThan(10);
		expect(plainTallies(fast)).toEqual(plainTallies(reference));
	});

	it("subtracting every record leaves nothing, and half of them leaves the other half's figures", () => {
		const tallies = new ThemeTallies();
		for (const record of records) tallies.add(record);
		for (const record of records.slice(0, 30)) tallies.subtract(record);
		const rest = new ThemeTallies();
		for (const record of records.slice(30)) rest.addBySets(record);
		expect(plainTallies(tallies)).toEqual(plainTallies(rest));
		for (const record of records.slice(30)) tallies.subtract(record);
		expect([tallies.byTheme.size, tallies.pairs.size, tallies.totalPassages]).toEqual([0, 0, 0]);
	});
});

describe("months of plain dates, checked by hand", () => {
	it("agree with date-fns for every day written 00–32 in months 00–13 of leap and common years", () => {
		let checked = 0;
		for (const year of ["0999", "1000", "1900", "2000", "2023", "2024"]) {
			for (let month = 0; month <= 13; month++) {
				for (let day = 0; day <= 32; day++) {
					const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
					const parsed = parseISO(date);
					expect(monthOf(date), date).toBe(isValid(parsed) ? format(parsed, "yyyy-MM") : null);
					checked++;
				}
			}
		}
		expect(checked).toBe(6 * 14 * 33);
	});
});
