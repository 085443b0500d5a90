// A suggested term's quote: the sentence of a note around its first whole-word use inside a passage,
// quoted as a theme's passages are (a short sentence takes the next one; "…" where the passage goes on).
import { describe, expect, it } from "vitest";
import { quoteTerm } from "../../../src/core/suggestions/quote";

const whole = (raw: string) => [{ start: 0, end: raw.length }];

describe("quoteTerm", () => {
	it("quotes the sentence around the term, and says where the term lies in it", () => {
		const raw = "Latency matters. The team turned on speculative decoding last month. The bill fell.";
		const quote = quoteTerm(raw, whole(raw), "speculative decoding");
		expect(quote?.text).toBe("… The team turned on speculative decoding last month. The bill fell.");
		expect(quote && quote.text.slice(quote.matchStart, quote.matchEnd)).toBe("speculative decoding");
	});

	it("finds another spelling of the same form: case, line breaks, hyphens and curly apostrophes", () => {
		const raw = "Three papers on Speculative-\ndecoding appeared.\n\nThen GPT 4 came, and the model\u2019s card.";
		expect(quoteTerm(raw, whole(raw), "speculative decoding")?.text).toBe("Three papers on Speculative- decoding appeared. Then GPT 4 came, and the model\u2019s card.");
		expect(quoteTerm(raw, whole(raw), "GPT-4")?.text).toBe("… Then GPT 4 came, and the model\u2019s card.");
		expect(quoteTerm(raw, whole(raw), "model's card")?.matchStart).toBe("… Then GPT 4 came, and the ".length);
	});

	it("matches whole words only, and only inside passages", () => {
		const raw = "---\ntitle: inference\n---\nNo inferences here. Inference here.";
		const body = [{ start: raw.indexOf("No"), end: raw.length }];
		expect(quoteTerm(raw, body, "inference")?.text).toBe("… Inference here.");
		expect(quoteTerm(raw, body, "decoding")).toBeNull();
		expect(quoteTerm(raw, [], "inference")).toBeNull();
		expect(quoteTerm(raw, body, " - ")).toBeNull(); // a form of no word matches nothing
	});

	it("cuts a long sentence around the term, with an ellipsis where text was left out", () => {
		const before = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
		const raw = `${before} the frontier model ${before}.`;
		const quote = quoteTerm(raw, whole(raw), "frontier model");
		expect(quote?.text.length).toBeLessThanOrEqual(240); // the 110 characters either side snippets keep when no sentence fits, and the term
		expect(quote?.text.startsWith("…")).toBe(true);
		expect(quote?.text.endsWith("…")).toBe(true);
		expect(quote && quote.text.slice(quote.matchStart, quote.matchEnd)).toBe("frontier model");
	});
});
