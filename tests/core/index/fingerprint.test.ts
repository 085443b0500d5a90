import { describe, expect, it } from "vitest";
import { buildFingerprint, fingerprintWords, mayContainPhrase, phraseProbe, startPrefixWalk, writeFingerprint } from "../../../src/core/index/fingerprint";
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

	it("probes every form of an alias once, with a key per word and one per pair of long words", () => {
		const probe = phraseProbe("scaling law");
		expect(probe.length).toBeGreaterThan(1); // law, laws, …
		for (const form of probe) expect(form.length).toBeGreaterThanOrEqual(2);
		expect(probe.some((form) => form.length === 2)).toBe(true); // "scaling law": "law" is too short to pair
		expect(probe.some((form) => form.length === 3)).toBe(true); // "scaling laws": two words and their pair
		expect(phraseProbe("sum of its parts").every((form) => form.length === 4)).toBe(true); // no two long words in a row
		expect(phraseProbe("!!!")).toEqual([]);
	});

	it("tells two long words in a row from the same words apart, across line breaks and excluded ranges", () => {
		const filterOf = (raw: string, excluded: number[] = []): Int32Array => {
			const keys = startPrefixWalk(excluded).finish(raw);
			const bits = new Int32Array(fingerprintWords(keys.size));
			writeFingerprint(keys, bits, 0);
			return bits;
		};
		expect(mayContainPhrase(filterOf("The models of the world were many."), "world models")).toBe(false);
		expect(mayContainPhrase(filterOf("Their World\n> Models were many."), "world models")).toBe(true);
		expect(mayContainPhrase(filterOf("a world-model here"), "world models")).toBe(true);
		const stamped = "the world [00:01:02] models";
		const at = stamped.indexOf("[");
		expect(findMentions(compileThemes([theme("t", ["world models"])]), stamped, [at, at + 10]).length).toBe(1); // the matcher reads over the stamp
		expect(mayContainPhrase(filterOf(stamped, [at, at + 10]), "world models")).toBe(true);
	});

	it("stays small: fourteen bits per distinct key, in whole 32-bit words", () => {
		const letters = (n: number): string => [n % 26, Math.floor(n / 26) % 26, Math.floor(n / 676) % 26].map((c) => String.fromCharCode(97 + c)).join(""); // 26 letters in 3 places: 17,576 words
		const short = Array.from({ length: 20000 }, (_, i) => letters((i * 7919) % 5000)).join(" "); // 3-letter words: no pairs
		expect(buildFingerprint(short).byteLength).toBe(Math.ceil((5000 * 14) / 32) * 4);
		const long = Array.from({ length: 1000 }, (_, i) => `word${i % 100}x`).join(" "); // 100 distinct words, 100 distinct pairs
		expect(buildFingerprint(long).byteLength).toBe(Math.ceil((200 * 14) / 32) * 4);
		expect(buildFingerprint("").byteLength).toBeGreaterThan(0);
	});
});
