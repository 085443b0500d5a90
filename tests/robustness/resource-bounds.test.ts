// Resource bounds: many aliases over a long line, and a long line dense with an excluded phrase, are
// scanned in time proportional to the input. Bounds are generous (the benchmark measures; this only
// catches the quadratic blow-ups that take minutes).

import { afterEach, describe, expect, it } from "vitest";
import { documentsOf, makeSandbox, scan, writeFiles } from "./vault-harness";

const ALIASES = 1_000; // the "1,000 aliases"
const THEME_NOTES = 10; // 100 aliases per theme note
const LINE_CHARS = 1_000_000; // the "1 MB line"
const GENEROUS_MS = 20_000; // far above the few seconds a linear scan takes on a busy 2-core machine
const DENSE_LINE_CHARS = 500_000; // big enough that candidates × fences takes many seconds, small enough for CI
const DENSE_RATIO = 6; // the dense line may take this many times a plain line of its size: the quadratic filter took 11–16 s at 500–600 KB where a plain line takes well under 1 s
const FILLER = "the quiet river runs past the old mill while we talk about nothing in particular ";

let disposers: (() => void)[] = [];
afterEach(() => {
	for (const dispose of disposers) dispose();
	disposers = [];
});

/** A made-up word per number, never an English word nor an inflection of another alias ("quvab", "quvac"…). */
function aliasFor(n: number): string {
	const letters = "bcdfghjklmnpqrstvwxz";
	let word = "";
	for (let rest = n, i = 0; i < 3; i++, rest = Math.floor(rest / letters.length)) word += letters[rest % letters.length] + "a";
	return `quv${word}`;
}

function themeNotes(): Record<string, string> {
	const perNote = ALIASES / THEME_NOTES;
	const notes: Record<string, string> = {};
	for (let t = 0; t < THEME_NOTES; t++) {
		const aliases = Array.from({ length: perNote }, (_, i) => aliasFor(t * perNote + i));
		notes[`Themes/Generated ${t}.md`] = `---\naliases: [${aliases.join(", ")}]\n---\n`;
	}
	return notes;
}

/** One line of `size` characters naming every alias `times` times among filler words. */
function lineWithAliases(size: number, times: number): string {
	const mentions = Array.from({ length: ALIASES * times }, (_, i) => aliasFor(i % ALIASES));
	const fillerPerMention = Math.max(1, Math.floor((size / mentions.length - 8) / FILLER.length));
	const chunk = FILLER.repeat(fillerPerMention);
	const line = mentions.map((alias) => `${chunk}${alias} `).join("");
	return line + FILLER.repeat(Math.max(0, Math.ceil((size - line.length) / FILLER.length)));
}

async function timedScan(files: Record<string, string>) {
	const sandbox = makeSandbox("throughline-bounds-");
	disposers.push(sandbox.dispose);
	writeFiles(sandbox.vault, files);
	const started = performance.now();
	const run = await scan(sandbox.vault);
	return { run, ms: performance.now() - started };
}

describe("resource bounds", () => {
	it("1,000 aliases over a 1 MB single line: every mention found, in bounded time", async () => {
		const times = 3; // each alias named three times
		const aliases = new Set(Array.from({ length: ALIASES }, (_, i) => aliasFor(i)));
		expect(aliases.size).toBe(ALIASES); // the generator gives distinct words
		const line = lineWithAliases(LINE_CHARS, times);
		expect(line.length).toBeGreaterThanOrEqual(LINE_CHARS);
		expect(line).not.toContain("\n");
		const { run, ms } = await timedScan({ ...themeNotes(), "Transcripts/Long line.md": line });
		process.stdout.write(`1,000 aliases over a ${(line.length / 1e6).toFixed(2)} MB line: scan took ${Math.round(ms)} ms\n`);
		expect(run.code).toBe(0);
		const doc = documentsOf(run).get("Transcripts/Long line.md");
		const mentions = (doc?.themes ?? []).reduce((sum, t) => sum + t.mentions, 0);
		expect(mentions).toBe(ALIASES * times);
		expect(doc?.themes.map((t) => t.id).sort()).toEqual(Array.from({ length: THEME_NOTES }, (_, t) => `generated-${t}`).sort());
		expect(ms).toBeLessThan(GENEROUS_MS);
	});

	// Was a bug (src/core/themes/matcher.ts, findMentions, now one sweep): every candidate mention was checked against every
	// exclusion hit (`candidates.filter(m => !fences.some(...))`), so a transcript that keeps saying an
	// excluded phrase ("scaling laws" fences the policy theme's "laws") cost candidates × fences:
	// measured 100 KB in 0.4 s, 400 KB in 3–5.6 s, 800 KB in 27 s. Sorting the fences and sweeping is linear.
	// Timed against a plain line of the same size scanned just before, on the same machine: a ratio
	// holds on a loaded machine where a bound in seconds did not.
	it(`a 500 KB line dense with an excluded phrase scans within ${DENSE_RATIO}× a plain line of its size`, async () => {
		const phrase = "scaling laws and policy ";
		const line = phrase.repeat(Math.ceil(DENSE_LINE_CHARS / phrase.length));
		const plain = await timedScan({ "Notes/Talk.md": FILLER.repeat(Math.ceil(line.length / FILLER.length)) });
		const { run, ms } = await timedScan({ "Notes/Talk.md": line });
		process.stdout.write(`dense exclusions: ${Math.round(line.length / 1000)} KB in ${Math.round(ms)} ms; a plain line of its size ${Math.round(plain.ms)} ms\n`);
		expect(documentsOf(run).get("Notes/Talk.md")?.themes.map((t) => t.id)).toContain("scaling");
		expect(ms).toBeLessThan(DENSE_RATIO * Math.max(plain.ms, 500)); // 500 ms: a floor for the scan's fixed costs (starting the runner)
	});
});
