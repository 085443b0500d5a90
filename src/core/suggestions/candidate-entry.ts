// A note's candidate phrases as the suggestions read them: each phrase and one number that packs its
// count and what the note says of it. The index stores these numbers in a record; the suggestions own
// their meaning, so neither folder needs the other's internals.

/** A phrase of one to four words that might be a theme nobody has named yet. */
export interface PhraseCandidate {
	/** Lower-case words joined by single spaces; hyphens kept (`post-training`). */
	phrase: string;
	/** Occurrences in this document. */
	count: number;
	/** Mostly written with capitals in mid-sentence (a name or a term of art). */
	capitalised: boolean;
	/** A lone word the note sets before another noun at least once ("inference compute"; compounds.ts). */
	modifier: boolean;
}

/** A candidate entry is its count × 4, plus CANDIDATE_MODIFIER when it is a modifier and CANDIDATE_CAPITALISED when it reads as a name. */
export const CANDIDATE_COUNT_SHIFT = 2;
export const CANDIDATE_MODIFIER = 2;
export const CANDIDATE_CAPITALISED = 1;

/** A candidate's entry (stored by the index in a record's numbers). */
export function candidateEntry(candidate: PhraseCandidate): number {
	return (candidate.count << CANDIDATE_COUNT_SHIFT) | (candidate.modifier ? CANDIDATE_MODIFIER : 0) | (candidate.capitalised ? CANDIDATE_CAPITALISED : 0);
}

/** What the suggestions read of an indexed note: where it is, what it is called, when, the themes it links, and its candidates. */
export interface CandidateNote {
	path: string;
	title: string;
	date: string | null;
	decisions: ReadonlyArray<{ themeId: string; linked: boolean }>;
	/** The candidates' phrases, in the order of their entries. */
	candidatePhrases: string[];
}
