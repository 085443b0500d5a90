// Notes holding a recording's transcript under a `## Transcript` heading, below a summary, key
// insights or metadata (YouTube-transcript vaults, podcast pages, vault "source" notes). What is above
// the heading reads as prose; the transcript reads as speech: speaker turns when its lines open with
// a label and a stamp, else passages cut from the caption lines at the speaker's pauses.

import type { PassageSpan } from "../../model";
import { blocksToPassages, scanBlocks } from "../blocks";
import type { FormatReading } from "../format";
import type { SourceProfile } from "../profile";
import { type SourceText, contentEnd, contentStart } from "../source-text";
import { readSpeakerTurnsFrom, readSpeechLines } from "./speech";

const MIN_STAMPED_TURNS = 3; // a transcript of turns opens several of them with a stamp

export function readTranscriptSection(source: SourceText, profile: SourceProfile): FormatReading {
	const headingLine = lineOf(source, profile.transcriptHeadingAt);
	const above = scanBlocks(source, { toLine: headingLine });
	const excluded = [...above.markers];
	for (const block of above.blocks) if (block.type === "boilerplate") excluded.push(block.start, source.lineEnds[block.lastLine]);
	excluded.push(contentStart(source, headingLine), contentEnd(source, headingLine)); // the heading says what follows; it is not said
	const speech = profile.stampLines >= MIN_STAMPED_TURNS ? readSpeakerTurnsFrom(source, headingLine + 1) : readSpeechLines(source, headingLine + 1);
	const passages: PassageSpan[] = [...blocksToPassages(above.blocks, false), ...speech.passages]; // "Summary", "Key Insights": labels, not passages
	const h1 = above.blocks.find((block) => block.type === "heading" && source.raw.startsWith("# ", source.lineStarts[block.firstLine]));
	return { passages, excluded: [...excluded, ...speech.excluded], hints: { title: h1?.headingText ?? null } };
}

/** The index of the line starting at or holding `offset` (binary search over the line starts). */
function lineOf(source: SourceText, offset: number): number {
	let low = 0;
	let high = source.lineStarts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (source.lineStarts[middle] <= offset) low = middle;
		else high = middle - 1;
	}
	return low;
}
