// @vitest-environment happy-dom
// Indexing a 2,000-note vault inside the fake app gives the main thread back often. The clock is
// virtual: each analysis costs time in proportion to its note's length, nothing else costs any, so
// the test checks how the app slices its work, deterministically; how long slices really take on a
// machine is measured by `npm run bench` (engine "longest slice"), never asserted here.
import { describe, expect, test, vi } from "vitest";
import { generateVault } from "../../bench/generate-vault";
import { idle, loadPlugin } from "./harness";

const NOTES = 2000; // the figure
const LONG_TASK_MS = 50; // what browsers count as a long task
const SLICE_BUDGET_MS = 16; // DEFAULT_SLICE_BUDGET_MS: a slice ends after the task that crosses it
const SEED = 6;
const CHARS_PER_MS = 5_000; // a virtual analysis speed: a 150 KB transcript costs 30 ms, as on a slow phone

interface Timed {
	path: string;
	start: number;
	ms: number;
}

/** A clock that moves only when told to. */
function virtualClock(): { now: () => number; advance: (ms: number) => void } {
	let time = 0;
	return { now: () => time, advance: (ms) => void (time += ms) };
}

/** Records the gaps between consecutive macrotasks while the app works. */
function heartbeat(now: () => number): { gaps: { start: number; ms: number }[]; stop: () => void } {
	const gaps: { start: number; ms: number }[] = [];
	let last = now();
	let running = true;
	const beat = (): void => {
		if (!running) return;
		gaps.push({ start: last, ms: now() - last });
		last = now();
		setTimeout(beat, 0);
	};
	setTimeout(beat, 0);
	return { gaps, stop: () => void (running = false) };
}

describe("indexing in slices", () => {
	test(`a ${NOTES.toLocaleString("en")}-note vault gives the main thread back after every ${SLICE_BUDGET_MS} ms of analysis`, { timeout: 300_000 }, async () => {
		const { notes } = generateVault({ seed: SEED, notes: NOTES });
		const files = Object.fromEntries(notes.map((note) => [note.path, note.text]));
		const sizes = notes.map((note) => note.text.length);
		expect(Math.max(...sizes)).toBeGreaterThan(50_000); // long transcripts are part of the mix
		expect(Math.min(...sizes)).toBeLessThan(5_000);
		const clock = virtualClock();
		const spy = vi.spyOn(performance, "now").mockImplementation(clock.now); // the work queue's clock
		const loaded = await loadPlugin(files);
		const engine = loaded.internals.index.engine;
		const analyses: Timed[] = [];
		const analyse = engine.upsertText.bind(engine);
		engine.upsertText = (stat, raw) => {
			const start = clock.now();
			analyse(stat, raw);
			clock.advance(raw.length / CHARS_PER_MS);
			analyses.push({ path: stat.path, start, ms: clock.now() - start });
		};
		const beats = heartbeat(clock.now);
		loaded.app.fake.layoutReady();
		await idle(loaded);
		beats.stop();
		expect(engine.index.size).toBe(NOTES);
		expect(analyses.length).toBe(NOTES);

		// Every stretch between two macrotasks is under the budget but for the one analysis that crossed it.
		const longestIn = (gap: { start: number; ms: number }): number => Math.max(0, ...analyses.filter((a) => a.start >= gap.start && a.start < gap.start + gap.ms).map((a) => a.ms));
		const overrun = beats.gaps.filter((gap) => gap.ms > SLICE_BUDGET_MS + longestIn(gap));
		expect(overrun).toEqual([]);
		// So the only long tasks are single analyses of long notes, which the queue starts in a slice of their own.
		const longGaps = beats.gaps.filter((gap) => gap.ms > LONG_TASK_MS);
		for (const gap of longGaps) expect(longestIn(gap)).toBeGreaterThan(LONG_TASK_MS - SLICE_BUDGET_MS);
		expect(beats.gaps.length).toBeGreaterThan(analyses.reduce((sum, a) => sum + a.ms, 0) / (SLICE_BUDGET_MS + LONG_TASK_MS)); // it did yield, often
		const longestAnalysis = Math.max(...analyses.map((a) => a.ms));
		expect(loaded.internals.index.longestSliceMs).toBeLessThanOrEqual(SLICE_BUDGET_MS + longestAnalysis);
		loaded.plugin.unload();
		await loaded.internals.index.whenSaved(); // the last save yields through window timers: done before the environment goes
		spy.mockRestore();
	});
});
