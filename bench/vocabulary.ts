// Neutral English for the synthetic vault: a frequency-ranked word list drawn with a Zipf law,
// the hesitations of unedited speech, and the names and title words that headings and metadata use.

import { SeededRandom, WeightedTable } from "./prng";

// Roughly in order of frequency in English prose (function words first, then common content words).
// Deliberately includes "work", "data", "time" and "model": common words a theme engine must weigh.
const RANKED_WORDS = `the of and to a in is that it for was on with as he be by at this are you
have from or one had not but what all were we when there can an which their said if do will each
about how up out them then she many some so these would other into has more her two like him see
time could no make than first been its who now people my made over did down only way find use may
water long little very after words called just where most know get through back much before go
good new write our used me man too any day same right look think also around another came come work
three word must because does part even place well such here take why things help put years different
away again off went old number great tell men say small every found still between name should home
big give air line set own under read last never us left end along while might next sound below saw
something thought both few those always looked show large often together asked house world going want
school important until form food keep children feet land side without boy once animals life enough
took sometimes four head above kind began almost live page got earth need far hand high year mother
light parts country father let night following picture being study second eyes soon times story boys
since white days ever paper hard near sentence better best across during today others however sure
means knew its try told young miles sun ways thing whole hear example heard several change answer
room sea against top turned learn point city play toward five using himself usually money seen didn't
car morning i'm body upon family later move face door cut done group true leave color red friends
pretty question problem system company research question paper result results idea ideas team
question business process fact case program community market level general state public order
service product value cost company software building small large recent early future past clear
simple hard easy real possible likely different similar specific general main major key basic open
early interesting obvious strange useful practical careful broad narrow deep quick slow strong weak
people person group teams users customers readers writers engineers researchers founders investors
week month hours minutes moment period decade century history progress growth trend change shift
question answer reason argument claim evidence example detail picture story view point approach
method technique tool framework plan goal problem solution trade-off constraint limit risk chance`;

/** Every distinct word of the ranked list, most frequent first. */
export const WORDS: readonly string[] = Array.from(new Set(RANKED_WORDS.split(/\s+/).filter(Boolean)));

const ZIPF_OFFSET = 2.7; // Mandelbrot's shift: flattens the head so "the" is ~6% of words, as in English

/** Draws English-looking words with Zipf-Mandelbrot frequencies. */
export const WORD_TABLE = new WeightedTable(
	WORDS,
	WORDS.map((_, rank) => 1 / (rank + ZIPF_OFFSET)),
);

/** Hesitations and fillers of unedited speech ("you know", "um"), as whisper writes them. */
export const SPEECH_FILLERS: readonly string[] = [
	"um", "uh", "you know", "like", "I mean", "kind of", "sort of", "right", "so", "yeah",
	"basically", "actually", "I think", "I guess", "you know what I mean",
];

export const FIRST_NAMES: readonly string[] = [
	"Jack", "Dario", "Nathan", "Sarah", "Priya", "Chen", "Amara", "Lukas", "Sofia", "Kenji",
	"Maria", "Omar", "Elena", "David", "Grace", "Tom", "Aisha", "Ben", "Noor", "Ilya",
];

export const LAST_NAMES: readonly string[] = [
	"Clark", "Amodei", "Labenz", "Kim", "Patel", "Wei", "Okafor", "Becker", "Rossi", "Tanaka",
	"Garcia", "Haddad", "Petrova", "Levine", "Hopper", "Brown", "Khan", "Adler", "Aziz", "Novak",
];

export const PUBLICATIONS: readonly string[] = [
	"Import AI", "The Gradient", "Stratechery", "Cognitive Revolution", "Latent Space", "Dwarkesh Podcast",
	"Lex Fridman Podcast", "Hard Fork", "The Batch", "Interconnects", "One Useful Thing", "Hacker News",
];

export const TITLE_WORDS: readonly string[] = [
	"Frontier", "Future", "Limits", "Lessons", "Notes", "Conversation", "Inside", "Beyond", "Road",
	"Age", "Rise", "Case", "Hidden", "Quiet", "Long", "Open", "Next", "Real", "New", "Last", "Machine",
	"Models", "Minds", "Labs", "Builders", "Questions", "Answers", "Update", "Roundup", "Interview",
];

export function personName(random: SeededRandom): string {
	return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

export function capitalise(text: string): string {
	return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

export function titleCase(text: string): string {
	return text.split(" ").map(capitalise).join(" ");
}
