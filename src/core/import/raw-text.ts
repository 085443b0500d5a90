// Plain text: speech (speaker turns, caption dumps, unpunctuated or punctuated speech-to-text) cut
// into paragraphs at natural pauses, or prose whose paragraphs are kept.
import { paragraphsWithIds } from "./block-ids";
import { buildFrontmatter } from "./frontmatter";
import { safeFileName } from "./file-name";
import { type SpeechTextFormat, speechStretches, speechTextFormat, splitAtSentences, turnParagraphs } from "./speech-text";
import { collapseWhitespace, normalizeLineEndings } from "./text-input";
import { titleFromFileName } from "./transcript";
import type { ImportedNote } from "./types";

const WORDS_PER_SENTENCE_END = 60; // prose ends a sentence every 15–30 words; speech-to-text almost never
const SPEECH_PARAGRAPH = 600; // characters: from here a pause word opens a new paragraph
const SPEECH_PARAGRAPH_MAX = 900; // characters: past this a paragraph is cut at the next word
const PROSE_PARAGRAPH_MAX = 2000; // characters: longer prose paragraphs are cut at sentence ends
const PROSE_SPLIT_AT = 800; // characters: where such a cut is looked for
const TITLE_LINE_MAX = 100; // a first line longer than this is text, not a title
// Words with which speakers start a new thought; a paragraph break before them reads naturally.
const PAUSE_WORDS = new Set(["so", "and", "but", "now", "okay", "ok", "anyway", "well", "right", "because", "actually", "yeah"]);

/** True when the text reads as unpunctuated speech rather than prose. */
export function isUnpunctuatedSpeech(text: string): boolean {
	const words = text.split(/\s+/).filter((word) => word !== "").length;
	const sentenceEnds = (text.match(/[.?!…](?=\s|$)/g) ?? []).length;
	return words >= 20 && sentenceEnds * WORDS_PER_SENTENCE_END < words; // 20 words: too little to judge below that
}

/** Speech as paragraphs: a break before a pause word past SPEECH_PARAGRAPH, forced past the max. */
export function splitSpeech(text: string): string[] {
	const paragraphs: string[] = [];
	let current: string[] = [];
	let length = 0;
	for (const word of collapseWhitespace(text).split(" ")) {
		const pause = PAUSE_WORDS.has(word.toLowerCase());
		if (length >= SPEECH_PARAGRAPH_MAX || (length >= SPEECH_PARAGRAPH && pause)) {
			paragraphs.push(current.join(" "));
			current = [];
			length = 0;
		}
		current.push(word);
		length += word.length + 1;
	}
	if (current.length > 0 && current[0] !== "") paragraphs.push(current.join(" "));
	return paragraphs;
}

/** Prose paragraphs as written (split at blank lines), very long ones cut at a sentence end. */
export function splitProse(text: string): string[] {
	const paragraphs: string[] = [];
	for (const block of text.split(/\n[ \t]*\n/)) {
		let rest = block.trim();
		while (rest.length > PROSE_PARAGRAPH_MAX) {
			const cut = sentenceEndAfter(rest, PROSE_SPLIT_AT);
			if (cut < 0) break;
			paragraphs.push(rest.slice(0, cut).trim());
			rest = rest.slice(cut).trim();
		}
		if (rest !== "") paragraphs.push(rest);
	}
	return paragraphs;
}

function sentenceEndAfter(text: string, from: number): number {
	const pattern = /[.?!…]["'”’)]?\s/g;
	pattern.lastIndex = from;
	const match = pattern.exec(text);
	return match ? match.index + match[0].length : -1;
}

/** A note from plain text; the title is a short first line, else the file name, else the first words. */
export function convertRawText(raw: string, importedFrom: string, formatName?: string): ImportedNote | null {
	const text = normalizeLineEndings(raw).trim();
	if (text === "") return null;
	const speech = isUnpunctuatedSpeech(text);
	const spoken = formatName === undefined ? speechTextFormat(text, speech) : null; // whisper's JSON text is speech already
	if (spoken) return spokenTextNote(spoken, text, importedFrom);
	// Speech has no title line; prose may open with one (short, no closing punctuation, then a blank line).
	const firstLine = text.split("\n")[0].trim();
	const hasTitleLine = !speech && /^[^\n]+\n[ \t]*\n/.test(text) && firstLine.length <= TITLE_LINE_MAX && !/[.,;:]$/.test(firstLine);
	const body = hasTitleLine ? text.slice(text.indexOf("\n")).trim() : text;
	const paragraphs = speech ? splitSpeech(body) : splitProse(body);
	const title = hasTitleLine ? firstLine.replace(/^#+\s*/, "") : fallbackTitle(importedFrom, body);
	const format = formatName ?? (speech ? "raw" : "text");
	const kind = speech ? "transcript" : "article";
	const frontmatter = buildFrontmatter({ kind, format, title, importedFrom });
	const markdown = `${frontmatter}\n${paragraphsWithIds(paragraphs)}\n`;
	return { title, fileName: safeFileName(title), markdown, kind, format, author: null };
}

/** A transcript note for speech without cue timings; it has no title line, so its title is the file's name (or its first words). */
function spokenTextNote(format: SpeechTextFormat, text: string, importedFrom: string): ImportedNote {
	const paragraphs = format === "speaker-turns" ? turnParagraphs(text) : speechStretches(format, text).flatMap((stretch) => (isUnpunctuatedSpeech(stretch) ? splitSpeech(stretch) : splitAtSentences(stretch)));
	const title = fallbackTitle(importedFrom, paragraphs.join(" ").replace(/\[\d{1,2}:\d{2}(?::\d{2})?\]/g, ""));
	const frontmatter = buildFrontmatter({ kind: "transcript", format, title, importedFrom });
	return { title, fileName: safeFileName(title), markdown: `${frontmatter}\n${paragraphsWithIds(paragraphs)}\n`, kind: "transcript", format, author: null };
}

function fallbackTitle(importedFrom: string, body: string): string {
	if (importedFrom !== "clipboard.txt") return titleFromFileName(importedFrom).title;
	const words = collapseWhitespace(body).split(" ").slice(0, 8).join(" "); // eight words name a clipping well enough
	return words.replace(/[.,;:!?]+$/, "");
}
