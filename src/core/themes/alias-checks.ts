// Aliases a theme note may not use: they would match nearly everywhere. A reader who writes one
// hears why it was left out, instead of seeing every note linked.

/** English words so common that an alias of one of them matches every note ("a", "the", "of"). */
const FUNCTION_WORDS = new Set(
	("a an the of and or but if to in on at by for from with as is are was were be been it its this that these those " +
		"i you he she we they me him her us them my your his our their not no so do does did has have had will would " +
		"can could should may might must shall than then there here what which who whom when where why how all any some")
		.split(" "),
);

const CLOSED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u; // one such character is a word
const CAPITALS = /^[A-Z0-9]+$/; // "US", "IT", "AM": written in capitals, a name, not the function word

/** Why an alias cannot be used, or null when it can. */
export function unusableAlias(alias: string): string | null {
	const phrase = alias.trim();
	if ([...phrase].length === 1 && !CLOSED_SCRIPT.test(phrase)) return `"${phrase}" is a single character`;
	if (FUNCTION_WORDS.has(phrase.toLowerCase()) && !CAPITALS.test(phrase)) return `"${phrase}" is a word nearly every note holds`;
	return null;
}
