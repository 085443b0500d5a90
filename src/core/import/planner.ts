// Decides where each converted note goes without ever overwriting: same content is left alone, a
// newer export of the same book only appends its new highlights, anything else gets a fresh name.
import { candidatePath } from "./file-name";
import { readTopLevelScalars } from "./frontmatter";
import { convertImport } from "./convert";
import { uniqueId } from "./highlights";
import { addMissingParagraphIds, blockIdsIn, withoutClosingId } from "./block-ids";
import { baseName, collapseWhitespace } from "./text-input";
import type { HighlightBlock, ImportedNote, ImportInput, ImportPlan } from "./types";

const MAX_NAME_CANDIDATES = 1000; // "Title 1000.md" means something is wrong; stop and say so

/** Reads a note of the vault by vault-relative path; null when there is none. */
export type ExistingNoteReader = (path: string) => string | null;

/** Plans the import of every input into `folder`. Pure: reads through `existingNotes`, writes nothing. */
export function planImport(inputs: ImportInput[], existingNotes: ExistingNoteReader, folder: string): ImportPlan {
	const plan: ImportPlan = { create: [], update: [], unchanged: [], problems: [] };
	const planned = new Map<string, string>(); // path → text this plan creates, so inputs see each other
	const read: ExistingNoteReader = (path) => planned.get(path) ?? existingNotes(path);
	for (const input of inputs) {
		const result = convertImport(input.fileName, input.text);
		if (result.problem !== null) {
			plan.problems.push({ file: input.fileName, message: result.problem });
			continue;
		}
		for (const note of result.notes) placeNote(plan, planned, read, folder, input.fileName, note);
	}
	return plan;
}

function placeNote(plan: ImportPlan, planned: Map<string, string>, read: ExistingNoteReader, folder: string, file: string, note: ImportedNote): void {
	for (let n = 1; n <= MAX_NAME_CANDIDATES; n++) {
		const path = candidatePath(folder, note.fileName, n);
		const existing = read(path);
		if (existing === null) {
			plan.create.push({ file, path, text: note.markdown });
			planned.set(path, note.markdown);
			return;
		}
		if (sameText(existing, note.markdown)) return void plan.unchanged.push({ file, path });
		if (!madeFromSameSource(existing, note, baseName(file))) continue;
		if (!note.blocks) return void planParagraphIds(plan, file, path, existing, note.markdown); // the reader's edits win over a re-import
		const { added } = appendMissingHighlights(existing, note.blocks);
		if (added === 0) return void plan.unchanged.push({ file, path });
		const edit = (current: string): string => appendMissingHighlights(current, note.blocks ?? []).text;
		const creation = plan.create.find((entry) => entry.path === path);
		if (creation) {
			creation.text = edit(creation.text);
			planned.set(path, creation.text);
			// The note is new in this plan; the later input is reported as holding its content too.
			return void plan.unchanged.push({ file, path });
		}
		return void plan.update.push({ file, path, edit, added, adds: "highlights" });
	}
	plan.problems.push({ file, message: `no free name for "${note.fileName}" after ${MAX_NAME_CANDIDATES} tries` });
}

function sameText(a: string, b: string): boolean {
	return a.replace(/\r\n/g, "\n").replace(/^\uFEFF/, "") === b;
}

/**
 * True when Throughline wrote `existing` from this input: same format and title, imported from the
 * same file name, and opening with the same text. A highlights note also matches a differently named newer export of the same
 * book (a Kindle's `My Clippings.txt` is copied off under many names).
 */
function madeFromSameSource(existing: string, note: ImportedNote, fileName: string): boolean {
	const marks = readTopLevelScalars(existing);
	const from = marks.get("imported-from");
	if (from === undefined || marks.get("format") !== note.format || marks.get("title") !== note.title) return false;
	if (note.blocks) return (marks.get("author") ?? null) === note.author;
	// Two different files can share a name (two folders' `talk.srt`): the opening text tells them apart.
	// A note written before paragraphs carried ids opens with the same line, without its ` ^id`.
	return from === fileName && existing.replace(/\r/g, "").includes(withoutClosingId(openingLine(note.markdown)));
}

/** The first line of the body after the frontmatter. */
function openingLine(markdown: string): string {
	const close = markdown.startsWith("---\n") ? markdown.indexOf("\n---\n", 3) + 5 : 0;
	return markdown.slice(close).split("\n").find((line) => line.trim() !== "") ?? "";
}

/** A note imported before paragraphs carried ids gets them, on the paragraphs it still has as written; nothing else changes. */
function planParagraphIds(plan: ImportPlan, file: string, path: string, existing: string, markdown: string): void {
	const { added } = addMissingParagraphIds(existing, markdown);
	if (added === 0) return void plan.unchanged.push({ file, path });
	plan.update.push({ file, path, edit: (current) => addMissingParagraphIds(current, markdown).text, added, adds: "paragraph ids" });
}

/** Appends the highlights whose text is not yet quoted in the note; never changes what is there. */
export function appendMissingHighlights(current: string, blocks: HighlightBlock[]): { text: string; added: number } {
	const quoted = quotedTexts(current);
	const used = blockIdsIn(current);
	const additions: string[] = [];
	for (const block of blocks) {
		if (quoted.has(block.matchText)) continue;
		quoted.add(block.matchText);
		const id = uniqueId(block.id, used);
		used.add(id);
		additions.push(id === block.id ? block.markdown : renameBlockId(block.markdown, block.id, id));
	}
	if (additions.length === 0) return { text: current, added: 0 };
	const eol = current.includes("\r\n") ? "\r\n" : "\n";
	const base = current.endsWith("\n") ? current : `${current}${eol}`;
	const appended = additions.map((markdown) => markdown.replace(/\n/g, eol)).join(eol);
	return { text: `${base}${eol}${appended}`, added: additions.length };
}

/** The text of each quote block (and each `Note:` paragraph) in a note, whitespace collapsed. */
function quotedTexts(note: string): Set<string> {
	const texts = new Set<string>();
	let quote: string[] = [];
	const flush = (): void => {
		if (quote.length > 0) texts.add(collapseWhitespace(quote.join(" ")));
		quote = [];
	};
	for (const line of note.replace(/\r/g, "").split("\n")) {
		if (line.startsWith(">")) quote.push(line.replace(/^>\s?/, ""));
		else {
			flush();
			const standalone = /^Note: (.*)$/.exec(line);
			if (standalone) texts.add(collapseWhitespace(standalone[1]));
		}
	}
	flush();
	return texts;
}

function renameBlockId(markdown: string, from: string, to: string): string {
	return markdown.replace(`^${from}\n`, `^${to}\n`);
}
