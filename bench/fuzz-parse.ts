// Scratch (parse speed work): parseSource against an older engine bundle (ORIG) on random notes built
// from the tokens the fast paths care about (timecodes, pause words, links, dates, headings, speech).
import { grayMatterFrontmatter } from "../src/cli/gray-matter-frontmatter";
import { parseSource } from "../src/core/sources/index";
import { SeededRandom } from "./prng";

const TOKENS = ["12:34", "1:02:03.456", "1234:56", "00:01,5", "7:8", "99:99:99,1234", "a1:23", "1:23b", ",", ".", "?", "!", " ", " ", " ", "  ", "\t", "\n", "\n", "\n\n", "\r\n",
	"okay", "OK", "So", "and", "AND", "\u212Aay", "o\u212A", "uh", "alright", "because", "Because.", "well,", "right?", "like", "café", "naïve", "word", "words", "speech", "the", "of",
	"([View Highlight](https://read.readwise.io/x))", "([Location 12](kindle://book?loc=12))", "([Time 0:30:37](https://share.snipd.com/x))", " — location: [12](kindle://x)", " - location: [3](y)",
	"* ", "*  ", "- ", "> ", "1. ", "# Heading", "## Highlights", "### Metadata", "Full Title: A Book", "Category: books", "Date: September 12, 2023", "Published: 2024-02-30", "Published: 12 Jun 2023", "Date: 31st Apr 2021",
	"[00:00:01.000 --> 00:00:02.000]", "00:00:01,000 --> 00:00:02,000", "-->", "`code`", "```", "<b>", "<!-- c -->", "%%x%%", "^abc", "[[Link|alias]]", "![img](a.png)", "[a](http://b)", "https://example.com/x", "Title Case Line", "ALL CAPS", "**Ann:**", "\\[22:06\\]", "🎧 1:02", "==========", "- Your Highlight", "title:: x", "\uFEFF"];

const SPEECH = TOKENS.slice(0, TOKENS.indexOf("([View Highlight](https://read.readwise.io/x))"));
const RAW_WORDS = ["okay", "OK", "So", "and", "AND", "\u212Aay", "o\u212A", "uh", "alright", "because", "well,", "like", "café", "naïve", "word", "words", "speech", "the", "of", "12:34", " ", "Yeah", "Yeah", "so"];
const random = new SeededRandom(Number(process.env.SEED ?? 11));
function note(): string {
	const count = random.int(1, random.int(0, 2) === 0 ? 1500 : 60);
	let text = random.int(0, 4) === 0 ? "---\ntitle: T\ndate: 2023-01-05\n---\n" : "";
	const pool = [SPEECH, TOKENS, RAW_WORDS, RAW_WORDS][random.int(0, 3)];
	for (let i = 0; i < count; i++) text += pool[random.int(0, pool.length - 1)] + (pool === RAW_WORDS || random.int(0, 2) === 0 ? " " : "");
	return text;
}

async function main(): Promise<void> {
	const original = (await import(process.env.ORIG ?? "/tmp/orig-index-HEAD.mjs")) as { parseSource: typeof parseSource };
	const cases = Number(process.env.CASES ?? 20000); // random notes to compare
	let differ = 0;
	const formats = new Map<string, number>();
	for (let n = 0; n < cases; n++) {
		const text = note();
		const document = parseSource(`n${n}.md`, text, grayMatterFrontmatter);
		formats.set(document.format, (formats.get(document.format) ?? 0) + 1);
		const now = JSON.stringify(document);
		const before = JSON.stringify(original.parseSource(`n${n}.md`, text, grayMatterFrontmatter));
		if (now !== before && differ++ < 3) {
			let at = 0;
			while (now[at] === before[at]) at++;
			process.stdout.write(`DIFF ${JSON.stringify(text.slice(0, 300))}\nnow:    ${now.slice(Math.max(0, at - 150), at + 150)}\nbefore: ${before.slice(Math.max(0, at - 150), at + 150)}\n`);
		}
	}
	process.stdout.write(`fuzz: ${differ} of ${cases} differ; formats ${JSON.stringify([...formats])}\n`);
}
void main();
