// Detection skips a row once a format at least as sure was found, trusting each row's highestConfidence:
// no detector may ever return more than its row declares.

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import { SOURCE_FORMATS } from "../../../src/core/sources/detectors";
import { makeSourceText, profileSource } from "../../../src/core/sources";

const FIXTURES = path.resolve(__dirname, "../../fixtures/sources");
const SAMPLES = [
	...readdirSync(FIXTURES).map((name) => readFileSync(path.join(FIXTURES, name), "utf8")),
	"---\nreadwise_url: https://readwise.io/open/1\n---\n# Full Document\n\n> A highlight.\n",
	"---\nTranscription Model: whisper\n---\n*  words words\n",
	"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello.\n",
	"Book (Author)\r\n- Your Highlight on Location 1-2 | Added on Monday, 12 June 2023 10:15:00\r\n\r\nText\r\n==========\r\n",
	"### Snip\n\n🎧 06:20 - 07:20 (01:00)\n\nText.\n",
	"- Text. ([Time 0:30:37](https://share.snipd.com/snip/1))\n",
];

describe("detector ceilings", () => {
	it("every row declares a ceiling no detection exceeds", () => {
		let reached = 0;
		for (const text of SAMPLES) {
			const matter = grayMatterFrontmatter(text);
			const source = makeSourceText(text, matter.bodyStart, matter.data);
			const profile = profileSource(source);
			for (const format of SOURCE_FORMATS) {
				expect(format.highestConfidence, format.format).toBeDefined();
				const confidence = format.detect(source, profile);
				if (confidence !== null) expect(confidence, format.format).toBeLessThanOrEqual(format.highestConfidence ?? 0);
				if (confidence === format.highestConfidence) reached++;
			}
		}
		expect(reached).toBeGreaterThan(5); // the samples reach several ceilings: the check sees real maxima, not only low scores
	});
});
