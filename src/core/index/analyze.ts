// One note through the whole engine: parse → match → decide → compact record. Never throws: a note
// that cannot be analysed becomes a record that carries the problem in plain words.

import type { FrontmatterParser } from "../ports";
import type { SourceDocument } from "../model";
import { parseSource } from "../sources/index";
import type { CompiledThemes } from "../themes/matcher";
import { decideThemes, judgeDocument } from "../themes/scoring";
import { type FileFacts, buildRecord, fingerprintOnlyNumbers, utf8Length } from "./build-record";
import type { DocumentRecord } from "./record";

export type ScoringOptions = Parameters<typeof decideThemes>[4];

export interface AnalysisContext {
	frontmatter: FrontmatterParser;
	compiled: CompiledThemes;
	scoring: ScoringOptions;
}

/** The record of a note that could not be read at all. */
export function unreadableRecord(path: string, raw: string, file: FileFacts, problem: string): DocumentRecord {
	const doc: SourceDocument = {
		path, kind: "note", format: "raw", title: path.replace(/^.*\//, "").replace(/\.md$/i, ""), titleFromPath: true, author: null, date: null, url: null,
		durationSeconds: null, words: 0, tags: [], excludedThemes: [], problems: [problem], excluded: [], passages: [],
	};
	const record = buildRecord(doc, "", { decisions: [], mentions: [] }, file);
	record.numbers = fingerprintOnlyNumbers(raw); // a theme edit still reconsiders it
	return record;
}

/** Analyses one note; `file` is the size and mtime the vault listed (warm-start reconciliation). */
export function analyzeNote(path: string, raw: string, ctx: AnalysisContext, file?: FileFacts): DocumentRecord {
	const facts = file ?? { size: utf8Length(raw), mtime: 0 };
	try {
		const doc = parseSource(path, raw, ctx.frontmatter);
		const decided = judgeDocument(doc, raw, ctx.compiled, ctx.scoring);
		return buildRecord(doc, raw, decided, facts);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return unreadableRecord(path, raw, facts, `could not be analysed (${reason})`);
	}
}
