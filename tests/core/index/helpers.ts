// Shared test helpers: the real engine context, and records built by hand.

import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import type { ThemeDefinition } from "../../../src/core/model";
import { type AnalysisContext, analyzeNote } from "../../../src/core/index/analyze";
import type { DocumentRecord } from "../../../src/core/index/record";
import { compileThemes } from "../../../src/core/themes/matcher";
import { DEFAULT_SCORING } from "../../../src/core/themes/scoring";

export function theme(id: string, aliases: string[] = [], extra: Partial<ThemeDefinition> = {}): ThemeDefinition {
	return { id, name: id.charAt(0).toUpperCase() + id.slice(1), path: null, aliases, exclusions: [], tags: [], ...extra };
}

export function contextFor(themes: ThemeDefinition[]): AnalysisContext {
	return { frontmatter: grayMatterFrontmatter, compiled: compileThemes(themes), scoring: DEFAULT_SCORING };
}

export function analyze(path: string, raw: string, themes: ThemeDefinition[], mtime = 1): DocumentRecord {
	return analyzeNote(path, raw, contextFor(themes), { size: raw.length, mtime });
}

/** A note in the project's usual Readwise-like shape. */
export function note(title: string, body: string, date = "2024-03-05"): string {
	return `---\ntitle: ${title}\ndate: ${date}\n---\n# ${title}\n\n${body}\n`;
}
