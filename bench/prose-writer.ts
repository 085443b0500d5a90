// Writes sentences of neutral English with theme phrases placed the way real sources place them:
// a few themes discussed over a stretch of the document, a few brushed once, the rest filler.

import { SeededRandom } from "./prng";
import { CatalogTheme, THEME_CATALOG } from "./theme-catalog";
import { SPEECH_FILLERS, WORD_TABLE, capitalise } from "./vocabulary";

/** Which themes a document discusses and which it only brushes. */
export interface MentionPlan {
	discussed: { theme: CatalogTheme; from: number; to: number; rate: number }[];
	passing: CatalogTheme[];
}

const AVERAGE_SENTENCE_CHARS = 95; // measured mean of sentence() output: used to spread passing mentions

/** Picks the themes of one document; longer documents discuss more themes. */
export function planMentions(random: SeededRandom, targetChars: number): MentionPlan {
	const lengthBonus = targetChars > 40_000 ? 1 : 0; // transcripts wander across more topics
	const discussedCount = random.weighted([25, 40, 22, 10, 3]) + lengthBonus; // a quarter discuss nothing
	const passingCount = random.weighted([30, 30, 20, 12, 8]);
	const chosen = random.sample(THEME_CATALOG, discussedCount + passingCount);
	const discussed = chosen.slice(0, discussedCount).map((theme) => {
		const width = 0.2 + random.next() * 0.8; // a segment of a fifth of the document up to all of it
		const from = random.next() * (1 - width);
		const rate = 0.06 + random.next() * 0.2; // 6–26% of sentences in the segment name the theme
		return { theme, from, to: from + width, rate };
	});
	return { discussed, passing: chosen.slice(discussedCount) };
}

export type ProseStyle = "prose" | "speech";

export class ProseWriter {
	private readonly passingQueue: CatalogTheme[];
	private readonly passingRate: number;

	constructor(
		private readonly random: SeededRandom,
		private readonly plan: MentionPlan,
		private readonly style: ProseStyle,
		targetChars: number,
		private readonly curlyQuotes = false,
	) {
		this.passingQueue = plan.passing.slice();
		const expectedSentences = Math.max(1, targetChars / AVERAGE_SENTENCE_CHARS);
		this.passingRate = Math.min(0.5, (plan.passing.length + 0.5) / expectedSentences);
	}

	/** One sentence; `progress` in [0, 1] says how far into the document it falls. */
	sentence(progress: number): string {
		const words = this.fillerWords(this.random.int(6, 24)); // 6–24 words: ordinary sentence lengths
		const phrase = this.themePhraseAt(progress);
		if (phrase !== null) words.splice(this.random.int(0, words.length), 0, phrase);
		return this.style === "speech" ? this.speak(words) : this.punctuate(words);
	}

	/** Sentences joined by spaces until the text reaches `chars` characters. */
	paragraph(chars: number, progress: number): string {
		const parts: string[] = [];
		let length = 0;
		while (length < chars) {
			const next = this.sentence(progress);
			parts.push(next);
			length += next.length + 1;
		}
		return parts.join(" ");
	}

	/** A short heading-like phrase, sometimes naming a discussed theme. */
	headingWords(progress: number): string {
		const words = this.fillerWords(this.random.int(2, 5)); // headings are short
		const focus = this.discussedAt(progress);
		if (focus !== null && this.random.chance(0.5)) words.push(this.variant(focus)); // half the headings of a discussed stretch name it
		return words.join(" ");
	}

	private fillerWords(count: number): string[] {
		const words = new Array<string>(count);
		for (let i = 0; i < count; i++) words[i] = WORD_TABLE.draw(this.random);
		return words;
	}

	private themePhraseAt(progress: number): string | null {
		const focus = this.discussedAt(progress);
		if (focus !== null) return this.variant(focus);
		if (this.passingQueue.length > 0 && this.random.chance(this.passingRate)) {
			return this.variant(this.passingQueue.shift() as CatalogTheme);
		}
		return null;
	}

	private discussedAt(progress: number): CatalogTheme | null {
		for (const stretch of this.plan.discussed) {
			if (progress >= stretch.from && progress <= stretch.to && this.random.chance(stretch.rate)) return stretch.theme;
		}
		return null;
	}

	/** The theme's name or an alias, as writers vary it: hyphen or space, an inflection, a capital. */
	private variant(theme: CatalogTheme): string {
		let phrase = this.random.chance(0.3) ? theme.name.toLowerCase() : this.random.pick(theme.aliases); // names are ~30% of mentions
		if (phrase.includes("-") && this.random.chance(0.2)) phrase = phrase.replace(/-/g, " "); // "post training"
		if (!phrase.endsWith("s") && this.random.chance(0.1)) phrase += "s"; // a plural or third person
		if (this.random.chance(0.05)) phrase = phrase.replace(/\b\w/g, (c) => c.toUpperCase()); // Title Case in prose
		return phrase;
	}

	private punctuate(words: string[]): string {
		for (let i = 2; i < words.length - 2; i++) {
			if (this.random.chance(0.06)) words[i] += ","; // about one comma per sentence
		}
		let text = capitalise(words.join(" ")).replace(/\bi'm\b/g, "I'm");
		if (this.curlyQuotes) text = text.replace(/'/g, "\u2019");
		const end = this.random.weighted([85, 10, 5]); // statements, questions, exclamations
		text += end === 0 ? "." : end === 1 ? "?" : "!";
		if (this.curlyQuotes && this.random.chance(0.08)) return `\u201c${text}\u201d`; // a quoted remark
		return text;
	}

	/** Unedited speech: lower case, no punctuation, hesitations and stutters. */
	private speak(words: string[]): string {
		const out: string[] = [];
		for (const word of words) {
			if (this.random.chance(0.12)) out.push(this.random.pick(SPEECH_FILLERS)); // a filler every ~8 words
			out.push(word);
			if (this.random.chance(0.03)) out.push(word); // a stutter: "the the"
		}
		return out.join(" ");
	}
}
