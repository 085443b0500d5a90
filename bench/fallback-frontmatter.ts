// A FrontmatterParser for the bench while src/cli's adapter does not exist yet: gray-matter, as the
// headless runner uses it. Options are always passed, because gray-matter without options caches
// every parsed text in a module-level object (10,000 notes would stay in memory and re-parses
// of the same text would be free).

import matter from "gray-matter";
import type { FrontmatterResult } from "../src/core/ports";

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(\r?\n|$)/;

export function benchFrontmatter(raw: string): FrontmatterResult {
	const open = OPENING.exec(raw);
	if (!open) return { data: null, bodyStart: 0, problem: null };
	const rest = raw.slice(open[0].length - 1);
	const close = CLOSING.exec(rest);
	if (!close) return { data: null, bodyStart: 0, problem: "the frontmatter's closing --- line is missing" };
	const bodyStart = open[0].length - 1 + close.index + close[0].length;
	try {
		const parsed = matter(raw.slice(raw.charCodeAt(0) === 0xfeff ? 1 : 0, bodyStart), { excerpt: false });
		const data = parsed.data && typeof parsed.data === "object" ? (parsed.data as Record<string, unknown>) : null;
		return { data, bodyStart, problem: null };
	} catch (error) {
		return { data: null, bodyStart, problem: `the frontmatter could not be read (${error instanceof Error ? error.message.split("\n")[0] : String(error)})` };
	}
}
