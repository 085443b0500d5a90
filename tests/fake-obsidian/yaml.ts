// YAML and frontmatter the way Obsidian exposes them: parseYaml / stringifyYaml / getFrontMatterInfo.
import { parse, stringify } from "yaml";

/** Parses YAML; throws (like Obsidian) when the text is not valid YAML. Empty text gives null. */
export function parseYaml(yaml: string): unknown {
	// logLevel "error": never reach for process.emitWarning, which does not exist in the app.
	return parse(yaml, { logLevel: "error" }) ?? null;
}

/** Serialises to block-style YAML ending in a newline. Long strings are not folded. */
export function stringifyYaml(value: unknown): string {
	return stringify(value, { lineWidth: 0 });
}

export interface FrontMatterInfo {
	exists: boolean;
	frontmatter: string;
	from: number;
	to: number;
	contentStart: number;
}

const DELIMITER = "---";

/** End of the line starting at `start` (index of its \r\n, \n, or the text's end) and the next line's start. */
function lineBounds(text: string, start: number): { end: number; next: number } {
	const newline = text.indexOf("\n", start);
	if (newline === -1) return { end: text.length, next: text.length };
	const end = newline > start && text[newline - 1] === "\r" ? newline - 1 : newline;
	return { end, next: newline + 1 };
}

function isDelimiterLine(text: string, start: number, end: number): boolean {
	return text.slice(start, end).replace(/[ \t]+$/, "") === DELIMITER;
}

/**
 * Where the frontmatter is: `from`/`to` bracket its YAML text (without the `---` lines, with the
 * final newline before the closing `---`), `contentStart` is the first offset after the closing line.
 * The opening `---` must be the very first characters (a BOM in front means no frontmatter).
 */
export function getFrontMatterInfo(content: string): FrontMatterInfo {
	const none: FrontMatterInfo = { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	const first = lineBounds(content, 0);
	if (!isDelimiterLine(content, 0, first.end) || first.next === first.end) return none;
	let lineStart = first.next;
	while (lineStart < content.length) {
		const line = lineBounds(content, lineStart);
		if (isDelimiterLine(content, lineStart, line.end)) {
			return {
				exists: true,
				frontmatter: content.slice(first.next, lineStart),
				from: first.next,
				to: lineStart,
				contentStart: line.next,
			};
		}
		lineStart = line.next;
	}
	return none;
}
