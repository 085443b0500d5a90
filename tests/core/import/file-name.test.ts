// Imported notes get names a reader would give them: a long title is shortened after a whole word,
// with no dangling punctuation, joining word or half a parenthesis; the frontmatter keeps it whole.
import fc from "fast-check";
import matter from "gray-matter";
import { describe, expect, test } from "vitest";
import { safeFileName, shortenTitle } from "../../../src/core/import/file-name";
import { convertKindleClippings } from "../../../src/core/import/kindle";

const LIMIT = 100; // the longest name safeFileName gives (see file-name.ts)
const DANGLING_END = /[,;:(\-–—/&+‘“«]$/;
const JOINING_END = /\s(and|or|of|the|a|an|to|for|in|on|with|by|from|at|vs)$/i;

/** The words of a text without the marks around them, in order: "(Allington," is "Allington". */
function wordCores(text: string): string[] {
	return text.split(/[\s:/]+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")).filter((word) => word !== "");
}

/** Every way a shortened name can read as cut off, as a list (empty when it reads well). */
function cutOffSigns(name: string, title: string): string[] {
	const signs: string[] = [];
	if (name.length > LIMIT) signs.push(`longer than ${LIMIT}`);
	if (DANGLING_END.test(name)) signs.push("ends with a mark that joins it to what was cut");
	if (JOINING_END.test(name)) signs.push("ends with a joining word");
	if ((name.match(/\(/g) ?? []).length > (name.match(/\)/g) ?? []).length) signs.push("leaves a parenthesis open");
	const nameWords = wordCores(name);
	const titleWords = wordCores(title);
	const firstWordTooLong = (titleWords[0] ?? "").length > LIMIT;
	if (!firstWordTooLong && nameWords.some((word, i) => word !== titleWords[i])) signs.push("cuts inside a word or drops one");
	return signs;
}

const CLIPPING = "- Your Highlight on Location 120-121 | Added on Monday, 1 January 2024 10:00:00\n\nMeasures are evaluated in filter context.\n==========\n";

describe("a long book title from a Kindle export", () => {
	const bookLine = "Learn to Write DAX: A practical guide to learning Power Pivot for Excel and Power BI (Allington, Matt)";
	const [note] = convertKindleClippings(`${bookLine}\n${CLIPPING}`, "My Clippings.txt");

	test("names the note after whole words, with no dangling comma or open parenthesis", () => {
		expect(cutOffSigns(note.fileName, bookLine.replace(/:/g, " ").replace(/\s+/g, " "))).toEqual([]);
		expect(note.fileName.startsWith("Learn to Write DAX")).toBe(true);
	});

	test("keeps the whole title in the note's frontmatter", () => {
		const data = matter(note.markdown).data as { title?: string; author?: string };
		expect(data.title).toBe("Learn to Write DAX: A practical guide to learning Power Pivot for Excel and Power BI");
		expect(data.author).toBe("Allington, Matt");
	});
});

describe("safeFileName on long titles", () => {
	test.each([
		"Learn to Write DAX A practical guide to learning Power Pivot for Excel and Power BI (Allington, Matt)",
		"The Extraordinarily Long Title of a Conference Talk About Scaling Laws, Emergence, and the Limits of Prediction in AI",
		"Episode 412 — Why the bitter lesson keeps winning, with a researcher who has trained models for a decade (Part 2 of 3)",
		"Notes on: scaling / emergence / interpretability / alignment / evaluation / forecasting / compute / data & more",
	])("%s", (title) => expect(cutOffSigns(safeFileName(title), title)).toEqual([]));

	test("never splits an emoji into half a character", () => {
		const name = safeFileName(`a${"😀".repeat(LIMIT)}`); // the limit falls between an emoji's two UTF-16 halves
		expect(name.length).toBeLessThanOrEqual(LIMIT);
		expect(() => encodeURIComponent(name)).not.toThrow(); // throws on half a character
	});

	test("cuts inside a word only when the first word alone is longer than the limit", () => {
		expect(safeFileName("x".repeat(LIMIT + 50))).toBe("x".repeat(LIMIT));
		expect(safeFileName(`Short ${"x".repeat(LIMIT + 50)}`)).toBe("Short");
	});

	test("keeps what fits unchanged", () => {
		const title = "Toy Models of Superposition (Elhage et al.)";
		expect(shortenTitle(title, LIMIT)).toBe(title);
	});

	test("any title of words, marks and parentheses reads whole once shortened", () => {
		const word = fc.oneof(
			fc.constantFrom("and", "of", "the", "(Allington,", "Matt)", "—", "-", "&", ",", "(Part", "2)", "Power", "BI", "“quoted”"),
			fc.stringMatching(/^[A-Za-z]{1,14}[,;]?$/),
		);
		fc.assert(
			fc.property(fc.array(word, { minLength: 20, maxLength: 60 }) /* 20 words of 1–14 letters: mostly past the limit */, (words) => {
				const title = words.join(" ");
				const name = safeFileName(title);
				if (title.length <= LIMIT) return;
				expect(name.length).toBeGreaterThan(0);
				expect(cutOffSigns(name, title)).toEqual([]);
			}),
		);
	});
});
