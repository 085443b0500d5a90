// The app's FrontmatterParser: Obsidian's own getFrontMatterInfo and parseYaml (no gray-matter,
// which needs Node). Never throws: unreadable YAML becomes a plain-words problem.
import { getFrontMatterInfo, parseYaml } from "obsidian";
import type { FrontmatterParser, FrontmatterResult } from "../core/ports";
import { FRONTMATTER_PROBLEMS, locateFrontmatter } from "../core/frontmatter";

const BOM = "\uFEFF";

function describeYamlError(error: unknown): string {
	return FRONTMATTER_PROBLEMS.invalidYaml(error instanceof Error ? error.message.split("\n")[0].trim() : "");
}

function asMapping(parsed: unknown): Record<string, unknown> | null | "not-a-mapping" {
	if (parsed === null || parsed === undefined) return null;
	if (typeof parsed === "object" && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
	return "not-a-mapping";
}

/** Reads the frontmatter of `raw`; offsets count the BOM when there is one. */
export const parseFrontmatter: FrontmatterParser = (raw: string): FrontmatterResult => {
	const bomLength = raw.startsWith(BOM) ? BOM.length : 0;
	const info = getFrontMatterInfo(bomLength > 0 ? raw.slice(bomLength) : raw);
	if (!info.exists) return { data: null, bodyStart: 0, problem: locateFrontmatter(raw) === "unclosed" ? FRONTMATTER_PROBLEMS.unclosed : null };
	const bodyStart = info.contentStart + bomLength;
	let parsed: unknown;
	try {
		parsed = parseYaml(info.frontmatter);
	} catch (error) {
		return { data: null, bodyStart, problem: describeYamlError(error) };
	}
	const mapping = asMapping(parsed);
	if (mapping === "not-a-mapping") {
		return { data: null, bodyStart, problem: FRONTMATTER_PROBLEMS.notAMapping };
	}
	return { data: mapping ?? {}, bodyStart, problem: null }; // an empty block is an empty mapping, as gray-matter gives
};
