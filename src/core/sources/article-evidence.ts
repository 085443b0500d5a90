// Article or the reader's own note: what a saved web page or newsletter carries (the clipper's
// frontmatter, an email's sender), and what a reader's notes show (their "I", lists of fragments,
// a title naming the paper, book or talk they are about).

import type { SourceProfile } from "./profile";
import { type SourceText, frontmatterString, frontmatterValue } from "./source-text";
import { firstPersonRate, nonBlank, NOTE_MIN_FIRST_PERSON, TEMPLATE_EMPTY_SECTIONS } from "./kind-detectors";
import { frontmatterTags } from "./tags";

const SOURCE_URL_KEYS = ["source", "url", "source_url", "link", "original_url", "canonical", "canonical_url", "article_url"];
/** Keys a clipper, read-later app or newsletter feed writes when it saves a page: when it was saved, who sent it. */
const SAVED_PAGE_KEYS = ["clipped", "clipped_at", "date_clipped", "saved", "saved_at", "date_saved", "newsletter", "subject", "sender"];
/** A publication date beside a page's address: a clipper's too, but a reader's paper notes may note when the paper came out. */
const PUBLISHED_KEYS = ["published", "date_published", "publish_date", "published_at"];
/** Types and tags those tools give a saved page (Obsidian's web clipper tags `clippings`, Notion's saved links are `type: link`). */
const SAVED_PAGE_NAMES = new Set(["clipping", "clippings", "link", "newsletter", "newsletters", "bookmark", "webpage", "web-clip", "webclip"]);
/** A recording's address beside a publication date: the note is about a video or episode (a transcript, its digest, the reader's notes), not a page. */
const RECORDING_HOST = /\b(?:youtube\.com|youtu\.be|vimeo\.com|spotify\.com|podcasts\.apple\.com|overcast\.fm|pca\.st|snipd\.com)\b/i;
const EMAIL_SENDER = /^(?:\*\*)?From:?(?:\*\*)?:?[ \t][^\n]*<[^\s@<>]+@[^\s@<>]+>/m;
const EMAIL_HEAD_CHARS = 2000; // a saved email names its sender in its first lines
/** What a reader's notes say they are about: `type: paper`, `type: book`, `type: talk`. */
const WORK_TYPES = new Set(["paper", "book", "talk", "lecture", "course", "podcast", "video", "episode", "interview", "presentation", "seminar", "reading"]);
const OWN_NOTES_LIST_SHARE = 0.6; // notes are lists of fragments: their lists hold most of the text; an article's lists only break up its paragraphs
const OWN_NOTES_LIST_LINES = 0.4; // …or lists make much of a note that also asks open questions
const OWN_NOTES_QUESTIONS = 3; // a reader's notes ask what they have not understood yet
const TITLE_LINK = /^\[[^\]\n]+\]\(https?:[^)\s]+\)\s*$|^#[ \t].*\]\(https?:[^)\s]+\)/; // a line that is the link, or a title holding it
const TITLE_LINES = 3; // the title and the line under it

export type PageEvidence = "saved" | "published" | null;

/**
 * What says the note is a page someone published: "saved" for a clipper's or newsletter feed's keys
 * beside a web address (or a sender's address in its head), "published" for a publication date beside
 * it (a reader's own notes on the page may carry one too), null for neither.
 */
export function savedPageEvidence(source: SourceText): PageEvidence {
	const url = Object.keys(source.data).length === 0 ? undefined : SOURCE_URL_KEYS.map((key) => frontmatterString(source, key)).find((value): value is string => value !== null && /^https?:\/\//i.test(value)); // `source: notion` names the tool, `url:` the page
	if (url !== undefined) {
		if (frontmatterValue(source, ...SAVED_PAGE_KEYS) !== undefined) return "saved";
		const type = frontmatterString(source, "type", "category")?.toLowerCase();
		if ((type && SAVED_PAGE_NAMES.has(type)) || frontmatterTags(source).some((tag) => SAVED_PAGE_NAMES.has(tag))) return "saved";
	}
	const head = source.raw.slice(source.bodyStart, source.bodyStart + EMAIL_HEAD_CHARS);
	if (head.includes("From") && EMAIL_SENDER.test(head)) return "saved"; // the literal first: the expression tries every line
	return url !== undefined && !RECORDING_HOST.test(url) && frontmatterValue(source, ...PUBLISHED_KEYS) !== undefined ? "published" : null;
}

/** The reader's own notes: an unfilled note template, a list of fragments, open questions, the first person, or a note titled by the work it is about. */
export function readsAsOwnNotes(source: SourceText, profile: SourceProfile): boolean {
	const type = frontmatterString(source, "type", "category")?.toLowerCase();
	if ((type !== undefined && WORK_TYPES.has(type)) || titledByLink(source)) return true;
	if (profile.emptySections >= TEMPLATE_EMPTY_SECTIONS || profile.listChars >= profile.textChars * OWN_NOTES_LIST_SHARE) return true;
	if (profile.bulletLines >= nonBlank(profile) * OWN_NOTES_LIST_LINES && profile.questionLines >= OWN_NOTES_QUESTIONS) return true;
	return firstPersonRate(source) >= NOTE_MIN_FIRST_PERSON;
}

/** "This chapter of [The Book](…) answered nine questions…": the opening names, and links, the work the note is about. */
const ABOUT_THE_WORK = /^(?:This|These|In this)\s+(?:[\w-]+\s+){0,2}(?:paper|chapter|section|episode|book|talk|lecture|video|podcast|interview|essay|article|study)s?\b.{0,120}\]\(|^(?:This|These|In this)\s+(?:[\w-]+\s+){0,2}(?:paper|chapter|section|episode|book|talk|lecture|video|podcast|interview|essay|article|study)s?\b.{0,120}\[\[/i;
const LONGEST_OPENING = 2000; // characters: only the opening sentence is read

/** The note's title, or the line under it, is a link to the work (a paper's PDF, a talk's page), or its opening names and links the work. */
function titledByLink(source: SourceText): boolean {
	let seen = 0;
	for (let index = 0; index < source.lineStarts.length && seen < TITLE_LINES; index++) {
		const line = source.raw.slice(source.lineStarts[index], Math.min(source.lineEnds[index], source.lineStarts[index] + LONGEST_OPENING)).trim();
		if (!line) continue;
		if (TITLE_LINK.test(line) || ABOUT_THE_WORK.test(line)) return true;
		seen++;
	}
	return false;
}
