// Highlights and insights as importers write them: the seeds' Readwise YAML style, the Readwise
// Official plugin's default template, and Snipd-style insight digests (one insight per line).

import { NoteContext, hexId, isoDate, isoDateTime, longDate } from "./note-context";

/** Tags in one of the shapes real frontmatter uses: a space-separated string, a list, or nothing. */
function yamlTags(context: NoteContext): string[] {
	const shape = context.random.weighted([40, 30, 10, 20]); // string, list, `#x` (parses as null), none
	const tags = [...context.tags, "ai"];
	if (shape === 0) return [`tags: ${tags.join(" ")}`];
	if (shape === 1) return ["tags:", ...tags.map((tag) => `  - ${tag}`)];
	if (shape === 2) return [`tags: #${tags[0]}`];
	return [];
}

function quotebackFooter(context: NoteContext, url: string): string {
	const { author, title } = context;
	return `> <div class="quoteback-footer"><div class="quoteback-avatar"><img class="mini-favicon" src="https://s2.googleusercontent.com/s2/favicons?domain=example.com"></div><div class="quoteback-metadata"><div class="metadata-inner"><span style="display:none">FROM:</span><div aria-label="${author}" class="quoteback-author"> ${author}</div><div aria-label="${title}" class="quoteback-title"> ${title}</div></div></div><div class="quoteback-backlink"><a target="_blank" aria-label="go to the full text of this quotation" rel="noopener" href="${url}" class="quoteback-arrow"> Source</a></div></div>`;
}

/** Seed 000's shape: rich YAML, one blockquoted highlight, a quoteback footer, the reader's comment. */
export function readwiseYamlNote(context: NoteContext): string {
	const { random, writer, title, author, url } = context;
	const highlightId = random.int(100_000_000, 999_999_999); // nine-digit Readwise highlight ids
	const sourceUrl = `${url}#:~:text=${encodeURIComponent(title.split(" ").slice(0, 3).join(" "))}`;
	const head = [
		"---",
		`title: "Note on ${title} via ${author}"`,
		...yamlTags(context),
		`canonical: ${url}?utm_source=post-email-title&publication_id=${random.int(1000, 9999999)}`,
		`author: ${author}`,
		`author_id: ${hexId(random, 16)}`,
		`book: ${random.int(10_000_000, 99_999_999)}`,
		`book_title: "${title}"`,
		random.chance(0.5) ? `date: ${isoDate(context.date)}` : `highlighted_at: ${isoDateTime(context.date)}`,
		"hide_title: true",
		`highlight_id: ${highlightId}`,
		`readwise_url: https://readwise.io/open/${highlightId}`,
		`image: https://substackcdn.com/image/fetch/w_1200,h_600,c_fill/${hexId(random, 32)}.png`,
		"source_emoji: \u{1F310}",
		`source_url: "${sourceUrl}"`,
		"---",
		"",
	].join("\n");
	const footer = random.chance(0.7) ? `\n${quotebackFooter(context, sourceUrl)}` : ""; // most carry the footer
	const comment = random.chance(0.6) ? `\n\n${writer.sentence(1)}` : ""; // a reader's own remark
	const room = Math.max(120, context.targetChars - head.length - footer.length - comment.length); // at least one real highlight
	const highlight = writer.paragraph(room, 0.5);
	return `${head}\n> ${highlight}${footer}${comment}`;
}

/** The Readwise Official plugin's default template: no YAML, `## Metadata`, `## Highlights`. */
export function readwiseOfficialNote(context: NoteContext): string {
	const { random, writer, title, author, url } = context;
	const category = random.pick(["articles", "books", "podcasts", "tweets"]);
	const parts = [
		`# ${title}`,
		"",
		`![rw-book-cover](https://readwise-assets.s3.amazonaws.com/static/images/${category}${random.int(1, 9)}.png)`,
		"",
		"## Metadata",
		`- Author: [[${author}]]`,
		`- Full Title: ${title}`,
		`- Category: #${category}`,
		`- URL: ${url}`,
		`- Date: ${longDate(context.date, false)}`,
		"",
		"## Highlights",
	];
	let length = parts.join("\n").length;
	while (length < context.targetChars) {
		const highlight = writer.paragraph(random.int(150, 700), length / context.targetChars); // one highlight: 150–700 chars
		const lines = [`- ${highlight} ([View Highlight](https://read.readwise.io/read/01h${hexId(random, 23)}))`];
		if (context.tags.length > 0 && random.chance(0.2)) lines.push(`    - Tags: [[${random.pick(context.tags)}]]`);
		if (random.chance(0.15)) lines.push(`    - Note: ${writer.sentence(length / context.targetChars)}`);
		const block = lines.join("\n");
		parts.push(block);
		length += block.length + 1;
	}
	return parts.join("\n") + "\n";
}

/** Seed 002's shape: a header line, then one insight (two to five sentences) per line. */
export function insightsNote(context: NoteContext): string {
	const { random, writer } = context;
	const parts: string[] = [];
	if (random.chance(0.4)) {
		parts.push("---", `title: "${context.title}"`, `episode_date: ${isoDate(context.date)}`, `podcast: ${context.author}`, "---");
	}
	parts.push(random.pick([
		"We scan new podcasts and send you the top 5 insights daily.",
		"Key insights from this week's episodes.",
		"Top insights, selected for you.",
	]));
	let length = parts.join("\n").length;
	while (length < context.targetChars) {
		const progress = length / context.targetChars;
		const count = random.int(2, 5); // an insight is two to five sentences
		const sentences: string[] = [];
		for (let i = 0; i < count; i++) sentences.push(writer.sentence(progress));
		const line = sentences.join(" ");
		parts.push(line);
		length += line.length + 1;
	}
	return parts.join("\n") + (random.chance(0.8) ? "\n" : ""); // some exports lack a final newline
}
