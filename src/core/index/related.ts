// Related themes and related notes, computed on demand from the integer tallies.
//
// Strength of two themes is normalised pointwise mutual information (NPMI) over passages:
// log(p(a,b) / (p(a)·p(b))) / −log p(a,b), in [−1, 1]; 0 means they meet only as often as chance
// would have them, so a theme present everywhere relates strongly to nothing. Pairs sharing fewer
// than MIN_SHARED_PASSAGES passages are left out: tiny counts give wild ratios.

import type { DocumentRecord } from "./record";
import type { ThemeTallies } from "./theme-tallies";

export const MIN_SHARED_PASSAGES = 3; // below this, one odd passage could make two themes look related
export const DEFAULT_RELATED_LIMIT = 10; // a sidebar shows about this many

export interface RelatedTheme {
	id: string;
	/** Passages where both themes are mentioned. */
	shared: number;
	/** NPMI, rounded to 3 decimals. */
	strength: number;
}

export interface RelatedDocument {
	path: string;
	title: string;
	/** Themes both notes are linked to, rarest first. */
	shared: string[];
}

/** NPMI of two themes from passage counts; null when it says nothing (too few, or everywhere). */
export function passageNpmi(shared: number, countA: number, countB: number, total: number): number | null {
	if (shared < MIN_SHARED_PASSAGES || total <= 0 || shared >= total) return null;
	const pAB = shared / total;
	const pmi = Math.log(pAB / ((countA / total) * (countB / total)));
	return pmi / -Math.log(pAB);
}

function round3(value: number): number {
	return Math.round(value * 1000) / 1000;
}

/** Themes that meet `themeId` in the same passages more than chance would, strongest first. */
export function relatedThemes(tallies: ThemeTallies, themeId: string, known: (id: string) => boolean, limit = DEFAULT_RELATED_LIMIT): RelatedTheme[] {
	const own = tallies.tally(themeId);
	const row = tallies.pairs.get(themeId);
	if (!own || !row) return [];
	const related: RelatedTheme[] = [];
	for (const [other, shared] of row) {
		const theirs = tallies.tally(other);
		if (!theirs || !known(other)) continue;
		const strength = passageNpmi(shared, own.passages, theirs.passages, tallies.totalPassages);
		if (strength !== null && strength > 0) related.push({ id: other, shared, strength: round3(strength) });
	}
	related.sort((a, b) => b.strength - a.strength || b.shared - a.shared || (a.id < b.id ? -1 : 1));
	return related.slice(0, limit);
}

/** Notes sharing linked themes with `record`: most shared first, then rarer shared themes first. */
export function relatedDocuments(tallies: ThemeTallies, record: DocumentRecord, titleOf: (path: string) => string, limit = DEFAULT_RELATED_LIMIT): RelatedDocument[] {
	const linkedThemes = record.decisions.filter((d) => d.linked).map((d) => d.themeId);
	const rarity = (id: string): number => tallies.tally(id)?.linked.size ?? 1;
	linkedThemes.sort((a, b) => rarity(a) - rarity(b) || (a < b ? -1 : 1));
	const sharedBy = new Map<string, string[]>();
	for (const id of linkedThemes) {
		for (const path of tallies.tally(id)?.linked ?? []) {
			if (path === record.path) continue;
			const list = sharedBy.get(path) ?? [];
			list.push(id);
			sharedBy.set(path, list);
		}
	}
	const weight = (ids: string[]): number => ids.reduce((sum, id) => sum + 1 / rarity(id), 0);
	return [...sharedBy.entries()]
		.map(([path, shared]) => ({ path, shared, weight: weight(shared) }))
		.sort((a, b) => b.shared.length - a.shared.length || b.weight - a.weight || (a.path < b.path ? -1 : 1))
		.slice(0, limit)
		.map(({ path, shared }) => ({ path, title: titleOf(path), shared }));
}
