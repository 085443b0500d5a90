import { describe, expect, it } from "vitest";
import { readableSlug, readableTitle } from "../../../src/core/engine/readable-title";

describe("the title a hub shows", () => {
	it("reads a file slug as its words, without the caption and format words around them", () => {
		expect(readableSlug("srt-lex459-deepseek-rolling-autocaptions")).toBe("Lex459 deepseek");
		expect(readableSlug("my_talk_on_scaling_laws")).toBe("My talk on scaling laws");
	});

	it("keeps a real title, a short name and a slug of file words as they are", () => {
		for (const title of ["Ep. 112: Emergence, grokking and phase changes", "GPT-4", "state-of-the art", "talk", "srt-en-autocaptions"]) {
			expect(readableTitle({ title }), title).toBe(title);
		}
		expect(readableSlug("state-of-the-art")).toBe("State of the art");
	});
});
