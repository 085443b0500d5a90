// One note's raw text with its frontmatter read and its body split into lines, shared by every
// detector and reader so that the text is scanned once.

export interface SourceText {
	raw: string;
	/** Offset of the first body character (after the frontmatter, or after a byte-order mark). */
	bodyStart: number;
	/** Frontmatter mapping; empty when there is none or it could not be read. */
	data: Record<string, unknown>;
	/** The frontmatter text as written (between the delimiters), for values YAML drops (`tags: #x`). */
	frontmatterText: string;
	/** Body lines: start offsets, and end offsets before "\n", "\r\n" or trailing stray "\r". */
	lineStarts: Int32Array;
	lineEnds: Int32Array;
}

const CR = 13;
const BOM = 0xfeff;

/** How many body lines start at or after `start` (one more than the line breaks after it, unless the text ends with one). */
function lineCount(raw: string, start: number): number {
	let count = 0;
	for (let at = start; at < raw.length; count++) {
		const newline = raw.indexOf("\n", at);
		at = newline < 0 ? raw.length : newline + 1;
	}
	return count;
}

export function makeSourceText(raw: string, bodyStart: number, data: Record<string, unknown> | null): SourceText {
	let start = bodyStart;
	if (start === 0 && raw.charCodeAt(0) === BOM) start = 1;
	const count = lineCount(raw, start); // typed arrays of the right size: a transcript's thousands of lines cost no young-generation garbage
	const lineStarts = new Int32Array(count);
	const lineEnds = new Int32Array(count);
	let lineStart = start;
	for (let line = 0; line < count; line++) {
		const newline = raw.indexOf("\n", lineStart); // native search: no per-character loop in JavaScript
		const lineBreak = newline < 0 ? raw.length : newline;
		let end = lineBreak;
		while (end > lineStart && raw.charCodeAt(end - 1) === CR) end--;
		lineStarts[line] = lineStart;
		lineEnds[line] = end;
		lineStart = lineBreak + 1;
	}
	return { raw, bodyStart: start, data: data ?? {}, frontmatterText: raw.slice(0, bodyStart), lineStarts, lineEnds };
}

/** The text of body line `index` without its line break. */
export function lineAt(source: SourceText, index: number): string {
	return source.raw.slice(source.lineStarts[index], source.lineEnds[index]);
}

/** True when a line holds only spaces and tabs (or stray carriage returns). */
export function isBlankLine(source: SourceText, index: number): boolean {
	const raw = source.raw;
	for (let i = source.lineStarts[index]; i < source.lineEnds[index]; i++) {
		const code = raw.charCodeAt(i);
		if (code !== 32 && code !== 9 && code !== CR && code !== BOM) return false;
	}
	return true;
}

/** Offset of the first non-space character of a line (its end when blank). */
export function contentStart(source: SourceText, index: number): number {
	const raw = source.raw;
	let i = source.lineStarts[index];
	const end = source.lineEnds[index];
	while (i < end) {
		const code = raw.charCodeAt(i);
		if (code !== 32 && code !== 9 && code !== CR && code !== BOM) break;
		i++;
	}
	return i;
}

/** Offset after the last non-space character of a line. */
export function contentEnd(source: SourceText, index: number): number {
	const raw = source.raw;
	let end = source.lineEnds[index];
	const start = source.lineStarts[index];
	while (end > start) {
		const code = raw.charCodeAt(end - 1);
		if (code !== 32 && code !== 9 && code !== CR) break;
		end--;
	}
	return end;
}

/** A frontmatter value by key, case- and space-insensitively (`Date Generated`, `date_generated`). */
export function frontmatterValue(source: SourceText, ...keys: string[]): unknown {
	const entries = normalisedEntries(source);
	if (entries.length === 0) return undefined;
	const wanted = keys.map(normaliseKey);
	for (const [key, value] of entries) {
		if (wanted.includes(key)) return value;
	}
	return undefined;
}

/** The frontmatter's non-empty entries with normalised keys, in order; computed once per note. */
const ENTRY_CACHE = new WeakMap<SourceText, ReadonlyArray<readonly [string, unknown]>>();

function normalisedEntries(source: SourceText): ReadonlyArray<readonly [string, unknown]> {
	let entries = ENTRY_CACHE.get(source);
	if (!entries) {
		entries = Object.entries(source.data)
			.filter(([, value]) => value !== null && value !== undefined && value !== "")
			.map(([key, value]) => [normaliseKey(key), value] as const);
		ENTRY_CACHE.set(source, entries);
	}
	return entries;
}

const KEY_MEMO = new Map<string, string>();
const KEY_MEMO_LIMIT = 4096; // the readers ask for a few dozen keys; frontmatter adds a few per note

function normaliseKey(key: string): string {
	let normal = KEY_MEMO.get(key);
	if (normal === undefined) {
		if (KEY_MEMO.size >= KEY_MEMO_LIMIT) KEY_MEMO.clear();
		normal = key.toLowerCase().replace(/[\s_-]+/g, "");
		KEY_MEMO.set(key, normal);
	}
	return normal;
}

/** A frontmatter value as trimmed text, when it is a string or number. */
export function frontmatterString(source: SourceText, ...keys: string[]): string | null {
	const value = frontmatterValue(source, ...keys);
	if (typeof value === "string" && value.trim()) return value.trim();
	if (typeof value === "number") return String(value);
	if (Array.isArray(value) && typeof value[0] === "string") return value.map(String).join(", ");
	return null;
}
