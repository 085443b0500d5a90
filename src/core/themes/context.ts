// What a theme's words need around them to count, in a form a reader can write in a theme note:
//
//   throughline-domain: AI                       # or a list of phrases that show the field
//   throughline-context:
//     - "policy, policies: not near reward, agent, gradient"   # another sense nearby: not the theme
//     - "reinforcement learning: near language model, LLM"     # counts only with these nearby
//
// A domain is the field a theme belongs to: a document that shows none of its phrases is about
// something else, and links none of the theme's words there. `AI` names the built-in list below.

/** Words that must (or must not) stand near some of a theme's aliases for them to count. */
export interface AliasContext {
	aliases: string[];
	/** The alias counts only with one of these nearby (empty: no such requirement). */
	near: string[];
	/** One of these nearby means another sense: the alias does not count there. */
	notNear: string[];
}

/** The field of AI and machine learning: its names, its systems, its labs, and terms of art used nowhere else. */
export const AI_DOMAIN: readonly string[] = [
	// the field and its systems
	"AI", "AIs", "artificial intelligence", "machine learning", "deep learning", "neural network", "neural networks", "neural net",
	"neural nets", "LLM", "LLMs", "large language model", "language model", "language models", "foundation model", "foundation models",
	"frontier model", "frontier models", "generative model", "generative models", "transformer model", "transformer models", "chatbot",
	"chatbots", "AGI", "superintelligence", "superintelligent", "machine intelligence", "reinforcement learning",
	// labs and products
	"GPT", "ChatGPT", "OpenAI", "Anthropic", "DeepMind", "Claude", "Gemini", "Copilot", "Hugging Face", "PyTorch", "TensorFlow", "xAI", "Mistral",
	// terms of art of the starter themes that mean nothing outside AI
	"compute-optimal", "bitter lesson", "mechanistic interpretability", "mech interp", "monosemanticity", "polysemanticity", "sparse autoencoder",
	"sparse autoencoders", "activation patching", "induction heads", "logit lens", "explainable AI", "AI alignment", "deceptive alignment",
	"inner alignment", "outer alignment", "reward hacking", "specification gaming", "scalable oversight", "superalignment", "mesa-optimizer",
	"mesa-optimizers", "goal misgeneralization", "treacherous turn", "paperclip maximizer", "alignment faking", "AI safety", "p(doom)",
	"responsible scaling policy", "RLHF", "RLAIF", "instruction tuning", "instruction-tuned", "reward model", "reward models",
	"constitutional AI", "supervised fine-tuning", "GRPO", "AI chips", "AI accelerator", "training compute", "inference compute", "training data",
	"pretraining data", "data wall", "chain of thought", "chain-of-thought", "reasoning models", "reasoning model", "test-time compute",
	"inference-time compute", "reasoning tokens", "AI agent", "AI agents", "agentic", "tool calling", "function calling", "AutoGPT", "MMLU",
	"HumanEval", "SWE-bench", "GPQA", "ARC-AGI", "GSM8K", "BIG-bench", "HellaSwag", "Chatbot Arena", "AI timelines", "AGI timelines",
	"intelligence explosion", "AI policy", "AI governance", "EU AI Act", "AI Act", "SB 1047", "AI safety institute", "open weights", "open-weight",
	"model weights",
];

/** Names a theme note may give instead of a list; the value is case-insensitive. */
export const NAMED_DOMAINS: Readonly<Record<string, readonly string[]>> = { ai: AI_DOMAIN };

/** A domain property's phrases: a named domain expands to its list, anything else is a list of phrases. */
export function domainPhrases(values: readonly string[]): string[] {
	return values.flatMap((value) => NAMED_DOMAINS[value.trim().toLowerCase()] ?? [value.trim()]).filter((p) => p.length > 0);
}

const NOT_NEAR = /^not\s+near\s+/i;
const NEAR = /^near\s+/i;

function phraseList(text: string): string[] {
	return text.split(",").map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Reads "alias, alias: near|not near word, word"; a string that cannot be read gives a plain-words problem. */
export function parseContext(line: string): AliasContext | { problem: string } {
	const colon = line.indexOf(":");
	const aliases = colon > 0 ? phraseList(line.slice(0, colon)) : [];
	const rule = colon > 0 ? line.slice(colon + 1).trim() : "";
	const negative = NOT_NEAR.test(rule);
	if (aliases.length === 0 || (!negative && !NEAR.test(rule))) {
		return { problem: `"${line}" is not a context rule; write it as "alias: near word, word" or "alias: not near word, word"` };
	}
	const words = phraseList(rule.replace(negative ? NOT_NEAR : NEAR, ""));
	if (words.length === 0) return { problem: `"${line}" names no word to look for` };
	return { aliases, near: negative ? [] : words, notNear: negative ? words : [] };
}

/** The line a theme note holds for a context (one per direction: near, then not near). */
export function formatContext(context: AliasContext): string[] {
	const lines: string[] = [];
	if (context.near.length > 0) lines.push(`${context.aliases.join(", ")}: near ${context.near.join(", ")}`);
	if (context.notNear.length > 0) lines.push(`${context.aliases.join(", ")}: not near ${context.notNear.join(", ")}`);
	return lines;
}
