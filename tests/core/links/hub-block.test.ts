import { describe, expect, it } from "vitest";
import { findHubBlocks, removeHubBlock, upsertHubBlock } from "../../../src/core/links/hub-block";
import { BLOCK_END, BLOCK_START } from "../../../src/core/links/hub-render";

const BLOCK = [BLOCK_START, "## Sources (1)", "- [[a|A]]", BLOCK_END].join("\n");
const NEWER = [BLOCK_START, "## Sources (2)", "- [[a|A]]", "- [[b|B]]", BLOCK_END].join("\n");

function upsert(text: string, block = BLOCK) {
	const result = upsertHubBlock(text, block);
	if (result.kind !== "ok") throw new Error(result.message);
	return result;
}

function remove(text: string, insertion: { before: string; after: string } | null) {
	const result = removeHubBlock(text, insertion);
	if (result.kind !== "ok") throw new Error(result.message);
	return result;
}

const NOTES: Record<string, string> = {
	"LF with final newline": "# Scaling\n\nMy thoughts.\n",
	"no final newline": "# Scaling\n\nMy thoughts.",
	"CRLF": "# Scaling\r\n\r\nMy thoughts.\r\n",
	"CRLF without final newline": "# Scaling\r\nMy thoughts.",
	"BOM": "\uFEFF# Scaling\nText\n",
	"BOM only": "\uFEFF",
	"empty": "",
	"blank line at end": "Text\n\n",
	"only a newline": "\n",
	"spaces": "   ",
};

describe.each(Object.entries(NOTES))("a note with %s", (_name, original) => {
	it("gets the block at the end, the text before it untouched", () => {
		const { text } = upsert(original);
		expect(text.startsWith(original)).toBe(true);
		expect(findHubBlocks(text).kind).toBe("found");
	});

	it("gets back its exact bytes when the block is removed", () => {
		const { text, inserted } = upsert(original);
		expect(inserted).not.toBeNull();
		const removed = remove(text, inserted);
		expect(removed.text).toBe(original);
		expect(removed.exact).toBe(true);
	});

	it("keeps its exact bytes through an update of the block, then removal", () => {
		const first = upsert(original);
		const second = upsert(first.text, NEWER);
		expect(second.inserted).toBeNull();
		expect(second.text).toContain("- [[b|B]]");
		expect(remove(second.text, first.inserted).text).toBe(original);
	});
});

describe("line breaks inside the block follow the note", () => {
	it("uses CRLF in a CRLF note", () => {
		const { text } = upsert("a\r\nb\r\n");
		const block = text.slice(text.indexOf(BLOCK_START));
		expect(block.replace(/\r\n/g, "")).not.toContain("\n");
		expect(block).toContain(`${BLOCK_START}\r\n`);
	});

	it("adds no final newline to a note without one", () => {
		const { text } = upsert("a");
		expect(text.endsWith(BLOCK_END)).toBe(true);
	});
});

describe("an existing block", () => {
	const note = `Before\n\n${BLOCK}\n\nAfter the block, the reader wrote more.\n`;

	it("is replaced in place, text around it kept byte for byte", () => {
		const { text } = upsert(note, NEWER);
		expect(text).toBe(`Before\n\n${NEWER}\n\nAfter the block, the reader wrote more.\n`);
	});

	it("is left as is when nothing changed (no edit)", () => {
		expect(upsert(note).text).toBe(note);
	});

	it("is found when a duplicate was pasted, and the duplicate is removed", () => {
		const doubled = `${note}${BLOCK}\n`;
		const { text } = upsert(doubled, NEWER);
		expect(text.split(BLOCK_START)).toHaveLength(2);
		expect(text).toContain(NEWER);
	});

	it("is removed even without a record, with the line break after it", () => {
		const removed = remove(note, null);
		expect(removed.text).toBe("Before\n\n\nAfter the block, the reader wrote more.\n");
		expect(removed.exact).toBe(false);
	});

	it("at the very end is removed without a record together with the blank line before it", () => {
		expect(remove(`Text\n\n${BLOCK}`, null).text).toBe("Text");
	});
});

describe("a broken block", () => {
	it("with no end marker is reported and left alone", () => {
		const text = `Text\n${BLOCK_START}\nstuff\n`;
		const result = upsertHubBlock(text, BLOCK);
		expect(result.kind).toBe("problem");
		expect(removeHubBlock(text, null).kind).toBe("problem");
	});

	it("with text appended by the reader after it still undoes exactly what was added", () => {
		const { text, inserted } = upsert("Mine\n");
		expect(remove(`${text}More of mine\n`, inserted).text).toBe("Mine\nMore of mine\n");
	});
});
