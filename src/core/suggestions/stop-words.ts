// Words that never start or end a suggested theme, speech fillers that never appear in one, and
// common words: everyday English (the 5,000 most frequent words, english.ts) and the words every
// reading vault uses about its sources and its arguments. Alone a common word is never suggested;
// a phrase must hold at least one word that is not common.

import { everydayWords } from "./english";

const FUNCTION_WORDS = `a about above across after again against all almost along already also although always am among an
and another any anybody anyone anything anyway anywhere are around as at back be became because become becomes
been before being below beside besides between beyond both but by can cannot could did do does doing done down
during each either else enough etc even ever every everybody everyone everything everywhere except few for
from further had has have having he her here hers herself him himself his how however i if in inside instead
into is it its itself just least less let lets many may maybe me might mine more most much must my myself
near neither never nevertheless no nobody none nor not nothing now nowhere of off often on once one ones only onto or
other others otherwise our ours ourselves out outside over own per perhaps please quite rather really same
several shall she should since so some somebody someone something sometimes somewhat somewhere still such than that
the their theirs them themselves then there therefore these they this those though through throughout thus
to together too toward towards under unless until up upon us very via was we well were what whatever when
whenever where whereas wherever whether which while who whoever whole whom whose why will with within without
would yet you your yours yourself yourselves
ain't aren't can't couldn't didn't doesn't don't hadn't hasn't haven't he'd he'll he's i'd i'll i'm i've isn't
it'd it'll it's let's might've mustn't she'd she'll she's shouldn't that'd that'll that's there'd there'll there's
they'd they'll they're they've wasn't we'd we'll we're we've weren't what's where's who's won't wouldn't you'd
you'll you're you've would've could've should've
zero two three four five six seven eight nine ten hundred thousand million billion first second third
mr mrs ms dr vs eg ie
think thinks thought know knows knew mean means meant guess say says said saying feel feels felt suppose supposed
get gets got getting go goes went going want wants wanted`; // speech verbs: never at a phrase's edge ("think scaling")

const SPEECH_FILLERS = `um uh uhm umm erm er ah ahh oh hmm mm mhm yeah yep yup yes nope okay ok alright like
gonna wanna gotta kinda sorta dunno y'know ya huh wow hey hi hello bye`;

const COMMON_WORDS = `able actually ago agree ahead amazing answer anymore area ask asked asking away bad basically
believe best better big bit book case certain certainly change clear clearly come comes coming completely
could day days deal different doing easy end especially exactly example fact feel feels felt find fine
fun get gets getting give given go goes going good got great guess guy guys happen happened happens hard
head hear help high idea important interesting kind know knowing knows large last later lead least left
level life little live long look looking looks lot lots love made make makes making man matter mean means
mind moment need needs new next nice number obviously old open part people person place point pretty
probably problem put question questions quickly read real reason right said say saying says see seeing
seem seems seen sense set show side simply small sort start started stuff sure take talk talking tell term
terms thing things think thinking thought time times today try trying turn understand use used using want
wanted way ways week went work works world write year years yesterday definitely literally similar particular
specific general generally whole okay overall various usually simple possible likely entire
model models modeling training trained train system systems people person human humans company companies
paper papers research researcher researchers new old first last next lot lots kind point points number numbers
podcast podcasts episode episodes transcript transcripts highlight highlights highlighted summary summaries
chapter chapters article articles note notes video videos channel channels newsletter newsletters blog blogs
post posts interview interviews guest guests host hosts speaker speakers timestamp timestamps location page
pages section sections title titles author authors quote quotes link links tweet tweets thread threads
substack youtube subscribe comments takeaways takeaway insight insights tldr
capability capabilities approach approaches framework frameworks concept concepts perspective perspectives
implication implications aspect aspects insight factor factors outcome outcomes
labs lab humanity technology technologies algorithm algorithms`;
// The last lines: words every note of a reading vault uses about its sources (podcast, episode,
// transcript, highlights, blog post: an export's furniture, not its subject) and the generic nouns
// of argument in any field (capabilities, approach, framework); alone they name no theme.

function wordSet(list: string): Set<string> {
	return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

export const STOP_WORDS: ReadonlySet<string> = wordSet(FUNCTION_WORDS);
export const FILLER_WORDS: ReadonlySet<string> = wordSet(SPEECH_FILLERS);
/** Everyday English and the vault-generic words, less the stop words and fillers (which have flags of their own). */
export const COMMON_WORDS_SET: ReadonlySet<string> = new Set([...wordSet(COMMON_WORDS), ...everydayWords()].filter((w) => !STOP_WORDS.has(w) && !FILLER_WORDS.has(w)));

/** Two-word fillers of speech, in case a stop-word list is edited: never part of a suggestion. */
export const FILLER_PHRASES: readonly string[] = ["you know", "kind of", "sort of", "i mean", "i think", "i guess", "a lot", "and so"];
