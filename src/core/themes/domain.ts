// Whether a document shows a theme's field. A domain is shown by its phrases recurring (at least
// DOMAIN_MIN_MENTIONS, at a density a passing remark would not reach); a theme whose domain a
// document does not show is linked there only on its specific phrases, never on everyday words.

import type { CompiledThemes } from "./compile";
import type { RawMention } from "./matcher";

export interface DomainOptions {
	/** Mentions of a domain's phrases a document needs to show it. */
	domainMinMentions: number;
	/** And as many per 1,000 words (short notes count as minWords long). */
	domainPerThousand: number;
	minWords: number;
}

/** The signal groups (domain groups among them) the document shows, by group index. */
export function domainsShown(compiled: CompiledThemes, signals: readonly RawMention[], words: number, options: DomainOptions): Set<number> {
	const domainGroups = new Set(compiled.signals.domainOf.filter((g) => g >= 0));
	const shown = new Set<number>();
	if (domainGroups.size === 0) return shown;
	const counts = new Map<number, number>();
	const offset = compiled.themes.length;
	for (const signal of signals) {
		const group = signal.theme - offset;
		if (domainGroups.has(group)) counts.set(group, (counts.get(group) ?? 0) + 1);
	}
	const needed = Math.max(options.domainMinMentions, (options.domainPerThousand * Math.max(words, options.minWords)) / 1000);
	for (const [group, count] of counts) if (count >= needed) shown.add(group);
	return shown;
}

/** The name a reason gives a theme's domain: its first phrase ("AI"). */
export function domainName(compiled: CompiledThemes, theme: number): string | null {
	const group = compiled.signals.domainOf[theme];
	return group === undefined || group < 0 ? null : compiled.signals.groups[group][0];
}
