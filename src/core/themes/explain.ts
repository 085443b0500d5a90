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
	/** Mentions that did not count because the document shows nothing of the theme's domain. */
	outOfDomain?: number;
	/** The theme's domain by name ("AI"), or null. */
	domain?: string | null;
	/** Aliases read in another sense, or lacking the context they need. */
	otherSenses?: Array<{ phrase: string; count: number; cues: string[]; lacking: boolean }>;
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

const quoted = (words: readonly string[]): string => words.map((w) => `'${w}'`).join(", ");

/** "'policies' ×9 read in another sense (near 'reward', 'action')", one clause per alias. */
function otherSenseText(evidence: ThemeEvidence): string {
	return (evidence.otherSenses ?? [])
		.map((o) => {
			const times = o.count > 1 ? ` ×${o.count}` : "";
			return o.lacking ? `'${o.phrase}'${times} without ${quoted(o.cues)} or the like nearby` : `'${o.phrase}'${times} read in another sense (near ${quoted(o.cues)})`;
		})
		.join("; ");
}

function withOtherSenses(reason: string, evidence: ThemeEvidence): string {
	const other = otherSenseText(evidence);
	if (!other) return reason;
	return reason === "not linked" ? `not linked: ${other}` : `${reason}; ${other}`;
}

/** The reason for a decision, in the reader's words. */
export function explainDecision(evidence: ThemeEvidence, linked: boolean): string {
	return withOtherSenses(mainReason(evidence, linked), evidence);
}

function mainReason(evidence: ThemeEvidence, linked: boolean): string {
	if (evidence.excluded) return "not linked: excluded by you";
	const tag = evidence.tag ? `tag #${evidence.tag}` : "";
	if (linked) {
		if (evidence.mentions === 0) return `linked: ${tag}`;
		return `linked: ${[foundText(evidence), tag].filter(Boolean).join(", ")}`;
	}
	const inWords = `in ${formatCount(evidence.words)} words`;
	if (evidence.mentions === 0) return (evidence.otherSenses ?? []).length > 0 ? "not linked" : "not linked: no mentions";
	if (evidence.words === 0) return `not linked: ${foundText(evidence)}, in a note with no words of its own`;
	if ((evidence.outOfDomain ?? 0) > 0 && evidence.domain) return `not linked: ${foundText(evidence)}, but nothing here is about ${evidence.domain}`;
	if (evidence.specificMentions === 0) {
		if (evidence.mentions === 1) return `not linked: 1 passing mention of ${aliasList(evidence)} ${inWords}`;
		return `not linked: only generic words (${aliasList(evidence)}) ${inWords}`;
	}
	const score = Math.round(evidence.score * 10) / 10;
	return `not linked: ${foundText(evidence)} ${inWords}; score ${score}, needs ${evidence.threshold}`;
}
