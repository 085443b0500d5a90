// Detectors that tell a document's kind from its content when no exporter's format names it: quotes
// kept as highlights, speech under a transcript heading or full of fillers, digests of someone
// else's work, articles, and (by elimination) the reader's own notes. Each rule names the kind of
// text it recognises; the thresholds are set from what those kinds of text look like, not from any
// one document.

import type { DocumentKind } from "../model";
import { parseTimecode } from "../text/timecode";
import type { SourceProfile } from "./profile";
import { type SourceText, contentEnd, contentStart, frontmatterString } from "./source-text";
import { voiceOf, voiceRate } from "./voice";

export type Detector = (source: SourceText, profile: SourceProfile) => number | null;

export const nonBlank = (profile: SourceProfile): number => Math.max(1, profile.lines - profile.blankLines);

const MIN_QUOTE_LINES = 2; // one quote and its callout mark: a single kept passage
const QUOTE_SHARE = 0.5; // half the lines quoted: the note is the quotes
const MIN_ICON_SEPARATORS = 3; // the same image three times is a separator, not an illustration
const ICON_SHARE = 0.3; // an icon between every two highlights is a third of the lines or more
const MIN_TAGGED_LINES = 3; // a commonplace tags passage after passage
const TAGGED_SHARE = 0.2; // a fifth of its lines end in tags
const COPIED_LIST_SHARE = 0.1; // a list copied with a passage, not the reader's outline
const TRANSCRIPT_SECTION_SHARE = 0.5; // the section under a transcript heading holds half the note or more
const WHOLE_TRANSCRIPT_SHARE = 0.2; // …or a fifth, when it is the whole transcript or the rest is speech too
const MIN_SPEECH_WORDS = 150; // shorter text is too little to hear a voice in
const MIN_SPEECH_MARKERS = 6; // a few "you know"s can be quoted speech
const SPEECH_MARKERS_PER_THOUSAND = 3; // transcripts hold 5–25 fillers per 1,000 words; edited writing about none
const MAX_FRAME_HEADINGS = 2; // speech framed by a title and a metadata heading at most
const UNPUNCTUATED_WORDS_PER_SENTENCE = 80; // as the raw reader's detector: fewer stops than this is unpunctuated
const MIN_DIGEST_WORDS = 80; // a digest says something
const DIGEST_MAX_FIRST_PERSON = 20; // per 1,000 words: a reader's own notes under a "Key takeaways" heading say "I" more often (a digest's reflection questions say it too)
const SUMMARY_MAX_FIRST_PERSON = 5; // per 1,000 words: a summary citing its recording is impersonal
const MIN_CITED_STAMPS = 3; // a digest cites its recording again and again
export const NOTE_MIN_FIRST_PERSON = 8; // per 1,000 words: "I", "my", "me" this often is the reader's own voice
export const TEMPLATE_EMPTY_SECTIONS = 2; // a note template's sections left empty ("Context", "Things to explore"): published text has none

/** Omnivore's `> [!quote]` callouts and other notes made of quotes, a line of the reader's between some. */
export const detectQuoteHighlights: Detector = (_source, profile) =>
	profile.quoteLines >= MIN_QUOTE_LINES && profile.quoteLines >= nonBlank(profile) * QUOTE_SHARE ? 0.8 : null;

/** Highlights copied from a web app's list (Readwise's), the same icon image between every two. */
export const detectIconSeparatedHighlights: Detector = (_source, profile) =>
	profile.repeatedImageLines >= MIN_ICON_SEPARATORS && profile.repeatedImageLines >= nonBlank(profile) * ICON_SHARE ? 0.8 : null;

/** A commonplace book: passages copied from a book and tagged one by one (`… #economics #growth`), or filed under an opening tag (`#davidfosterwallace`, `#Books`), with no headings or lists of the reader's own. */
export const detectTaggedPassages: Detector = (source, profile) => {
	const lines = nonBlank(profile);
	const tagged = profile.taggedLines >= MIN_TAGGED_LINES && profile.taggedLines >= lines * TAGGED_SHARE;
	if (!tagged && (profile.taggedLines === 0 || !opensWithTagLine(source))) return null; // no tagged line, no search for the first
	if (profile.markdownHeadings > 1 || profile.listChars > profile.textChars * COPIED_LIST_SHARE) return null; // headings and lists are a note's
	if (profile.taggedLines < 2 && !profile.proseLinesAtLeast(1)) return null; // under one tag, a passage of some length
	return tagged || profile.taggedLines > 1 || firstPersonRate(source) < NOTE_MIN_FIRST_PERSON ? 0.55 : null; // a passage after passage tagged is a commonplace, whoever says "I" in them; under one tag, a diary in the first person is not
};

const TAG_LINE = /^#[\p{L}\p{N}_/-]+(?:\s+#[\p{L}\p{N}_/-]+)*$/u;

/** The body's first line holds only tags: the collection the passages below are filed under. */
function opensWithTagLine(source: SourceText): boolean {
	for (let index = 0; index < source.lineStarts.length; index++) {
		const line = source.raw.slice(contentStart(source, index), contentEnd(source, index));
		if (line) return TAG_LINE.test(line);
	}
	return false;
}

const HIGHLIGHTS_SECTION_SHARE = 0.5; // the passages under the heading are most of the note
/** The frontmatter names a highlighting service as what delivered the note (`deliveredBy: [readwise, …]`, `tags: [omnivore]`, `source: snipd`; "hypothesis" alone is a research note's word, not the service). */
const DELIVERED_BY_HIGHLIGHTER = /(?:^|[:[,-])[ \t]*["']?(?:readwise|omnivore|snipd|glasp|hypothes\.is)["']?[ \t]*(?:[,\]]|$)/im;

/** Highlights under a `# Highlights` heading that holds most of the note (custom Readwise, Kindle and reading-app templates). */
export const detectHighlightsSection: Detector = (source, profile) => {
	const at = profile.highlightsHeadingAt;
	return at >= 0 && source.raw.length - at >= (source.raw.length - source.bodyStart) * HIGHLIGHTS_SECTION_SHARE ? 0.8 : null;
};

const SYNC_NOTICE = /^(?:[#>*-]+\s*)?(?:New highlights added|Highlights first synced by)\b/m; // what Readwise writes above the highlights it appends
const SYNC_NOTICE_CHARS = 4000; // the notice opens the note or the appended part

/** A note synced by a highlighting service under a custom template: its frontmatter names the service, or Readwise's sync notice opens it. */
export const detectDeliveredByHighlighter: Detector = (source) => {
	if (DELIVERED_BY_HIGHLIGHTER.test(source.frontmatterText)) return 0.79; // below the formats that name the exporter's layout
	const head = source.raw.slice(source.bodyStart, source.bodyStart + SYNC_NOTICE_CHARS);
	return head.includes(" highlights ") || head.includes("Highlights first") ? (SYNC_NOTICE.test(head) ? 0.79 : null) : null; // the literal first: the expression tries every line
};

/**
 * YouTube-transcript vaults and podcast pages: a summary, then the spoken words under a `## Transcript`
 * heading that holds most of the note; or a good part of it when the heading says it is the whole
 * transcript (`## Full Transcript`: the recording's words, whatever summary is put on top) or the
 * summary above is itself speech (a summariser that pasted the speaker's words into its insights).
 */
export const detectTranscriptSection: Detector = (source, profile) => {
	const at = profile.transcriptHeadingAt;
	if (at < 0) return null;
	const share = (source.raw.length - at) / Math.max(1, source.raw.length - source.bodyStart);
	if (share >= TRANSCRIPT_SECTION_SHARE) return 0.86;
	return share >= WHOLE_TRANSCRIPT_SHARE && (profile.wholeTranscriptHeading || soundsSpoken(source)) ? 0.86 : null;
};

/** The body's first pages hold the fillers of speech at a speaker's rate. */
export function soundsSpoken(source: SourceText): boolean {
	if (!mayHoldFillers(source)) return false;
	const voice = voiceOf(source);
	return voice.speechMarkers >= MIN_SPEECH_MARKERS && voiceRate(voice, voice.speechMarkers) >= SPEECH_MARKERS_PER_THOUSAND;
}

/** Punctuated speech-to-text or captions as paragraphs: the fillers of speech, which writing never holds, framed at most by a title and a metadata list (outranking a clipper's keys: a saved transcript page is speech). */
export const detectSpeechText: Detector = (source, profile) => {
	if (!speechIsFramedOnly(profile) || !profile.wordsAtLeast(MIN_SPEECH_WORDS) || !soundsSpoken(source)) return null;
	return profile.sentencesSparserThan(UNPUNCTUATED_WORDS_PER_SENTENCE) ? null : 0.67; // unpunctuated speech is the raw reader's
};

const FILLER = /\b(?:[Uu](?:m+|h+)|[Yy]ou know|[Yy]eah|[Oo]kay|I mean)\b/; // one found: then the voice is read and every filler counted (voice.ts)
const FILLER_SEARCH_CHARS = 4 * 1024; // about 700 words: speech says a filler in its first few hundred words

/** The body's first pages hold a filler: only then are the fillers counted. */
function mayHoldFillers(source: SourceText): boolean {
	return FILLER.test(source.raw.slice(source.bodyStart, source.bodyStart + FILLER_SEARCH_CHARS));
}

const MAX_FRAME_ITEMS = 8; // a metadata list above speech (channel, date, source…)
const MAX_FRAME_SHARE = 0.2; // …holds a few words beside the speech's hundreds

/** Headings and list items no more than a title and a metadata list above speech: a note of lists is not speech. */
export function speechIsFramedOnly(profile: SourceProfile): boolean {
	if (profile.markdownHeadings > MAX_FRAME_HEADINGS) return false;
	if (profile.bulletLines <= nonBlank(profile) * 0.1) return true; // line shapes decide: no words need counting
	return profile.bulletLines <= MAX_FRAME_ITEMS && profile.listChars <= profile.textChars * MAX_FRAME_SHARE;
}

/**
 * A digest of someone else's work: sections named for its key ideas, core insights, timeline or cast,
 * not in the reader's own first person; or a note opening with `## Summary` of the work in no one's "I".
 */
export const detectDigestSections: Detector = (source, profile) => {
	if ((profile.digestHeadings === 0 && !profile.opensWithSummary) || profile.emptySections >= TEMPLATE_EMPTY_SECTIONS || !profile.wordsAtLeast(MIN_DIGEST_WORDS)) return null; // a note template's empty sections: the reader's own notes on the work
	return firstPersonRate(source) < (profile.digestHeadings > 0 ? DIGEST_MAX_FIRST_PERSON : NOTE_MIN_FIRST_PERSON) ? 0.62 : null;
};

/** A summary of a recording that cites it (`… personalisation [00:01:25].`): stamps inside its sentences, an impersonal voice. */
export const detectCitedSummary: Detector = (source, profile) => {
	if (!profile.hasClock || !profile.wordsAtLeast(MIN_DIGEST_WORDS) || voiceOf(source).citedStamps < MIN_CITED_STAMPS) return null; // no clock time, no stamp: the voice need not be read
	return firstPersonRate(source) < SUMMARY_MAX_FIRST_PERSON ? 0.62 : null;
};

/** `kind` is left to the importer's own declaration, trusted only beside `imported-from`. */
const DECLARED_KIND_KEYS = ["type", "variant", "content_type", "note_type", "doc_type", "media_type"];
/** Values that name a kind outright; "article" or "book" may name what a reader's notes are about, so they are not read. */
const DECLARED_KINDS: Readonly<Record<string, DocumentKind>> = {
	transcript: "transcript", transcripts: "transcript", transcription: "transcript", captions: "transcript", subtitles: "transcript",
	highlight: "highlights", highlights: "highlights", insight: "insights", insights: "insights",
};

/** A `type: insight` line as written, for frontmatter YAML could not read (an unquoted colon in another value). */
const DECLARED_KIND_LINE = /^(?:type|variant|content_type|note_type|doc_type|media_type)[ \t]*:[ \t]*["']?([a-z]+)["']?[ \t]*$/im;

/** The kind a note's own frontmatter names (`variant: transcript`, `type: highlights`), or null. */
export function declaredKind(source: SourceText): DocumentKind | null {
	for (const key of DECLARED_KIND_KEYS) {
		const value = frontmatterString(source, key);
		const kind = value ? DECLARED_KINDS[value.toLowerCase()] : undefined;
		if (kind) return kind;
	}
	if (Object.keys(source.data).length > 0 || !source.frontmatterText) return null;
	const line = DECLARED_KIND_LINE.exec(source.frontmatterText);
	return line ? DECLARED_KINDS[line[1].toLowerCase()] ?? null : null;
}

export const detectDeclaredTranscript: Detector = (source) => (declaredKind(source) === "transcript" || saysItIsATranscript(source) ? 0.7 : null);

/** "A transcript of …" under the title, "# Transcript: …", "# … (transcript)": the note says what it is. */
const TRANSCRIPT_OF = /^(?:an? |the )?(?:(?:full|edited|complete|lightly edited|verbatim|raw|partial)\s+)?transcript(?:ion)?\s+(?:of|from|for)\b/i;
const TRANSCRIPT_TITLE = /^#[ \t]+(?:transcript(?:ion)?\b\s*[:—–-]|.*[-—–(:|]\s*(?:full |raw |edited )?transcript\)?\s*$)/i;
const HEAD_LINES = 3; // the title and the lines under it
const LONGEST_TITLE_LINE = 300; // characters: a title or a subtitle is shorter
const EMPHASIS = /^[*_>\s]+|[*_\s]+$/g;

function saysItIsATranscript(source: SourceText): boolean {
	let seen = 0;
	for (let index = 0; index < source.lineStarts.length && seen < HEAD_LINES; index++) {
		const start = contentStart(source, index);
		const end = contentEnd(source, index);
		if (start >= end) continue;
		seen++;
		if (end - start > LONGEST_TITLE_LINE) continue; // a paragraph, not a title or the line under it
		const line = source.raw.slice(start, end);
		if (TRANSCRIPT_TITLE.test(line) || TRANSCRIPT_OF.test(line.replace(EMPHASIS, ""))) return true;
	}
	return false;
}
export const detectDeclaredHighlights: Detector = (source) => (declaredKind(source) === "highlights" ? 0.7 : null);
export const detectDeclaredInsights: Detector = (source) => (declaredKind(source) === "insights" ? 0.7 : null);

const TIMESTAMP_LINK = /^(?:[-*+]\s+)?\[\(?(\d{1,2}:\d{2}(?::\d{2})?)\)?\]\(https?:/; // as the timestamp-link reader reads it
const MIN_SPOKEN_WORDS_PER_MINUTE = 30; // speech runs at 120–180 words a minute; a reader's notes on a video hold a few
const MIN_JUDGED_SPAN_SECONDS = 300; // over a shorter stretch the density says little
const SECONDS_PER_MINUTE = 60;

/**
 * Lines opening with timestamp links are a transcript when their words could have been spoken in the
 * time the stamps span; a reader's notes on a video (a line every few minutes) hold far fewer.
 */
export function timestampLinksCoverSpeech(source: SourceText, profile: SourceProfile): boolean {
	const first = edgeStampSeconds(source, 1);
	const last = edgeStampSeconds(source, -1);
	if (first === null || last === null || last - first < MIN_JUDGED_SPAN_SECONDS) return true;
	return profile.words >= ((last - first) / SECONDS_PER_MINUTE) * MIN_SPOKEN_WORDS_PER_MINUTE;
}

/** The seconds of the first (step 1) or last (step -1) line's timestamp link: the search stops at the first line found from that end. */
function edgeStampSeconds(source: SourceText, step: 1 | -1): number | null {
	const count = source.lineStarts.length;
	for (let k = 0; k < count; k++) {
		const index = step > 0 ? k : count - 1 - k;
		const link = TIMESTAMP_LINK.exec(source.raw.slice(contentStart(source, index), contentEnd(source, index)));
		if (link) return parseTimecode(link[1]);
	}
	return null;
}

/** "I", "me", "my" per thousand words of the body's first pages. */
export function firstPersonRate(source: SourceText): number {
	const voice = voiceOf(source);
	return voiceRate(voice, voice.firstPerson);
}
