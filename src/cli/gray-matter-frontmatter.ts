// The FrontmatterParser port for the headless runner and tests, built on gray-matter (which needs
// Node: the app uses Obsidian's own parser instead). Tolerates a byte-order mark and CRLF; malformed
// YAML or a frontmatter that never closes becomes a plain-words problem, never a throw.

import matter from "gray-matter";
import type { FrontmatterParser, FrontmatterResult } from "../core/ports";
import { FRONTMATTER_PROBLEMS, locateFrontmatter } from "../core/frontmatter";

export { locateFrontmatter };
const NO_FRONTMATTER: FrontmatterResult = { data: null, bodyStart: 0, problem: null };

interface YamlError {
	reason?: string;
	message?: string;
	mark?: { line?: number };
}

function shortReason(error: unknown): string {
	const yaml = error as YamlError;
	const reason = (yaml.reason ?? yaml.message ?? String(error)).split("\n")[0].trim();
	const line = typeof yaml.mark?.line === "number" ? ` at line ${yaml.mark.line + 2} of the note` : ""; // +1 for 1-based, +1 for the opening ---
	return `${reason}${line}`;
}

export const grayMatterFrontmatter: FrontmatterParser = (raw) => {
	const located = locateFrontmatter(raw);
	if (located === null) return NO_FRONTMATTER;
	if (located === "unclosed") {
		return { data: null, bodyStart: 0, problem: FRONTMATTER_PROBLEMS.unclosed };
	}
	const yaml = raw.slice(located.yamlStart, located.yamlEnd).replace(/\r/g, "");
	try {
		// An options object turns off gray-matter's cache keyed by content, which would share parsed data between notes.
		const parsed = matter(`---\n${yaml}---\n`, { excerpt: false });
		const data: unknown = parsed.data;
		if (data === null || typeof data !== "object" || Array.isArray(data)) {
			return { data: null, bodyStart: located.bodyStart, problem: FRONTMATTER_PROBLEMS.notAMapping };
		}
		return { data: { ...(data as Record<string, unknown>) }, bodyStart: located.bodyStart, problem: null };
	} catch (error) {
		return { data: null, bodyStart: located.bodyStart, problem: FRONTMATTER_PROBLEMS.invalidYaml(shortReason(error)) };
	}
};
