import { describe, expect, it } from "vitest";
import { buildFingerprint, fingerprintWords, mayContainPhrase, phraseProbe, startPrefixWalk, writeFingerprint } from "../../../src/core/index/fingerprint";
import { compileThemes, findMentions } from "../../../src/core/themes/matcher";
import { INDEX_SCHEMA } from "../../../src/core/index/serialize";
import { UNPROBED_WORDS, isUnprobed, wordKey } from "../../../src/core/index/unprobed-words";

const PINNED_DIGEST = 1029009391; // the key of the list joined by spaces, as INDEX_SCHEMA 5 wrote it
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
		expect(phraseProbe("sum of its parts").every((form) => form.length === 2)).toBe(true); // no two long words in a row; "of" and "its" are held by no filter
		expect(phraseProbe("!!!")).toEqual([]);
	});

	it("tells two long words in a row from the same words apart, across line breaks and excluded ranges", () => {
		const filterOf = (raw: string, excluded: number[] = []): Int32Array => {
			const keys = startPrefixWalk(excluded).finish(raw);
			const bits = new Int32Array(fingerprintWords(keys.probed));
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
		const words = Array.from({ length: 20000 }, (_, i) => letters((i * 7919) % 5000)); // 3-letter words: no pairs
		const probed = new Set(words.filter((word) => !isUnprobed(wordKey(word)))).size;
		expect(probed).toBeGreaterThan(4900); // "the", "and", "you"… are among them
		expect(probed).toBeLessThan(5000);
		expect(buildFingerprint(words.join(" ")).byteLength).toBe(Math.ceil((probed * 14) / 32) * 4);
		const long = Array.from({ length: 1000 }, (_, i) => `word${i % 100}x`).join(" "); // 100 distinct words, 100 distinct pairs
		expect(buildFingerprint(long).byteLength).toBe(Math.ceil((200 * 14) / 32) * 4);
		expect(buildFingerprint("").byteLength).toBeGreaterThan(0);
	});

	it("pins the unprobed words to the index schema: stored filters are built without them", () => {
		// Changing UNPROBED_WORDS changes what stored filters hold: bump INDEX_SCHEMA, then this pin.
		const all = UNPROBED_WORDS.join(" ");
		expect({ schema: INDEX_SCHEMA, words: UNPROBED_WORDS.length, digest: wordKey(all) }).toEqual({ schema: 9, words: 293, digest: PINNED_DIGEST });
		expect(UNPROBED_WORDS.every((word) => /^[a-z]+$/.test(word))).toBe(true); // folded and split as the walk reads words
		for (const name of ["us", "go", "thought", "first", "two"]) expect(UNPROBED_WORDS).not.toContain(name); // a reader may name a theme so
	});

	it("leaves function words and fillers out, and probes never ask for them", () => {
		const plain = "Scaling laws explain emergence in large networks.";
		const padded = "So, um, I think that the scaling laws would, you know, explain all of the emergence in these large networks, wouldn't they?";
		const keys = startPrefixWalk().finish(padded);
		const kept = Array.from(keys.keys.subarray(0, keys.probed));
		const setAside = Array.from(keys.keys.subarray(keys.probed, keys.size));
		expect(setAside.length).toBeGreaterThan(10); // so, um, i, think, that, the, would, you, know, all, of, these, wouldn, t, they
		expect(setAside.every(isUnprobed)).toBe(true);
		expect(kept.some(isUnprobed)).toBe(false);
		expect(kept).toContain(wordKey("emergence"));
		expect(buildFingerprint(padded).length).toBeGreaterThan(buildFingerprint(plain).length); // pairs of long words are kept: "laws would", "these large"
		expect(buildFingerprint("the of and to a in that is it you, um, uh").length).toBe(2); // the smallest filter
		expect(phraseProbe("the one").some((form) => form.length === 0)).toBe(true); // a phrase of function words alone is probed by nothing…
		expect(mayContainPhrase(buildFingerprint("Nothing relevant here."), "the one")).toBe(true); // …so every note is reconsidered
		expect(mayContainPhrase(buildFingerprint(padded), "the scaling laws")).toBe(true);
		expect(mayContainPhrase(buildFingerprint(padded), "the scaling cats")).toBe(false);
		expect(isUnprobed(wordKey("wouldn"))).toBe(true); // split at the apostrophe, as the walk reads "wouldn't"
		expect(isUnprobed(wordKey("scaling"))).toBe(false);
	});
});
