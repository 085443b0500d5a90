// The text of a new theme note: the starter pack's themes when the reader installs them, and the
// themes made from accepted suggestions or a selection. Plain YAML the reader can edit.

import { WEIGHT_MEDIUM, WEIGHT_STRONG, WEIGHT_WEAK, defaultAliasWeight, type WeightedThemeDefinition } from "../themes/compile";
import { formatContext } from "../themes/context";

/** A YAML scalar that stays a string whatever it holds (JSON strings are valid YAML). */
function yamlString(value: string): string {
	return JSON.stringify(value);
}

function yamlList(key: string, values: string[]): string[] {
	if (values.length === 0) return [];
	return [`${key}:`, ...values.map((v) => `  - ${yamlString(v)}`)];
}

/** Aliases the matcher would weigh otherwise than the theme does, by the weight the theme gives them. */
function weightLists(theme: WeightedThemeDefinition): { weak: string[]; medium: string[]; strong: string[] } {
	const lists = { weak: [] as string[], medium: [] as string[], strong: [] as string[] };
	for (const alias of theme.aliases) {
		const weight = theme.aliasWeights?.[alias.toLowerCase()];
		const isName = alias.toLowerCase() === theme.name.toLowerCase();
		const unlisted = isName ? Math.max(WEIGHT_MEDIUM, defaultAliasWeight(alias)) : defaultAliasWeight(alias); // the reader's theme name is never weak unless listed
		if (weight === undefined || weight === unlisted) continue;
		if (weight === WEIGHT_WEAK) lists.weak.push(alias);
		else if (weight === WEIGHT_MEDIUM) lists.medium.push(alias);
		else if (weight === WEIGHT_STRONG) lists.strong.push(alias);
	}
	return lists;
}

/** A complete theme note: frontmatter that says what counts, and a line for the reader. */
export function themeNoteText(theme: WeightedThemeDefinition, description = ""): string {
	const { weak, medium, strong } = weightLists(theme);
	const aliases = theme.aliases.filter((a) => a.toLowerCase() !== theme.name.toLowerCase());
	const tags = theme.tags.filter((t) => t !== theme.id);
	const lines = [
		"---",
		...yamlList("aliases", aliases),
		...yamlList("tags", tags),
		...yamlList("throughline-exclusions", theme.exclusions),
		...yamlList("throughline-weak", weak),
		...yamlList("throughline-medium", medium),
		...yamlList("throughline-strong", strong),
		...yamlList("throughline-domain", theme.domain ?? []),
		...yamlList("throughline-context", (theme.contexts ?? []).flatMap(formatContext)),
		"---",
		"",
		description || `Notes that discuss ${theme.name.toLowerCase()} are linked below. Edit the aliases above to change what counts.`,
		"",
	];
	return lines.join("\n");
}

/** A theme from a phrase: its name capitalised, the phrase as an alias. */
export function themeFromPhrase(phrase: string): WeightedThemeDefinition {
	const trimmed = phrase.trim().replace(/\s+/g, " ");
	const name = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
	return { id: name.toLowerCase().replace(/\s+/g, "-"), name, path: null, aliases: [trimmed], exclusions: [], tags: [], aliasWeights: {} };
}
