// The table-driven word counts and the lazily extended line table give what their plain definitions give.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWordsIn, lineStats, measureUtf8Line, utf8Of } from "../../../src/core/text/char-codes";
import { LineIndex } from "../../../src/core/text/line-index";
import { countWords, readableText } from "../../../src/core/text/readable";
import { readableWordCount } from "../../../src/core/text/readable-words";

const PIECES = ["word", "Word", " ", "  ", "\t", "\n", "\r\n", "**", "_x_", "`", "[[a|b]]", "[t](http://u)", "&amp;", "<b>", ">", "- ", "1. ", "\u00a0", "\ufeff", "—", "…", "café", "日本", "😀", ".", "?!", " ^id", "\\*", "~~", "==", "3"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((parts) => parts.join(""));

describe("word counts without branches", () => {
	it("readableWordCount counts what countWords(readableText(…)) counts", () => {
		fc.assert(
			fc.property(text, fc.nat(40), fc.nat(40), (raw, a, b) => {
				const span = { start: Math.min(a, b, raw.length), end: Math.min(Math.max(a, b), raw.length) };
				const excluded = raw.length > 4 ? [1, 3] : [];
				const readable = readableText(raw, span, excluded);
				const counted = readableWordCount(raw, span, excluded);
				expect(counted.words).toBe(countWords(readable));
				expect(counted.empty).toBe(readable.trim().length === 0);
			}),
			{ numRuns: 2000 },
		);
	});

	it("measureUtf8Line counts the words countWordsIn counts on one line", () => {
		fc.assert(
			fc.property(text, (raw) => {
				const line = raw.replace(/[\r\n]/g, " ");
				const utf8 = utf8Of(line);
				measureUtf8Line(utf8.bytes, 0, utf8.length);
				expect(lineStats.words).toBe(countWordsIn(line, 0, line.length));
			}),
			{ numRuns: 2000 },
		);
	});
});

describe("LineIndex built as far as asked", () => {
	it("answers any order of questions as a full table would", () => {
		fc.assert(
			fc.property(text, fc.array(fc.nat(300), { maxLength: 10 }), (raw, offsets) => {
				const lines = new LineIndex(raw);
				const starts = [0];
				for (let i = 0; i < raw.length; i++) if (raw[i] === "\n") starts.push(i + 1);
				for (const offset of offsets) {
					const clamped = Math.min(offset, raw.length);
					let line = 0;
					while (line + 1 < starts.length && starts[line + 1] <= clamped) line++;
					expect(lines.position(offset)).toEqual({ line: line + 1, col: clamped - starts[line] + 1 });
					expect(lines.lineStart((offset % (starts.length + 2)) + 1)).toBe(starts[Math.min(offset % (starts.length + 2), starts.length - 1)]);
				}
				expect(lines.lineCount).toBe(starts.length);
			}),
			{ numRuns: 1000 },
		);
	});
});
