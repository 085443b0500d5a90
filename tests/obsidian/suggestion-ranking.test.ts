// The app's suggestions are ranked in slices apart from the views' redraws: a view shows the newest
// ranking finished, a term rejected since left out at once, and a ranking the index changed under is
// dropped and done again on the index as it is.
import { describe, expect, it } from "vitest";
import type { ThemeIndex } from "../../src/core/index/theme-index";
import { SuggestionRanking } from "../../src/obsidian/suggestion-ranking";
import { analyze, note, theme } from "../core/index/helpers";
import { manyTermsIndex } from "../core/suggestions/many-terms";

async function until(done: () => boolean): Promise<void> {
	for (let i = 0; i < 10_000 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 0));
	expect(done()).toBe(true);
}

function ranking(index: ThemeIndex, between: () => void = () => undefined, budgetMs = 16) {
	let ranked = 0;
	const host = { now: () => performance.now(), yieldToMain: async () => between() };
	const suggestions = new SuggestionRanking(() => index, host, () => ranked++, budgetMs);
	return { suggestions, rankings: () => ranked };
}

describe("suggestions ranked in slices", () => {
	it("shows nothing until a ranking is done, then what the index ranks; a rejected term goes at once", async () => {
		const index = manyTermsIndex();
		const { suggestions, rankings } = ranking(index);
		expect(suggestions.shown([], 12)).toEqual([]);
		expect(await suggestions.ranked([], 12)).toEqual(index.suggestions([], 12));
		expect(rankings()).toBe(1);
		const shown = suggestions.shown([], 12);
		expect(shown).toEqual(index.suggestions([], 12));
		const [first] = shown;
		expect(suggestions.shown([first.phrase], 12).map((s) => s.phrase)).toEqual(shown.slice(1).map((s) => s.phrase));
		expect(await suggestions.ranked([first.phrase], 12)).toEqual(index.suggestions([first.phrase], 12));
	});

	it("drops a ranking the index changed under, and ranks the index as it is", async () => {
		const index = manyTermsIndex();
		let slices = 0;
		const themes = [theme("emergence", ["emergent"])];
		const change = (): void => {
			if (++slices === 3) index.upsert(analyze("late.md", note("Late", "The zqaa appeared."), themes));
		};
		const { suggestions, rankings } = ranking(index, change, -1); // a step a slice
		const ranked = await suggestions.ranked([], 400);
		expect(slices).toBeGreaterThan(3);
		expect(rankings()).toBe(1);
		expect(ranked).toEqual(index.suggestions([], 400));
		expect(ranked?.find((s) => s.phrase === "zqaa appeared")?.documents).toBe(11); // the late note counted
	});

	it("ranks again when a view asked while the ranking it joined was dropped", async () => {
		const index = manyTermsIndex();
		const themes = [theme("emergence", ["emergent"])];
		let slices = 0;
		const change = (): void => {
			if (++slices === 2) index.upsert(analyze("late.md", note("Late", "The zqaa appeared."), themes));
		};
		const { suggestions, rankings } = ranking(index, change, -1); // a step a slice
		expect(suggestions.shown([], 400)).toEqual([]); // starts a ranking
		await Promise.resolve();
		expect(suggestions.shown([], 400)).toEqual([]); // a redraw while it runs: the index changes under it next
		await until(() => rankings() === 1);
		expect(suggestions.shown([], 400)).toEqual(index.suggestions([], 400)); // of the index as it is, with no other redraw
	});

	it("stops on unload: nothing more is ranked", async () => {
		const { suggestions, rankings } = ranking(manyTermsIndex());
		suggestions.stop();
		expect(await suggestions.ranked([], 12)).toBeNull();
		expect(rankings()).toBe(0);
	});
});
