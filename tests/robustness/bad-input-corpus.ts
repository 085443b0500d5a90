// The bad-input corpus: vaults that hold one kind of trouble each, beside healthy notes. Host-neutral:
// the headless runner (bad-input.test.ts) and the app's fake host can both write `files` into a vault
// and check `expect`. Large inputs are generated on first use, never committed.

export interface BadInputExpectation {
	/** Exit status of `scan` and `link` (1 when some note has a problem). */
	exit: 0 | 1;
	/** Notes that must be reported (`path: message`), with what the plain-words message must say. */
	problems: Record<string, RegExp>;
	/** Notes that must be indexed with (at least) these theme ids: the rest of the vault still works. */
	themes: Record<string, string[]>;
	/** Notes that must list no theme (they were not readable, or must not match). */
	noThemes?: string[];
	/** Notes `link` (in every mode) must leave byte for byte as they were. */
	untouched: string[];
}

export interface BadInputCase {
	name: string;
	files: Record<string, string | Uint8Array>;
	expect: BadInputExpectation;
}

const HEALTHY_PATH = "Notes/Healthy.md";
/** A companion note every starter-pack case carries: it must stay indexed whatever its neighbours hold. */
const HEALTHY_NOTE = "# Healthy\n\nWe discussed scaling laws and how the compute-optimal frontier moves.\n";
const healthy = { [HEALTHY_PATH]: HEALTHY_NOTE };
const healthyThemes = { [HEALTHY_PATH]: ["scaling"] };

const BYTES_20_MB = 20 * 1024 * 1024; // the "20 MB single-line transcript"
const LONG_WORD = 10_000; // the "10,000-character word"

function bytes(...parts: (string | number[])[]): Uint8Array {
	const encoder = new TextEncoder();
	const chunks = parts.map((p) => (typeof p === "string" ? encoder.encode(p) : Uint8Array.from(p)));
	const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

/** One line of speech, no line break, about `size` characters; generated when first read. */
function singleLineTranscript(size: number): string {
	const sentence = "and then the speaker explains how the reward model shapes the policy during the training run ";
	return sentence.repeat(Math.ceil(size / sentence.length)).slice(0, size).trimEnd() + ".";
}

let longTalk: string | null = null; // made once, on first use: 20 MB is not kept in the repository

const SPECIAL_THEMES: Record<string, string> = {
	"Themes/C++.md": "---\naliases: [C plus plus]\n---\n",
	"Themes/A∕B testing.md": '---\naliases: ["A/B testing", "split test"]\n---\n',
	"Themes/[brackets].md": '---\naliases: ["[square brackets]"]\n---\n',
	"Themes/#hash.md": '---\naliases: ["#hashtag"]\n---\n',
	"Themes/Pipes.md": '---\naliases: ["a|b", "pipe symbol"]\n---\n',
	"Themes/Regex.md": '---\naliases: [".*+?^${}()|[]\\\\", "regular expression"]\n---\n',
	"Themes/🚀 Rockets.md": '---\naliases: ["🚀 launch", "rocket launch"]\n---\n',
};

export const BAD_INPUT_CORPUS: BadInputCase[] = [
	{
		name: "YAML with an unclosed quote",
		files: { ...healthy, "Notes/Unclosed quote.md": '---\ntitle: "never closed\nauthor: me\n---\nNotes on scaling laws.\n' },
		expect: { exit: 1, problems: { "Notes/Unclosed quote.md": /frontmatter is not valid YAML/ }, themes: { ...healthyThemes, "Notes/Unclosed quote.md": ["scaling"] }, untouched: ["Notes/Unclosed quote.md"] },
	},
	{
		name: "YAML list indented with tabs (rejected by the YAML reader)",
		files: { ...healthy, "Notes/Tabs.md": "---\ntitle: Tabs\ntags:\n\t- one\n\t- two\n---\nNotes on scaling laws.\n" },
		expect: { exit: 1, problems: { "Notes/Tabs.md": /frontmatter is not valid YAML/ }, themes: { ...healthyThemes, "Notes/Tabs.md": ["scaling"] }, untouched: ["Notes/Tabs.md"] },
	},
	{
		name: "YAML mapping indented with tabs (tolerated by the YAML reader)",
		files: { ...healthy, "Notes/Tabbed map.md": "---\ntitle: Tabs\nsource:\n\turl: x\n\t\tkind: y\n---\nNotes on scaling laws.\n" },
		expect: { exit: 0, problems: {}, themes: { ...healthyThemes, "Notes/Tabbed map.md": ["scaling"] }, untouched: [] },
	},
	{
		name: "YAML with duplicate keys",
		files: { ...healthy, "Notes/Duplicate keys.md": "---\ntitle: One\ntitle: Two\n---\nNotes on scaling laws.\n" },
		expect: { exit: 1, problems: { "Notes/Duplicate keys.md": /duplicated mapping key/ }, themes: { ...healthyThemes, "Notes/Duplicate keys.md": ["scaling"] }, untouched: ["Notes/Duplicate keys.md"] },
	},
	{
		name: "a --- that never closes",
		files: { ...healthy, "Notes/Never closes.md": "---\ntitle: Open\nNotes on scaling laws, and no closing line.\n" },
		expect: { exit: 1, problems: { "Notes/Never closes.md": /never closes/ }, themes: { ...healthyThemes, "Notes/Never closes.md": ["scaling"] }, untouched: ["Notes/Never closes.md"] },
	},
	{
		name: "CRLF line endings",
		files: { ...healthy, "Notes/Windows.md": "---\r\ntitle: Windows\r\n---\r\nFirst line.\r\nNotes on scaling laws.\r\n" },
		expect: { exit: 0, problems: {}, themes: { ...healthyThemes, "Notes/Windows.md": ["scaling"] }, untouched: [] },
	},
	{
		name: "mixed line endings (LF, CRLF, lone CR)",
		files: { ...healthy, "Notes/Mixed.md": "First line.\nSecond line.\r\nThird line.\rNotes on scaling laws.\r\n" },
		expect: { exit: 0, problems: {}, themes: { ...healthyThemes, "Notes/Mixed.md": ["scaling"] }, untouched: [] },
	},
	{
		name: "byte-order mark at the start, before frontmatter",
		files: { ...healthy, "Notes/BOM.md": "\uFEFF---\ntitle: With BOM\n---\nNotes on scaling laws.\n" },
		expect: { exit: 0, problems: {}, themes: { ...healthyThemes, "Notes/BOM.md": ["scaling"] }, untouched: [] },
	},
	{
		name: "byte-order marks in the middle of a file",
		files: { ...healthy, "Notes/Middle BOM.md": "Pasted text.\n\uFEFFMore \uFEFF text on scaling laws.\n" },
		expect: { exit: 0, problems: {}, themes: { ...healthyThemes, "Notes/Middle BOM.md": ["scaling"] }, untouched: [] },
	},
	{
		name: "NUL bytes behind a .md name",
		files: { ...healthy, "Notes/Binary.md": bytes("scaling laws", [0, 1, 2, 3, 0, 255, 254], "scaling laws") },
		expect: { exit: 1, problems: { "Notes/Binary.md": /binary data/ }, themes: healthyThemes, noThemes: ["Notes/Binary.md"], untouched: ["Notes/Binary.md"] },
	},
	{
		name: "binary content without NUL bytes (a PNG-like header, invalid UTF-8)",
		files: { ...healthy, "Notes/Image.md": bytes([0x89], "PNG\r\n", [0x1a, 0x0a, 0xff, 0xfe, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87], " scaling laws ", [0x90, 0x91, 0x92, 0x93, 0x94]) },
		expect: { exit: 1, problems: { "Notes/Image.md": /binary data/ }, themes: healthyThemes, noThemes: ["Notes/Image.md"], untouched: ["Notes/Image.md"] },
	},
	{
		name: "a note saved as Latin-1 (not UTF-8)",
		files: { ...healthy, "Notes/Latin1.md": bytes("Caf", [0xe9], " notes on scaling laws, na", [0xef], "ve.\n") },
		expect: { exit: 1, problems: { "Notes/Latin1.md": /not valid UTF-8/ }, themes: { ...healthyThemes, "Notes/Latin1.md": ["scaling"] }, untouched: ["Notes/Latin1.md"] },
	},
	{
		name: "an empty file",
		files: { ...healthy, "Notes/Empty.md": "" },
		expect: { exit: 1, problems: { "Notes/Empty.md": /empty/ }, themes: healthyThemes, noThemes: ["Notes/Empty.md"], untouched: ["Notes/Empty.md"] },
	},
	{
		name: "a 20 MB single-line transcript",
		get files() {
			return { ...healthy, "Transcripts/Long talk.md": (longTalk ??= singleLineTranscript(BYTES_20_MB)) };
		},
		expect: { exit: 0, problems: {}, themes: { ...healthyThemes, "Transcripts/Long talk.md": ["post-training"] }, untouched: [] },
	},
	{
		name: "a 10,000-character word",
		files: { ...healthy, "Notes/Long word.md": `Before the word, scaling laws. ${"x".repeat(LONG_WORD)} After the word.\n` },
		expect: { exit: 0, problems: {}, themes: { ...healthyThemes, "Notes/Long word.md": ["scaling"] }, untouched: [] },
	},
	{
		name: "HTML, <script> and <img onerror> inside highlights",
		files: {
			...healthy,
			"Readwise/Hostile.md": '# Hostile\n\n## Highlights\n- <script>alert("x")</script> scaling laws hold\n- <img src=x onerror=alert(1)> the compute-optimal frontier\n- <a href="javascript:alert(1)">scaling laws</a>\n',
		},
		expect: { exit: 0, problems: {}, themes: { ...healthyThemes, "Readwise/Hostile.md": ["scaling"] }, untouched: [] },
	},
	{
		name: "theme names and aliases with special characters",
		files: {
			...SPECIAL_THEMES,
			"Notes/Cpp.md": "We rewrote the parser in C++ last year, C plus plus all the way.\n",
			"Notes/Experiments.md": "We ran a split test on the checkout page.\n",
			"Notes/Brackets.md": "Lists in [square brackets] everywhere.\n",
			"Notes/Hash.md": "A post about the #hashtag craze.\n",
			"Notes/Pipes.md": "The pipe symbol separates commands.\n",
			"Notes/Regex.md": "A regular expression can be hard to read.\n",
			"Notes/Rockets.md": "We watched the rocket launch from the beach. 🚀 launch!\n",
			"Notes/Plain.md": "Nothing special in this plain note at all.\n",
		},
		expect: {
			exit: 0,
			problems: {},
			themes: {
				"Notes/Cpp.md": ["c++"], "Notes/Experiments.md": ["a∕b-testing"], "Notes/Brackets.md": ["[brackets]"], "Notes/Hash.md": ["#hash"],
				"Notes/Pipes.md": ["pipes"], "Notes/Regex.md": ["regex"], "Notes/Rockets.md": ["🚀-rockets"],
			},
			noThemes: ["Notes/Plain.md"],
			untouched: [],
		},
	},
	{
		name: "RTL (Arabic, Hebrew) and CJK text with matching aliases",
		files: {
			"Themes/Machine learning.md": '---\naliases: ["تعلم الآلة", "למידת מכונה", "機械学習", "机器学习"]\n---\n',
			"Notes/Arabic.md": "هذا نص عن تعلم الآلة والبيانات.\n",
			"Notes/Hebrew.md": "זה טקסט על למידת מכונה ונתונים.\n",
			"Notes/Japanese.md": "これは機械学習についての文章です。\n",
			"Notes/Chinese.md": "这是一篇关于机器学习的文章。\n",
			"Notes/Mixed direction.md": "English first, then تعلم الآلة, then 機械学習 again.\n",
		},
		expect: {
			exit: 0,
			problems: {},
			themes: { "Notes/Arabic.md": ["machine-learning"], "Notes/Hebrew.md": ["machine-learning"], "Notes/Japanese.md": ["machine-learning"], "Notes/Chinese.md": ["machine-learning"], "Notes/Mixed direction.md": ["machine-learning"] },
			untouched: [],
		},
	},
	{
		name: "a theme that tries to escape the vault (../ in aliases, links and settings)",
		files: {
			"Themes/Escape.md": '---\naliases: ["../../outside", "../Escape", "breakout"]\n---\nSee [[../../outside]] and [x](../../outside.md).\n',
			"Notes/Breakout.md": "A note about the breakout and ../../outside paths.\n",
			"Notes/Plain.md": "Nothing to see.\n",
		},
		expect: { exit: 0, problems: {}, themes: { "Notes/Breakout.md": ["escape"] }, noThemes: ["Notes/Plain.md"], untouched: [] },
	},
];

/** The healthy companion, for tests that build their own vaults. */
export const HEALTHY = { path: HEALTHY_PATH, text: HEALTHY_NOTE, themes: ["scaling"] };
