// The text of a new theme note: the starter pack's themes when the reader installs them, and the
// themes made from accepted suggestions or a selection. Plain YAML the reader can edit.

import { WEIGHT_STRONG, WEIGHT_WEAK, type WeightedThemeDefinition } from "../themes/compile";
import { phraseWords } from "../themes/chars";

/** A YAML scalar that stays a string whatever it holds (JSON strings are valid YAML). */
function yamlString(value: string): string {
	return JSON.stringify(value);
}

function yamlList(key: string, values: string[]): string[] {
	if (values.length === 0) return [];
	return [`${key}:`, ...values.map((v) => `  - ${yamlString(v)}`)];
}

/** Words the matcher would not judge as the pack does: weak ones, and single words that are strong. */
function weightLists(theme: WeightedThemeDefinition): { weak: string[]; strong: string[] } {
	const weak: string[] = [];
	const strong: string[] = [];
	for (const alias of theme.aliases) {
		const weight = theme.aliasWeights?.[alias.toLowerCase()];
		if (weight === WEIGHT_WEAK) weak.push(alias);
		else if (weight === WEIGHT_STRONG && phraseWords(alias).length === 1) strong.push(alias);
	}
	return { weak, strong };
}

/** A complete theme note: frontmatter that says what counts, and a line for the reader. */
export function themeNoteText(theme: WeightedThemeDefinition, description = ""): string {
	const { weak, strong } = weightLists(theme);
	const aliases = theme.aliases.filter((a) => a.toLowerCase() !== theme.name.toLowerCase());
	const tags = theme.tags.filter((t) => t !== theme.id);
	const lines = [
		"---",
		...yamlList("aliases", aliases),
		...yamlList("tags", tags),
		...yamlList("throughline-exclusions", theme.exclusions),
		...yamlList("throughline-weak", weak),
		...yamlList("throughline-strong", strong),
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
