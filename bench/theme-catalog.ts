// The synthetic vault's themes: the sixteen starter ids plus twenty-four more a heavy reader follows,
// about 250 aliases in all. They become `Themes/<Name>.md` notes and the phrases the text mentions.

export interface CatalogTheme {
	/** The theme note's file name; its id is this lower-cased with spaces as hyphens. */
	name: string;
	aliases: string[];
	/** Phrases that contain an alias but must not count. */
	exclusions: string[];
}

const t = (name: string, aliases: string[], exclusions: string[] = []): CatalogTheme => ({ name, aliases, exclusions });

export const THEME_CATALOG: readonly CatalogTheme[] = [
	t("Scaling", ["scaling laws", "scale up", "bigger models", "compute-optimal", "chinchilla", "power law", "scaled up"], ["fish scales", "scales of justice"]),
	t("Emergence", ["emergent", "emergent abilities", "emergent behaviour", "phase transition", "grokking", "sum of its parts"]),
	t("Interpretability", ["mechanistic interpretability", "circuits", "superposition", "monosemanticity", "sparse autoencoders", "probing", "reverse-engineer"]),
	t("Alignment", ["aligned", "value alignment", "reward hacking", "specification gaming", "deceptive alignment", "constitutional ai", "scalable oversight"]),
	t("Safety", ["ai safety", "red teaming", "jailbreak", "misuse", "catastrophic risk", "responsible scaling", "safety levels"], ["safety pin"]),
	t("Post-training", ["post training", "rlhf", "fine-tuning", "fine tuning", "sft", "instruction tuning", "preference data", "dpo"]),
	t("Compute", ["gpus", "gpu", "flops", "training run", "data center", "datacenter", "tpu", "cluster"]),
	t("Data", ["training data", "datasets", "dataset", "synthetic data", "data quality", "web crawl", "tokens"]),
	t("Reasoning", ["chain of thought", "chain-of-thought", "reasoning models", "test-time compute", "step by step", "inference-time"]),
	t("Agents", ["agentic", "ai agents", "tool use", "computer use", "autonomous agents", "multi-agent"]),
	t("Evaluation", ["evals", "benchmark", "benchmarks", "leaderboard", "held-out", "swe-bench", "mmlu"]),
	t("Forecasting", ["timelines", "forecast", "predictions", "prediction markets", "superforecasters", "base rates"]),
	t("Work", ["jobs", "labour market", "labor market", "automation", "workers", "productivity gains", "unemployment"]),
	t("Policy", ["regulation", "legislation", "executive order", "ai act", "export controls", "congress", "lawmakers"]),
	t("Copyright", ["fair use", "copyrighted", "derivative work", "licensing deals", "authors guild", "intellectual property"]),
	t("Open-source", ["open source", "open weights", "open-weight", "llama", "hugging face", "permissive licence"]),
	t("Robotics", ["robots", "robot", "humanoid", "manipulation", "embodied ai", "teleoperation"]),
	t("Multimodality", ["multimodal", "vision-language", "image generation", "text-to-video", "speech recognition", "diffusion models"]),
	t("Chips", ["semiconductors", "nvidia", "tsmc", "foundry", "accelerators", "chip supply"], ["potato chips"]),
	t("Energy", ["power grid", "electricity", "nuclear power", "gigawatts", "energy demand", "power plants"]),
	t("Education", ["students", "teachers", "tutoring", "classroom", "homework", "curriculum"]),
	t("Healthcare", ["medicine", "clinical trials", "diagnosis", "doctors", "patients", "drug discovery"]),
	t("Biology", ["protein folding", "alphafold", "genomics", "biosecurity", "gene editing", "cell biology"]),
	t("Climate", ["climate change", "emissions", "carbon", "warming", "renewables", "heat waves"]),
	t("Economics", ["gdp", "economic growth", "inflation", "interest rates", "total factor productivity", "marginal cost"]),
	t("Privacy", ["personal data", "surveillance", "data protection", "gdpr", "tracking", "encryption"]),
	t("Cybersecurity", ["cyber", "hackers", "vulnerabilities", "exploits", "zero-day", "malware"]),
	t("Misinformation", ["disinformation", "deepfakes", "deepfake", "propaganda", "fake news", "election integrity"]),
	t("Creativity", ["creative writing", "artists", "novelists", "songwriting", "screenwriters", "originality"]),
	t("Mathematics", ["theorem proving", "proofs", "olympiad", "lean prover", "mathematicians", "conjecture"]),
	t("Coding", ["programming", "code generation", "software engineers", "copilot", "pull requests", "debugging"]),
	t("Retrieval", ["rag", "retrieval-augmented", "vector database", "embeddings", "semantic search", "reranking"]),
	t("Memory", ["long context", "context window", "long-term memory", "working memory", "recall"]),
	t("Startups", ["founders", "venture capital", "seed round", "product-market fit", "y combinator", "valuation"]),
	t("Geopolitics", ["china", "taiwan", "arms race", "national security", "sanctions", "great powers"]),
	t("Consciousness", ["sentience", "sentient", "qualia", "moral patienthood", "subjective experience", "model welfare"]),
	t("Neuroscience", ["the brain", "neurons", "cortex", "synapses", "neural activity", "connectome"]),
	t("Translation", ["machine translation", "low-resource languages", "multilingual", "interpreters", "subtitles"]),
	t("Autonomous vehicles", ["self-driving", "self driving", "robotaxi", "waymo", "autopilot", "lidar"]),
	t("Productivity", ["time management", "deep work", "note-taking", "second brain", "workflow", "focus"]),
];

/** The theme id as the engine derives it from the note's file name. */
export function themeId(theme: CatalogTheme): string {
	return theme.name.toLowerCase().replace(/ /g, "-");
}

/** Every phrase that names the theme: its name and its aliases. */
export function themePhrases(theme: CatalogTheme): string[] {
	return [theme.name.toLowerCase(), ...theme.aliases];
}
