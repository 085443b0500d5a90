// The longest main-thread slice of background indexing: the app's scheduler (SlicedWorkQueue) run in
// Node, in a process of its own that holds what the app would: the index, and each note's text only
// while it is indexed. The notes wait as UTF-8 bytes outside the JS heap (as files on disk) and are
// decoded when their task runs. In the bench's own process the 102 MB of vault text it keeps for
// the other figures sat in the heap every major collection marks, and a collection of that heap
// (up to 17 ms, measured) landed inside slices that the app's heap would never see.

import { runBenchChild } from "./bench-child";
import { buildBenchVault } from "./bench-vault";
import { findExport } from "./engine-loader";
import { loadPipeline } from "./engine-pipeline";
import type { GeneratedNote } from "./generate-vault";
import { collectGarbage, now, timedYields } from "./measure";

export const SLICES_CHILD_FLAG = "--slices-child";

interface SliceQueue {
	enqueue(path: string, task: (path: string) => void, bytes?: number): Promise<void>;
	idle(): Promise<void>;
	longestSliceMs: number;
}
type SliceQueueClass = new (host: { now(): number; yieldToMain(): Promise<void> }) => SliceQueue;

/** The scheduler the app uses, and the module it came from, or null when the engine has none. */
export function findScheduler(): { value: SliceQueueClass; file: string } | null {
	return findExport<SliceQueueClass>("SlicedWorkQueue");
}

/** Indexes every note through the scheduler, yielding with setTimeout(0); the longest slice in ms. */
async function longestSlice(queueClass: SliceQueueClass, index: { upsert(record: unknown): void }, notes: ReadonlyArray<{ note: GeneratedNote; bytes: Uint8Array }>, analyze: (note: GeneratedNote, size: number) => unknown): Promise<number> {
	const byPath = new Map(notes.map((entry, i) => [entry.note.path, i]));
	const decoder = new TextDecoder();
	const yields = timedYields(); // measured here too, independent of the queue's own figure
	const queue = new queueClass({ now, yieldToMain: yields.yieldToMain });
	for (const { note, bytes } of notes) {
		void queue.enqueue(note.path, (p) => {
			const { note: stored, bytes: file } = notes[byPath.get(p) as number];
			index.upsert(analyze({ ...stored, text: decoder.decode(file) }, file.length)); // read as the app reads a file
		}, bytes.length); // the size the vault lists, as the app's queue is told
	}
	await queue.idle();
	return Math.max(yields.longestMs(), queue.longestSliceMs ?? 0);
}

/** In a fresh process (`--slices-child <seed> <count>`): print the longest slice as JSON. */
export async function runSlicesChild(seed: number, count: number): Promise<void> {
	const vault = buildBenchVault(seed, count);
	const pipeline = loadPipeline(vault.themes);
	const scheduler = findScheduler();
	if (typeof pipeline === "string" || !scheduler) throw new Error(typeof pipeline === "string" ? pipeline : "no scheduler");
	const encoder = new TextEncoder();
	const notes = vault.notes.map((note) => ({ note: { ...note, text: "" }, bytes: encoder.encode(note.text) }));
	vault.notes.length = 0; // the texts now live only as bytes
	collectGarbage();
	const ms = await longestSlice(scheduler.value, pipeline.newIndex(), notes, (note, size) => pipeline.analyze(note, size));
	process.stdout.write(JSON.stringify({ ms }));
}

/** The longest slice of indexing `count` notes of the seeded vault, measured in a fresh process. */
export function longestSliceInChild(seed: number, count: number): number {
	return runBenchChild<{ ms: number }>("slices", SLICES_CHILD_FLAG, [String(seed), String(count)]).ms;
}
