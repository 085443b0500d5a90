// The notes waiting to be read, in time-boxed slices: a note queued twice is read once (forced if
// either asked for it), a large note starts a slice of its own, and once stopped nothing more is
// queued. What a read does, and where a note's size comes from, the controller says.

import type { NoteStat } from "../core/ports";
import { type QueueProgress, SlicedWorkQueue } from "../core/work-queue";
import { yieldToMain } from "./yield-to-main";

export interface NoteReadQueueDeps {
	/** The note as the vault lists it now, or null when it is gone. */
	statOf: (path: string) => NoteStat | null;
	/** Reads one note; `force` re-analyses it even when its size and mtime did not move. */
	read: (stat: NoteStat, force: boolean) => Promise<void>;
	onProgress: (progress: QueueProgress) => void;
}

export class NoteReadQueue {
	private readonly queue: SlicedWorkQueue;
	/** Notes queued, and whether their read is forced. */
	private readonly waiting = new Map<string, boolean>();
	private stopped = false;

	constructor(private readonly deps: NoteReadQueueDeps) {
		this.queue = new SlicedWorkQueue({ now: () => performance.now(), yieldToMain }, deps.onProgress);
	}

	/** Queues a read of `path`; `force` re-analyses it even when its size and mtime did not move. */
	enqueue(path: string, force: boolean): void {
		if (this.stopped) return;
		this.waiting.set(path, force || (this.waiting.get(path) ?? false)); // a forced read stays forced
		void this.queue.enqueue(path, () => this.readQueued(path), this.deps.statOf(path)?.size ?? 0); // a large note starts a slice of its own
	}

	/** Drops every read still waiting, and refuses new ones (the plugin is unloading). */
	stop(): void {
		this.stopped = true;
		this.queue.clear();
		this.waiting.clear();
	}

	get size(): number {
		return this.queue.size;
	}

	idle(): Promise<void> {
		return this.queue.idle();
	}

	/** The longest stretch of indexing work between two yields to the main thread, in ms. */
	get longestSliceMs(): number {
		return this.queue.longestSliceMs;
	}

	private async readQueued(path: string): Promise<void> {
		const force = this.waiting.get(path) ?? false;
		this.waiting.delete(path);
		const stat = this.deps.statOf(path); // as the vault lists it now, not when it was queued
		if (stat) await this.deps.read(stat, force);
	}
}

/** The status bar's words for reads under way: "Throughline: indexing 1,234 / 10,000". */
export function progressText(progress: QueueProgress): string {
	return `Throughline: indexing ${progress.done.toLocaleString()} / ${progress.total.toLocaleString()}`;
}
