// A deterministic synthetic vault for the benchmark: the same seed and index always give the same note.
// Notes are generated one at a time (random access by index), so 50,000 of them need not sit in memory.

import type { DocumentKind } from "../src/core/model";
import { articleNote, rawSpeechNote, whisperCppNote, whisperYoutubeNote } from "./long-formats";
import { NoteContext } from "./note-context";
import { SeededRandom, mixSeed } from "./prng";
import { planMentions, ProseStyle, ProseWriter } from "./prose-writer";
import { insightsNote, readwiseOfficialNote, readwiseYamlNote } from "./short-formats";
import { THEME_CATALOG, themeId } from "./theme-catalog";
import { PUBLICATIONS, TITLE_WORDS, personName } from "./vocabulary";

export interface GeneratedNote {
	/** Vault-relative path with forward slashes. */
	path: string;
	text: string;
	kind: DocumentKind;
	/** The shape it was written in: `readwise-yaml`, `whisper-cpp`, `theme`, … */
	format: string;
	/** Modification time in ms since the epoch, between 2019 and 2026. */
	mtime: number;
}

interface SourceFormat {
	format: string;
	kind: DocumentKind;
	/** Share of the notes, in percent. */
	share: number;
	/** Size range in characters; bytes on disk are slightly more where curly quotes appear. */
	minChars: number;
	maxChars: number;
	folder: string;
	style: ProseStyle;
	write: (context: NoteContext) => string;
}

const KB = 1024;
const UNIT_OVERSHOOT = 1500; // formats stop at the first highlight or line past the target: leave room below the maximum
const ARTICLE_SECTION_OVERSHOOT = 7 * KB; // an article section (up to 4 paragraphs and a list) plus curly quotes' extra bytes

// Shares chosen so that 10,000 notes weigh about 100 MB (mean ≈ 10 KB) with transcripts ~40% of the bytes.
const SOURCE_FORMATS: readonly SourceFormat[] = [
	{ format: "readwise-yaml", kind: "highlights", share: 35, minChars: 2 * KB, maxChars: 5 * KB, folder: "Readwise/Highlights", style: "prose", write: readwiseYamlNote },
	{ format: "readwise-official", kind: "highlights", share: 28, minChars: 1 * KB, maxChars: 5 * KB, folder: "Readwise/Articles", style: "prose", write: readwiseOfficialNote },
	{ format: "snipd-insights", kind: "insights", share: 20, minChars: 3 * KB, maxChars: 10 * KB, folder: "Snipd/Insights", style: "prose", write: insightsNote },
	{ format: "article", kind: "article", share: 14, minChars: 10 * KB, maxChars: 40 * KB, folder: "Clippings", style: "prose", write: articleNote },
	{ format: "whisper-youtube", kind: "transcript", share: 1.2, minChars: 50 * KB, maxChars: 200 * KB, folder: "Transcripts/YouTube", style: "prose", write: whisperYoutubeNote },
	{ format: "whisper-cpp", kind: "transcript", share: 0.9, minChars: 50 * KB, maxChars: 200 * KB, folder: "Transcripts/Podcasts", style: "prose", write: whisperCppNote },
	{ format: "raw-speech", kind: "transcript", share: 0.9, minChars: 50 * KB, maxChars: 200 * KB, folder: "Transcripts/Raw", style: "speech", write: rawSpeechNote },
];

const FORMAT_SHARES = SOURCE_FORMATS.map((f) => f.share);
const FIRST_DATE = Date.UTC(2019, 0, 1);
const LAST_DATE = Date.UTC(2026, 11, 31);
const NOTE_SALT = 1; // separates the notes' random streams from the themes'
const THEME_SALT = 2;

export const THEMES_FOLDER = "Themes";

function noteTitle(random: SeededRandom, index: number): string {
	const words = random.sample(TITLE_WORDS, random.int(2, 4));
	if (random.chance(0.4)) words.push(random.pick(THEME_CATALOG).name); // many titles name a topic
	const title = words.join(" ");
	return random.chance(0.3) ? `${random.pick(PUBLICATIONS)} ${index % 500}: ${title}` : title; // "Import AI 343: …"
}

/** A file name safe on every platform: no `:` `/` `\` `?` `*` `"` `<` `>` `|`. */
function fileName(title: string, index: number): string {
	return `${title.replace(/[:/\\?*"<>|]/g, " -").replace(/\s+/g, " ").trim()} (${index}).md`;
}

function readerTags(random: SeededRandom, discussedIds: string[]): string[] {
	if (discussedIds.length === 0 || !random.chance(0.3)) return []; // most readers tag a minority of sources
	return discussedIds.slice(0, random.int(1, discussedIds.length));
}

/** Line-ending and byte-order-mark variants a synced vault really holds. */
function finishBytes(random: SeededRandom, text: string): string {
	let out = text;
	if (random.chance(0.03)) out = out.replace(/\n/g, "\r\n"); // files from Windows tools
	if (random.chance(0.01)) out = `\uFEFF${out}`; // a byte-order mark from some exporters
	return out;
}

/** Note number `index` of the vault generated from `seed`. */
export function generateNote(seed: number, index: number): GeneratedNote {
	const random = new SeededRandom(mixSeed(mixSeed(seed, NOTE_SALT), index));
	const source = SOURCE_FORMATS[random.weighted(FORMAT_SHARES)];
	const overshoot = source.kind === "article" ? ARTICLE_SECTION_OVERSHOOT : UNIT_OVERSHOOT;
	const targetChars = random.int(source.minChars + 100, source.maxChars - overshoot); // stay inside the kind's range
	const plan = planMentions(random, targetChars);
	const date = new Date(FIRST_DATE + Math.floor(random.next() * (LAST_DATE - FIRST_DATE)));
	const author = random.chance(0.5) ? personName(random) : random.pick(PUBLICATIONS);
	const title = noteTitle(random, index);
	const context: NoteContext = {
		random,
		writer: new ProseWriter(random, plan, source.style, targetChars, source.format === "article"),
		targetChars,
		title,
		author,
		date,
		url: `https://example.com/${source.format}/${index}`,
		tags: readerTags(random, plan.discussed.map((d) => themeId(d.theme))),
	};
	const text = finishBytes(random, source.write(context));
	const mtime = Math.min(LAST_DATE, date.getTime() + random.int(0, 90) * 86_400_000); // imported within three months
	return { path: `${source.folder}/${fileName(title, index)}`, text, kind: source.kind, format: source.format, mtime };
}

/** The `Themes/` folder: one note per catalogued theme, its aliases and exclusions in frontmatter. */
export function generateThemeNotes(seed: number): GeneratedNote[] {
	const random = new SeededRandom(mixSeed(seed, THEME_SALT));
	return THEME_CATALOG.map((theme) => {
		const lines = ["---", "aliases:", ...theme.aliases.map((alias) => `  - ${alias}`)];
		if (theme.exclusions.length > 0) lines.push("exclusions:", ...theme.exclusions.map((phrase) => `  - ${phrase}`));
		lines.push("tags:", `  - ${themeId(theme)}`, "---", "", `# ${theme.name}`, "", `Notes on ${theme.name.toLowerCase()} across my reading.`, "");
		const mtime = FIRST_DATE + Math.floor(random.next() * (LAST_DATE - FIRST_DATE));
		return { path: `${THEMES_FOLDER}/${theme.name}.md`, text: lines.join("\n"), kind: "note", format: "theme", mtime };
	});
}

export interface VaultOptions {
	seed: number;
	notes: number;
}

/** The whole vault in memory: theme notes first, then the sources. */
export function generateVault(options: VaultOptions): { themes: GeneratedNote[]; notes: GeneratedNote[] } {
	const notes = new Array<GeneratedNote>(options.notes);
	for (let i = 0; i < options.notes; i++) notes[i] = generateNote(options.seed, i);
	return { themes: generateThemeNotes(options.seed), notes };
}

/** The share and size range of each source format, for tests and the bench's description. */
export function sourceFormats(): readonly { format: string; kind: DocumentKind; share: number; minChars: number; maxChars: number }[] {
	return SOURCE_FORMATS.map(({ format, kind, share, minChars, maxChars }) => ({ format, kind, share, minChars, maxChars }));
}
