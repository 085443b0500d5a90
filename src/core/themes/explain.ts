// The plain-words reason beside every link decision: what was found, how much, and why it was
// (not) enough. "linked: 12 mentions in 9 passages, 'scaling laws' ×3, tag #scaling".

/** What the scorer learned about one theme in one document. */
export interface ThemeEvidence {
	mentions: number;
	passages: number;
	/** Alias phrase → occurrences, with the alias weight, strongest first. */
	aliases: Array<{ phrase: string; count: number; weight: number }>;
	specificMentions: number;
	tag: string | null;
	excluded: boolean;
	words: number;
	score: number;
	threshold: number;
}

const ALIASES_SHOWN = 3; // enough to show what carried the decision without a wall of text

/** 9800 → "9,800". */
export function formatCount(n: number): string {
	return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function plural(n: number, word: string): string {
	return `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
}

function aliasList(evidence: ThemeEvidence): string {
	return evidence.aliases
		.slice(0, ALIASES_SHOWN)
		.map((a) => (a.count > 1 ? `'${a.phrase}' ×${a.count}` : `'${a.phrase}'`))
		.join(", ");
}

function foundText(evidence: ThemeEvidence): string {
	const where = `${plural(evidence.mentions, "mention")} in ${plural(evidence.passages, "passage")}`;
	return `${where}, ${aliasList(evidence)}`;
}

/** The reason for a decision, in the reader's words. */
export function explainDecision(evidence: ThemeEvidence, linked: boolean): string {
	if (evidence.excluded) return "not linked: excluded by you";
	const tag = evidence.tag ? `tag #${evidence.tag}` : "";
	if (linked) {
		if (evidence.mentions === 0) return `linked: ${tag}`;
		return `linked: ${[foundText(evidence), tag].filter(Boolean).join(", ")}`;
	}
	const inWords = `in ${formatCount(evidence.words)} words`;
	if (evidence.mentions === 0) return "not linked: no mentions";
	if (evidence.specificMentions === 0) {
		if (evidence.mentions === 1) return `not linked: 1 passing mention of ${aliasList(evidence)} ${inWords}`;
		return `not linked: only generic words (${aliasList(evidence)}) ${inWords}`;
	}
	const score = Math.round(evidence.score * 10) / 10;
	return `not linked: ${foundText(evidence)} ${inWords}; score ${score}, needs ${evidence.threshold}`;
}
