// The development corpus (../shared/corpus, beside the project when present): every document read as
// the kind its careful readers gave it, markdown as it is and other files through the importer, as a
// user would. Skipped cleanly where the corpus is absent.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import { convertImport } from "../../../src/core/import/convert";
import { parseSource } from "../../../src/core/sources";

const CORPUS = path.resolve(__dirname, "../../..", "../shared/corpus");
const LABELS = path.join(CORPUS, "labels.json");
const labels: Record<string, { kind: string }> = existsSync(LABELS) ? (JSON.parse(readFileSync(LABELS, "utf8")) as Record<string, { kind: string }>) : {};

/** The kinds of the notes a user would have from the file: the file itself, or what the importer writes. */
function kindsOf(key: string): string[] {
	const text = readFileSync(path.join(CORPUS, "docs", key), "utf8");
	if (key.endsWith(".md")) return [parseSource(key, text, grayMatterFrontmatter).kind];
	return convertImport(path.basename(key), text).notes.map((note) => parseSource(`Imports/${note.fileName}.md`, note.markdown, grayMatterFrontmatter).kind);
}

describe.skipIf(!existsSync(LABELS))("the development corpus reads as its labels' kinds", () => {
	it.each(Object.entries(labels))("%s", (key, label) => {
		const kinds = kindsOf(key);
		expect(kinds.length).toBeGreaterThan(0);
		for (const kind of kinds) expect(kind).toBe(label.kind);
	});
});
