// Words left out of every fingerprint: the function words and speech fillers of English ("the",
// "would", "um"), which nearly every note holds. A filter that says "yes" to them tells a theme edit
// nothing, yet they were about a sixth of a note's keys (1.8 of the 11.6 MB the bench vault's
// filters took). A probe skips them in turn (treats them as held), so a filter still never misses a
// phrase: "the bitter lesson" is probed by "bitter", "lesson" and their pair; a phrase of these words
// alone is probed by nothing and reconsiders every note. Keys are set aside by value: a pair's key
// that happens to equal a listed word's is left out too, and skipped by probes alike.
//
// Stored filters are built without these words: changing the list changes what a stored filter
// holds, so it needs a new INDEX_SCHEMA (serialize.ts; a test pins the two together). It is a list of
// its own, not the suggestions' stop words, which are tuned for suggestions. Words a reader may well
// name a theme by are not in it ("US", "Go", "Thought", numbers), so their aliases stay selective.

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** The key of one folded word, as the prefix walk computes it over the text (KeySet's normalisation: 0 marks a free slot). */
export function wordKey(word: string): number {
	let hash = FNV_OFFSET;
	for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
	return hash | 0 || 1;
}

const TABLE_BITS = 10; // 1,024 slots for ~300 keys: most lookups of other words end at an empty slot

/** The words, folded and split as the walk reads them: at apostrophes ("can't" is "can" and "t"). */
export const UNPROBED_WORDS: readonly string[] = `
a about above across after again against ah ahh ain all almost along already alright also although
always am among an and another any anybody anyone anything anyway anywhere are aren around as at be
became because become becomes been before being below beside besides between beyond both but by bye
can cannot could couldn d did didn do does doesn doing don done down dr dunno during each eg either
else enough er erm etc even ever every everybody everyone everything everywhere except few for from
further gonna gotta had hadn has hasn have haven having he hello her here hers herself hey hi him
himself his hmm how however huh i ie if in inside instead into is isn it its itself just kinda least
less let lets like ll m many may maybe me mhm might mine mm more most mr mrs ms much must mustn my
myself near neither never nevertheless no nobody none nope nor not nothing now nowhere of off often
oh ok okay on once one ones only onto or other others otherwise our ours ourselves out outside over
own per perhaps please quite rather re really s same several shall she should shouldn since so some
somebody someone something sometimes somewhat somewhere sorta still such t than that the their
theirs them themselves then there therefore these they this those though through throughout thus to
together too toward towards uh uhm um umm under unless until up upon ve very via vs wanna was wasn
we well were weren what whatever when whenever where whereas wherever whether which while who
whoever whole whom whose why will with within without won would wouldn wow y ya yeah yep yes yet you
your yours yourself yourselves yup
`.split(/\s+/).filter((word) => word.length > 0);

/** The listed words' keys in an open-addressing table. */
function unprobedKeys(): Int32Array {
	const table = new Int32Array(1 << TABLE_BITS);
	const mask = table.length - 1;
	for (const word of UNPROBED_WORDS) {
		const key = wordKey(word);
		let slot = Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS); // golden-ratio multiplier: spreads FNV's low bits
		while (table[slot] !== 0 && table[slot] !== key) slot = (slot + 1) & mask;
		table[slot] = key;
	}
	return table;
}

const UNPROBED = unprobedKeys();

/** Whether a normalised key (as KeySet stores it) is a listed word's, left out of fingerprints. */
export function isUnprobed(key: number): boolean {
	const table = UNPROBED;
	const mask = table.length - 1;
	for (let slot = Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS); ; slot = (slot + 1) & mask) {
		const found = table[slot];
		if (found === key) return true;
		if (found === 0) return false;
	}
}
