// Plain text that is speech although no cue timing says so: speaker turns opened by a stamp
// (`[Speaker 1] [00:00] …`, `Ann (00:01:02): …`), caption dumps (YouTube's captions saved as text:
// short lines cut mid-sentence, ">>" at each change of speaker) and punctuated speech-to-text (the
// fillers of speech, which writing never holds). Each becomes a transcript note.

import { countVoice, voiceRate } from "../sources/voice";
import { formatTimecode, parseTimecode } from "../text/timecode";
import { collapseWhitespace } from "./text-input";

export type SpeechTextFormat = "speaker-turns" | "captions-text" | "speech-text";

/** A turn's opening: an optional speaker (`[Speaker 1]`, `Ann`, `Dr. Ann Lee`) and a stamp, then its words. */
const TURN = /^(?:(?:\[([^\]\n]{1,40})\]|([A-Z][\w.'’ -]{0,40}?))[ \t]*)?[[(](\d{1,2}:\d{2}(?::\d{2})?)[\])]:?[ \t]*(.*)$/;
/** The header yt-dlp and transcript extractors write above a caption dump. */
const CAPTION_HEADER = /^(?:Kind|Language):[ \t]*\S+$/;
const BOLD_LINE = /^\*\*[^*\n]+\*\*$/; // an extractor's banner ("**Transcript extracted from YouTube video**")
const HEADER_LINES = 5; // headers sit in the first lines
const MIN_TURNS = 3; // fewer stamped lines are a note quoting times
const TURN_SHARE = 0.5; // half the lines open a turn
const MIN_CAPTION_LINES = 20; // a caption dump runs to hundreds of lines
const CAPTION_MEDIAN_CHARS = 50; // captions hold about 42 characters a line; hard-wrapped prose 60–80
const CAPTION_CUT_SHARE = 0.6; // most caption lines stop mid-sentence
const CAPTION_LOWER_SHARE = 0.3; // …so many of the next ones open in lower case
const MIN_SPEECH_MARKERS = 8; // as the source detectors: a few "you know"s can be quoted speech
const SPEECH_MARKERS_PER_THOUSAND = 3; // transcripts hold 5–25 fillers per 1,000 words; writing about none
const SOFT_PARAGRAPH = 600; // characters: from here a sentence end closes the paragraph
const HARD_PARAGRAPH = 900; // characters: past this a paragraph closes at the next word
const TURN_MARK = />>\s*/g;

/** The shape of speech the text has, or null when it reads as writing (or as unpunctuated speech, which the caller cuts at pauses). */
export function speechTextFormat(text: string, unpunctuated: boolean): SpeechTextFormat | null {
	const lines = text.split("\n").map((line) => line.trim()).filter((line) => line !== "");
	const turns = lines.filter((line) => TURN.test(line)).length;
	if (turns >= MIN_TURNS && turns >= lines.length * TURN_SHARE) return "speaker-turns";
	if (lines.slice(0, HEADER_LINES).some((line) => CAPTION_HEADER.test(line))) return "captions-text";
	if (unpunctuated) return null; // cut at pauses as raw speech, caption lines or not
	if (looksCaptionCut(lines)) return "captions-text";
	return hasSpeechFillers(text) ? "speech-text" : null;
}

function looksCaptionCut(lines: readonly string[]): boolean {
	if (lines.length < MIN_CAPTION_LINES) return false;
	const lengths = lines.map((line) => line.length).sort((a, b) => a - b);
	if (lengths[lengths.length >> 1] > CAPTION_MEDIAN_CHARS) return false;
	const cut = lines.filter((line) => !/[.?!…:"”)]$/.test(line)).length;
	const lower = lines.filter((line) => /^[a-z]/.test(line)).length;
	return cut >= lines.length * CAPTION_CUT_SHARE && lower >= lines.length * CAPTION_LOWER_SHARE;
}

/** The fillers of speech ("um", "uh", "you know") often enough that the text was spoken. */
export function hasSpeechFillers(text: string): boolean {
	const voice = countVoice(text);
	return voice.speechMarkers >= MIN_SPEECH_MARKERS && voiceRate(voice, voice.speechMarkers) >= SPEECH_MARKERS_PER_THOUSAND;
}

/** Untimed speech as stretches to cut into paragraphs: a caption dump's speaker turns (its header left out), or speech-to-text's blank-line blocks. */
export function speechStretches(format: "captions-text" | "speech-text", text: string): string[] {
	const lines = text.split("\n").map((line) => line.trim());
	const stretches = format === "captions-text" ? withoutCaptionHeader(lines).join(" ").split(TURN_MARK) : lines.join("\n").split(/\n\s*\n/);
	return stretches.map((stretch) => collapseWhitespace(stretch.replace(TURN_MARK, " "))).filter((stretch) => stretch !== "");
}

function withoutCaptionHeader(lines: readonly string[]): string[] {
	let first = 0;
	while (first < Math.min(lines.length, HEADER_LINES) && (lines[first] === "" || CAPTION_HEADER.test(lines[first]) || BOLD_LINE.test(lines[first]))) first++;
	return lines.slice(first);
}

interface Turn {
	speaker: string | null;
	seconds: number | null;
	text: string;
}

/** Stamped turns as `[0:17] Speaker 2: …` paragraphs, one speaker's consecutive short turns joined. */
export function turnParagraphs(text: string): string[] {
	const turns: Turn[] = [];
	for (const line of text.split("\n").map((each) => each.trim()).filter((each) => each !== "")) {
		const opening = TURN.exec(line);
		const last = turns[turns.length - 1];
		if (!opening) {
			if (last) last.text = `${last.text} ${line}`.trim();
			else turns.push({ speaker: null, seconds: null, text: line }); // words before the first stamp
			continue;
		}
		const speaker = (opening[1] ?? opening[2] ?? "").trim() || null;
		if (last && last.speaker === speaker && last.text.length < SOFT_PARAGRAPH) last.text = `${last.text} ${opening[4]}`.trim(); // one speaker's turn, cut by the transcriber's pauses
		else turns.push({ speaker, seconds: parseTimecode(opening[3]), text: opening[4] });
	}
	return turns.filter((turn) => turn.text !== "").map(turnParagraph);
}

function turnParagraph(turn: Turn): string {
	const stamp = turn.seconds === null ? "" : `[${formatTimecode(turn.seconds)}] `;
	return `${stamp}${turn.speaker ? `${turn.speaker}: ` : ""}${turn.text}`;
}

/** Paragraphs closed at the first sentence end past SOFT_PARAGRAPH characters, or at a word past HARD_PARAGRAPH. */
export function splitAtSentences(text: string): string[] {
	const paragraphs: string[] = [];
	let current: string[] = [];
	let length = 0;
	for (const word of text.split(" ")) {
		if (word === "") continue;
		current.push(word);
		length += word.length + 1;
		if ((length >= SOFT_PARAGRAPH && /[.?!…]["'”’)]?$/.test(word)) || length >= HARD_PARAGRAPH) {
			paragraphs.push(current.join(" "));
			current = [];
			length = 0;
		}
	}
	if (current.length > 0) paragraphs.push(current.join(" "));
	return paragraphs;
}
