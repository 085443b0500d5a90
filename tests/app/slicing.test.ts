// @vitest-environment happy-dom
// Indexing a 2,000-note vault inside the fake app gives the main thread back often: no stretch of
// work between two macrotasks exceeds about 50 ms, except where one note's analysis alone does
// (those are listed in the output, not hidden).
import { describe, expect, test, vi } from "vitest";
import { generateVault } from "../../bench/generate-vault";
import { idle, loadPlugin } from "./harness";

const NOTES = 2000; // the figure
const LONG_TASK_MS = 50; // what browsers count as a long task
const SLICE_BUDGET_MS = 16; // DEFAULT_SLICE_BUDGET_MS: a slice ends after the task that crosses it
const SEED = 6;
const SLACK_MS = 10; // a slice's read, bookkeeping and progress report around its analyses

/**
 * Process CPU time in ms. The machine running the tests is shared: wall-clock gaps include time the
 * OS gave to other processes, which is not work this plugin did on the main thread.
 */
function cpuNow(): number {
	const usage = process.cpuUsage();
	return (usage.user + usage.system) / 1000;
}

interface Timed {
	path: string;
	start: number;
	ms: number;
}

/** Records the gaps between consecutive macrotasks while `work` runs. */
function heartbeat(): { gaps: { start: number; ms: number }[]; stop: () => void } {
	const gaps: { start: number; ms: number }[] = [];
	let last = cpuNow();
	let running = true;
	const beat = (): void => {
		if (!running) return;
		const now = cpuNow();
		gaps.push({ start: last, ms: now - last });
		last = now;
		setTimeout(beat, 0);
	};
	setTimeout(beat, 0);
	return { gaps, stop: () => void (running = false) };
}

describe("indexing in slices", () => {
	// Retried: process CPU time includes garbage-collector threads, so on a loaded 2-core machine a
	// collection now and then shows as a gap with no analysis in it; a real long task fails every try.
	test(`a ${NOTES.toLocaleString("en")}-note vault never blocks for more than about ${LONG_TASK_MS} ms at a time`, { timeout: 300_000, retry: 2 }, async () => {
		const { notes } = generateVault({ seed: SEED, notes: NOTES });
		const files = Object.fromEntries(notes.map((note) => [note.path, note.text]));
		const sizes = notes.map((note) => note.text.length);
		expect(Math.max(...sizes)).toBeGreaterThan(50_000); // long transcripts are part of the mix
		expect(Math.min(...sizes)).toBeLessThan(5_000);
		// The work queue measures its slices with performance.now: make that CPU time too, for the same reason.
		const clock = vi.spyOn(performance, "now").mockImplementation(cpuNow);
		const loaded = await loadPlugin(files);
		const engine = loaded.internals.index.engine;
		const analyses: Timed[] = [];
		const analyse = engine.upsertText.bind(engine);
		engine.upsertText = (stat, raw) => {
			const start = cpuNow();
			analyse(stat, raw);
			analyses.push({ path: stat.path, start, ms: cpuNow() - start });
		};
		const beats = heartbeat();
		loaded.app.fake.layoutReady();
		await idle(loaded);
		beats.stop();
		expect(engine.index.size).toBe(NOTES);
		expect(analyses.length).toBe(NOTES);

		// A slice may run past the budget only by the task that crossed it: a long slice needs a long task.
		const longestAnalysis = Math.max(...analyses.map((a) => a.ms));
		const overBudget = analyses.filter((a) => a.ms > LONG_TASK_MS - SLICE_BUDGET_MS);
		const longGaps = beats.gaps.filter((gap) => gap.ms > LONG_TASK_MS);
		const longestIn = (gap: { start: number; ms: number }): number => Math.max(0, ...analyses.filter((a) => a.start >= gap.start && a.start <= gap.start + gap.ms).map((a) => a.ms));
		const unexplained = longGaps.filter((gap) => gap.ms - longestIn(gap) > SLICE_BUDGET_MS + SLACK_MS);
		// The issue asks that long single analyses be reported, not hidden: they go to the test output.
		process.stdout.write(
			`[slicing] ${NOTES} notes, ${(sizes.reduce((a, b) => a + b, 0) / 1e6).toFixed(1)} M chars: longest slice ${loaded.internals.index.longestSliceMs.toFixed(1)} ms, ` +
				`longest single analysis ${longestAnalysis.toFixed(1)} ms, ${longGaps.length} macrotask gaps over ${LONG_TASK_MS} ms ` +
				`(${unexplained.length} without a long analysis); analyses over ${LONG_TASK_MS - SLICE_BUDGET_MS} ms: ` +
				overBudget.map((a) => `${a.path} (${Math.round(a.ms)} ms, ${files[a.path].length} chars)`).join("; ") + "\n",
		);
		expect(unexplained.map((gap) => Math.round(gap.ms))).toEqual([]);
		expect(loaded.internals.index.longestSliceMs).toBeLessThanOrEqual(Math.max(LONG_TASK_MS, SLICE_BUDGET_MS + longestAnalysis + 5)); // 5 ms: the read and bookkeeping around one analysis
		loaded.plugin.unload();
		await loaded.internals.index.whenSaved(); // the last save yields through window timers: done before the environment goes
		clock.mockRestore();
	});
});
