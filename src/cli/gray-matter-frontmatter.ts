// The FrontmatterParser port for the headless runner and tests, built on gray-matter (which needs
// Node: the app uses Obsidian's own parser instead). Tolerates a byte-order mark and CRLF; malformed
// YAML or a frontmatter that never closes becomes a plain-words problem, never a throw.

import matter from "gray-matter";
import type { FrontmatterParser, FrontmatterResult } from "../core/ports";

const BOM = 0xfeff;
const NO_FRONTMATTER: FrontmatterResult = { data: null, bodyStart: 0, problem: null };

interface YamlError {
	reason?: string;
	message?: string;
	mark?: { line?: number };
}

/** Where the delimiters sit: the YAML between them and the offset after the closing line. */
export function locateFrontmatter(raw: string): { yamlStart: number; yamlEnd: number; bodyStart: number } | "unclosed" | null {
	const open = raw.charCodeAt(0) === BOM ? 1 : 0;
	const firstBreak = raw.indexOf("\n", open);
	const firstLine = raw.slice(open, firstBreak < 0 ? raw.length : firstBreak).replace(/[ \t\r]+$/, "");
	if (firstLine !== "---" || firstBreak < 0) return null;
	let lineStart = firstBreak + 1;
	while (lineStart <= raw.length) {
		const lineBreak = raw.indexOf("\n", lineStart);
		const lineEnd = lineBreak < 0 ? raw.length : lineBreak;
		const line = raw.slice(lineStart, lineEnd).replace(/[ \t\r]+$/, "");
		if (line === "---" || line === "...") return { yamlStart: firstBreak + 1, yamlEnd: lineStart, bodyStart: lineBreak < 0 ? raw.length : lineBreak + 1 };
		if (lineBreak < 0) break;
		lineStart = lineBreak + 1;
	}
	return "unclosed";
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
		return { data: null, bodyStart: 0, problem: "the note starts with '---' but its frontmatter never closes, so it was read as ordinary text" };
	}
	const yaml = raw.slice(located.yamlStart, located.yamlEnd).replace(/\r/g, "");
	try {
		// An options object turns off gray-matter's cache keyed by content, which would share parsed data between notes.
		const parsed = matter(`---\n${yaml}---\n`, { excerpt: false });
		const data: unknown = parsed.data;
		if (data === null || typeof data !== "object" || Array.isArray(data)) {
			return { data: null, bodyStart: located.bodyStart, problem: "the frontmatter is not a list of properties; the body was read anyway" };
		}
		return { data: { ...(data as Record<string, unknown>) }, bodyStart: located.bodyStart, problem: null };
	} catch (error) {
		return { data: null, bodyStart: located.bodyStart, problem: `the frontmatter is not valid YAML (${shortReason(error)}); the body was read anyway` };
	}
};
