// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { NoteStat } from "../../src/core/ports";
import type { QueueProgress } from "../../src/core/work-queue";
import { NoteReadQueue, progressText } from "../../src/obsidian/note-read-queue";

function harness(listed: Map<string, number>) {
	const reads: Array<[string, boolean]> = [];
	const progress: QueueProgress[] = [];
	const queue = new NoteReadQueue({
		statOf: (path): NoteStat | null => (listed.has(path) ? { path, size: listed.get(path) ?? 0, mtime: 1 } : null),
		read: async (stat, force) => {
			reads.push([stat.path, force]);
		},
		onProgress: (p) => progress.push(p),
	});
	return { queue, reads, progress };
}

describe("note read queue", () => {
	it("reads a note queued twice once, forced when either asked for it", async () => {
		const { queue, reads } = harness(new Map([["a.md", 10], ["b.md", 10]]));
		queue.enqueue("a.md", true);
		queue.enqueue("a.md", false);
		queue.enqueue("b.md", false);
		await queue.idle();
		expect(reads).toEqual([["a.md", true], ["b.md", false]]);
	});

	it("skips a note gone from the vault by the time its turn comes", async () => {
		const listed = new Map([["a.md", 10]]);
		const { queue, reads } = harness(listed);
		queue.enqueue("a.md", false);
		listed.delete("a.md");
		await queue.idle();
		expect(reads).toEqual([]);
	});

	it("reads nothing once stopped, queued before or after", async () => {
		const { queue, reads } = harness(new Map([["a.md", 10], ["b.md", 10]]));
		queue.enqueue("a.md", false);
		queue.stop();
		queue.enqueue("b.md", true);
		await queue.idle();
		expect(reads).toEqual([]);
		expect(queue.size).toBe(0);
	});

	it("reports progress in the status bar's words", async () => {
		const { queue, progress } = harness(new Map([["a.md", 10], ["b.md", 10]]));
		queue.enqueue("a.md", false);
		queue.enqueue("b.md", false);
		await queue.idle();
		expect(progress.at(-1)).toMatchObject({ done: 2, total: 2 });
		expect(progressText({ done: 1234, total: 10000 } as QueueProgress)).toBe(`Throughline: indexing ${(1234).toLocaleString()} / ${(10000).toLocaleString()}`);
	});
});
