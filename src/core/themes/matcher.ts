// Finds theme mentions in one pass over the text's char codes: words are folded and hashed as they
// are read, looked up in the compiled vocabulary, and advance a word-level trie. Between two words
// of a phrase the text may hold spaces, tabs, hyphens/dashes, emphasis marks, excluded ranges
// (treated as spaces), an apostrophe between letters, or one line break followed by a transcript
// or quote prefix (`*  `, `> `, `- `); any other punctuation ends the phrase. Words are maximal
// runs of letters, digits and marks of any script, so boundaries are whole words by construction;
// scripts without spaces (CJK, Thai…) are one word per character and match as substrings.

import { CLASS_TABLE, CharClass, FOLD_TABLE, HASH_SEED, classOf, foldOf } from "./chars";
import { transitionSlot, type CompiledThemes, type PhraseAutomaton } from "./compile";

export { compileThemes, normaliseTag } from "./compile";
export type { CompiledAlias, CompiledExclusion, CompiledThemes, WeightedThemeDefinition } from "./compile";

/** One occurrence of an alias: indices into compiled.themes / compiled.aliases, and its range. */
export interface RawMention {
	theme: number;
	alias: number;
	start: number;
	end: number;
}

const FNV_PRIME = 0x01000193;

/** The phrases under way while scanning: trie nodes and where each started. */
class PhraseCursor {
	private node: Int32Array;
	private start: Int32Array;
	private spareNode: Int32Array;
	private spareStart: Int32Array;
	count = 0;
	readonly hits: number[] = [];
	private readonly width: number;

	constructor(private readonly automaton: PhraseAutomaton) {
		const size = automaton.maxWords + 1;
		this.node = new Int32Array(size);
		this.start = new Int32Array(size);
		this.spareNode = new Int32Array(size);
		this.spareStart = new Int32Array(size);
		this.width = Math.max(1, automaton.vocab.length);
	}

	/** The node a transition key leads to, or -1. */
	private step(key: number): number {
		const { nextKeys, nextNodes, nextMask } = this.automaton;
		for (let slot = transitionSlot(key, nextMask); ; slot = (slot + 1) & nextMask) {
			const found = nextKeys[slot];
			if (found === key) return nextNodes[slot];
			if (found === -1) return -1;
		}
	}

	/** A vocabulary word `id` at [start, end): continue the phrases under way, and start new ones. */
	advance(id: number, start: number, end: number): void {
		const { rootNext, outputs } = this.automaton;
		const nodes = this.spareNode;
		const starts = this.spareStart;
		let count = 0;
		for (let k = 0; k < this.count; k++) {
			const node = this.step(this.node[k] * this.width + id);
			if (node < 0) continue;
			nodes[count] = node;
			starts[count++] = this.start[k];
			if (outputs[node] !== null) this.hits.push(this.start[k], end, node);
		}
		const first = rootNext[id];
		if (first >= 0) {
			nodes[count] = first;
			starts[count++] = start;
			if (outputs[first] !== null) this.hits.push(start, end, first);
		}
		this.spareNode = this.node;
		this.spareStart = this.start;
		this.node = nodes;
		this.start = starts;
		this.count = count;
	}
}

/** Vocabulary id of text[start, end) with the given hash, or -1. */
function lookup(automaton: PhraseAutomaton, text: string, hash: number, start: number, end: number): number {
	const { hashKeys, hashIds, hashMask, vocab } = automaton;
	for (let slot = hash & hashMask; ; slot = (slot + 1) & hashMask) {
		const id = hashIds[slot];
		if (id === -1) return -1;
		if (hashKeys[slot] === hash && sameWord(text, vocab[id], start, end)) return id;
	}
}

function sameWord(text: string, word: string, start: number, end: number): boolean {
	if (word.length !== end - start) return false;
	for (let j = 0; j < word.length; j++) {
		const code = text.charCodeAt(start + j);
		if ((FOLD_TABLE[code] || foldOf(code)) !== word.charCodeAt(j)) return false;
	}
	return true;
}

/** Whether a gap character ends a phrase, given the line feeds in the gap and what surrounds it. */
function endsPhrase(cls: CharClass, lineFeeds: number, text: string, at: number, joinable: boolean): boolean {
	if (cls === CharClass.LineFeed) return lineFeeds > 1;
	if (cls === CharClass.LinePrefix) return lineFeeds === 0;
	if (cls === CharClass.Apostrophe) return !joinable || !isWordAt(text, at + 1);
	return true;
}

function isWordAt(text: string, at: number): boolean {
	if (at < 0 || at >= text.length) return false;
	const code = text.charCodeAt(at);
	return (CLASS_TABLE[code] || classOf(code)) === CharClass.Word;
}

/**
 * The scan proper: one loop over char codes, skipping excluded ranges as if they were spaces.
 * Returns flat triples (start, end, trie node) where some alias or exclusion form ends.
 */
function scan(automaton: PhraseAutomaton, text: string, excluded: number[]): number[] {
	const cursor = new PhraseCursor(automaton);
	const { hashIds, hashMask } = automaton;
	const n = text.length;
	let exIndex = 0;
	let exStart = excluded.length > 0 ? excluded[0] : n;
	let wordStart = -1;
	let hash = HASH_SEED;
	let gapHard = true;
	let lineFeeds = 0;
	let lastWordEnd = -1;
	for (let i = 0; i <= n; i++) {
		const at = i; // where the current word ends, before an excluded range moves i
		let cls: number = CharClass.Space;
		let code = 32;
		if (i === n) cls = CharClass.Hard;
		else if (i >= exStart) {
			const exEnd = excluded[exIndex + 1];
			exIndex += 2;
			exStart = exIndex < excluded.length ? excluded[exIndex] : n;
			if (!(exEnd > i)) {
				i--; // an empty or already-passed range: read this character again
				continue;
			}
			i = exEnd - 1; // the loop's i++ lands on the range's end
		} else {
			code = text.charCodeAt(i);
			cls = CLASS_TABLE[code] || classOf(code);
			if (cls === CharClass.Word) {
				if (wordStart < 0) {
					wordStart = i;
					hash = HASH_SEED;
				}
				hash = Math.imul(hash ^ (FOLD_TABLE[code] || foldOf(code)), FNV_PRIME);
				continue;
			}
		}
		if (wordStart >= 0 || cls === CharClass.ClosedScript) {
			const start = wordStart >= 0 ? wordStart : at;
			const end = wordStart >= 0 ? at : at + 1;
			if (wordStart < 0) hash = Math.imul(HASH_SEED ^ (FOLD_TABLE[code] || foldOf(code)), FNV_PRIME);
			lastWordEnd = wordStart >= 0 && cls !== CharClass.ClosedScript ? end : -1; // a closed-script word never joins
			if (gapHard) cursor.count = 0;
			gapHard = false;
			lineFeeds = 0;
			const id = hashIds[hash & hashMask] === -1 ? -1 : lookup(automaton, text, hash, start, end);
			if (id < 0) cursor.count = 0;
			else cursor.advance(id, start, end);
			const reread = wordStart >= 0 && cls === CharClass.ClosedScript;
			wordStart = -1;
			if (reread) i--; // a closed-script character right after a word: read it again as its own word
			if (reread || cls === CharClass.ClosedScript) continue;
		}
		if (cls === CharClass.Space || cls === CharClass.Dash) continue;
		if (cls === CharClass.LineFeed) lineFeeds++;
		// An apostrophe joins only when it follows a word directly and no excluded range comes next.
		const joinable = at === lastWordEnd && at + 1 < exStart;
		if (!gapHard && endsPhrase(cls, lineFeeds, text, i, joinable)) gapHard = true;
	}
	return cursor.hits;
}

/**
 * Every mention of every theme in `raw`, outside the `excluded` ranges (flat start/end pairs).
 * Exclusions of a theme remove its mentions they cover; then, per theme, the longest match wins
 * at a position and mentions never overlap. Sorted by start, then theme.
 */
export function findMentions(compiled: CompiledThemes, raw: string, excluded: number[]): RawMention[] {
	const hits = scan(compiled.automaton, raw, excluded);
	if (hits.length === 0) return [];
	const candidates: RawMention[] = [];
	const fences: RawMention[] = []; // exclusion spans; alias = exclusion index
	for (let h = 0; h < hits.length; h += 3) {
		for (const output of compiled.automaton.outputs[hits[h + 2]] as Int32Array) {
			if (output >= 0) candidates.push({ theme: compiled.aliases[output].theme, alias: output, start: hits[h], end: hits[h + 1] });
			else fences.push({ theme: compiled.exclusions[-output - 1].theme, alias: -output - 1, start: hits[h], end: hits[h + 1] });
		}
	}
	const kept = fences.length === 0 ? candidates : candidates.filter((m) => !fences.some((f) => f.theme === m.theme && f.start <= m.start && m.end <= f.end));
	kept.sort((a, b) => a.theme - b.theme || a.start - b.start || b.end - a.end);
	const result: RawMention[] = [];
	let lastTheme = -1;
	let lastEnd = -1;
	for (const mention of kept) {
		if (mention.theme !== lastTheme) lastEnd = -1;
		lastTheme = mention.theme;
		if (mention.start < lastEnd) continue;
		result.push(mention);
		lastEnd = mention.end;
	}
	return result.sort((a, b) => a.start - b.start || a.theme - b.theme);
}
