// Builds compile.ts's phrase automaton from the forms of every alias and exclusion: word ids in a
// hash table keyed by the scanner's own word hash, phrases as paths in a trie of word ids, and each
// trie node's outputs in one flat list. Themes are compiled again on every theme edit, so the
// building tables are scratch arrays kept between compiles: in steady state an edit's compile leaves
// only the automaton itself behind, not a map per table (garbage an edit would pay for in GC pauses).

import { hashWord } from "../text/chars";
import { buildWordFilter } from "./word-filter";

/** The word-level trie the scanner walks. Outputs: alias index ≥ 0, exclusion i as -(i + 1). */
export interface PhraseAutomaton {
	hashKeys: Int32Array;
	hashIds: Int32Array;
	hashMask: number;
	vocab: string[];
	rootNext: Int32Array;
	/** Transitions below the root: open addressing on key node × vocabulary size + word id. */
	nextKeys: Int32Array;
	nextNodes: Int32Array;
	nextMask: number;
	/** Node n's outputs are outputList[outputStart[n] … outputStart[n + 1]). */
	outputStart: Int32Array;
	outputList: Int32Array;
	maxWords: number;
	/** One byte per slice of the hash space, for the scan's fast path: see word-filter.ts. */
	wordFilter: Uint8Array;
	/** The filter's slot of a hash is `hash >>> filterShift` (its high bits). */
	filterShift: number;
}

/** The forms to compile, as parallel lists: form i reads words[i] and outputs outputs[i]. */
export interface PendingForms {
	words: Array<readonly string[]>;
	outputs: number[];
}

/** An OutputRule's answers besides a slot to overwrite. */
export const APPEND = -1;
export const DROP = -2;

/** Decides whether `output` joins a node's outputs list[from, to): the slot it replaces, APPEND or DROP. */
export type OutputRule = (list: Int32Array, from: number, to: number, output: number) => number;

const NONE = -1;
let scratch = new Int32Array(1024); // grown by doubling; reused by every compile

/** `count` scratch regions of `size` words each: scratch.subarray(k × size, (k + 1) × size). */
function scratchRegions(size: number, count: number): Int32Array[] {
	if (scratch.length < size * count) scratch = new Int32Array(Math.max(size * count, scratch.length * 2));
	return Array.from({ length: count }, (_, k) => scratch.subarray(k * size, (k + 1) * size));
}

const tableSize = (entries: number, load: number): number => {
	let size = 16; // the smallest table: a power of two, as masks need
	while (size < entries * load) size *= 2;
	return size;
};

/** Slot of a transition key in a table of `mask + 1` slots (multiplicative hashing). */
export function transitionSlot(key: number, mask: number): number {
	return Math.imul(key, 0x9e3779b1) >>> 16 & mask;
}

/** Each distinct word gets an id in order of first use; ids[w] is the id of the w-th word of all forms in a row. */
function assignWordIds(forms: PendingForms, ids: Int32Array, slots: Int32Array, hashes: Int32Array): string[] {
	const vocab: string[] = [];
	const mask = slots.length - 1;
	slots.fill(NONE);
	let w = 0;
	for (const words of forms.words) {
		for (const word of words) {
			const hash = hashWord(word);
			let slot = hash & mask;
			while (slots[slot] !== NONE && (hashes[slots[slot]] !== hash || vocab[slots[slot]] !== word)) slot = (slot + 1) & mask;
			if (slots[slot] === NONE) {
				slots[slot] = vocab.length;
				hashes[vocab.length] = hash;
				vocab.push(word);
			}
			ids[w++] = slots[slot];
		}
	}
	return vocab;
}

function buildHashTable(hashes: Int32Array, count: number): { hashKeys: Int32Array; hashIds: Int32Array; hashMask: number } {
	const size = tableSize(count, 4); // load ≤ 1/4: most lookups end at the first probe
	const hashKeys = new Int32Array(size);
	const hashIds = new Int32Array(size).fill(NONE);
	for (let id = 0; id < count; id++) {
		let slot = hashes[id] & (size - 1);
		while (hashIds[slot] !== NONE) slot = (slot + 1) & (size - 1);
		hashKeys[slot] = hashes[id];
		hashIds[slot] = id;
	}
	return { hashKeys, hashIds, hashMask: size - 1 };
}

function buildTransitionTable(keys: Int32Array, nodes: Int32Array, count: number): { nextKeys: Int32Array; nextNodes: Int32Array; nextMask: number } {
	const size = tableSize(count, 2); // load ≤ 1/2: short probe runs
	const nextKeys = new Int32Array(size).fill(NONE);
	const nextNodes = new Int32Array(size);
	for (let t = 0; t < count; t++) {
		let slot = transitionSlot(keys[t], size - 1);
		while (nextKeys[slot] !== NONE) slot = (slot + 1) & (size - 1);
		nextKeys[slot] = keys[t];
		nextNodes[slot] = nodes[t];
	}
	return { nextKeys, nextNodes, nextMask: size - 1 };
}

/** Builds the automaton; `rule` keeps a node's outputs as the compiler wants them (one alias per theme…). */
export function buildAutomaton(forms: PendingForms, rule: OutputRule): PhraseAutomaton {
	let totalWords = 0;
	for (const words of forms.words) totalWords += words.length;
	const size = tableSize(totalWords + 1, 2); // one slot per word and per transition at most, load ≤ 1/2
	const [ids, slots, hashes, nodeOf, buildKeys, buildNodes, createdKeys, createdNodes] = scratchRegions(size, 8);
	const vocab = assignWordIds(forms, ids, slots, hashes);
	const vocabSize = Math.max(1, vocab.length);
	const trie: TrieBuild = { nodes: 1, transitions: 0, vocabSize, rootNext: new Int32Array(vocabSize).fill(NONE), buildKeys: buildKeys.fill(NONE), buildNodes, createdKeys, createdNodes };
	let w = 0;
	let maxWords = 1;
	for (let f = 0; f < forms.words.length; f++) {
		let node = 0;
		for (let k = 0; k < forms.words[f].length; k++) node = stepOrCreate(trie, node, ids[w++]);
		nodeOf[f] = node;
		maxWords = Math.max(maxWords, forms.words[f].length);
	}
	return {
		...buildHashTable(hashes, vocab.length),
		vocab,
		rootNext: trie.rootNext,
		...buildTransitionTable(createdKeys, createdNodes, trie.transitions),
		...collectOutputs(forms.outputs, nodeOf, trie.nodes, rule),
		maxWords,
		...buildWordFilter(hashes, vocab.length, forms.words, ids),
	};
}

interface TrieBuild {
	nodes: number;
	transitions: number;
	vocabSize: number;
	rootNext: Int32Array;
	buildKeys: Int32Array;
	buildNodes: Int32Array;
	/** Transitions in order of creation: the final table is filled in that order. */
	createdKeys: Int32Array;
	createdNodes: Int32Array;
}

/** The child of `node` on word `id`, created if missing. */
function stepOrCreate(trie: TrieBuild, node: number, id: number): number {
	if (node === 0) {
		if (trie.rootNext[id] === NONE) trie.rootNext[id] = trie.nodes++;
		return trie.rootNext[id];
	}
	const key = node * trie.vocabSize + id;
	const mask = trie.buildKeys.length - 1;
	let slot = transitionSlot(key, mask);
	while (trie.buildKeys[slot] !== NONE && trie.buildKeys[slot] !== key) slot = (slot + 1) & mask;
	if (trie.buildKeys[slot] === key) return trie.buildNodes[slot];
	const created = trie.nodes++;
	trie.buildKeys[slot] = key;
	trie.buildNodes[slot] = created;
	trie.createdKeys[trie.transitions] = key;
	trie.createdNodes[trie.transitions++] = created;
	return created;
}

/** Each node's outputs in the order forms added them, as one flat list (forms ending at one node are few). */
function collectOutputs(outputs: readonly number[], nodeOf: Int32Array, nodes: number, rule: OutputRule): { outputStart: Int32Array; outputList: Int32Array } {
	const outputStart = new Int32Array(nodes + 1);
	for (let f = 0; f < outputs.length; f++) outputStart[nodeOf[f] + 1]++;
	for (let node = 0; node < nodes; node++) outputStart[node + 1] += outputStart[node];
	const list = new Int32Array(outputs.length);
	const ends = outputStart.slice(0, nodes); // where node n's next output goes
	for (let f = 0; f < outputs.length; f++) {
		const node = nodeOf[f];
		const at = rule(list, outputStart[node], ends[node], outputs[f]);
		if (at === APPEND) list[ends[node]++] = outputs[f];
		else if (at >= 0) list[at] = outputs[f];
	}
	let used = 0; // close the gaps left by dropped outputs
	for (let node = 0; node < nodes; node++) {
		const from = outputStart[node];
		outputStart[node] = used;
		list.copyWithin(used, from, ends[node]);
		used += ends[node] - from;
	}
	outputStart[nodes] = used;
	return { outputStart, outputList: list.slice(0, used) };
}
