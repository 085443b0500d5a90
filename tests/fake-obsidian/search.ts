// prepareSimpleSearch / prepareFuzzySearch: same contract as Obsidian's (null when no match,
// higher score is better, matches as [start, end] pairs); the scoring itself is simpler.

export interface SearchResult {
	score: number;
	matches: [number, number][];
}

export function prepareSimpleSearch(query: string): (text: string) => SearchResult | null {
	const words = query.toLowerCase().split(/\s+/).filter((word) => word !== "");
	return (text) => {
		const lower = text.toLowerCase();
		const matches: [number, number][] = [];
		for (const word of words) {
			const at = lower.indexOf(word);
			if (at === -1) return null;
			matches.push([at, at + word.length]);
		}
		return { score: -matches.reduce((sum, [start]) => sum + start, 0), matches };
	};
}

export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
	const wanted = query.toLowerCase().replace(/\s+/g, "");
	return (text) => {
		const lower = text.toLowerCase();
		const matches: [number, number][] = [];
		let from = 0;
		for (const char of wanted) {
			const at = lower.indexOf(char, from);
			if (at === -1) return null;
			const last = matches[matches.length - 1];
			if (last && last[1] === at) last[1] = at + 1;
			else matches.push([at, at + 1]);
			from = at + 1;
		}
		return { score: -matches.length - (matches[0]?.[0] ?? 0) / 100, matches }; // fewer, earlier runs score higher
	};
}
