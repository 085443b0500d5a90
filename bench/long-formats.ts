// Articles and transcripts: seed 003's long prose (ALL CAPS / Title Case headings, • bullets, curly
// quotes), whisper's YouTube markdown (`*  ` lines), whisper.cpp timestamped lines, and seed 001's
// raw speech: one long unpunctuated line without a final newline.

import { NoteContext, clockTime, isoDate, longDate, videoId, wrapAtSpaces } from "./note-context";
import { titleCase } from "./vocabulary";

const CHARS_PER_SECOND_OF_SPEECH = 15; // ~150 words a minute at ~6 characters a word
const WRAPPED_SHARE = 97 / 101; // a 97-character line gains "*  " and a newline

function articleFrontmatter(context: NoteContext): string[] {
	const shape = context.random.weighted([40, 35, 25]); // none, web clipper, minimal
	if (shape === 0) return [];
	if (shape === 1) {
		return [
			"---",
			`title: "${context.title}"`,
			`source: "${context.url}"`,
			"author:",
			`  - "[[${context.author}]]"`,
			`published: ${isoDate(context.date)}`,
			"tags:",
			"  - clippings",
			...context.tags.map((tag) => `  - ${tag}`),
			"---",
		];
	}
	return ["---", `date: ${isoDate(context.date)}`, `aliases: ["${context.title}"]`, "---"];
}

function articleSection(context: NoteContext, progress: number): string[] {
	const { random, writer } = context;
	const heading = writer.headingWords(progress);
	const lines = ["", random.chance(0.3) ? heading.toUpperCase() : titleCase(heading), ""]; // a third of headings are ALL CAPS
	const paragraphs = random.int(1, 4);
	for (let i = 0; i < paragraphs; i++) lines.push(writer.paragraph(random.int(300, 1200), progress), ""); // 300–1200 char paragraphs
	if (random.chance(0.5)) {
		const numbered = random.chance(0.3); // some lists are numbered, most use bullets
		const items = random.int(3, 6);
		for (let i = 0; i < items; i++) {
			const item = writer.headingWords(progress);
			lines.push(`  ${numbered ? `${i + 1}.` : "\u2022"} ${item[0].toUpperCase()}${item.slice(1)}`);
		}
		lines.push("");
	}
	return lines;
}

/** Seed 003's shape: an introduction, then headed sections with paragraphs and bullet lists. */
export function articleNote(context: NoteContext): string {
	const { writer } = context;
	const lines = [...articleFrontmatter(context), writer.paragraph(200, 0)];
	let length = lines.join("\n").length;
	while (length < context.targetChars) {
		const section = articleSection(context, length / context.targetChars).join("\n");
		lines.push(section);
		length += section.length + 1;
	}
	return lines.join("\n") + "\n";
}

/** Continuous spoken text of about `chars` characters, its themes placed by position. */
function speechText(context: NoteContext, chars: number): string {
	const parts: string[] = [];
	let length = 0;
	while (length < chars) {
		const next = context.writer.sentence(length / chars);
		parts.push(next);
		length += next.length + 1;
	}
	return parts.join(" ");
}

/** Seed 004's shape: whisper's YouTube markdown with `*  ` lines that break mid-sentence. */
export function whisperYoutubeNote(context: NoteContext): string {
	const { random } = context;
	const head = [
		"---",
		`Date Generated: ${longDate(new Date(context.date.getTime() + random.int(1, 400) * 86_400_000), true)}`, // generated days to a year after recording
		`Transcription Model: whisper ${random.pick(["medium", "large-v2", "large-v3"])} 20231117`,
		`Length: ${Math.round(context.targetChars / CHARS_PER_SECOND_OF_SPEECH)}s`,
		"Video Keywords: []",
		`Video Views: ${random.int(100, 900_000)}`,
		"Video Rating: None",
		"---",
		"",
		`# ${context.title}`,
		`**${context.author}:** [${longDate(context.date, false)}](https://www.youtube.com/watch?v=${videoId(random)})`,
	].join("\n");
	const body = speechText(context, (context.targetChars - head.length) * WRAPPED_SHARE);
	const lines = wrapAtSpaces(body, 97).map((line) => `*  ${line}`); // whisper wraps at about 100 columns
	return `${head}\n${lines.join("\n")}\n`;
}

/** whisper.cpp's text output: `[00:00:00.000 --> 00:00:04.520]   text`, one segment per line. */
export function whisperCppNote(context: NoteContext): string {
	const { random, writer } = context;
	const lines: string[] = [];
	let length = 0;
	let seconds = 0;
	while (length < context.targetChars) {
		const text = writer.sentence(length / context.targetChars);
		const end = seconds + text.length / CHARS_PER_SECOND_OF_SPEECH + random.next();
		const line = `[${clockTime(seconds)} --> ${clockTime(end)}]   ${text}`;
		lines.push(line);
		length += line.length + 1;
		seconds = end;
	}
	return lines.join("\n") + "\n";
}

/** Seed 001's shape: raw speech-to-text, one line, no punctuation, no final newline. */
export function rawSpeechNote(context: NoteContext): string {
	return speechText(context, context.targetChars);
}
