// The generated vault as the bench holds it: notes, their texts and their sizes in bytes.

import { GeneratedNote, generateNote, generateThemeNotes } from "./generate-vault";
import { timed } from "./measure";

export interface BenchVault {
	seed: number;
	themes: GeneratedNote[];
	notes: GeneratedNote[];
	/** UTF-8 size of each note, as a file system lists it. */
	bytes: number[];
	totalBytes: number;
	generateMs: number;
}

export function utf8Length(text: string): number {
	return Buffer.byteLength(text, "utf8");
}

export function buildBenchVault(seed: number, count: number): BenchVault {
	const { ms, result } = timed(() => {
		const notes = new Array<GeneratedNote>(count);
		for (let i = 0; i < count; i++) notes[i] = generateNote(seed, i);
		return notes;
	});
	const bytes = result.map((note) => utf8Length(note.text));
	const totalBytes = bytes.reduce((a, b) => a + b, 0);
	return { seed, themes: generateThemeNotes(seed), notes: result, bytes, totalBytes, generateMs: ms };
}

/** Notes `from` … `to - 1`, generated one at a time so that large vaults never sit in memory whole. */
export function* streamNotes(seed: number, from: number, to: number): Generator<GeneratedNote> {
	for (let i = from; i < to; i++) yield generateNote(seed, i);
}

/** The transcript whose size is nearest `targetBytes` (the incremental-edit subject). */
export function transcriptNear(vault: BenchVault, targetBytes: number): number {
	let best = -1;
	for (let i = 0; i < vault.notes.length; i++) {
		if (vault.notes[i].kind !== "transcript") continue;
		if (best < 0 || Math.abs(vault.bytes[i] - targetBytes) < Math.abs(vault.bytes[best] - targetBytes)) best = i;
	}
	return best;
}
