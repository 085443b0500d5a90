// A vault of many recurring terms, past a ranking step's worth: each of 300 made-up words of the
// field recurs in ten notes.
import { ThemeIndex } from "../../../src/core/index/theme-index";
import { analyze, note, theme } from "../index/helpers";

export const WORDS = 300; // recurring terms, past one step's worth
const PER_NOTE = 10;

/** A made-up word of the field, never everyday English: "zqab", "zqac", … */
export function word(i: number): string {
	return `zq${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`;
}

/** Notes each naming ten of the words, so that each word recurs in ten notes. */
export function manyTermsIndex(): ThemeIndex {
	const themes = [theme("emergence", ["emergent"])];
	const index = new ThemeIndex(themes);
	for (let n = 0; n < WORDS; n++) {
		const body = Array.from({ length: PER_NOTE }, (_, k) => `The ${word((n + k) % WORDS)} appeared.`).join(" ");
		index.upsert(analyze(`n${n}.md`, note(`Note ${n}`, body), themes));
	}
	return index;
}

