// Notes written by Throughline's own importer (src/core/import): their frontmatter declares `kind`,
// `format` and `imported-from`, so they are read as declared, however short. Transcripts are
// `[1:02] text` paragraphs, highlights `> quote` blocks closed by a `— location 12 · date ^id` label
// with optional `Note:` / `Tags:` lines; other kinds are prose.

import { DOCUMENT_KINDS, type DocumentKind, type PassageSpan } from "../../model";
import { scanBlocks } from "../blocks";
import type { FormatReading, SourceFormat } from "../format";
import { type SourceText, contentEnd, contentStart, frontmatterString, frontmatterValue } from "../source-text";
import { tagsInText } from "../tags";
import { readHighlights } from "./highlights";
import { readProse } from "./prose";
import { readInsightLines, readSpeakerTurns } from "./speech";

const FORMAT_NAME = /^[a-z0-9][a-z0-9-]{0,39}$/i; // a format is a short token (`srt`, `readwise-csv`)
const EM_DASH = 0x2014;
const TAGS_LINE = /^Tags:\s/;

export interface ImportDeclaration {
	kind: DocumentKind;
	format: string;
}

/** The kind and format an imported note declares; null unless `imported-from` is present and the kind is known. */
export function importDeclaration(source: SourceText): ImportDeclaration | null {
	if (frontmatterValue(source, "imported-from") === undefined) return null;
	const kind = frontmatterString(source, "kind")?.toLowerCase();
	const declared = DOCUMENT_KINDS.find((known) => known === kind);
	if (!declared) return null;
	const format = frontmatterString(source, "format");
	return { kind: declared, format: format && FORMAT_NAME.test(format) ? format.toLowerCase() : "imported" };
}

/** The format row an imported note is read with, named as its frontmatter declares. */
export function declaredFormat(declaration: ImportDeclaration): SourceFormat {
	return {
		format: declaration.format,
		kind: declaration.kind,
		detect: () => null,
		read: (source) => readImported(source, declaration),
	};
}

function readImported(source: SourceText, declaration: ImportDeclaration): FormatReading {
	switch (declaration.kind) {
		case "transcript":
			return readSpeakerTurns(source);
		case "highlights":
			return declaration.format === "readwise" ? readHighlights(source) : readImportedHighlights(source);
		case "insights":
			return readInsightLines(source);
		default:
			return readProse(source, declaration.kind === "article");
	}
}

/** One passage per highlight block; its `— location …` label and `Tags:` lines are left out. */
export function readImportedHighlights(source: SourceText): FormatReading {
	const scan = scanBlocks(source);
	const excluded: number[] = [...scan.markers];
	const passages: PassageSpan[] = [];
	const tags: string[] = [];
	for (const block of scan.blocks) {
		if (block.type === "code" || block.type === "heading") continue;
		if (block.type === "boilerplate") {
			excluded.push(block.start, source.lineEnds[block.lastLine]);
			continue;
		}
		let first = -1;
		let last = -1;
		for (let index = block.firstLine; index <= block.lastLine; index++) {
			const start = index === block.firstLine ? block.start : contentStart(source, index);
			const end = index === block.lastLine ? block.end : contentEnd(source, index);
			if (end <= start) continue;
			if (isLabelLine(source, start, end, tags)) excluded.push(start, end);
			else {
				if (first < 0) first = start;
				last = end;
			}
		}
		if (first < 0) continue;
		const passage: PassageSpan = { start: first, end: last };
		if (block.blockId) passage.blockId = block.blockId;
		passages.push(passage);
	}
	return { passages, excluded, hints: { tags } };
}

/** A `— location 12 · 2023-06-12` label or a `Tags: #a #b` line (its tags are collected). */
function isLabelLine(source: SourceText, start: number, end: number, tags: string[]): boolean {
	const first = source.raw.charCodeAt(start);
	if (first === EM_DASH) return true;
	if (first !== 84) return false; // "T"
	const line = source.raw.slice(start, end);
	if (!TAGS_LINE.test(line)) return false;
	tags.push(...tagsInText(line.slice(line.indexOf(":") + 1), true));
	return true;
}
