// The sliced queue: a path queued twice runs once with its latest task, a slice ends at the first
// task that brings it to its budget, and a large note starts a slice of its own. (Ending it before a task guessed to take as long as the
// last was tried and dropped: in the app a task's time is mostly its awaited read, and with slow
// reads the guess yielded after every note.)

import { describe, expect, it } from "vitest";
import { LARGE_NOTE_BYTES, SlicedWorkQueue, type SliceHost } from "../../src/core/work-queue";

/** A host whose clock moves only when a task says it worked; records each slice's tasks. */
function fakeHost(): SliceHost & { clock: number; yields: number; slices: string[][]; work(path: string, ms: number): void } {
	const host = {
		clock: 0,
		slices: [[]] as string[][],
		now: () => host.clock,
		yields: 0,
		yieldToMain: async (): Promise<void> => {
			if (++host.yields > 1000) throw new Error("the queue yields without working"); // a queue that spins fails here rather than hang the run
			if (host.slices[host.slices.length - 1].length > 0) host.slices.push([]);
		},
		work(path: string, ms: number): void {
			host.clock += ms;
			host.slices[host.slices.length - 1].push(path);
		},
	};
	return host;
}

describe("sliced work queue", () => {
	it("runs a path queued twice once, with its latest task", async () => {
		const host = fakeHost();
		const queue = new SlicedWorkQueue(host, undefined, 16);
		const ran: string[] = [];
		void queue.enqueue("a.md", () => void ran.push("first"));
		await queue.enqueue("a.md", () => void ran.push("second"));
		expect(ran).toEqual(["second"]);
	});

	it("works through tasks until a slice has used its budget, then yields; time spent awaiting inside a task counts", async () => {
		const host = fakeHost();
		const queue = new SlicedWorkQueue(host, undefined, 16);
		const costs = [2, 2, 2, 2, 2, 10, 10, 10, 20, 1, 1]; // ms per note
		costs.forEach((ms, i) => void queue.enqueue(`n${i}.md`, (path) => host.work(path, ms)));
		await queue.idle();
		expect(host.slices.filter((slice) => slice.length > 0)).toEqual([
			["n0.md", "n1.md", "n2.md", "n3.md", "n4.md", "n5.md"], // 10 ms of 2 ms notes, then one of 10: 20 ms
			["n6.md", "n7.md"],
			["n8.md"],
			["n9.md", "n10.md"],
		]);
		expect(queue.longestSliceMs).toBe(20);
	});

	it("starts a slice of its own for a large note rather than add it to a slice under way", async () => {
		const host = fakeHost();
		const progress: string[] = [];
		const queue = new SlicedWorkQueue(host, (p) => void progress.push(`${p.done}/${p.total}`), 16);
		const notes: Array<[string, number, number]> = [["a.md", 2, 1e3], ["b.md", 2, 1e3], ["c.md", 2, 1e3], ["large.md", 20, LARGE_NOTE_BYTES], ["d.md", 2, 1e3], ["mid.md", 5, 80e3], ["e.md", 2, 1e3]]; // path, ms, bytes
		for (const [path, ms, bytes] of notes) void queue.enqueue(path, () => host.work(path, ms), bytes);
		await queue.idle();
		expect(host.slices.filter((slice) => slice.length > 0)).toEqual([["a.md", "b.md", "c.md"], ["large.md"], ["d.md"], ["mid.md", "e.md"]]);
		expect(queue.longestSliceMs).toBe(20); // not 26: the large note did not join the first slice
		expect(progress).toEqual(["3/7", "4/7", "5/7", "7/7"]); // at the end of each slice
	});

	it("runs the latest task of a large note queued again while the queue paused before it", async () => {
		const host = fakeHost();
		const queue = new SlicedWorkQueue(host, undefined, 16);
		const ran: string[] = [];
		void queue.enqueue("a.md", () => host.work("a.md", 2), 1e3);
		void queue.enqueue("large.md", () => void ran.push("first"), LARGE_NOTE_BYTES);
		const paused = host.yieldToMain;
		host.yieldToMain = async () => {
			await paused();
			if (host.slices.length === 2) void queue.enqueue("large.md", () => void ran.push("second"), LARGE_NOTE_BYTES); // saved again during the pause
		};
		await queue.idle();
		expect(ran).toEqual(["second"]);
	});
});
