// What a theme edit asks of the notes already indexed, in two lists: notes to re-read whatever they
// say (a tag or an excluded name changed, a theme went away or was reweighted), and notes whose
// fingerprint may hold a touched alias or exclusion. A fingerprint is a Bloom filter of words and of
// pairs of words in a row, so some notes it names hold no touched phrase at all; `holdsTouchedPhrase`
// reads their text, and a note where none occurs cannot change, so it is not analysed again.
// First a quick look for each form's longest word (phrase-anchors.ts): a word is never split by what
// analysis skips, so its absence settles it. Then the matcher, over the text with the ranges analysis
// excludes (code, links, timestamps), which it reads as spaces: "world `x` models" holds "world
// models" for analysis, and the check must agree, so it is given the note's own excluded ranges.

import { type CompiledThemes, findMentions } from "../themes/matcher";
import { compileThemes } from "../themes/compile";
import { anchorTest } from "./phrase-anchors";

/** The ranges analysis excludes in a note's text (flat start/end pairs), or null when they cannot be had (then the note is re-read). */
export type ExcludedRanges = () => number[] | null;

export interface ThemeChangePlan {
	/** Notes to re-analyse in any case, sorted. */
	reread: string[];
	/** Notes to re-analyse only when `holdsTouchedPhrase` says so, sorted. */
	verify: string[];
	/** False only when the note's text holds no touched phrase in a form analysis would find. */
	holdsTouchedPhrase(raw: string, excluded: ExcludedRanges): boolean;
}

const PROBE_ID = "throughline-touched-phrases"; // a theme of its own: the touched phrases as its aliases

/** A check for any of `phrases` (in every form the matcher knows), over the whole text, frontmatter included. */
export function touchedPhraseCheck(phrases: readonly string[]): (raw: string, excluded: ExcludedRanges) => boolean {
	if (phrases.length === 0) return () => false;
	let probe: CompiledThemes | null = null; // compiled on the first note to check: most edits name none
	let quick: ((raw: string) => boolean) | null | undefined; // built with it: null when no quick look can be built ("C++", a word outside ASCII)
	return (raw, excluded) => {
		if (quick === undefined) quick = anchorTest(phrases);
		if (quick !== null && !quick(raw)) return false; // no form's longest word anywhere: no form can occur
		const ranges = excluded();
		if (ranges === null) return true;
		probe ??= compileThemes([{ id: PROBE_ID, name: phrases[0], path: null, aliases: phrases.slice(1), exclusions: [], tags: [] }]);
		return findMentions(probe, raw, ranges).length > 0;
	};
}

/**
 * The notes to re-analyse, for a host that holds every note's text at hand (the bench): the plan's
 * certain ones, and those to verify for which needsReanalysis says so. VaultEngine reads and checks
 * the notes to verify one at a time with the same predicate, giving the app's main thread back.
 */
export function pathsToReanalyse(plan: ThemeChangePlan, textOf: (path: string) => string | null | undefined, excludedOf: (path: string, raw: string) => number[] | null): string[] {
	const paths = plan.reread.slice();
	for (const path of plan.verify) if (needsReanalysis(plan, path, textOf(path), excludedOf)) paths.push(path);
	return paths.sort();
}

/** Whether a note the plan asks to verify is re-analysed: its text holds a touched phrase, or could not be read. */
export function needsReanalysis(plan: ThemeChangePlan, path: string, raw: string | null | undefined, excludedOf: (path: string, raw: string) => number[] | null): boolean {
	return raw === null || raw === undefined || plan.holdsTouchedPhrase(raw, () => excludedOf(path, raw));
}

/** A plan with nothing to verify: every named note is re-read. */
export function rereadAll(paths: string[]): ThemeChangePlan {
	return { reread: paths, verify: [], holdsTouchedPhrase: () => true };
}
