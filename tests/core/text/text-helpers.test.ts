import { describe, expect, it } from "vitest";
import { LineIndex } from "../../../src/core/text/line-index";
import { countWords, readableText } from "../../../src/core/text/readable";
import { snippetAround, snippetParts } from "../../../src/core/text/snippet";
import { dateFromValue, parseDateText } from "../../../src/core/text/dates";
import { parseDuration } from "../../../src/core/text/duration";

describe("LineIndex", () => {
	const raw = "\ufeffone\r\ntwo\n\nfour";
	const lines = new LineIndex(raw);
	it.each([
		[0, 1, 1],
		[4, 1, 5],
		[6, 2, 1],
		[10, 3, 1],
		[11, 4, 1],
		[15, 4, 5],
	])("offset %i is line %i column %i, and back", (offset, line, col) => {
		expect(lines.position(offset)).toEqual({ line, col });
		expect(lines.offsetAt(line, col)).toBe(offset);
	});
	it("counts lines", () => expect(lines.lineCount).toBe(4));
});

describe("readableText", () => {
	const TABLE: Array<[string, string]> = [
		["> quoted *emphasis* and **strong**", "quoted emphasis and strong"],
		["*  whisper line\n*  continues here", "whisper line continues here"],
		["- [ ] task with [link](https://x.y/z) and [[Target|alias]] and [[Plain]]", "task with link and alias and Plain"],
		["  • bullet with “curly quotes”", "bullet with “curly quotes”"],
		["<div class=\"a\"><span>inside</span></div> &amp; after", "inside & after"],
		["snake_case stays but _this_ loses marks", "snake_case stays but this loses marks"],
		["escaped \\[22:06\\] stamp", "escaped [22:06] stamp"],
		["ends with a block id ^abc-1", "ends with a block id"],
		["1. numbered\n2. list", "numbered list"],
		["## Heading ~~gone~~ ==marked==", "Heading gone marked"],
	];
	it.each(TABLE)("%j reads as %j", (raw, readable) => {
		expect(readableText(raw, { start: 0, end: raw.length })).toBe(readable);
	});
	it("reads excluded ranges as spaces", () => {
		const raw = "keep DROP keep";
		expect(readableText(raw, { start: 0, end: raw.length }, [5, 9])).toBe("keep keep");
	});
	it("never returns HTML", () => {
		const raw = "<img src=x onerror=alert(1)><b>bold</b>";
		expect(readableText(raw, { start: 0, end: raw.length })).not.toMatch(/<|>/);
	});
});

describe("countWords", () => {
	it.each([
		["", 0],
		["one", 1],
		["  two  words ", 2],
		["dash — is not a word", 5],
		["café naïve", 2],
	])("%j has %i words", (text, words) => expect(countWords(text)).toBe(words));
});

describe("snippetAround", () => {
	const raw = "The quick brown fox jumps over the lazy dog while the cat watches from the window sill.";
	const start = raw.indexOf("lazy");
	it("keeps the match and cuts at word boundaries", () => {
		const parts = snippetParts(raw, start, start + 4, 30);
		expect(parts.match).toBe("lazy");
		expect(parts.before.startsWith("…")).toBe(true);
		expect(parts.after.endsWith("…")).toBe(true);
		const words = raw.split(" ");
		for (const word of parts.before.replace("…", "").trim().split(" ")) expect(words).toContain(word);
		for (const word of parts.after.replace("…", "").trim().split(" ")) expect(words).toContain(word);
		expect(snippetAround(raw, start, start + 4, 30).length).toBeLessThanOrEqual(34);
	});
	it("returns everything when it fits", () => {
		expect(snippetAround(raw, start, start + 4, 500)).toBe(raw);
	});
});

describe("dates and durations", () => {
	it.each([
		["September 12, 2023", "2023-09-12"],
		["April 03, 2024", "2024-04-03"],
		["June 12th, 2023", "2023-06-12"],
		["2023-09-12T23:30:00-07:00", "2023-09-12"],
		["Added on Monday, 12 June 2023 10:15:00", "2023-06-12"],
		["Added on Monday, June 12, 2023 10:15:00 AM", "2023-06-12"],
		["no date here", null],
		["February 30, 2023", null],
	])("%j is %s", (text, date) => expect(parseDateText(text)).toBe(date));
	it("reads YAML dates in UTC", () => expect(dateFromValue(new Date("2023-09-12T00:00:00Z"))).toBe("2023-09-12"));
	it.each([
		["9169s", 9169],
		["01:00:00", 3600],
		["1h 5m", 3900],
		["62 min", 3720],
		[3600, 3600],
		["soon", null],
	])("%j is %s seconds", (value, seconds) => expect(parseDuration(value)).toBe(seconds));
});
