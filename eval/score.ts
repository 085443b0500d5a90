// The eval's arithmetic, kept apart from files and engines so it can be unit-tested: a labelled
// document's linked themes against a careful reader's labels. A link is right when the theme is
// labelled core or mention (linking a passing theme is allowed); recall counts core themes only.

/** How a careful reader labels one document (../shared/corpus/labels.json, seeds/labels.json). */
export interface Label {
	kind: string;
	core: string[];
	mention: string[];
	evidence?: Record<string, string>;
}

/** What the engine made of one labelled document (a file the importer split has several notes). */
export interface Judged {
	key: string;
	/** The label's family: the first folder of its key ("highlights"), or "seeds". */
	family: string;
	kinds: string[];
	themes: JudgedTheme[];
}

export interface JudgedTheme {
	id: string;
	linked: boolean;
	why: string;
	/** The passages shown for it, best first. */
	passages: string[];
}

export interface Counts {
	/** Links that the labels allow. */
	allowed: number;
	links: number;
	coreLinked: number;
	core: number;
}

export interface Figures extends Counts {
	precision: number;
	recall: number;
	f1: number;
}

export type ErrorKind = "wrong link" | "missed" | "wrong kind" | "not found";

export interface WrongDecision {
	key: string;
	kind: ErrorKind;
	theme: string | null;
	why: string;
}

export interface EvalResult {
	documents: number;
	overall: Figures;
	families: Record<string, Figures>;
	themes: Record<string, Figures>;
	kindsRight: number;
	/** Links on documents whose label has no theme at all (the negatives). */
	negativeLinks: number;
	negativeDocuments: number;
	passages: PassageFigures;
	wrong: WrongDecision[];
}

/** How the passages shown for a rightly linked core theme read. */
export interface PassageFigures {
	/** Rightly linked core themes whose label gives an evidence quote. */
	withEvidence: number;
	/** Of those, the ones whose evidence quote is in one of the first SHOWN passages. */
	evidenceShown: number;
	/** Passages shown for linked themes, and those of fewer than SHORT_PASSAGE_WORDS words. */
	shown: number;
	short: number;
}

export const SHOWN = 3; // a hub shows a source's first three passages before "more"
export const SHORT_PASSAGE_WORDS = 4; // "world model", "understand": a match, not a passage

const EMPTY: Counts = { allowed: 0, links: 0, coreLinked: 0, core: 0 };

export function figures(counts: Counts): Figures {
	const precision = counts.links === 0 ? 1 : counts.allowed / counts.links;
	const recall = counts.core === 0 ? 1 : counts.coreLinked / counts.core;
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return { ...counts, precision, recall, f1 };
}

function add(into: Record<string, Counts>, key: string, delta: Partial<Counts>): void {
	const counts = into[key] ?? { ...EMPTY };
	for (const [field, value] of Object.entries(delta) as Array<[keyof Counts, number]>) counts[field] += value;
	into[key] = counts;
}

/** Lower case, straight apostrophes, letters and digits only, one space: for comparing quotes with snippets. */
export function normaliseQuote(text: string): string {
	return text
		.toLowerCase()
		.replace(/[‘’]/g, "'")
		.replace(/[^\p{L}\p{N}']+/gu, " ")
		.trim();
}

/** True when a passage holds the evidence quote, or the quote holds the passage's whole text of some length. */
export function quoteShown(evidence: string, passages: readonly string[]): boolean {
	const quote = normaliseQuote(evidence);
	const head = quote.slice(0, 60); // a snippet may stop before a long quote ends
	return passages.some((p) => {
		const text = normaliseQuote(p);
		return text.includes(head) || (text.length >= 40 && quote.includes(text));
	});
}

function wordCount(text: string): number {
	return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

function judgePassages(judged: Judged, label: Label, tally: PassageFigures): void {
	for (const theme of judged.themes) {
		if (!theme.linked) continue;
		const shown = theme.passages.slice(0, SHOWN);
		tally.shown += shown.length;
		tally.short += shown.filter((p) => wordCount(p) < SHORT_PASSAGE_WORDS).length;
		const evidence = label.evidence?.[theme.id];
		if (!label.core.includes(theme.id) || evidence === undefined) continue;
		tally.withEvidence++;
		if (quoteShown(evidence, shown)) tally.evidenceShown++;
	}
}

/** Linked theme ids of a judged document (the union over its notes). */
export function linkedThemes(judged: Judged): Set<string> {
	return new Set(judged.themes.filter((t) => t.linked).map((t) => t.id));
}

function whyOf(judged: Judged, theme: string): string {
	return judged.themes.find((t) => t.id === theme)?.why ?? "no mention";
}

/** Scores every labelled document; a label with no judged document counts its core themes as missed. */
export function scoreAll(labels: Record<string, Label>, judged: ReadonlyMap<string, Judged>, familyOf: (key: string) => string): EvalResult {
	const families: Record<string, Counts> = {};
	const themes: Record<string, Counts> = {};
	const overall: Record<string, Counts> = {};
	const passages: PassageFigures = { withEvidence: 0, evidenceShown: 0, shown: 0, short: 0 };
	const wrong: WrongDecision[] = [];
	let kindsRight = 0;
	let negativeLinks = 0;
	let negativeDocuments = 0;
	for (const [key, label] of Object.entries(labels)) {
		const family = familyOf(key);
		const doc = judged.get(key);
		const negative = label.core.length === 0 && label.mention.length === 0;
		if (negative) negativeDocuments++;
		if (!doc) {
			wrong.push({ key, kind: "not found", theme: null, why: "the engine reported no note for this file" });
			for (const theme of label.core) {
				for (const [into, name] of [[overall, "all"], [families, family], [themes, theme]] as const) add(into, name, { core: 1 });
			}
			continue;
		}
		if (doc.kinds.length > 0 && doc.kinds.every((k) => k === label.kind)) kindsRight++;
		else wrong.push({ key, kind: "wrong kind", theme: null, why: `read as ${[...new Set(doc.kinds)].join(", ") || "nothing"}, labelled ${label.kind}` });
		const linked = linkedThemes(doc);
		for (const theme of linked) {
			const allowed = label.core.includes(theme) || label.mention.includes(theme) ? 1 : 0;
			for (const [into, name] of [[overall, "all"], [families, family], [themes, theme]] as const) add(into, name, { links: 1, allowed });
			if (allowed === 0) {
				if (negative) negativeLinks++;
				wrong.push({ key, kind: "wrong link", theme, why: whyOf(doc, theme) });
			}
		}
		for (const theme of label.core) {
			const hit = linked.has(theme) ? 1 : 0;
			for (const [into, name] of [[overall, "all"], [families, family], [themes, theme]] as const) add(into, name, { core: 1, coreLinked: hit });
			if (hit === 0) wrong.push({ key, kind: "missed", theme, why: whyOf(doc, theme) });
		}
		judgePassages(doc, label, passages);
	}
	const mapFigures = (from: Record<string, Counts>): Record<string, Figures> => Object.fromEntries(Object.entries(from).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, figures(v)]));
	return {
		documents: Object.keys(labels).length, overall: figures(overall.all ?? { ...EMPTY }), families: mapFigures(families), themes: mapFigures(themes),
		kindsRight, negativeLinks, negativeDocuments, passages, wrong,
	};
}
