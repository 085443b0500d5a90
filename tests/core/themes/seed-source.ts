// A minimal stand-in for the source parser, used until src/core/sources/index.ts exports
// parseSource: the frontmatter is excluded, and every non-empty line is one passage.

import type { SourceDocument } from "../../../src/core/model";

const MARKUP = /<[^>\n]*>|\]\([^)\s]*\)|https?:\/\/\S+/g; // HTML tags, link targets, bare URLs
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

function frontmatterTags(block: string): string[] {
	const line = /^tags:\s*(.+)$/m.exec(block);
	if (!line) return [];
	return line[1].replace(/[[\]"']/g, " ").split(/[\s,]+/).filter(Boolean).map((t) => t.replace(/^#/, "").toLowerCase());
}

function excludedRanges(raw: string, bodyStart: number): number[] {
	const ranges = bodyStart > 0 ? [0, bodyStart] : [];
	for (const match of raw.slice(bodyStart).matchAll(MARKUP)) {
		const start = bodyStart + (match.index ?? 0);
		if (start < ranges[ranges.length - 1]) continue;
		ranges.push(start, start + match[0].length);
	}
	return ranges;
}

export function standInSource(path: string, raw: string): SourceDocument {
	const front = FRONTMATTER.exec(raw);
	const bodyStart = front ? front[0].length : 0;
	const passages: SourceDocument["passages"] = [];
	let lineStart = bodyStart;
	while (lineStart <= raw.length) {
		const newline = raw.indexOf("\n", lineStart);
		const lineEnd = newline < 0 ? raw.length : newline;
		if (raw.slice(lineStart, lineEnd).trim()) passages.push({ start: lineStart, end: lineEnd });
		if (newline < 0) break;
		lineStart = newline + 1;
	}
	const words = raw.slice(bodyStart).split(/\s+/).filter(Boolean).length;
	return {
		path, kind: "note", format: "raw", title: path, author: null, date: null, url: null, durationSeconds: null, words,
		tags: front ? frontmatterTags(front[0]) : [], excludedThemes: [], problems: [], excluded: excludedRanges(raw, bodyStart), passages,
	};
}
