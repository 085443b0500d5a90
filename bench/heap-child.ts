// The heap held by an index of 10,000 or 50,000 notes, measured in a process of its own. Measured in
// the bench's own process, the figure moved with what earlier measures left behind: with the 10k
// store encoded just before, one encoder's garbage made the 50k figure 27 MB smaller than another's,
// for the same index (263 and 290 MB); and the vault's paths, alive before the index was built, were
// not counted though the index keeps them (10k: 59.1 MB there, 60.9 MB here, same index). A fresh process first analyses and indexes some notes into an index it
// drops (code optimised, scratch buffers grown, as in the main process after its 10k run).

import { runBenchChild } from "./bench-child";
import { streamNotes, utf8Length } from "./bench-vault";
import { type EnginePipeline, type ThemeIndexLike, loadPipeline } from "./engine-pipeline";
import { generateThemeNotes } from "./generate-vault";
import { memoryAdded, memoryHeld } from "./measure";

export const HEAP_CHILD_FLAG = "--heap-child";
export const HEAP_WARM_UP = 2000; // indexed and dropped first: among them transcripts of ~200 KB, the longest the generator writes

/** Builds every aggregate a view would ask for, so that their caches count. */
export function touchAggregates(index: ThemeIndexLike): void {
	const aggregates = index as ThemeIndexLike & {
		allThemeStats?(): { id: string }[];
		relatedThemes?(themeId: string): unknown;
		suggestions?(): unknown;
	};
	for (const stats of aggregates.allThemeStats?.() ?? []) aggregates.relatedThemes?.(stats.id);
	aggregates.suggestions?.();
}

/** Heap held by an index of `count` notes streamed from the generator (the texts are not kept). */
function heapOfIndex(pipeline: EnginePipeline, seed: number, count: number): { mb: number; split: string } {
	const before = memoryHeld();
	const index = pipeline.newIndex();
	for (const note of streamNotes(seed, 0, count)) index.upsert(pipeline.analyze(note, utf8Length(note.text)));
	touchAggregates(index);
	const after = memoryHeld();
	if (!index) throw new Error("index vanished"); // keeps `index` alive until after the reading
	return memoryAdded(before, after);
}

/** In a fresh process (`--heap-child <seed> <count>`): warm up, then print the heap of an index of `count` notes as JSON. */
export function runHeapChild(seed: number, count: number): void {
	const pipeline = loadPipeline(generateThemeNotes(seed));
	if (typeof pipeline === "string") throw new Error(pipeline);
	const warmUp = pipeline.newIndex();
	for (const note of streamNotes(seed, 0, HEAP_WARM_UP)) warmUp.upsert(pipeline.analyze(note, utf8Length(note.text)));
	touchAggregates(warmUp);
	process.stdout.write(JSON.stringify(heapOfIndex(pipeline, seed, count)));
}

/** The heap of an index of `count` notes, measured in a fresh process. */
export function heapOfIndexInChild(seed: number, count: number): { mb: number; split: string } {
	return runBenchChild("heap", HEAP_CHILD_FLAG, [String(seed), String(count)]);
}
