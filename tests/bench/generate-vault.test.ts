import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generateNote, generateThemeNotes, generateVault, sourceFormats } from "../../bench/generate-vault";
import { SeededRandom, mixSeed } from "../../bench/prng";
import { THEME_CATALOG, themeId } from "../../bench/theme-catalog";

const SEED = 7;
const SMALL_VAULT = 400; // enough notes for every format to appear at its share
const KB = 1024;
const STARTER_IDS = ["scaling", "emergence", "interpretability", "alignment", "safety", "post-training", "compute", "data", "reasoning", "agents", "evaluation", "forecasting", "work", "policy", "copyright", "open-source"];

const utf8 = (text: string): number => Buffer.byteLength(text, "utf8");

describe("SeededRandom", () => {
	it("repeats its sequence for the same seed and differs for another", () => {
		const draw = (seed: number): number[] => {
			const random = new SeededRandom(seed);
			return Array.from({ length: 20 }, () => random.next());
		};
		expect(draw(1)).toEqual(draw(1));
		expect(draw(1)).not.toEqual(draw(2));
		expect(draw(1).every((x) => x >= 0 && x < 1)).toBe(true);
		expect(mixSeed(1, 0)).not.toBe(mixSeed(1, 1));
	});
});

describe("generateVault", () => {
	const vault = generateVault({ seed: SEED, notes: SMALL_VAULT });

	it("is identical for the same seed and different for another seed", () => {
		const again = generateVault({ seed: SEED, notes: SMALL_VAULT });
		expect(again.notes.map((n) => n.text)).toEqual(vault.notes.map((n) => n.text));
		expect(again.notes.map((n) => [n.path, n.mtime])).toEqual(vault.notes.map((n) => [n.path, n.mtime]));
		expect(again.themes).toEqual(vault.themes);
		const other = generateNote(SEED + 1, 0);
		expect(other.text).not.toBe(vault.notes[0].text);
	});

	it("gives the same note by index whether generated alone or in a vault", () => {
		expect(generateNote(SEED, 123)).toEqual(vault.notes[123]);
	});

	it("keeps every note inside its kind's size range", () => {
		const ranges = { highlights: [1, 5], insights: [3, 10], article: [10, 40], transcript: [50, 200] } as Record<string, [number, number]>;
		for (const note of vault.notes) {
			const [min, max] = ranges[note.kind];
			const size = utf8(note.text);
			expect(size, `${note.path} (${note.format})`).toBeGreaterThanOrEqual(min * KB);
			expect(size, `${note.path} (${note.format})`).toBeLessThanOrEqual(max * KB);
		}
	});

	it("mixes the formats in about their intended shares", () => {
		const counts = new Map<string, number>();
		for (const note of vault.notes) counts.set(note.format, (counts.get(note.format) ?? 0) + 1);
		for (const format of sourceFormats()) {
			const expected = (format.share / 100) * SMALL_VAULT;
			const seen = counts.get(format.format) ?? 0;
			expect(seen, format.format).toBeGreaterThan(0);
			if (expected >= 20) expect(Math.abs(seen - expected), format.format).toBeLessThan(expected * 0.35); // loose: a random sample
		}
	});

	it("weighs about 10 KB a note, so 10,000 notes make about 100 MB", () => {
		const total = vault.notes.reduce((sum, note) => sum + utf8(note.text), 0);
		const mean = total / SMALL_VAULT;
		expect(mean).toBeGreaterThan(7 * KB);
		expect(mean).toBeLessThan(14 * KB);
	});

	it("writes each format in its importer's shape", () => {
		const byFormat = (format: string): string => vault.notes.find((n) => n.format === format)?.text ?? "";
		expect(byFormat("readwise-yaml")).toMatch(/^(\uFEFF)?---\r?\ntitle: "Note on /);
		expect(byFormat("readwise-official")).toMatch(/## Metadata\r?\n- Author: \[\[/);
		expect(byFormat("readwise-official")).toContain("([View Highlight](");
		expect(byFormat("whisper-youtube")).toMatch(/Transcription Model: whisper/);
		expect(byFormat("whisper-youtube")).toMatch(/\n\* {2}\S/);
		expect(byFormat("whisper-cpp")).toMatch(/^\[00:00:00\.000 --> 00:00:\d\d\.\d{3}\] {3}\S/);
		const raw = byFormat("raw-speech");
		expect(raw.replace(/^\uFEFF/, "")).not.toMatch(/[\n.?!]/);
		expect(byFormat("article")).toMatch(/\n {2}(\u2022|1\.) /);
	});

	it("spreads dates over 2019–2026 and gives every note a unique path", () => {
		const years = new Set(vault.notes.map((n) => new Date(n.mtime).getUTCFullYear()));
		expect(Math.min(...years)).toBe(2019);
		expect(Math.max(...years)).toBe(2026);
		expect(new Set(vault.notes.map((n) => n.path)).size).toBe(SMALL_VAULT);
	});

	it("places theme phrases in some notes and leaves others without any", () => {
		const phrases = THEME_CATALOG.flatMap((theme) => theme.aliases.filter((alias) => alias.length > 6));
		const mentioning = vault.notes.filter((note) => phrases.some((p) => note.text.toLowerCase().includes(p))).length;
		expect(mentioning).toBeGreaterThan(SMALL_VAULT * 0.4);
		expect(mentioning).toBeLessThan(SMALL_VAULT);
	});
});

describe("generateThemeNotes", () => {
	const themes = generateThemeNotes(SEED);

	it("writes about 40 theme notes with about 250 aliases, including the starter ids", () => {
		expect(themes.length).toBe(THEME_CATALOG.length);
		expect(themes.length).toBeGreaterThanOrEqual(38);
		const aliases = themes.flatMap((note) => (parse(note.text.split("---")[1]) as { aliases: string[] }).aliases);
		expect(aliases.length).toBeGreaterThanOrEqual(240);
		expect(aliases.length).toBeLessThanOrEqual(260);
		expect(aliases.every((alias) => typeof alias === "string" && alias.length > 0)).toBe(true);
		const ids = THEME_CATALOG.map(themeId);
		for (const id of STARTER_IDS) expect(ids).toContain(id);
		expect(themes.every((note) => note.path.startsWith("Themes/") && note.text.startsWith("---\naliases:\n"))).toBe(true);
	});
});
