// The table of formats Throughline reads. Each detector is a pure function of the note's content
// and frontmatter (never its path) returning a confidence, or null when the format does not apply.
// The most confident wins; on a tie, the earlier row. Add a format by adding a row.
//
// Each format gives the document one of five kinds, as a careful reader would name it:
// - highlights: passages someone else wrote, kept by the reader: exports of Readwise, Kindle, Snipd
//   (also synced through Readwise), Omnivore and Logseq, highlights copied off a web app, a
//   commonplace book of tagged quotes.
// - insights: a digest of someone else's work in its ideas, often machine-written: key ideas, core
//   insights, a timeline and cast, a topic summary citing its recording; not in the reader's "I".
// - transcript: speech as spoken: captions, timed cues, speaker turns, raw or punctuated
//   speech-to-text, a recording's transcript under a `## Transcript` heading below its summary.
// - article: a whole piece someone else wrote for readers: a clipped web page, a saved newsletter,
//   a Reader document, prose with headings in no voice of the reader's.
// - note: the reader's own words: paper, talk and book notes, a summary with their critique; lists of
//   fragments, the first person, a title naming the work. What nothing else claims is a note.

import type { SourceFormat } from "./format";
import type { SourceProfile } from "./profile";
import { readBracketCues, readCueFile, readTimestampLinks } from "./readers/cues";
import { readHighlights } from "./readers/highlights";
import { declaredFormat, importDeclaration } from "./readers/imported";
import { readKindleClippings } from "./readers/kindle";
import { readProse } from "./readers/prose";
import { readInsightLines, readRawSpeech, readSpeakerTurns, readWhisperYoutube } from "./readers/speech";
import { readWhisperJson } from "./readers/whisper-json";
import { readTranscriptSection } from "./readers/transcript-section";
import { type SourceText, frontmatterValue, lineAt } from "./source-text";
import { readsAsOwnNotes, savedPageEvidence } from "./article-evidence";
import {
	type Detector, detectCitedSummary, detectDeclaredInsights, detectDeliveredByHighlighter, detectHighlightsSection, detectDeclaredHighlights, detectDeclaredTranscript, detectDigestSections, detectIconSeparatedHighlights,
	detectQuoteHighlights, detectSpeechText, detectTaggedPassages, detectTranscriptSection, nonBlank, soundsSpoken, speechIsFramedOnly, timestampLinksCoverSpeech,
} from "./kind-detectors";
const has = (source: SourceText, ...keys: string[]): boolean => frontmatterValue(source, ...keys) !== undefined;
const bodyIncludes = (source: SourceText, text: string): boolean => source.raw.indexOf(text, source.bodyStart) >= 0;
const firstLine = (source: SourceText): string => {
	for (let index = 0; index < source.lineStarts.length; index++) {
		const line = lineAt(source, index).trim();
		if (line) return line;
	}
	return "";
};

const READWISE_KEYS = ["readwise_url", "highlight_id", "readwise_id", "book_id", "rw_id", "highlights_url"];
const MIN_DOCUMENT_WORDS = 500; // a Reader export this long holds the document, not a few highlights
const RAW_WORDS_PER_SENTENCE = 80; // speech with fewer stops than one per this many words is unpunctuated
const MIN_RAW_WORDS = 150; // shorter unpunctuated text is a note, not a recording
const MIN_ARTICLE_WORDS = 300; // about a page: shorter prose reads as a note
const RAW_SPEECH_CONFIDENCE = 0.65; // below every transcript format with timing or structure
const INSIGHT_DIGEST_CONFIDENCE = 0.6; // a dense list of prose lines: weaker than raw speech
const SAVED_PAGE_CONFIDENCE = 0.66; // a clipper's frontmatter or a sender outweighs a page's own "Key takeaways" box and few sentence ends (a newsletter of links), not the fillers of speech or quotes
const ARTICLE_CONFIDENCE = 0.5; // prose with headings: the weakest real format
const MIN_SNIP_LINKS = 2; // Snipd links each snip it syncs to share.snipd.com/snip/…
const SNIP_LINK = "share.snipd.com/snip/";

const METADATA_SEARCH_CHARS = 4000; // Readwise puts its metadata heading at the top of the note

/** Whether each note read has Readwise's metadata block: two detectors ask, the whole body is searched once. */
const READWISE_METADATA = new WeakMap<SourceText, boolean>();

const readwiseMetadata = (source: SourceText): boolean => {
	let found = READWISE_METADATA.get(source);
	if (found === undefined) {
		found = hasReadwiseMetadata(source);
		READWISE_METADATA.set(source, found);
	}
	return found;
};

const hasReadwiseMetadata = (source: SourceText): boolean => {
	if (bodyIncludes(source, "Full Title:")) return true;
	const head = source.raw.slice(source.bodyStart, source.bodyStart + METADATA_SEARCH_CHARS);
	return head.includes("# Metadata") && /^#{1,3} Metadata\s*$/m.test(head) && bodyIncludes(source, "Category:"); // the literal first: the regex tries every line
};

export const detectReadwise: Detector = (source, profile) => {
	if (has(source, ...READWISE_KEYS)) return 0.95;
	if (Object.keys(source.data).length > 0 && profile.readwiseLinks > 0) return 0.9;
	return null;
};

export const detectReadwiseOfficial: Detector = (source, profile) => {
	if (readwiseMetadata(source) && (profile.readwiseLinks > 0 || bodyIncludes(source, "## Highlights"))) return 0.9;
	return profile.readwiseLinks > 0 ? 0.85 : null;
};

export const detectReadwiseLogseq: Detector = (source, profile) =>
	profile.logseqProperties >= 2 && /^(?:title|full-title|author|category)::/m.test(source.raw.slice(source.bodyStart)) ? 0.9 : null;

export const detectReadwiseReader: Detector = (source, profile) => {
	if (has(source, "highlight_id")) return null;
	const fromReadwise = has(source, ...READWISE_KEYS) || readwiseMetadata(source);
	if (!fromReadwise) return null;
	if (bodyIncludes(source, "Document") && /^#{1,3} (?:Full )?Document(?: Contents?)?\s*$/m.test(source.raw.slice(source.bodyStart))) return 0.97; // the literal first: the regex tries every line
	return profile.readwiseLinks === 0 && profile.wordsAtLeast(MIN_DOCUMENT_WORDS) ? 0.96 : null;
};

export const detectKindleClippings: Detector = (_source, profile) =>
	profile.kindleSeparators > 0 && profile.kindleEntryLines > 0 ? 0.98 : null;

export const detectKindlePlugin: Detector = (source, profile) =>
	has(source, "kindle-sync") || profile.kindleLocations > 0 ? 0.95 : null;

export const detectSnipd: Detector = (source, profile) => {
	if (profile.headphoneLines > 0) return 0.92;
	return bodyIncludes(source, "## Episode metadata") || (has(source, "snipd_url", "episode_url") && bodyIncludes(source, "snipd")) ? 0.85 : null;
};

/** Snipd synced through Readwise: the official template's `([Time 0:30:37](…snipd…))` links, or a custom template's snip links (below Snipd's own export). */
export const detectSnipdReadwise: Detector = (source, profile) => {
	if (profile.snipdTimeLinks > 0) return 0.97;
	const namesSnipd = source.frontmatterText.includes("snipd") || source.raw.slice(source.bodyStart, source.bodyStart + METADATA_SEARCH_CHARS).includes("snipd"); // the episode's link or the sync's source sits at the top: other notes need no search
	return namesSnipd && occursAtLeast(source, SNIP_LINK, MIN_SNIP_LINKS) ? 0.84 : null;
};

function occursAtLeast(source: SourceText, needle: string, count: number): boolean {
	let seen = 0;
	for (let at = source.raw.indexOf(needle, source.bodyStart); at >= 0 && seen < count; at = source.raw.indexOf(needle, at + needle.length)) seen++;
	return seen >= count;
}

export const detectInsightDigest: Detector = (source, profile) => {
	const lines = nonBlank(profile);
	if (lines < 3 || profile.blankLines > lines * 0.25 || profile.markdownHeadings > 1) return null; // digests are dense lists
	return profile.proseLinesAtLeast((lines - 1) * 0.7) && profile.bulletLines <= lines * 0.5 && firstLine(source).length < 200 ? INSIGHT_DIGEST_CONFIDENCE : null;
};

export const detectWhisperYoutube: Detector = (source, profile) => {
	if (has(source, "Transcription Model", "Date Generated")) return 0.95;
	return profile.starLines >= 10 && profile.starLines >= nonBlank(profile) * 0.6 ? 0.75 : null; // mostly `*  ` lines
};

export const detectWhisperCpp: Detector = (_source, profile) =>
	profile.bracketCueLines >= 2 && profile.bracketCueLines >= nonBlank(profile) * 0.5 ? 0.95 : null;

const firstTimingSeparator = (source: SourceText): string | null => {
	const timing = /\d{2}:\d{2}(?::\d{2})?([.,])\d{1,3}\s*-->/.exec(source.raw.slice(source.bodyStart, source.bodyStart + 2000));
	return timing ? timing[1] : null;
};

export const detectSrt: Detector = (source, profile) =>
	profile.cueTimingLines > 0 && !firstLine(source).startsWith("WEBVTT") && firstTimingSeparator(source) === "," ? 0.93 : null;

export const detectVtt: Detector = (source, profile) => {
	if (firstLine(source).replace(/^\uFEFF/, "").startsWith("WEBVTT")) return 0.97;
	return profile.cueTimingLines > 0 && firstTimingSeparator(source) === "." ? 0.9 : null;
};

export const detectWhisperJson: Detector = (source) =>
	bodyIncludes(source, '"segments"') && /"start"\s*:\s*[\d.]+/.test(source.raw.slice(source.bodyStart)) && bodyIncludes(source, '"text"') ? 0.93 : null;

/** Lines opening with `[01:04](https://youtu.be/…)` links, dense enough in words to be the speech itself rather than notes on it. */
export const detectTimestampLinks: Detector = (source, profile) => {
	if (profile.timestampLinkLines < 3 || profile.timestampLinkLines < nonBlank(profile) * 0.4) return null;
	return timestampLinksCoverSpeech(source, profile) ? 0.88 : null;
};

/** Speaker turns: most opening with a stamp (a recording's), or with a speaker's name, unless a saved web page's conversation reads as written (no fillers of speech). */
export const detectSpeakerTurns: Detector = (source, profile) => {
	const lines = nonBlank(profile);
	if (profile.stampLines >= 3 && profile.stampLines >= lines * 0.3) return 0.8; // most turns open with a stamp
	if (profile.speakerLines < 4 || profile.digestHeadings > 0 || profile.opensWithSummary) return null; // a digest's bold field labels ("**Quick Take:**") are not voices
	if (profile.speakerLines < lines * 0.4 && !isDialogue(profile)) return null;
	return savedPageEvidence(source) === "saved" && !soundsSpoken(source) ? null : 0.7; // a columnists' debate on a news site is an article
};

const MIN_DIALOGUE_TURNS = 8; // an edited conversation: many turns, each perhaps several paragraphs long
const MAIN_SPEAKERS_SHARE = 0.6; // most turns by the same few voices (field labels like "**Key Claim:**" vary)

/** Speaker labels opening many paragraphs, most by the same few voices and at least two of them: an edited conversation whose turns run to several paragraphs. */
function isDialogue(profile: SourceProfile): boolean {
	return profile.speakerLines >= MIN_DIALOGUE_TURNS && profile.recurringSpeakers >= 2 && profile.topSpeakerLines >= profile.speakerLines * MAIN_SPEAKERS_SHARE;
}

/** Unpunctuated speech-to-text, alone or under a title and a metadata list. */
export const detectRawSpeech: Detector = (_source, profile) => {
	if (!speechIsFramedOnly(profile) || !profile.wordsAtLeast(MIN_RAW_WORDS)) return null; // line shapes first: words need every character read
	return profile.sentencesSparserThan(RAW_WORDS_PER_SENTENCE) ? RAW_SPEECH_CONFIDENCE : null;
};

/** A page saved from the web or a newsletter: its clipper's frontmatter, or a sender in its head. */
export const detectSavedPage: Detector = (source, profile) => {
	const page = savedPageEvidence(source);
	if (page === "saved") return SAVED_PAGE_CONFIDENCE;
	return page === "published" && !readsAsOwnNotes(source, profile) ? SAVED_PAGE_CONFIDENCE : null;
};

/** Prose of some length with headings, not in the reader's own voice. */
export const detectArticle: Detector = (source, profile) => {
	if (!profile.wordsAtLeast(MIN_ARTICLE_WORDS) || !profile.proseLinesAtLeast(3)) return null;
	const confidence = profile.markdownHeadings >= 2 || profile.plainHeadingsAtLeast(2 - profile.markdownHeadings) ? ARTICLE_CONFIDENCE : profile.proseLinesAtLeast(5) ? 0.4 : null; // two headings, of either kind
	return confidence !== null && !readsAsOwnNotes(source, profile) ? confidence : null; // the voice is read last, for prose that would otherwise be an article
};

export const SOURCE_FORMATS: readonly SourceFormat[] = [
	{ format: "kindle-clippings", kind: "highlights", detect: detectKindleClippings, read: readKindleClippings, highestConfidence: 0.98 },
	{ format: "snipd-readwise", kind: "highlights", detect: detectSnipdReadwise, read: (source) => readHighlights(source), highestConfidence: 0.97 },
	{ format: "readwise-reader", kind: "article", detect: detectReadwiseReader, read: (source) => readHighlights(source, { asDocument: true }), highestConfidence: 0.97 },
	{ format: "readwise", kind: "highlights", detect: detectReadwise, read: (source) => readHighlights(source), highestConfidence: 0.95 },
	{ format: "readwise-official", kind: "highlights", detect: detectReadwiseOfficial, read: (source) => readHighlights(source), highestConfidence: 0.9 },
	{ format: "readwise-logseq", kind: "highlights", detect: detectReadwiseLogseq, read: (source) => readHighlights(source), highestConfidence: 0.9 },
	{ format: "kindle", kind: "highlights", detect: detectKindlePlugin, read: (source) => readHighlights(source), highestConfidence: 0.95 },
	{ format: "snipd", kind: "highlights", detect: detectSnipd, read: (source) => readHighlights(source), highestConfidence: 0.92 },
	{ format: "transcript-section", kind: "transcript", detect: detectTranscriptSection, read: readTranscriptSection, highestConfidence: 0.86 },
	{ format: "synced-highlights", kind: "highlights", detect: detectDeliveredByHighlighter, read: (source) => readHighlights(source), highestConfidence: 0.79 },
	{ format: "highlights-section", kind: "highlights", detect: detectHighlightsSection, read: (source) => readHighlights(source), highestConfidence: 0.8 },
	{ format: "quotes", kind: "highlights", detect: detectQuoteHighlights, read: (source) => readHighlights(source), highestConfidence: 0.8 },
	{ format: "web-highlights", kind: "highlights", detect: detectIconSeparatedHighlights, read: (source) => readHighlights(source), highestConfidence: 0.8 },
	{ format: "vtt", kind: "transcript", detect: detectVtt, read: readCueFile, highestConfidence: 0.97 },
	{ format: "whisper-youtube", kind: "transcript", detect: detectWhisperYoutube, read: readWhisperYoutube, highestConfidence: 0.95 },
	{ format: "whisper-cpp", kind: "transcript", detect: detectWhisperCpp, read: readBracketCues, highestConfidence: 0.95 },
	{ format: "srt", kind: "transcript", detect: detectSrt, read: readCueFile, highestConfidence: 0.93 },
	{ format: "whisper-json", kind: "transcript", detect: detectWhisperJson, read: readWhisperJson, keepFencedCode: true, highestConfidence: 0.93 },
	{ format: "timestamp-links", kind: "transcript", detect: detectTimestampLinks, read: readTimestampLinks, highestConfidence: 0.88 },
	{ format: "podcast-transcript", kind: "transcript", detect: detectSpeakerTurns, read: readSpeakerTurns, highestConfidence: 0.8 },
	{ format: "declared-transcript", kind: "transcript", detect: detectDeclaredTranscript, read: readRawSpeech, highestConfidence: 0.7 },
	{ format: "declared-highlights", kind: "highlights", detect: detectDeclaredHighlights, read: (source) => readHighlights(source), highestConfidence: 0.7 },
	{ format: "declared-insights", kind: "insights", detect: detectDeclaredInsights, read: (source) => readProse(source, false), highestConfidence: 0.7 },
	{ format: "raw", kind: "transcript", detect: detectRawSpeech, read: readRawSpeech, highestConfidence: RAW_SPEECH_CONFIDENCE },
	{ format: "speech-text", kind: "transcript", detect: detectSpeechText, read: readRawSpeech, highestConfidence: 0.67 },
	{ format: "digest", kind: "insights", detect: detectDigestSections, read: (source) => readProse(source, false), highestConfidence: 0.62 },
	{ format: "cited-summary", kind: "insights", detect: detectCitedSummary, read: (source) => readProse(source, false), highestConfidence: 0.62 },
	{ format: "insight-digest", kind: "insights", detect: detectInsightDigest, read: readInsightLines, highestConfidence: INSIGHT_DIGEST_CONFIDENCE },
	{ format: "commonplace", kind: "highlights", detect: detectTaggedPassages, read: (source) => readHighlights(source), highestConfidence: 0.55 },
	{ format: "article", kind: "article", detect: detectSavedPage, read: (source) => readProse(source, true), highestConfidence: SAVED_PAGE_CONFIDENCE },
	{ format: "article", kind: "article", detect: detectArticle, read: (source) => readProse(source, true), highestConfidence: ARTICLE_CONFIDENCE },
];

export const NOTE_FORMAT: SourceFormat = { format: "markdown", kind: "note", detect: () => 0.1, read: (source) => readProse(source, false) };

/**
 * The format a note is in: what Throughline's importer declared in its frontmatter (`kind`, `format`,
 * `imported-from`), else the most confident detector, else a plain markdown note.
 */
export function detectFormat(source: SourceText, profile: SourceProfile, formats: readonly SourceFormat[] = SOURCE_FORMATS): SourceFormat {
	const declaration = importDeclaration(source);
	if (declaration) return declaredFormat(declaration);
	let best = NOTE_FORMAT;
	let bestConfidence = 0.1; // below every real detector's confidence: anything else is a note
	for (const format of formats) {
		if (format.highestConfidence !== undefined && format.highestConfidence <= bestConfidence) continue; // it could not win: only a higher confidence does
		const confidence = format.detect(source, profile);
		if (confidence !== null && confidence > bestConfidence) {
			best = format;
			bestConfidence = confidence;
		}
	}
	return best;
}
