// What a heading's words say about the section under it: a transcript (YouTube-transcript vaults,
// podcast sites and summarisers put the spoken words under "## Transcript"), or a digest of someone
// else's work (summarisers and NotebookLM title their sections "Key Insights", "Core Ideas",
// "Detailed Timeline", "Cast of Characters").

/** `## Transcript`, `## Full Transcript`, `# 📜 Video transcript:`; level 4 and deeper are parts of a snip, not the note. */
const TRANSCRIPT_HEADING = /^#{1,3}[ \t]+(?:[^\p{L}\p{N}\s]+\s*)?(?:(?:full|raw|complete|video|episode|podcast|interview|auto-generated|original|youtube)\s+)*transcript(?:ion)?s?(?:\s*\([^)\n]{1,40}\))?\s*:?\s*$/iu; // "(auto-generated)", "(English)" may follow

/** Section names of a digest: the ideas of a work (plural: a digest collects them; "The Main Idea" heads one idea argued in a note), not the reader's own words about it. */
const DIGEST_HEADING = /\b(?:(?:key|core|main|big|central)\s+(?:ideas|insights|takeaways|points|lessons|concepts|arguments)|takeaways|detailed timeline|timeline of (?:main )?events|cast of characters|executive summary|tl;?dr|briefing doc(?:ument)?|study guide)\b/i;

export function isTranscriptHeading(line: string): boolean {
	return TRANSCRIPT_HEADING.test(line);
}

export function isDigestHeading(line: string): boolean {
	return DIGEST_HEADING.test(line);
}
