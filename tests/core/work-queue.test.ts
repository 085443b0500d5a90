// The sliced queue: a path queued twice runs once with its latest task, and a slice ends at the
// first task that brings it to its budget. (Ending it before a task guessed to take as long as the
// last was tried and dropped: in the app a task's time is mostly its awaited read, and with slow
// reads the guess yielded after every note.)

import { describe, expect, it } from "vitest";
import { SlicedWorkQueue, type SliceHost } from "../../src/core/work-queue";

/** A host whose clock moves only when a task says it worked; records each slice's tasks. */
function fakeHost(): SliceHost & { clock: number; slices: string[][]; work(path: string, ms: number): void } {
	const host = {
		clock: 0,
		slices: [[]] as string[][],
		now: () => host.clock,
		yieldToMain: async (): Promise<void> => {
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
});
