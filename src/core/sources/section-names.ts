// What a heading's words say about the section under it: a transcript (YouTube-transcript vaults,
// podcast sites and summarisers put the spoken words under "## Transcript"), or a digest of someone
// else's work (summarisers and NotebookLM title their sections "Key Insights", "Core Ideas",
// "Detailed Timeline", "Cast of Characters").

/** `## Transcript`, `## Full Transcript`, `# 📜 Video transcript:`; level 4 and deeper are parts of a snip, not the note. */
const TRANSCRIPT_HEADING = /^#{1,3}[ \t]+(?:[^\p{L}\p{N}\s]+\s*)?(?:(?:full|raw|complete|video|episode|podcast|interview|auto-generated|original|youtube)\s+)*transcript(?:ion)?s?(?:\s*\([^)\n]{1,40}\))?\s*:?\s*(?:#.*)?$/iu; // "(auto-generated)", "(English)" may follow, or the heading written twice

/** Section names of a digest: the ideas of a work (plural: a digest collects them; "The Main Idea" heads one idea argued in a note), not the reader's own words about it. */
const DIGEST_HEADING = /\b(?:(?:key|core|main|big|central)\s+(?:ideas|insights|takeaways|points|lessons|concepts|arguments|claims|themes)|core thesis|takeaways|detailed timeline|timeline of (?:main )?events|cast of characters|executive summary|tl;?dr|briefing doc(?:ument)?|study guide)\b/i;
/** A digest's title: "Compressed Analysis: …", "Summary of …", "Episode recap: …". */
const DIGEST_TITLE = /^#{1,2}[ \t]+(?:[^\p{L}\p{N}\s]+\s*)?(?:(?:comprehensive|compressed|detailed|full|quick|short|brief|book|episode|podcast|video|talk)\s+)?(?:analysis|summary|synopsis|digest|recap|breakdown)\s*(?::|of\b)/iu;

/** `# Highlights`, `## 📌 Highlights & Notes`: the section an export or a reader keeps the passages in. */
const HIGHLIGHTS_HEADING = /^#{1,2}[ \t]+(?:[^\p{L}\p{N}\s]+\s*)?(?:my |book |kindle |article )?highlights?(?:\s*(?:&|and)\s*(?:notes|annotations))?\s*:?\s*$/iu;

export function isHighlightsHeading(line: string): boolean {
	return HIGHLIGHTS_HEADING.test(line);
}

const WHOLE_TRANSCRIPT = /\b(?:full|complete|entire|raw)\s/i; // "Full Transcript": the recording's every word, not an excerpt

/** "whole" for a heading over a recording's whole transcript (`## Full Transcript`), "section" for any other transcript heading, null for none. */
export function transcriptHeading(line: string): "whole" | "section" | null {
	if (!TRANSCRIPT_HEADING.test(line)) return null;
	return WHOLE_TRANSCRIPT.test(line) ? "whole" : "section";
}

/** `## Summary` (or `Synopsis`, `Book Summary`): a note that opens by summing up the work. */
const SUMMARY_HEADING = /^#{2,3}[ \t]+(?:[^\p{L}\p{N}\s]+\s*)?(?:(?:book|episode|video|talk|chapter)\s+)?(?:summary|synopsis)\s*:?\s*$/iu;

export function isSummaryHeading(line: string): boolean {
	return SUMMARY_HEADING.test(line);
}

export function isDigestHeading(line: string): boolean {
	return DIGEST_HEADING.test(line) || DIGEST_TITLE.test(line);
}
