// The two yardsticks the index is judged against, measured in the same run on the same text:
// the floor (lower-case and read every character once) and the naive linker (a regex per alias).

import { MB, megabytesPerSecond, timed } from "./measure";

let sink = 0; // results flow here so the optimiser cannot drop the work

/** One pass that lower-cases and reads every character: about the least any matcher must do. */
export function floorPass(texts: readonly string[]): number {
	let sum = 0;
	for (const text of texts) {
		const lower = text.toLowerCase();
		for (let i = 0; i < lower.length; i++) sum = (sum + lower.charCodeAt(i)) | 0;
	}
	sink ^= sum;
	return sum;
}

export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** How peer linkers work: one `\bphrase\b` regular expression per alias, run over every document. */
export function naiveLinkerPass(texts: readonly string[], phrases: readonly string[]): number {
	const patterns = phrases.map((phrase) => new RegExp(`\\b${escapeRegExp(phrase)}\\b`, "gi"));
	let matches = 0;
	for (const text of texts) {
		for (const pattern of patterns) {
			pattern.lastIndex = 0;
			while (pattern.exec(text) !== null) matches++;
		}
	}
	sink ^= matches;
	return matches;
}

export interface RateMeasure {
	mbPerSecond: number;
	ms: number;
	/** Megabytes the timed pass actually read. */
	measuredMb: number;
	/** Set when the pass ran on a sample and the rate is applied to the whole vault. */
	sampleNote: string | null;
}

export function measureFloor(texts: readonly string[], bytes: number): RateMeasure {
	floorPass(texts.slice(0, 300)); // warm-up: let the JIT compile the loop first
	const { ms } = timed(() => floorPass(texts));
	return { mbPerSecond: megabytesPerSecond(bytes, ms), ms, measuredMb: bytes / MB, sampleNote: null };
}

const BASELINE_SAMPLE_BYTES = 3 * MB; // the naive linker runs ~1–5 MB/s: 3 MB keeps it to a few seconds

/** The naive linker on an evenly spaced sample of the notes (every k-th), its rate extrapolated. */
export function measureNaiveBaseline(texts: readonly string[], byteSizes: readonly number[], phrases: readonly string[]): RateMeasure {
	const total = byteSizes.reduce((a, b) => a + b, 0);
	const step = Math.max(1, Math.round(total / BASELINE_SAMPLE_BYTES));
	const sample: string[] = [];
	let sampleBytes = 0;
	for (let i = 0; i < texts.length; i += step) {
		sample.push(texts[i]);
		sampleBytes += byteSizes[i];
	}
	naiveLinkerPass(texts.slice(0, 3), phrases); // warm-up
	const { ms } = timed(() => naiveLinkerPass(sample, phrases));
	const note = step > 1 ? `sample of every ${step}th note (${(sampleBytes / MB).toFixed(1)} MB), rate extrapolated` : null;
	return { mbPerSecond: megabytesPerSecond(sampleBytes, ms), ms: ms * (total / sampleBytes), measuredMb: sampleBytes / MB, sampleNote: note };
}

/** Keeps `sink` observable so no pass is optimised away. */
export function baselineSink(): number {
	return sink;
}
