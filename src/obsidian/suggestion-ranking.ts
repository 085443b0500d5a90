// The suggested themes the app shows, ranked in slices apart from the views' redraws. A ranking reads
// every recurring term of the vault: 0.1–0.2 s for 10,000 notes before V8 has compiled it, too long
// for one task. A view shows the newest ranking finished (a term rejected since is left out at once)
// and draws again when a newer one is done; a ranking the index changed under is dropped, and the
// next redraw asks for another.

import type { ThemeIndex } from "../core/index/theme-index";
import { runStepsInSlices } from "../core/steps";
import { type Suggestion, refusedKeys } from "../core/suggestions/rank";
import { variantKey } from "../core/suggestions/terms";
import { DEFAULT_SLICE_BUDGET_MS, type SliceHost } from "../core/work-queue";

/** What a view asks for: the terms the reader rejected, how many. */
interface Wish {
	rejected: string[];
	limit: number | undefined;
	asked: string;
}

interface Ranked {
	index: ThemeIndex;
	revision: number;
	asked: string;
	list: Suggestion[];
}

function wishOf(rejected: readonly string[], limit: number | undefined): Wish {
	return { rejected: [...rejected], limit, asked: JSON.stringify([rejected, limit ?? null]) };
}

export class SuggestionRanking {
	/** Rankings finished so far: what the views draw moved when it did. */
	finished = 0;
	/** Longest stretch of ranking between two yields, for the tests. */
	longestSliceMs = 0;
	private newest: Ranked | null = null;
	private running: Promise<void> | null = null;
	/** The newest wish made while a ranking ran: ranked after it, unless it served the wish. */
	private waiting: Wish | null = null;
	private stopped = false;

	constructor(
		private readonly index: () => ThemeIndex,
		private readonly host: SliceHost,
		private readonly onRanked: () => void,
		private readonly budgetMs = DEFAULT_SLICE_BUDGET_MS,
	) {}

	/** The newest suggestions ranked, without any term rejected since; a ranking of the index as it is now starts when they are not of it. */
	shown(rejected: readonly string[], limit?: number): Suggestion[] {
		const wish = wishOf(rejected, limit);
		if (!this.isCurrent(wish)) void this.rank(wish);
		const newest = this.newest;
		if (newest === null) return [];
		if (newest.asked === wish.asked) return newest.list;
		const refused = refusedKeys(rejected);
		return newest.list.filter((suggestion) => !suggestion.variants.some((form) => refused.has(variantKey(form)))).slice(0, limit);
	}

	/** The suggestions of the index as it is once a ranking of it finishes, ranked in slices; null once stopped. */
	async ranked(rejected: readonly string[], limit?: number): Promise<Suggestion[] | null> {
		const wish = wishOf(rejected, limit);
		while (!this.stopped) {
			if (this.isCurrent(wish) && this.newest) return this.newest.list;
			await this.rank(wish);
		}
		return null;
	}

	/** Stops ranking (on unload): a ranking under way is dropped at its next slice. */
	stop(): void {
		this.stopped = true;
	}

	private isCurrent(wish: Wish): boolean {
		const index = this.index();
		return this.newest !== null && this.newest.index === index && this.newest.revision === index.revision && this.newest.asked === wish.asked;
	}

	/**
	 * One ranking at a time. A wish made meanwhile is ranked after it unless it served the wish: a
	 * view that drew while a ranking ran it saw dropped still gets a ranking of the index as it is.
	 */
	private rank(wish: Wish): Promise<void> {
		if (this.running) {
			this.waiting = wish;
			return this.running;
		}
		this.running = this.rankInSlices(wish).finally(() => {
			this.running = null;
			const next = this.waiting;
			this.waiting = null;
			if (next && !this.stopped && !this.isCurrent(next)) void this.rank(next);
		});
		return this.running;
	}

	private async rankInSlices(wish: Wish): Promise<void> {
		const index = this.index();
		const revision = index.revision;
		const changed = (): boolean => this.stopped || this.index() !== index || index.revision !== revision;
		const noteSlice = (ms: number): void => void (this.longestSliceMs = Math.max(this.longestSliceMs, ms));
		const done = await runStepsInSlices(index.suggestionSteps(wish.rejected, wish.limit), this.host, this.budgetMs, changed, noteSlice);
		if (done === null || changed()) return;
		this.newest = { index, revision, asked: wish.asked, list: done.value };
		this.finished++;
		this.onRanked();
	}
}
