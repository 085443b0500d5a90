// A queue of paths worked through in time-boxed slices, so that indexing never blocks the main
// thread for long. Bursts (an importer writing 500 notes) collapse into one queue: a path queued
// twice is worked once, with its latest task.

/** What the queue needs from its host: a clock and a way to give the main thread back. */
export interface SliceHost {
	now(): number;
	/** Resolves on a later task (obsidian/yield-to-main.ts in the app), letting the UI paint and handle input. */
	yieldToMain(): Promise<void>;
}

export interface QueueProgress {
	done: number;
	total: number;
}

/** One unit of work for a path: reads, analyses and updates the index. */
export type PathTask = (path: string) => Promise<void> | void;

// 16 ms keeps a frame's worth of work per slice; far below the 50 ms that counts as a long task.
export const DEFAULT_SLICE_BUDGET_MS = 16;
/**
 * A task for a note this large (bytes, as the vault lists it) starts a slice of its own instead of
 * ending one already under way: a 150 KB transcript takes 4 ms once V8 has compiled the engine and
 * 26–28 ms before, so after 15 ms of small notes it made a slice of ~40 ms.
 */
export const LARGE_NOTE_BYTES = 64 * 1024;

export class SlicedWorkQueue {
	private readonly pending = new Map<string, { task: PathTask; bytes: number }>();
	private running: Promise<void> | null = null;
	private done = 0;
	private total = 0;
	/** Longest stretch of synchronous work between two yields, for the benchmark and the tests. */
	longestSliceMs = 0;

	constructor(
		private readonly host: SliceHost,
		private readonly onProgress: (progress: QueueProgress) => void = () => undefined,
		private readonly budgetMs = DEFAULT_SLICE_BUDGET_MS,
	) {}

	/** Queues `task` for `path` (a note of `bytes`), replacing any task still waiting for it; starts working if idle. */
	enqueue(path: string, task: PathTask, bytes = 0): Promise<void> {
		if (!this.pending.has(path)) this.total++;
		this.pending.set(path, { task, bytes });
		this.running ??= this.drain().finally(() => {
			this.running = null;
		});
		return this.running;
	}

	/** Resolves when every queued task has run. */
	idle(): Promise<void> {
		return this.running ?? Promise.resolve();
	}

	get size(): number {
		return this.pending.size;
	}

	/** Drops everything still waiting (on unload). */
	clear(): void {
		this.pending.clear();
	}

	private async drain(): Promise<void> {
		// Never work inside the caller's task (a vault event, the start-up pass): a burst queues in full first.
		await this.host.yieldToMain();
		let sliceStart = this.host.now();
		let ranInSlice = 0;
		while (this.pending.size > 0) {
			const [path, { task, bytes }] = this.pending.entries().next().value as [string, { task: PathTask; bytes: number }];
			const now = this.host.now();
			if ((ranInSlice > 0 && bytes >= LARGE_NOTE_BYTES) || now - sliceStart >= this.budgetMs) {
				sliceStart = await this.endSlice(sliceStart, now); // the first task is taken again afterwards: it may have been replaced meanwhile
				ranInSlice = 0;
				continue;
			}
			this.pending.delete(path);
			// Time spent awaiting I/O counts too: an overestimate of the blocked time, never an underestimate.
			await task(path);
			this.done++;
			ranInSlice++;
		}
		this.noteSlice(sliceStart, this.host.now());
		this.onProgress({ done: this.done, total: this.total });
		this.done = 0;
		this.total = 0;
	}

	/** Ends the slice begun at `sliceStart`: reports progress, gives the main thread back; the next slice's start. */
	private async endSlice(sliceStart: number, now: number): Promise<number> {
		this.noteSlice(sliceStart, now);
		this.onProgress({ done: this.done, total: this.total });
		await this.host.yieldToMain();
		return this.host.now();
	}

	private noteSlice(sliceStart: number, end: number): void {
		this.longestSliceMs = Math.max(this.longestSliceMs, end - sliceStart);
	}
}
