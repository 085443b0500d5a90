// Reads and writes one list property in a note's YAML frontmatter as a text edit: only the lines
// of that key change, so the rest of the frontmatter keeps its exact bytes. Used for previews and
// by the headless runner; the app writes through processFrontMatter instead.

import { locateFrontmatter as locateDelimiters } from "../frontmatter";
import { unquoteScalar } from "../import/frontmatter";
import { detectLineBreak } from "./hub-block";

const BOM = "\uFEFF";

interface FrontmatterLines {
	/** Offset of the first line after the opening `---`. */
	contentStart: number;
	/** Offset of the closing `---` (or `...`) line. */
	closeStart: number;
}

interface KeyEntry {
	start: number;
	/** Offset after the entry's last line break. */
	end: number;
	/** The text after `key:` on its line, trimmed. */
	inline: string;
	/** The continuation lines (items of a block list), trimmed. */
	items: string[];
}

export type ListRead =
	| { kind: "ok"; values: string[] | undefined }
	| { kind: "problem"; message: string };

function lineEndAt(text: string, from: number): { contentEnd: number; next: number } {
	const newline = text.indexOf("\n", from);
	if (newline === -1) return { contentEnd: text.length, next: text.length };
	return { contentEnd: newline > from && text[newline - 1] === "\r" ? newline - 1 : newline, next: newline + 1 };
}

/** The frontmatter's extent, by the same rules as every other reader (`---` or `...` closes it). */
function locateFrontmatter(text: string): FrontmatterLines | null | "unclosed" {
	const found = locateDelimiters(text);
	if (found === null || found === "unclosed") return found;
	return { contentStart: found.yamlStart, closeStart: found.yamlEnd };
}

function keyPattern(key: string): RegExp {
	const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	return new RegExp(`^(?:${escaped}|"${escaped}"|'${escaped}')\\s*:(.*)$`);
}

function findKey(text: string, fm: FrontmatterLines, key: string): KeyEntry | null {
	const pattern = keyPattern(key);
	let lineStart = fm.contentStart;
	while (lineStart < fm.closeStart) {
		const line = lineEndAt(text, lineStart);
		const match = pattern.exec(text.slice(lineStart, line.contentEnd));
		if (match) return collectEntry(text, fm, lineStart, line.next, match[1].trim());
		lineStart = line.next;
	}
	return null;
}

function collectEntry(text: string, fm: FrontmatterLines, start: number, afterKey: number, inline: string): KeyEntry {
	const items: string[] = [];
	let end = afterKey;
	while (end < fm.closeStart) {
		const line = lineEndAt(text, end);
		const content = text.slice(end, line.contentEnd);
		if (!/^[ \t]|^-/.test(content) || content.trim() === "") break;
		items.push(content.trim());
		end = line.next;
	}
	return { start, end, inline, items };
}

/** The value without a trailing YAML comment: a `#` after a space (or at the start), outside quotes. */
function withoutComment(raw: string): string {
	let quote = "";
	for (let i = 0; i < raw.length; i++) {
		const ch = raw[i];
		if (quote !== "") {
			if (ch === quote) quote = "";
		} else if (ch === '"' || ch === "'") quote = ch;
		else if (ch === "#" && (i === 0 || raw[i - 1] === " " || raw[i - 1] === "\t")) return raw.slice(0, i).trim();
	}
	return raw.trim();
}

/** Splits `[a, "b, c", 'd']` on the commas outside quotes. */
function splitFlowList(inner: string): string[] {
	const parts: string[] = [];
	let quote = "";
	let current = "";
	for (const ch of inner) {
		if (quote === "" && ch === ",") {
			parts.push(current);
			current = "";
			continue;
		}
		if (quote === "" && (ch === '"' || ch === "'")) quote = ch;
		else if (ch === quote) quote = "";
		current += ch;
	}
	parts.push(current);
	return parts.map(unquoteScalar).filter((part) => part !== "");
}

// Flow mappings, block scalars, anchors, aliases and tags: valid YAML, but not a list Throughline can edit as text.
const UNEDITABLE_START = /^[{|>&*!]/;

function entryValues(key: string, entry: KeyEntry): ListRead {
	const inline = withoutComment(entry.inline);
	if (inline === "" || inline === "~" || inline === "null") {
		const items = entry.items.filter((item) => item.startsWith("-")).map((item) => unquoteScalar(withoutComment(item.slice(1))));
		return { kind: "ok", values: items };
	}
	if (inline.startsWith("[") && inline.endsWith("]")) return { kind: "ok", values: splitFlowList(inline.slice(1, -1)) };
	if (inline.startsWith("[") || UNEDITABLE_START.test(inline)) {
		return { kind: "problem", message: `its "${key}" property is written in a form Throughline does not edit (${inline.slice(0, 20)}); the note was left alone` };
	}
	return { kind: "ok", values: [unquoteScalar(inline)] };
}

/** The values of a list property; undefined when the key is absent. */
export function readListProperty(text: string, key: string): ListRead {
	const fm = locateFrontmatter(text);
	if (fm === "unclosed") return { kind: "problem", message: unclosedFrontmatter() };
	if (fm === null) return { kind: "ok", values: undefined };
	const entry = findKey(text, fm, key);
	return entry === null ? { kind: "ok", values: undefined } : entryValues(key, entry);
}

function serializeEntry(key: string, values: string[], lineBreak: string): string {
	const name = /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
	if (values.length === 0) return `${name}: []${lineBreak}`;
	return `${name}:${lineBreak}${values.map((value) => `  - ${JSON.stringify(value)}${lineBreak}`).join("")}`;
}

export type ListWrite = { kind: "ok"; text: string } | { kind: "problem"; message: string };

/** Sets (or with `undefined` deletes) a list property, touching only that key's lines. */
export function setListProperty(text: string, key: string, values: string[] | undefined): ListWrite {
	const fm = locateFrontmatter(text);
	if (fm === "unclosed") return { kind: "problem", message: unclosedFrontmatter() };
	const lineBreak = detectLineBreak(text, fm === null ? 0 : fm.contentStart);
	if (fm === null) {
		if (values === undefined) return { kind: "ok", text };
		const offset = text.startsWith(BOM) ? 1 : 0;
		const block = `---${lineBreak}${serializeEntry(key, values, lineBreak)}---${lineBreak}`;
		return { kind: "ok", text: text.slice(0, offset) + block + text.slice(offset) };
	}
	const entry = findKey(text, fm, key);
	const replacement = values === undefined ? "" : serializeEntry(key, values, lineBreak);
	if (entry === null) return { kind: "ok", text: text.slice(0, fm.closeStart) + replacement + text.slice(fm.closeStart) };
	return { kind: "ok", text: text.slice(0, entry.start) + replacement + text.slice(entry.end) };
}

function unclosedFrontmatter(): string {
	return "its frontmatter starts with --- but has no closing --- line, so Throughline left it alone";
}
