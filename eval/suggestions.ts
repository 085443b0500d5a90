// Suggestions against a careful reader's list (../shared/corpus/suggestions.json): how many of the
// top ten and twenty are terms the reader would adopt, and how many are everyday words.

export interface Adoptable {
	term: string;
	variants: string[];
}

export interface SuggestionList {
	adoptable: Adoptable[];
	never: string[];
}

export interface SuggestionVerdict {
	phrase: string;
	adoptable: string | null;
	everyday: boolean;
}

export interface SuggestionFigures {
	top10: number;
	top20: number;
	/** Everyday words among the top twenty. */
	everyday20: number;
	verdicts: SuggestionVerdict[];
}

export const EVERYDAY_RANK = 5000; // "everyday": among the 5,000 most frequent words of spoken English

/** Lower case, one space, hyphens as spaces, a trailing possessive dropped: "GPT-4" and "gpt 4" agree. */
export function normaliseTerm(text: string): string {
	return text
		.toLowerCase()
		.replace(/[’]/g, "'")
		.replace(/'s$/, "")
		.replace(/[-_/]+/g, " ")
		.replace(/\s+/g, " ")
		.trim();
}

function adoptableIndex(list: SuggestionList): Map<string, string> {
	const index = new Map<string, string>();
	for (const entry of list.adoptable) for (const form of [entry.term, ...entry.variants]) index.set(normaliseTerm(form), entry.term);
	return index;
}

/** Judges each suggestion, best first; `common` holds the everyday words, lower case. */
export function judgeSuggestions(phrases: readonly string[], list: SuggestionList, common: ReadonlySet<string>): SuggestionFigures {
	const adoptable = adoptableIndex(list);
	const never = new Set(list.never.map(normaliseTerm));
	const verdicts = phrases.map((phrase) => {
		const term = normaliseTerm(phrase);
		const adopted = adoptable.get(term) ?? null;
		const single = !term.includes(" ");
		const everyday = never.has(term) || (adopted === null && single && common.has(term));
		return { phrase, adoptable: adopted, everyday };
	});
	const adoptedIn = (n: number): number => verdicts.slice(0, n).filter((v) => v.adoptable !== null).length;
	return { top10: adoptedIn(10), top20: adoptedIn(20), everyday20: verdicts.slice(0, 20).filter((v) => v.everyday).length, verdicts };
}

/** The most frequent `rank` words of a frequency list sorted by count (SUBTLEX's shape), lower case. */
export function commonWords(list: ReadonlyArray<{ word: string }>, rank = EVERYDAY_RANK): Set<string> {
	const words = new Set<string>();
	for (const entry of list) {
		if (words.size >= rank) break;
		words.add(entry.word.toLowerCase());
	}
	return words;
}
