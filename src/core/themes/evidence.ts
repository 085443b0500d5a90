// How much a document's mentions say about a theme. Specific phrases count by weight; an alias
// repeated many times counts less and less (n^repeatExponent for n uses: a word said sixty times in
// a long talk is not sixty arguments); everyday words count only where they support specific ones, or in
// a passage that carries the theme through several of its words at once.

import { WEIGHT_WEAK, type CompiledAlias } from "./compile";
import type { ThemeTally } from "./tally";

export interface EvidenceOptions {
	/** Everyday words add at most this multiple of the specific evidence, outside carrying passages. */
	weakSupport: number;
	/** Distinct aliases of a theme in one passage that make it carry the theme, everyday words included. */
	carryingAliases: number;
	/** An alias used n times weighs n^repeatExponent times its weight (1: every use counts alike). */
	repeatExponent: number;
}

/** The weight of an alias used `count` times. */
export function repeatedWeight(weight: number, count: number, exponent: number): number {
	return count <= 0 ? 0 : weight * Math.pow(count, exponent);
}

/** Everyday aliases that stand in a passage carrying the theme (several of its aliases together). */
function carriedWeak(tally: ThemeTally, aliases: readonly CompiledAlias[], options: EvidenceOptions): Set<number> {
	const carried = new Set<number>();
	for (const share of tally.passages.values()) {
		if (share.aliases.size < options.carryingAliases) continue;
		for (const alias of share.aliases) if (aliases[alias].weight <= WEIGHT_WEAK) carried.add(alias);
	}
	return carried;
}

/** The document's evidence for the theme (0 when it shows nothing of the theme's field). */
export function evidenceOf(tally: ThemeTally, aliases: readonly CompiledAlias[], options: EvidenceOptions): number {
	if (!tally.inDomain) return 0;
	const carried = carriedWeak(tally, aliases, options);
	let specific = 0;
	let weak = 0;
	let carriedEvidence = 0;
	for (const [alias, count] of tally.aliasCounts) {
		const weight = aliases[alias].weight;
		const value = repeatedWeight(weight, count, options.repeatExponent);
		if (weight > WEIGHT_WEAK) specific += value;
		else if (carried.has(alias)) carriedEvidence += value;
		else weak += value;
	}
	return specific + carriedEvidence + Math.min(weak, specific * options.weakSupport);
}
