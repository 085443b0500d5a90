// Which format an input is in, from its content first and its extension second, and the notes it makes.
import { looksLikeSrt, looksLikeVtt, looksLikeWhisperCpp, parseSrt, parseVtt, parseWhisperCpp } from "./captions";
import { convertKindleClippings, looksLikeKindleClippings } from "./kindle";
import { convertRawText } from "./raw-text";
import { convertReadwiseCsv, convertReadwiseMarkdown, looksLikeReadwiseCsv, looksLikeReadwiseMarkdown } from "./readwise";
import { baseName, extensionOf, looksBinary, normalizeLineEndings } from "./text-input";
import { transcriptNote } from "./transcript";
import { readWhisperJson } from "./whisper-json";
import type { ConversionResult, ImportedNote, SpeechCue } from "./types";

/** The synthetic name a clipboard import goes by: a `.txt`, so every format is sniffed from content. */
export const CLIPBOARD_FILE_NAME = "clipboard.txt";

// Extensions whose content may be plain text of any of the formats below.
const TEXT_EXTENSIONS = new Set(["", "txt", "text", "md", "markdown", "srt", "vtt", "json", "csv", "tsv", "log"]);

export type ImportFormat = "srt" | "vtt" | "whisper-json" | "whisper-cpp" | "kindle" | "readwise-csv" | "readwise" | "raw-text";

/** The format the content is in, or null when it is none the importer reads. */
export function detectImportFormat(fileName: string, text: string): ImportFormat | null {
	const extension = extensionOf(fileName);
	const head = text.replace(/^\uFEFF/, "").trimStart();
	if (extension === "json" || head.startsWith("{") || head.startsWith("[{")) {
		if (extension === "json" || /"segments"|"start"/.test(head.slice(0, 4000))) return "whisper-json"; // the keys show early
	}
	if (looksLikeVtt(head)) return "vtt";
	if (looksLikeSrt(text)) return "srt";
	if (looksLikeWhisperCpp(text)) return "whisper-cpp";
	if (looksLikeKindleClippings(text)) return "kindle";
	if (looksLikeReadwiseCsv(head)) return "readwise-csv";
	if (extension === "md" || extension === "markdown" || extension === "") {
		if (looksLikeReadwiseMarkdown(text)) return "readwise";
	}
	if (["txt", "text", "md", "markdown", ""].includes(extension)) return "raw-text";
	return null;
}

/** Converts one input. Never throws: anything unreadable comes back as a plain-words problem. */
export function convertImport(fileName: string, text: string): ConversionResult {
	const name = baseName(fileName);
	if (!TEXT_EXTENSIONS.has(extensionOf(name))) {
		return failed(null, `"${extensionOf(name)}" files cannot be imported; use .srt, .vtt, .txt, .json, .csv or .md`);
	}
	if (looksBinary(text)) return failed(null, "the file is binary, not text");
	if (normalizeLineEndings(text).trim() === "") return failed(null, "the file is empty");
	const format = detectImportFormat(name, text);
	if (format === null) return failed(null, problemForUnknown(name));
	try {
		return convertAs(format, name, text);
	} catch (error) {
		// A converter bug must not stop the other files; the reader gets plain words.
		return failed(format, `the file could not be read as ${format}: ${error instanceof Error ? error.message : String(error)}`);
	}
}

/** The clipboard's text through the same converters, its format sniffed from content. */
export function convertClipboard(text: string): ConversionResult {
	return convertImport(CLIPBOARD_FILE_NAME, text);
}

function convertAs(format: ImportFormat, name: string, text: string): ConversionResult {
	switch (format) {
		case "srt":
			return fromCues(format, name, parseSrt(text), "no subtitles with text were found");
		case "vtt":
			return fromCues(format, name, parseVtt(text), "no captions with text were found");
		case "whisper-cpp":
			return fromCues(format, name, parseWhisperCpp(text), "no timed lines with text were found");
		case "whisper-json":
			return fromWhisperJson(name, text);
		case "kindle":
			return fromNotes(format, convertKindleClippings(text, name), "the clippings file holds only bookmarks or empty entries");
		case "readwise-csv":
			return fromNotes(format, convertReadwiseCsv(text, name), "the Readwise CSV has no highlights");
		case "readwise":
			return fromNotes(format, [convertReadwiseMarkdown(text, name)], "");
		case "raw-text": {
			const note = convertRawText(text, name);
			return fromNotes(note ? note.format : format, note ? [note] : [], "the file is empty");
		}
	}
}

function fromWhisperJson(name: string, text: string): ConversionResult {
	const reading = readWhisperJson(normalizeLineEndings(text));
	if (reading.kind === "segments") return fromCues("whisper-json", name, reading.cues, "");
	if (reading.kind === "not-whisper") return failed(null, reading.problem);
	const note = convertRawText(reading.text, name, "whisper-json");
	return fromNotes("whisper-json", note ? [note] : [], "the transcript is empty");
}

function fromCues(format: string, name: string, cues: SpeechCue[], emptyProblem: string): ConversionResult {
	const note = transcriptNote({ fileName: name, format, cues });
	return note ? { format, notes: [note], problem: null } : failed(format, emptyProblem);
}

function fromNotes(format: string, notes: ImportedNote[], emptyProblem: string): ConversionResult {
	return notes.length > 0 ? { format, notes, problem: null } : failed(format, emptyProblem);
}

function failed(format: string | null, problem: string): ConversionResult {
	return { format, notes: [], problem };
}

function problemForUnknown(name: string): string {
	const extension = extensionOf(name);
	if (extension === "srt" || extension === "vtt") return "no subtitle timings were found in this caption file";
	if (extension === "csv") return "the CSV is not a Readwise export (no Highlight and Book Title columns)";
	return "the format of this file is not one the importer reads";
}
