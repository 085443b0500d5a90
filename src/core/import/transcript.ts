// Speech cues into a readable transcript note: rolling captions merged, paragraphs of a sensible
// length, each opening with the time it starts at.
import { formatTimecode } from "../text/timecode";
import { paragraphsWithIds } from "./block-ids";
import { buildFrontmatter } from "./frontmatter";
import { collapseWhitespace, stemOf } from "./text-input";
import { safeFileName } from "./file-name";
import type { ImportedNote, SpeechCue } from "./types";

const RECENT_LINES = 3; // rolling captions repeat the previous one or two lines; three is a margin
const TAIL_WORDS = 40; // how far back a partly repeated line is looked for
const MIN_OVERLAP_WORDS = 3; // fewer repeated words may be real speech ("no no"), not a caption roll
const SOFT_PARAGRAPH = 500; // characters: from here a sentence end closes the paragraph
const HARD_PARAGRAPH = 800; // characters: unpunctuated captions are cut here regardless
const PAUSE_PARAGRAPH = 200; // characters: from here a pause closes the paragraph
const PAUSE_SECONDS = 2; // a silence this long is a natural paragraph break
const LONG_PAUSE_SECONDS = 5; // a silence this long is a change of scene, whatever the length so far

const wordKey = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}']/gu, "");

/** Merges cues so that no text repeats: rolling captions, 10 ms transition cues, blank cues. */
export function mergeRollingCues(cues: SpeechCue[]): SpeechCue[] {
	const merged: SpeechCue[] = [];
	const recentLines: string[] = [];
	let tail: string[] = [];
	for (const cue of cues) {
		const fresh: string[] = [];
		for (const rawLine of cue.text.split("\n")) {
			const line = collapseWhitespace(rawLine);
			if (line === "" || recentLines.includes(line.toLowerCase())) continue;
			let words = line.split(" ");
			const overlap = overlapLength(tail, words.map(wordKey));
			if (overlap >= MIN_OVERLAP_WORDS) words = words.slice(overlap);
			if (words.length === 0) continue;
			fresh.push(words.join(" "));
			recentLines.push(line.toLowerCase());
			if (recentLines.length > RECENT_LINES) recentLines.shift();
			tail = tail.concat(words.map(wordKey)).slice(-TAIL_WORDS);
		}
		const last = merged[merged.length - 1];
		if (fresh.length > 0) merged.push({ start: cue.start, end: cue.end, text: fresh.join(" ") });
		else if (last) last.end = Math.max(last.end, cue.end);
	}
	return merged;
}

/** The longest k such that the last k words of `tail` equal the first k of `words`. */
function overlapLength(tail: string[], words: string[]): number {
	const limit = Math.min(tail.length, words.length);
	for (let k = limit; k > 0; k--) {
		let same = true;
		for (let i = 0; i < k && same; i++) same = tail[tail.length - k + i] === words[i];
		if (same) return k;
	}
	return 0;
}

export interface TimedParagraph {
	seconds: number;
	text: string;
}

/** Groups merged cues into paragraphs at sentence ends, pauses, or a hard length. */
export function cuesToParagraphs(cues: SpeechCue[]): TimedParagraph[] {
	const paragraphs: TimedParagraph[] = [];
	let current: TimedParagraph | null = null;
	let previousEnd = 0;
	for (const cue of cues) {
		if (current && shouldClose(current.text, cue.start - previousEnd)) {
			paragraphs.push(current);
			current = null;
		}
		if (current) current.text += ` ${cue.text}`;
		else current = { seconds: cue.start, text: cue.text };
		previousEnd = cue.end;
	}
	if (current) paragraphs.push(current);
	return paragraphs;
}

function shouldClose(text: string, pause: number): boolean {
	if (text.length >= HARD_PARAGRAPH || pause >= LONG_PAUSE_SECONDS) return true;
	if (text.length >= SOFT_PARAGRAPH && /[.?!…]["'”’)\]]?$/.test(text)) return true;
	return text.length >= PAUSE_PARAGRAPH && pause >= PAUSE_SECONDS;
}

/** A title (and YouTube address) from a caption file's name: `Talk [dQw4w9WgXcQ].en.srt`. */
export function titleFromFileName(fileName: string): { title: string; source: string | null } {
	let stem = stemOf(fileName).replace(/\.[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/, "");
	let source: string | null = null;
	const youtube = / ?\[([A-Za-z0-9_-]{11})\]$/.exec(stem); // yt-dlp's default name ends in the 11-character video id
	if (youtube) {
		source = `https://www.youtube.com/watch?v=${youtube[1]}`;
		stem = stem.slice(0, youtube.index);
	}
	if (!stem.includes(" ")) stem = stem.replace(/_+/g, " ");
	const title = collapseWhitespace(stem);
	return { title: title === "" ? "Untitled transcript" : title, source };
}

export interface TranscriptDraft {
	fileName: string;
	format: string;
	cues: SpeechCue[];
	title?: string;
	author?: string | null;
	date?: string | null;
	source?: string | null;
}

/** The note for a timed transcript; null when no cue holds any words. */
export function transcriptNote(draft: TranscriptDraft): ImportedNote | null {
	const merged = mergeRollingCues(draft.cues);
	if (merged.length === 0) return null;
	const named = titleFromFileName(draft.fileName);
	const title = draft.title ?? named.title;
	// A loop, not Math.max(...ends): spreading 100k cues would overflow the call stack.
	const duration = draft.cues.reduce((longest, cue) => (Number.isFinite(cue.end) && cue.end > longest ? cue.end : longest), 0);
	// Each paragraph closes with a block id from its timestamp, so a link can open the passage itself.
	const body = paragraphsWithIds(cuesToParagraphs(merged).map((paragraph) => `[${formatTimecode(paragraph.seconds)}] ${paragraph.text}`));
	const frontmatter = buildFrontmatter({
		kind: "transcript",
		format: draft.format,
		title,
		author: draft.author ?? null,
		date: draft.date ?? null,
		source: draft.source ?? named.source,
		durationSeconds: duration > 0 ? duration : null,
		importedFrom: draft.fileName,
	});
	return { title, fileName: safeFileName(title), markdown: `${frontmatter}\n${body}\n`, kind: "transcript", format: draft.format, author: draft.author ?? null };
}
