// A passage quoted for a suggested term: the sentence of a note around its first use of the term,
// read from the note's text when the reader expands the suggestion (the index keeps no offset per
// candidate: a quote is asked for a handful of notes at a time, a search of their text is cheap).
// A form matches whatever the case, the spaces or the joiners between its words ("speculative
// decoding" finds "Speculative\ndecoding" and "speculative‑decoding"), and only as whole words.

import type { PassageSpan, Span } from "../model";
import { snippetAt } from "../text/snippets";

export interface TermQuote {
	/** The sentence as readable text, "…" where its passage goes on (snippets.ts). */
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

/** The first whole-word match of `pattern` in text[span], or null. */
function firstWholeMatch(text: string, pattern: RegExp, span: Span): Span | null {
	pattern.lastIndex = span.start;
	for (let found = pattern.exec(text); found !== null && found.index < span.end; found = pattern.exec(text)) {
		const end = found.index + found[0].length;
		const whole = (found.index === 0 || !isWordCode(text.charCodeAt(found.index - 1))) && (end >= text.length || !isWordCode(text.charCodeAt(end)));
		if (whole && end <= span.end && found[0].length > 0) return { start: found.index, end };
		pattern.lastIndex = found.index + 1;
	}
	return null;
}

/** The first whole-word use of the form inside a passage, as a span of the text. */
function firstUse(raw: string, passages: readonly PassageSpan[], pattern: RegExp): Span | null {
	for (const passage of passages) {
		const use = firstWholeMatch(raw, pattern, passage);
		if (use) return use;
	}
	return null;
}

/** The quote of the note's first use of `form` inside a passage, or null when no passage uses it: the same sentence-bounded quote a theme's passage gets (snippets.ts). */
export function quoteTerm(raw: string, passages: readonly PassageSpan[], form: string): TermQuote | null {
	const pattern = formPattern(form);
	const use = pattern && firstUse(raw, passages, pattern);
	if (!pattern || !use) return null;
	const passage = passages.find((p) => p.start <= use.start && use.end <= p.end) ?? use;
	const text = snippetAt(raw, use, passage);
	const match = firstWholeMatch(text, pattern, { start: 0, end: text.length }); // the readable text keeps the use's words in order
	return { text, matchStart: match?.start ?? 0, matchEnd: match?.end ?? 0 };
}
