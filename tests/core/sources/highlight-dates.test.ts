// A note's date: publication, else recording, else the date it was highlighted; never the date a file
// was generated, created or imported.

import { describe, expect, it } from "vitest";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import { parseSource } from "../../../src/core/sources";

const BODY = "> A highlight about scaling laws. ([View Highlight](https://read.readwise.io/read/1))\n";
const note = (frontmatter: string, body = BODY): string => `---\n${frontmatter}\n---\n${body}`;

const TABLE: Array<[string, string, string | null]> = [
	["highlighted only", note("highlighted: 2023-05-04"), "2023-05-04"],
	["highlighted_at datetime", note("highlighted_at: 2023-05-04T10:11:12Z"), "2023-05-04"],
	["'Highlighted at' in words", note("Highlighted at: \"May 4, 2023\""), "2023-05-04"],
	["publication beats highlight", note("highlighted: 2023-05-04\npublished: 2021-01-02"), "2021-01-02"],
	["recording beats highlight", note("highlighted_at: 2023-05-04\nrecorded: 2022-03-04"), "2022-03-04"],
	["publication beats recording", note("recorded: 2022-03-04\nrelease_date: 2020-02-02"), "2020-02-02"],
	["publication beats recording, whatever the key order", note("recorded: 2022-03-04\nepisode_date: 2020-02-02"), "2020-02-02"],
	["generated, created and imported are never dates", note("Date Generated: 2024-06-01\ncreated: 2024-06-02\nimported: 2024-06-03"), null],
	["created is passed over for the highlight date", note("created: 2024-06-02\nhighlighted: 2023-05-04"), "2023-05-04"],
	["body publication beats frontmatter highlight", note("highlighted: 2023-05-04", "## Metadata\n- Author: A\n- Full Title: T\n- Category: #articles\n- Published Date: 2019-09-09\n\n## Highlights\n" + BODY), "2019-09-09"],
	["body 'Highlighted at' line", `## Metadata\n- Author: A\n- Full Title: T\n- Category: #articles\n- Highlighted at: April 03, 2024\n\n## Highlights\n${BODY}`, "2024-04-03"],
	["Kindle 'Added on' is a highlight date", "Book (Author)\n- Your Highlight on Location 1-2 | Added on Monday, 12 June 2023 10:15:00\n\nText\n==========\n", "2023-06-12"],
];

describe("publication > recording > highlight date", () => {
	it.each(TABLE)("%s", (_name, text, date) => {
		expect(parseSource("n.md", text, grayMatterFrontmatter).date).toBe(date);
	});
});
