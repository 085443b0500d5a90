// What a theme edit asks of the notes already indexed, in two lists: notes to re-read whatever they
// say (a tag or an excluded name changed, a theme went away or was reweighted), and notes whose
// fingerprint may hold a touched alias or exclusion. A fingerprint holds words, not their order, so
// "world models" names every note with "world" and "model" somewhere; `holdsTouchedPhrase` reads the
// text of those with a matcher of the touched phrases alone, and a note where none occurs cannot
// change (a phrase that never matches moves no mention), so it is not analysed again.

import { type CompiledThemes, findMentions } from "../themes/matcher";
import { compileThemes } from "../themes/compile";

export interface ThemeChangePlan {
	/** Notes to re-analyse in any case, sorted. */
	reread: string[];
	/** Notes to re-analyse only when `holdsTouchedPhrase(text)` says so, sorted. */
	verify: string[];
	/** Whether a note's text holds one of the touched phrases in a form the matcher recognises. */
	holdsTouchedPhrase(raw: string): boolean;
}

const PROBE_ID = "throughline-touched-phrases"; // a theme of its own: the touched phrases as its aliases

/** A check for any of `phrases` (in every form the matcher knows), over the whole text, frontmatter included. */
export function touchedPhraseCheck(phrases: readonly string[]): (raw: string) => boolean {
	if (phrases.length === 0) return () => false;
	let probe: CompiledThemes | null = null; // compiled on the first note to check: most edits name none
	return (raw) => {
		probe ??= compileThemes([{ id: PROBE_ID, name: phrases[0], path: null, aliases: phrases.slice(1), exclusions: [], tags: [] }]);
		return findMentions(probe, raw, []).length > 0;
	};
}

/** The notes to re-analyse: the plan's certain ones, and those to verify whose text holds a touched phrase (or could not be read: it is re-read, and reports why). */
export function pathsToReanalyse(plan: ThemeChangePlan, textOf: (path: string) => string | null | undefined): string[] {
	const paths = plan.reread.slice();
	for (const path of plan.verify) {
		const raw = textOf(path);
		if (raw === null || raw === undefined || plan.holdsTouchedPhrase(raw)) paths.push(path);
	}
	return paths.sort();
}

/** A plan with nothing to verify: every named note is re-read. */
export function rereadAll(paths: string[]): ThemeChangePlan {
	return { reread: paths, verify: [], holdsTouchedPhrase: () => true };
}
