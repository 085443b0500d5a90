// The vault's recurring terms as the ranking reads them: by index, in typed arrays, each acronym of
// three letters or more with its expansions folded in ("LLMs" and "large language models"). A group
// is built as an object only when it is scored (score-terms.ts): most of a large vault's thousands
// of recurring terms are ruled out by their figures alone. Each loop over the terms yields every few
// hundred (steps.ts): the app ranks in slices.

import { type Steps, stepEndsAt } from "../steps";
import type { PhraseTallies } from "./phrase-tallies";
import type { GroupSource, TermGroup } from "./score-terms";
import { acronymOf, initialsOf } from "./terms";

const SHORTEST_EXPANDED_ACRONYM = 3; // "LLM" finds "large language models"; two letters ("VC") name too many phrases to pair safely
const [A, Z] = [65, 90]; // an acronym opens with a capital

/** The recurring terms, by index: entry, shape and figures (an acronym's with its expansions'). */
interface Recurring {
	entries: Int32Array;
	shapes: string[];
	documents: Int32Array;
	mentions: Int32Array;
	/** Per acronym (by index), the indices of its expansions. */
	expansions: Map<number, number[]>;
	folded: Uint8Array;
}

function* recurring(tallies: PhraseTallies, fewest: number): Steps<Recurring> {
	const entries = tallies.recurringEntries(fewest);
	const { documents, mentions } = tallies.figures;
	const shapes = new Array<string>(entries.length);
	const figures = { documents: new Int32Array(entries.length), mentions: new Int32Array(entries.length) };
	for (let i = 0; i < entries.length; i++) {
		shapes[i] = tallies.shapeOf(entries[i]);
		figures.documents[i] = documents[entries[i]];
		figures.mentions[i] = mentions[entries[i]];
		if (stepEndsAt(i)) yield;
	}
	return { entries, shapes, ...figures, expansions: new Map(), folded: new Uint8Array(entries.length) };
}

/** The acronyms of three letters or more, by letters: the last in term order, as a map written in that order keeps. */
function* acronymsByLetters(shapes: readonly string[]): Steps<Map<string, number>> {
	const byLetters = new Map<string, number>();
	for (let i = 0; i < shapes.length; i++) {
		if (stepEndsAt(i)) yield;
		const first = shapes[i].charCodeAt(0);
		if (first < A || first > Z) continue; // most terms stop here
		const letters = acronymOf(shapes[i]);
		if (letters !== null && letters.length >= SHORTEST_EXPANDED_ACRONYM) byLetters.set(letters, i);
	}
	return byLetters;
}

/** The initials of the multi-word shapes ranked last time and this time: a ranking reads thousands, and a shape rarely changes. */
let initialsBefore = new Map<string, string>();
let initialsNow = new Map<string, string>();

/** initialsOf, remembered from one ranking to the next (a shape not ranked again is let go). */
function initialsRemembered(shape: string): string {
	let initials = initialsNow.get(shape) ?? initialsBefore.get(shape);
	if (initials === undefined) initials = initialsOf(shape);
	initialsNow.set(shape, initials);
	return initials;
}

/** Ends a ranking's use of the remembered initials: those it did not read are let go at the next one. */
function forgetUnread(): void {
	initialsBefore = initialsNow;
	initialsNow = new Map();
}

/** Folds each expansion into its acronym: its figures added, itself no group of its own. */
function* foldExpansions(terms: Recurring): Steps<void> {
	const byLetters = yield* acronymsByLetters(terms.shapes);
	if (byLetters.size === 0) return;
	const firstLetters = new Set([...byLetters.keys()].map((letters) => letters[0]));
	for (let i = 0; i < terms.shapes.length; i++) {
		if (stepEndsAt(i)) yield;
		const shape = terms.shapes[i];
		if (shape.indexOf(" ") < 0 || !firstLetters.has(shape[0]?.toLowerCase() ?? "")) continue; // an expansion has words and starts with its acronym's first letter
		const acronym = byLetters.get(initialsRemembered(shape));
		if (acronym === undefined || acronym === i) continue;
		const list = terms.expansions.get(acronym) ?? [];
		terms.expansions.set(acronym, list);
		list.push(i);
		terms.documents[acronym] += terms.documents[i]; // a note holding both counts twice: rare, and only in this sum
		terms.mentions[acronym] += terms.mentions[i];
		terms.folded[i] = 1;
	}
	forgetUnread();
}

/** The groups to rank: terms in at least `fewest` notes, acronyms with their expansions, none of them `refused` (by entry). */
export function* recurringGroups(tallies: PhraseTallies, fewest: number, refused: ReadonlySet<number>): Steps<GroupSource & { entries: Int32Array; indices: Int32Array }> {
	const terms = yield* recurring(tallies, fewest);
	yield* foldExpansions(terms);
	const entriesOf = (i: number): number[] => [terms.entries[i], ...(terms.expansions.get(i) ?? []).map((j) => terms.entries[j])];
	const kept: number[] = [];
	for (let i = 0; i < terms.shapes.length; i++) {
		if (terms.folded[i] === 1 || terms.documents[i] < fewest) continue;
		if (refused.size > 0 && entriesOf(i).some((entry) => refused.has(entry))) continue;
		kept.push(i);
	}
	const indices = Int32Array.from(kept);
	const { capitalisedIn, modifierIn } = tallies.figures;
	const group = (k: number): TermGroup => {
		const i = indices[k];
		const entry = terms.entries[i];
		return { entries: entriesOf(i), documents: terms.documents[i], mentions: terms.mentions[i], capitalisedIn: capitalisedIn[entry], modifierIn: modifierIn[entry], shape: terms.shapes[i] };
	};
	return { size: indices.length, documents: (k) => terms.documents[indices[k]], mentions: (k) => terms.mentions[indices[k]], group, entries: terms.entries, indices };
}
