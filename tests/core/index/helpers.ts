// Shared test helpers: the real engine context, and records built by hand.

import { runSteps } from "../../../src/core/steps";
import { sealStoreSteps } from "../../../src/core/index/store-checksum";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import type { ThemeDefinition } from "../../../src/core/model";
import { type AnalysisContext, analyzeNote } from "../../../src/core/index/analyze";
import type { DocumentRecord } from "../../../src/core/index/record";
import { compileThemes } from "../../../src/core/themes/matcher";
import { ThemeIndex } from "../../../src/core/index/theme-index";
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

const PREFIX_BYTES = 24; // the binary store's six prefix words

/** A copy of a binary store (binary-store.ts) whose JSON header `change` edited, padded with spaces to its byte length so the sections after it stay in place, and sealed with a new checksum unless `seal` is false. */
export function withHeader(bytes: Uint8Array, change: (header: Record<string, unknown>) => void, seal = true): Uint8Array {
	const headerBytes = new Int32Array(bytes.buffer, bytes.byteOffset, 5)[2];
	const header = JSON.parse(new TextDecoder().decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerBytes))) as Record<string, unknown>;
	change(header);
	const changed = new TextEncoder().encode(JSON.stringify(header));
	if (changed.length > headerBytes) throw new Error("the changed header is longer than the original");
	const copy = bytes.slice();
	copy.set(changed, PREFIX_BYTES);
	copy.fill(32, PREFIX_BYTES + changed.length, PREFIX_BYTES + headerBytes); // spaces: JSON ignores them
	if (seal) runSteps(sealStoreSteps(new Int32Array(copy.buffer))); // as the writer would have: the deeper checks are what is tested
	return copy;
}

/** Two themes and three small notes (two of them dated), the index the store tests save and restore. */
export const SAMPLE_THEMES = [theme("scaling", ["scaling laws"]), theme("data", ["training data"])];

export function sampleIndex(): ThemeIndex {
	const index = new ThemeIndex(SAMPLE_THEMES);
	index.upsert(analyze("a.md", note("A", "Scaling laws and training data. The scaling laws again."), SAMPLE_THEMES, 100));
	index.upsert(analyze("b.md", note("B", "Training data matters; scaling laws too.", "2022-05-01"), SAMPLE_THEMES, 200));
	index.upsert(analyze("c.md", note("C", "Nothing."), SAMPLE_THEMES, 300));
	return index;
}
