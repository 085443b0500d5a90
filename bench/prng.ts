// A small seeded random source for the synthetic vault: the same seed always gives the same vault.

/** Mixes two integers into a well-spread 32-bit seed (a murmur3-style finaliser). */
export function mixSeed(seed: number, salt: number): number {
	let h = (seed ^ Math.imul(salt + 0x9e3779b9, 0x85ebca6b)) >>> 0; // golden-ratio offset keeps salt 0 distinct
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: tiny, fast and good enough for shaping text; not for anything secret. */
export class SeededRandom {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296; // 2^32: maps the 32-bit word into [0, 1)
	}

	/** An integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)];
	}

	/** Index chosen in proportion to the weights. */
	weighted(weights: readonly number[]): number {
		let total = 0;
		for (const w of weights) total += w;
		let roll = this.next() * total;
		for (let i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) return i;
		}
		return weights.length - 1;
	}

	/** `count` distinct items, in random order. */
	sample<T>(items: readonly T[], count: number): T[] {
		const pool = items.slice();
		const out: T[] = [];
		while (out.length < count && pool.length > 0) {
			const at = Math.floor(this.next() * pool.length);
			out.push(pool[at]);
			pool[at] = pool[pool.length - 1];
			pool.pop();
		}
		return out;
	}
}

/** Draws words in proportion to fixed weights in O(1) through a precomputed lookup table. */
export class WeightedTable<T> {
	private readonly slots: Uint16Array;

	constructor(
		private readonly items: readonly T[],
		weights: readonly number[],
		size = 65536, // 2^16 slots: fine enough that a 1/600 weight still gets ~100 slots
	) {
		this.slots = new Uint16Array(size);
		let total = 0;
		for (const w of weights) total += w;
		let slot = 0;
		let cumulative = 0;
		for (let i = 0; i < items.length; i++) {
			cumulative += weights[i];
			const until = Math.round((cumulative / total) * size);
			while (slot < until) this.slots[slot++] = i;
		}
		while (slot < size) this.slots[slot++] = items.length - 1;
	}

	draw(random: SeededRandom): T {
		return this.items[this.slots[Math.floor(random.next() * this.slots.length)]];
	}
}
