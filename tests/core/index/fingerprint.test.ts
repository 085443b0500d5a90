import { describe, expect, it } from "vitest";
import { buildFingerprint, fingerprintFromText, fingerprintToText, mayContainPhrase } from "../../../src/core/index/fingerprint";

describe("word fingerprint", () => {
	const text = "Scaling LAWS held; the post-training recipe used RLHF. 規模の法則 and naïve café models. AIs too.";
	const fingerprint = buildFingerprint(text);

	it.each(["scaling laws", "scale", "scaled", "law", "post-training", "posttraining", "post training", "rlhf", "規模", "café", "ai", "model"])("may contain %s", (phrase) => {
		expect(mayContainPhrase(fingerprint, phrase)).toBe(true);
	});

	it.each(["interpretability", "reward hacking", "superposition", "copyright law", "emergence"])("surely lacks %s", (phrase) => {
		expect(mayContainPhrase(fingerprint, phrase)).toBe(false);
	});

	it("round-trips through base64 text", () => {
		const restored = fingerprintFromText(fingerprintToText(fingerprint));
		expect(restored?.bits).toEqual(fingerprint.bits);
	});

	it("rejects text that is not a filter", () => {
		expect(fingerprintFromText("not base64!")).toBeNull();
		expect(fingerprintFromText("AAAA")).toBeNull(); // too short to be a filter
	});

	it("stays small: about ten bits per distinct word prefix", () => {
		const words = Array.from({ length: 20000 }, (_, i) => `w${(i * 7919) % 5000}x`).join(" ");
		const bytes = buildFingerprint(words).bits.byteLength;
		expect(bytes).toBeLessThan(words.length / 4);
		expect(buildFingerprint("").bits.byteLength).toBeGreaterThan(0);
	});
});
