// Checks that a record read from a store is whole: the header adds up to the length of its numbers,
// and every slot points inside what it indexes. One pass over typed arrays: cheap for a whole vault
// (about 5 ms at 10,000 notes once compiled, 20–25 ms in a process that just started).

import {
	type DocumentRecord, HEADER, H_CANDIDATES, H_FINGERPRINT, H_MENTIONS, H_PASSAGES, H_SNIPPETS, MENTION_STRIDE, M_COL, M_LINE, M_MATCH, M_PASSAGE,
	M_START, M_THEME_SNIPPET, PASSAGE_STRIDE, packedSnippet, packedTheme, P_BLOCK, P_COL, P_END, P_HEADING, P_LINE, P_START, candidatesAt, expectedLength, passagesAt, snippetsAt,
} from "./record";

function validHeader(numbers: Int32Array): boolean {
	if (numbers.length < HEADER || numbers[H_MENTIONS] < 0 || numbers[H_PASSAGES] < 0 || numbers[H_SNIPPETS] < 0 || numbers[H_CANDIDATES] < 0) return false;
	return numbers[H_FINGERPRINT] > 0 && expectedLength(numbers) === numbers.length;
}

function validMentions(record: DocumentRecord): boolean {
	const data = record.numbers;
	const passages = data[H_PASSAGES];
	const snippets = data[H_SNIPPETS];
	const [themes, matches, count] = [record.mentionThemes.length, record.matches.length, data[H_MENTIONS]]; // read once: a warm start checks every mention of the vault
	for (let n = 0, at = HEADER; n < count; n++, at += MENTION_STRIDE) {
		const theme = packedTheme(data[at + M_THEME_SNIPPET]); // never negative: the field is read unsigned
		const match = data[at + M_MATCH];
		if (theme >= themes || match < 0 || match >= matches) return false;
		if (data[at + M_START] < 0 || data[at + M_LINE] < 1 || data[at + M_COL] < 1) return false;
		if (data[at + M_PASSAGE] < -1 || data[at + M_PASSAGE] >= passages || packedSnippet(data[at + M_THEME_SNIPPET]) >= snippets) return false;
	}
	return true;
}

function validPassages(record: DocumentRecord): boolean {
	const data = record.numbers;
	const labels = record.labels.length;
	const count = data[H_PASSAGES];
	if (record.passageSeconds !== null && record.passageSeconds.length !== count) return false;
	for (let n = 0, at = passagesAt(data); n < count; n++, at += PASSAGE_STRIDE) {
		if (data[at + P_START] < 0 || data[at + P_END] < data[at + P_START] || data[at + P_LINE] < 1 || data[at + P_COL] < 1) return false;
		if (data[at + P_HEADING] < -1 || data[at + P_HEADING] >= labels || data[at + P_BLOCK] < -1 || data[at + P_BLOCK] >= labels) return false;
	}
	return true;
}

function validSnippets(record: DocumentRecord): boolean {
	const data = record.numbers;
	let last = 0;
	for (let at = snippetsAt(data), stop = candidatesAt(data); at < stop; at++) {
		const end = data[at] >>> 2;
		if (data[at] < 0 || end < last) return false;
		last = end;
	}
	return last <= record.snippetText.length;
}

/**
 * Whether a record's sections add up: its header to the length of its numbers, its counts to the
 * lengths of its lists, its last snippet to its text. A constant number of reads: the binary store,
 * sealed by a checksum, checks no more (binary-store.ts says why).
 */
export function validLayout(record: DocumentRecord): boolean {
	const data = record.numbers;
	if (!validHeader(data) || data[H_CANDIDATES] !== record.candidatePhrases.length) return false;
	if (record.passageSeconds !== null && record.passageSeconds.length !== data[H_PASSAGES]) return false;
	return data[H_SNIPPETS] === 0 || data[candidatesAt(data) - 1] >>> 2 <= record.snippetText.length;
}

/** Whether a record's numbers are consistent with its strings: its layout, and every slot and offset within range. */
export function validNumbers(record: DocumentRecord): boolean {
	const data = record.numbers;
	if (!validLayout(record)) return false;
	for (let at = candidatesAt(data), end = at + data[H_CANDIDATES]; at < end; at++) if (data[at] < 0) return false;
	return validMentions(record) && validPassages(record) && validSnippets(record);
}
