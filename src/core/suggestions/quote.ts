// A passage quoted for a suggested term: the sentence of a note around its first use of the term,
// read from the note's text when the reader expands the suggestion (the index keeps no offset per
// candidate: a quote is asked for a handful of notes at a time, a search of their text is cheap).
// A form matches whatever the case, the spaces or the joiners between its words ("speculative
// decoding" finds "Speculative\ndecoding" and "speculative‑decoding"), and only as whole words.

import type { PassageSpan, Span } from "../model";

const LONGEST_QUOTE = 240; // characters: two lines of the sidebar's width, about one long sentence
const CONTEXT_BEFORE = 90; // characters kept before the term when its sentence is too long to quote whole

export interface TermQuote {
	/** The sentence, its spaces made single, cut with "…" when too long. */
	text: string;
	/** Where the term lies in `text`. */
	matchStart: number;
	matchEnd: number;
}

/** Whether the code is a letter or a digit (ASCII, Latin-1 and beyond: anything over 0x7f but spaces and punctuation). */
function isWordCode(code: number): boolean {
	if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true; // 0-9 A-Z a-z
	return code > 0xbf && code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x206f); // Latin letters and beyond, not × ÷ or general punctuation
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A pattern matching the form whatever its case, spaces and joiners: its words with spaces or joiners between. */
function formPattern(form: string): RegExp | null {
	const words = form.split(/[\s\-\u2010\u2011'\u2019]+/).filter((word) => word.length > 0);
	if (words.length === 0) return null;
	return new RegExp(words.map(escape).join("[\\s\\-\\u2010\\u2011'\\u2019]*"), "gi");
}

/** The first whole-word use of the form inside a passage, as a span of the text. */
function firstUse(raw: string, passages: readonly PassageSpan[], form: string): Span | null {
	const pattern = formPattern(form);
	if (!pattern) return null;
	for (const passage of passages) {
		pattern.lastIndex = passage.start;
		for (let found = pattern.exec(raw); found !== null && found.index < passage.end; found = pattern.exec(raw)) {
			const end = found.index + found[0].length;
			const whole = (found.index === 0 || !isWordCode(raw.charCodeAt(found.index - 1))) && (end >= raw.length || !isWordCode(raw.charCodeAt(end)));
			if (whole && end <= passage.end && found[0].length > 0) return { start: found.index, end };
			pattern.lastIndex = found.index + 1;
		}
	}
	return null;
}

/** Whether the sentence ends at raw[at]: a full stop, a question or exclamation mark, or a blank line. */
function endsSentence(raw: string, at: number): boolean {
	const code = raw.charCodeAt(at);
	if (code === 46 || code === 33 || code === 63) return at + 1 >= raw.length || /\s/.test(raw[at + 1]); // . ! ? then a space
	return code === 10 && raw.charCodeAt(at + 1) === 10; // a blank line
}

/** The sentence around `use`, inside its passage. */
function sentenceAround(raw: string, passage: Span, use: Span): Span {
	let start = use.start;
	while (start > passage.start && !endsSentence(raw, start - 1)) start--;
	let end = use.end;
	while (end < passage.end && !endsSentence(raw, end)) end++;
	if (end < passage.end && raw.charCodeAt(end) !== 10) end++; // keep the full stop
	return { start, end };
}

/** The quote of the note's first use of `form` inside a passage, or null when no passage uses it. */
export function quoteTerm(raw: string, passages: readonly PassageSpan[], form: string): TermQuote | null {
	const use = firstUse(raw, passages, form);
	if (!use) return null;
	const passage = passages.find((p) => p.start <= use.start && use.end <= p.end) ?? use;
	const sentence = sentenceAround(raw, passage, use);
	const before = raw.slice(sentence.start, use.start).replace(/\s+/g, " ").trimStart();
	const term = raw.slice(use.start, use.end).replace(/\s+/g, " ");
	const after = raw.slice(use.end, sentence.end).replace(/\s+/g, " ").trimEnd();
	return fitted(before, term, after);
}

/** The quote cut to LONGEST_QUOTE characters around the term, "…" where text was left out. */
function fitted(before: string, term: string, after: string): TermQuote {
	let head = before;
	let tail = after;
	if (head.length + term.length + tail.length > LONGEST_QUOTE) {
		if (head.length > CONTEXT_BEFORE) head = `…${head.slice(head.length - CONTEXT_BEFORE).replace(/^\S*\s/, "")}`;
		const room = Math.max(LONGEST_QUOTE - head.length - term.length, 0);
		if (tail.length > room) tail = `${tail.slice(0, room).replace(/\s\S*$/, "")}…`;
	}
	return { text: head + term + tail, matchStart: head.length, matchEnd: head.length + term.length };
}
