// What a word is, in one place: the class and the folded (lower-case) form of every UTF-16 code
// unit, used by the theme matcher, the fingerprint, the suggestions' tokenizer, the snippets and the
// word counts. To change what a word is (an apostrophe, a hyphen, a CJK character), change this file.
// ASCII is precomputed; every other code is classified once, on first sight, and cached.
//
// Scripts written without spaces between words (Han, kana, Hangul, Thai, Lao, Khmer, Myanmar)
// are CLOSED_SCRIPT: each such character is a word of its own, and the gap between two of them is
// empty but soft, so an alias in those scripts matches as a substring, with no boundary checks.
// Astral characters (surrogate pairs: emoji, rare ideographs) are punctuation: they end a phrase.

export const enum CharClass {
	Unknown = 0,
	/** Letters, digits and combining marks of any script: part of a word. */
	Word = 1,
	/** A character of a script written without spaces: a word by itself. */
	ClosedScript = 2,
	/** Spaces, tabs, CR: a phrase may continue across them. */
	Space = 3,
	/** Hyphens, dashes and emphasis marks (`*`, `_`): a phrase may continue across them. */
	Dash = 4,
	/** A line feed: a phrase may continue across one, never across a blank line. */
	LineFeed = 5,
	/** Transcript and quote prefixes (`>`, `+`, `•`): soft only after a line break. */
	LinePrefix = 6,
	/** Apostrophes, straight or curly: soft between two letters (model's), else punctuation. */
	Apostrophe = 7,
	/** Everything else: punctuation and symbols end a phrase. */
	Hard = 8,
}

const TABLE_SIZE = 0x10000; // every UTF-16 code unit
/** Scan-table entries at or above this need a careful look: a code not classified yet, or a closed-script word. */
export const SCAN_SPECIAL = 0x10000; // just above every folded code
const SCAN_UNKNOWN = SCAN_SPECIAL;
const SCAN_CLOSED = SCAN_SPECIAL + 1;
const classes = new Uint8Array(TABLE_SIZE);
const folded = new Uint16Array(TABLE_SIZE); // 0 = not folded yet
/** For the matcher's inner loop: a Word char's folded code (1…0xffff), 0 for a gap char, SCAN_SPECIAL and up otherwise. */
const scanEntries = new Int32Array(TABLE_SIZE).fill(SCAN_UNKNOWN);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE_CHAR = /\s/u;

const DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212*_";
const PREFIXES = ">+\u2022\u00b7\u2023\u25e6\u25aa\u25cf";
const APOSTROPHES = "'\u2019\u2018\u02bc\u02bb\u0060\u00b4";

/** Ranges of scripts written without spaces between words (first, last inclusive). */
const CLOSED_SCRIPT_RANGES: ReadonlyArray<readonly [number, number]> = [
	[0x0e00, 0x0eff], // Thai, Lao
	[0x1000, 0x109f], // Myanmar
	[0x1780, 0x17ff], // Khmer
	[0x1100, 0x11ff], // Hangul Jamo
	[0x3040, 0x30ff], // Hiragana, Katakana
	[0x3130, 0x318f], // Hangul compatibility Jamo
	[0x31f0, 0x31ff], // Katakana phonetic extensions
	[0x3400, 0x4dbf], // CJK extension A
	[0x4e00, 0x9fff], // CJK unified ideographs
	[0xac00, 0xd7af], // Hangul syllables
	[0xf900, 0xfaff], // CJK compatibility ideographs
	[0xff66, 0xff9f], // half-width Katakana
];

function classifyUncached(code: number): CharClass {
	if (code >= 0xd800 && code <= 0xdfff) return CharClass.Hard;
	if (code === 0x0a) return CharClass.LineFeed;
	const ch = String.fromCharCode(code);
	if (DASHES.includes(ch)) return CharClass.Dash;
	if (PREFIXES.includes(ch)) return CharClass.LinePrefix;
	if (APOSTROPHES.includes(ch)) return CharClass.Apostrophe;
	if (code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029) return CharClass.Hard;
	if (SPACE_CHAR.test(ch) || code === 0x200b) return CharClass.Space;
	for (const [first, last] of CLOSED_SCRIPT_RANGES) {
		if (code >= first && code <= last) return WORD_CHAR.test(ch) ? CharClass.ClosedScript : CharClass.Hard;
	}
	return WORD_CHAR.test(ch) ? CharClass.Word : CharClass.Hard;
}

/** The class of one UTF-16 code unit. */
export function classOf(code: number): CharClass {
	const known = classes[code] as CharClass;
	if (known !== CharClass.Unknown) return known;
	const found = classifyUncached(code);
	classes[code] = found;
	scanEntries[code] = found === CharClass.Word ? foldOf(code) : found === CharClass.ClosedScript ? SCAN_CLOSED : 0;
	return found;
}

/** Lower-case form of one code unit (itself when lower-casing would change the length). */
export function foldOf(code: number): number {
	const known = folded[code];
	if (known !== 0) return known;
	const lower = String.fromCharCode(code).toLowerCase();
	const result = lower.length === 1 ? lower.charCodeAt(0) : code;
	folded[code] = result === 0 ? code : result;
	return folded[code];
}

/** The shared tables, for the matcher's inner loop (read through classOf/foldOf on a miss). */
export const CLASS_TABLE: Uint8Array = classes;
export const FOLD_TABLE: Uint16Array = folded;
/** One load per char for the matcher's word loop; an entry ≥ SCAN_SPECIAL needs classOf (it may be unknown). */
export const SCAN_TABLE: Int32Array = scanEntries;

for (let code = 0; code < 0x80; code++) {
	classOf(code);
	foldOf(code);
}
folded[0] = 0; // NUL stays "unfolded"; foldOf handles it

/** Lower-case form of a char code (ASCII without a table load). */
export function foldCode(code: number): number {
	return code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : foldOf(code);
}

/** Whether a code is a letter, digit or mark of a script written with spaces (cutting next to one may split a word). */
export function isLetterChar(code: number): boolean {
	return classOf(code) === CharClass.Word;
}

/** Folded code of a Word character, 0 for any other (a gap, a closed-script character): one table load for most text. */
export function letterFold(code: number): number {
	const entry = scanEntries[code];
	return entry < SCAN_SPECIAL ? entry : classOf(code) === CharClass.Word ? foldOf(code) : 0;
}

export const HYPHEN = 45; // "-"
export const APOSTROPHE = 39; // "'"

/**
 * The plain form of a joiner, the character that may join two letters into one term ("post-training",
 * "model's"): curly apostrophes and typographic hyphens read as ' and -. Any other code is itself.
 */
export function joinerCode(code: number): number {
	if (code === 0x2019) return APOSTROPHE; // curly apostrophe
	if (code === 0x2010 || code === 0x2011) return HYPHEN; // typographic hyphens
	return code;
}

/** Kinds of character for counting words and sentences: a word is a run between spaces that holds a word character. */
export const enum CountKind {
	Other = 0,
	Space = 1,
	Word = 2,
	/** ".", "?" or "!": a possible sentence end. */
	Stop = 3,
}

/** The counting kind of a code's class: letters and closed scripts count, spaces and line feeds separate. */
function countKindOfClass(cls: CharClass): CountKind {
	if (cls === CharClass.Word || cls === CharClass.ClosedScript) return CountKind.Word;
	return cls === CharClass.Space || cls === CharClass.LineFeed ? CountKind.Space : CountKind.Other;
}

/** The counting kind of every ASCII code (sentence stops included). */
export const ASCII_COUNT_KIND: Uint8Array = (() => {
	const table = new Uint8Array(0x80); // ASCII
	for (let code = 0; code < 0x80; code++) table[code] = countKindOfClass(classOf(code));
	for (const code of [33, 46, 63]) table[code] = CountKind.Stop; // ! . ?
	return table;
})();

/** The counting kind of any code unit. */
export function countKind(code: number): CountKind {
	return code < 0x80 ? ASCII_COUNT_KIND[code] : countKindOfClass(classOf(code));
}

/** Spaces, tabs, line breaks, no-break spaces: what separates words when they are counted. */
export function isSpaceCode(code: number): boolean {
	return countKind(code) === CountKind.Space;
}

/** A character that makes a run between spaces a word: a letter, digit or mark of any script. */
export function isWordCode(code: number): boolean {
	return countKind(code) === CountKind.Word;
}

/** Seed and step of the word hash (FNV-1a's step over folded code units), shared by compiler and scanner. */
export const HASH_SEED = 0; // not FNV's offset basis: the scan's fast path resets a hash by masking it to 0
export function hashStep(hash: number, foldedCode: number): number {
	return Math.imul(hash ^ foldedCode, 0x01000193);
}

/** The hash of a word already folded (as phraseWords returns it). */
export function hashWord(word: string): number {
	let hash = HASH_SEED;
	for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
	return hash;
}

/** The words of a phrase as the matcher sees them: folded, split at every non-word character. */
export function phraseWords(phrase: string): string[] {
	const words: string[] = [];
	let current = "";
	for (let i = 0; i < phrase.length; i++) {
		const code = phrase.charCodeAt(i);
		const cls = classOf(code);
		if (cls === CharClass.Word) {
			current += String.fromCharCode(foldOf(code));
			continue;
		}
		if (current) words.push(current);
		current = "";
		if (cls === CharClass.ClosedScript) words.push(String.fromCharCode(foldOf(code)));
	}
	if (current) words.push(current);
	return words;
}
