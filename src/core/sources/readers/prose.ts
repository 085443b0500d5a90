// Articles, summaries and plain notes: every heading, paragraph and list item is a passage.
// Articles also read short isolated Title Case or ALL CAPS lines as headings.

import { blocksToPassages, scanBlocks } from "../blocks";
import type { FormatReading } from "../format";
import type { SourceText } from "../source-text";

export function readProse(source: SourceText, plainHeadings: boolean): FormatReading {
	const scan = scanBlocks(source, { plainHeadings });
	const excluded = [...scan.markers];
	for (const block of scan.blocks) if (block.type === "boilerplate") excluded.push(block.start, source.lineEnds[block.lastLine]);
	const h1 = scan.blocks.find((block) => block.type === "heading" && source.raw.startsWith("# ", source.lineStarts[block.firstLine]));
	return { passages: blocksToPassages(scan.blocks, true), excluded, hints: { title: h1?.headingText ?? null } };
}
