// What both frontmatter parsers share (gray-matter in the shell, Obsidian's parseYaml in the app):
// where the `---` delimiters sit, and the plain words for what can go wrong.

const BOM = 0xfeff;

/** Where the delimiters sit: the YAML between them and the offset after the closing line. */
export function locateFrontmatter(raw: string): { yamlStart: number; yamlEnd: number; bodyStart: number } | "unclosed" | null {
	const open = raw.charCodeAt(0) === BOM ? 1 : 0;
	if (!raw.startsWith("---", open)) return null; // before reading the first line, which in a one-line transcript is the whole note
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

export const FRONTMATTER_PROBLEMS = {
	unclosed: "the note starts with '---' but its frontmatter never closes, so it was read as ordinary text",
	notAMapping: "the frontmatter is not a list of properties; the body was read anyway",
	invalidYaml: (reason: string): string => `the frontmatter is not valid YAML${reason ? ` (${reason})` : ""}; the body was read anyway`,
};
