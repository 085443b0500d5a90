// Reading sources: detection, metadata, passages and excluded ranges, plus the text helpers they use.

export { parseSource } from "./parse-source";
export { SOURCE_FORMATS, NOTE_FORMAT, detectFormat } from "./detectors";
export * as detectors from "./detectors";
export type { SourceFormat, FormatReading, MetadataHints } from "./format";
export { profileSource, type SourceProfile } from "./profile";
export { makeSourceText, type SourceText } from "./source-text";
export { scanBlocks, blocksToPassages, type Block, type BlockType } from "./blocks";
export { scanExcluded } from "./excluded";
export { mergeRanges, tidyPassages } from "./ranges";
export { chunkSpeechByWords, chunkSpeechBySegments, type SpeechSegment } from "./speech-chunker";
export { tagsInText, frontmatterTags, inlineTags, insideRanges } from "./tags";
export { readMetadata, type SourceMetadata } from "./metadata";
export { LineIndex, type LinePosition } from "../text/line-index";
export { readableText, countWords, firstRangeAfter } from "../text/readable";
export { snippetAround, snippetParts, type SnippetParts } from "../text/snippet";
export { parseDateText, dateFromValue } from "../text/dates";
export { parseDuration } from "../text/duration";
