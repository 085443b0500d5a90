import { describe, expect, it } from "vitest";
import { buildFingerprint, mayContainPhrase, phraseProbe } from "../../../src/core/index/fingerprint";
import { compileThemes, findMentions } from "../../../src/core/themes/matcher";
import { theme } from "./helpers";

describe("word fingerprint", () => {
	const text = "Scaling LAWS held; the post-training recipe used RLHF. 規模の法則 and naïve café models. AIs too. Interpretable C++ and A/B testing.";
	const fingerprint = buildFingerprint(text);

	it.each(["scaling laws", "scaling law", "scale", "law", "post-training", "post training", "rlhf", "規模", "café", "naïve café", "model", "interpretability", "C++", "A/B testing"])(
		"may contain %s (the matcher finds a form of it)",
		(phrase) => {
			expect(mayContainPhrase(fingerprint, phrase)).toBe(true);
			expect(findMentions(compileThemes([theme("t", [phrase])]), text, []).length).toBeGreaterThan(0);
		},
	);

	it.each(["interpretation", "reward hacking", "superposition", "copyright law", "emergence", "scaling cats", "posttraining", "ai", "scaled"])(
		"surely lacks %s (every word of one form is needed; the matcher finds none either)",
		(phrase) => {
			expect(mayContainPhrase(fingerprint, phrase)).toBe(false);
			expect(findMentions(compileThemes([theme("t", [phrase])]), text, [])).toEqual([]);
		},
	);

	it("probes every form of an alias once, with a key per word", () => {
		const probe = phraseProbe("scaling law");
		expect(probe.length).toBeGreaterThan(1); // law, laws, …
		for (const form of probe) expect(form.length).toBe(2);
		expect(phraseProbe("!!!")).toEqual([]);
	});

	it("stays small: sixteen bits per distinct word", () => {
		const words = Array.from({ length: 20000 }, (_, i) => `w${(i * 7919) % 5000}x`).join(" ");
		expect(buildFingerprint(words).byteLength).toBe((5000 * 16) / 8);
		expect(buildFingerprint("").byteLength).toBeGreaterThan(0);
	});
});
