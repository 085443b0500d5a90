import { describe, expect, test, vi } from "vitest";
import { collapseWhitespace } from "../../../src/core/import/text-input";
import { convertKindleClippings } from "../../../src/core/import/kindle";

// Counts how often clippings are compared, so the duplicate check's cost is visible without a timer.
vi.mock("../../../src/core/import/text-input", async (importOriginal) => {
	const actual = await importOriginal<typeof import("../../../src/core/import/text-input")>();
	return { ...actual, collapseWhitespace: vi.fn(actual.collapseWhitespace) };
});

function clipping(book: string, location: number, text: string): string {
	return `${book}\n- Your Highlight on Location ${location}-${location + 1} | Added on Monday, 1 January 2024 10:00:00\n\n${text}\n==========\n`;
}

/** A clipping with a page and no location, as Kindle writes for PDFs. */
function pageClipping(book: string, page: number, text: string): string {
	return `${book}\n- Your Highlight on page ${page} | Added on Monday, 1 January 2024 10:00:00\n\n${text}\n==========\n`;
}

describe("Kindle clippings", () => {
	test("a re-synced clipping is kept once, even with different spacing", () => {
		const raw = clipping("Book (Author)", 10, "First  highlight") + clipping("Book (Author)", 20, "Second") + clipping("Book (Author)", 10, "First highlight");
		const [note] = convertKindleClippings(raw, "My Clippings.txt");
		expect(note.markdown.match(/First/g)).toHaveLength(1);
		expect(note.markdown).toContain("Second");
	});

	test("the duplicate check does work proportional to the clippings, not their square", () => {
		const count = 2000; // a heavy reader's book; a quadratic check would compare ~2 million pairs
		const raw = Array.from({ length: count }, (_, i) => pageClipping("Long Book (Author)", i, `Highlight number ${i}`)).join("");
		const calls = vi.mocked(collapseWhitespace);
		calls.mockClear();
		const [note] = convertKindleClippings(raw, "My Clippings.txt");
		expect(note.markdown).toContain("Highlight number 1999");
		expect(calls.mock.calls.length).toBeLessThanOrEqual(count * 4); // a few calls per clipping at most
	});
});
