// The vaults the browser tests open: the sample vault, an empty one, the shared seeds, and a hostile one
// whose highlights and titles hold markup that must show as text.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadVaultFromDisk } from "../../fake-obsidian/load-from-disk";
import { ROOT } from "./build";

export const SAMPLE_VAULT_DIR = join(ROOT, "tests/fixtures/vault");
export const SEEDS_DIR = join(ROOT, "../shared/seeds");

export function sampleVault(): Record<string, string> {
	return loadVaultFromDisk(SAMPLE_VAULT_DIR);
}

/** The phrase the extra notes of `vaultWithSuggestion` share, which no starter theme covers. */
export const SUGGESTED_PHRASE = "speculative decoding";

/**
 * The sample vault plus three notes that keep returning to one phrase no theme covers, so that a
 * suggestion exists whatever the sample vault's own suggestions are.
 */
export function vaultWithSuggestion(): Record<string, string> {
	const note = (title: string, body: string) => `---\ndate: 2024-0${title.length % 9 + 1}-15\n---\n# ${title}\n\n${body}\n`;
	return {
		...sampleVault(),
		"Notes/Faster inference.md": note("Faster inference", "Speculative decoding lets a small draft propose tokens that the big one checks. With speculative decoding the latency halves."),
		"Notes/Serving costs.md": note("Serving costs", "The serving team turned on speculative decoding last month; speculative decoding cut the bill."),
		"Notes/Reading list.md": note("Reading list", "Three papers on speculative decoding, and one that argues speculative decoding is overrated."),
	};
}

/** The five seed documents as notes (their `.txt` names become `.md`). */
export function seedVault(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const name of readdirSync(SEEDS_DIR).filter((n) => n.endsWith(".txt")).sort()) {
		files[`Seeds/${name.replace(/\.txt$/, ".md")}`] = readFileSync(join(SEEDS_DIR, name), "utf8");
	}
	return files;
}

export const hasSeeds = existsSync(SEEDS_DIR);

export const XSS_IMG = `<img src=x onerror="window.__xss=1">`;
export const XSS_SCRIPT = `<script>window.__xss=2</script>`;
/** A theme note name with markup (Obsidian will not create one, but a sync tool or a shell can). */
export const XSS_THEME = `<img src=y onerror=window.__xss=3>`;

/**
 * A Readwise-style note whose highlights carry markup right beside theme mentions, and whose title
 * carries markup too, plus a theme note with an alias so that the passages are found.
 */
export function hostileVault(): Record<string, string> {
	const highlights = [
		`- Scaling laws held again this year ${XSS_IMG} as the labs trained bigger models.`,
		`- ${XSS_SCRIPT} Scaling laws predict the loss of a larger model from smaller runs.`,
		`- Interpretability work found features ${XSS_IMG} inside the scaling runs.`,
	];
	return {
		"Themes/Scaling.md": "---\naliases: [scaling laws, scaling law]\n---\n# Scaling\n",
		"Themes/Interpretability.md": "---\naliases: [features, interpretability work]\n---\n# Interpretability\n",
		[`Themes/${XSS_THEME}.md`]: "---\naliases: [labs, larger model, bigger models]\n---\n",
		"Readwise/Hostile highlights.md": [
			"---",
			`title: "Hostile ${XSS_IMG.replace(/"/g, '\\"')} title"`,
			"author: Mallory",
			"category: articles",
			"date: 2024-03-02",
			"---",
			"# Hostile highlights",
			"",
			"## Highlights",
			...highlights,
			"",
		].join("\n"),
		"Readwise/Another article.md": "---\nauthor: Alice\ncategory: articles\ndate: 2024-04-10\n---\n# Another article\n\n## Highlights\n- Scaling laws are not destiny, and interpretability work matters.\n",
	};
}
