// parseSource: one note's raw text in, a SourceDocument out (kind, format, metadata, passages with
// exact positions, excluded ranges). It never throws: what cannot be read becomes a problem in plain words.

import type { PassageSpan, SourceDocument } from "../model";
import type { FrontmatterParser, FrontmatterResult } from "../ports";
import { readableWordCount } from "../text/readable-words";
import { NOTE_FORMAT, SOURCE_FORMATS, detectFormat } from "./detectors";
import { type FormatReading, type SourceFormat, emptyReading } from "./format";
import { readMetadata } from "./metadata";
import { profileSource } from "./profile";
import { mergeRangeLists, tidyPassages } from "./ranges";
import { scanExcluded } from "./excluded";
import { makeSourceText } from "./source-text";

const BINARY_PROBE_CHARS = 8000; // NUL characters this early mean the file is not text
const MAX_READ_CHARS = 32 * 1024 * 1024; // beyond 32 M characters a note is almost surely not prose; read the start

export function parseSource(path: string, raw: string, frontmatter: FrontmatterParser, formats: readonly SourceFormat[] = SOURCE_FORMATS): SourceDocument {
	try {
		return parseReadable(path, raw, frontmatter, formats);
	} catch (error) {
		const document = emptyDocument(path);
		document.problems.push(`the note could not be read (${describe(error)})`);
		return document;
	}
}

function parseReadable(path: string, raw: string, frontmatter: FrontmatterParser, formats: readonly SourceFormat[]): SourceDocument {
	const problems: string[] = [];
	if (raw.trim().length === 0) return withProblem(emptyDocument(path), "the note is empty");
	if (raw.slice(0, BINARY_PROBE_CHARS).includes("\u0000")) {
		return withProblem(emptyDocument(path), "the file looks binary (it contains NUL characters), so its text was not read");
	}
	let text = raw;
	if (raw.length > MAX_READ_CHARS) {
		text = raw.slice(0, MAX_READ_CHARS);
		problems.push(`the note is very large (${Math.round(raw.length / 1_048_576)} M characters); only its first 32 M characters were read`);
	}
	const matter = readFrontmatter(text, frontmatter);
	if (matter.problem) problems.push(matter.problem);
	const source = makeSourceText(text, matter.bodyStart, matter.data);
	const profile = profileSource(source);
	const format = detectFormat(source, profile, formats);
	const reading = readSafely(format, source, profile, problems);
	const excluded = mergeRangeLists([[0, source.bodyStart], scanExcluded(source, { keepFencedCode: format.keepFencedCode }), reading.excluded], text.length);
	const passages: PassageSpan[] = [];
	let words = 0;
	for (const passage of tidyPassages(reading.passages, text.length)) {
		const readable = readableWordCount(text, passage, excluded); // counted as readableText would read it, without building the text
		if (readable.empty) continue;
		passages.push(passage);
		words += readable.words;
	}
	const metadata = readMetadata(path, source, reading.hints, excluded);
	return { path, kind: format.kind, format: format.format, ...metadata, words, problems, excluded, passages };
}

function readFrontmatter(text: string, frontmatter: FrontmatterParser): FrontmatterResult {
	try {
		const result = frontmatter(text);
		const bodyStart = Math.max(0, Math.min(text.length, result.bodyStart));
		return { data: result.data, bodyStart, problem: result.problem };
	} catch (error) {
		return { data: null, bodyStart: 0, problem: `the frontmatter could not be read (${describe(error)}); the body was read anyway` };
	}
}

function readSafely(format: SourceFormat, source: ReturnType<typeof makeSourceText>, profile: ReturnType<typeof profileSource>, problems: string[]): FormatReading {
	try {
		return format.read(source, profile);
	} catch (error) {
		problems.push(`the note looked like ${format.format} but could not be read as such (${describe(error)}); it was read as plain text`);
		try {
			return NOTE_FORMAT.read(source, profile);
		} catch {
			return emptyReading();
		}
	}
}

function emptyDocument(path: string): SourceDocument {
	const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.[^.]+$/, "");
	return {
		path, kind: "note", format: "markdown", title: name, titleFromPath: true, author: null, date: null, url: null, durationSeconds: null,
		words: 0, tags: [], excludedThemes: [], problems: [], excluded: [], passages: [],
	};
}

function withProblem(document: SourceDocument, problem: string): SourceDocument {
	document.problems.push(problem);
	return document;
}

function describe(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split("\n")[0].slice(0, 160); // one short line is enough for a reader
}
