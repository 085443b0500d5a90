// The starter themes' contexts: where themes.md says a theme's word has another sense ("not the
// theme"), the words that tell the senses apart. Each list names a kind of text, never a document.

import type { AliasContext } from "./context";

const near = (aliases: string[], words: readonly string[]): AliasContext => ({ aliases, near: [...words], notNear: [] });
const notNear = (aliases: string[], words: readonly string[]): AliasContext => ({ aliases, near: [], notNear: [...words] });

/** Reinforcement learning's own vocabulary: there a "policy" is what the agent follows. */
const REINFORCEMENT_LEARNING = ["reward", "rewards", "reward function", "action", "actions", "action space", "agent", "environment", "value function", "value network", "Q-learning", "MDP", "on-policy", "off-policy", "policy gradient", "optimal", "exploration", "PPO", "value net", "value nets", "self-play", "tree search"];

/** Models and what they are made of: "scaling" counts as the theme only about them. */
const MODELS = ["model", "models", "parameters", "compute", "data", "training", "trained", "loss", "FLOPs", "GPUs", "neural", "network", "networks", "LLM", "LLMs", "AI", "transformer", "transformers", "tokens", "pretraining", "pre-training", "scaling laws"];

/** Language models: reinforcement learning (PPO among its algorithms) is post-training when it is done to them. */
const LANGUAGE_MODELS = ["language model", "language models", "LLM", "LLMs", "human feedback", "fine-tuning", "fine-tune", "fine-tuned", "ChatGPT", "GPT", "chatbot", "preference", "preferences", "RLHF", "reasoning models", "post-training", "pretraining", "pre-training", "base model", "chat model", "Claude", "instruction", "instructions"];

/** Weather, sport and markets: forecasts there are not about AI's course. */
const OTHER_FORECASTS = ["weather", "rain", "rainfall", "snow", "snowfall", "storm", "storms", "temperature", "temperatures", "precipitation", "meteorologist", "meteorologists", "Met Office", "radar", "wind", "hurricane", "nowcasting", "stock", "stocks", "earnings", "election", "elections", "polls", "season", "playoffs"];

/** AI and automation: the Work theme is about them and human work. */
const AUTOMATION = ["AI", "automation", "automate", "automated", "automating", "robot", "robots", "machine", "machines", "model", "models", "LLM", "LLMs", "ChatGPT", "Copilot", "algorithm", "algorithms", "agents", "replace", "replaced", "replacing", "displace", "displaced"];

/** A robot's body: its hardware is not the computation AI runs on. */
const ROBOT_BODY = ["robot", "robots", "robotic", "robotics", "gripper", "grippers", "arm", "arms", "sensor", "sensors", "motor", "motors", "actuator", "actuators"];

/** Data engineering: queries, storage and warehouses, with no model trained. */
const DATA_ENGINEERING = ["query", "queries", "storage", "warehouse", "warehouses", "SQL", "database", "databases", "lakehouse", "data lake", "analytics", "Spark", "Snowflake", "Postgres"];

/** Software projects: "open source" there is code and its community, not open models and weights. */
const SOFTWARE_PROJECTS = ["repo", "repos", "repository", "repositories", "GitHub", "codebase", "maintainer", "maintainers", "pull request", "pull requests", "contributors", "library", "libraries", "package", "packages", "Linux", "license", "licence"];

/** Human minds: reasoning and "system 2" there are people's, not a model's. */
const HUMAN_MINDS = ["psychologist", "psychologists", "psychology", "consciousness", "conscious", "Kahneman"];

/** Law, dreams, poems: what people interpret that is not a model. */
const OTHER_INTERPRETATION = ["law", "laws", "court", "courts", "judge", "judges", "constitution", "dream", "dreams", "poem", "poems", "poetry", "scripture"];

/** Roads, food, workplaces, games: safety there is not AI's. */
const OTHER_SAFETY = ["road", "roads", "traffic", "driving", "workplace", "fire", "patient", "patients", "king", "pawn", "chess", "seatbelt", "helmet", "sauna"];

export const STARTER_CONTEXTS: Readonly<Record<string, readonly AliasContext[]>> = {
	scaling: [near(["scaling", "scale", "bigger", "larger"], MODELS)],
	interpretability: [notNear(["interpret", "interpretable", "interpretability", "interpretation"], OTHER_INTERPRETATION)],
	safety: [notNear(["safety", "safe", "safely", "risk", "risks", "danger", "dangerous"], OTHER_SAFETY)],
	"post-training": [near(["reinforcement learning", "RL", "PPO"], LANGUAGE_MODELS)],
	compute: [notNear(["hardware"], ROBOT_BODY), notNear(["compute", "computing", "servers"], DATA_ENGINEERING)],
	data: [notNear(["data", "corpus", "corpora"], DATA_ENGINEERING)],
	reasoning: [notNear(["reasoning", "abstract reasoning", "logical reasoning", "system 2", "logic", "logical"], HUMAN_MINDS)],
	forecasting: [notNear(["forecasting", "forecasters", "forecaster", "forecast", "forecasts", "predict", "prediction", "predictions", "predictable", "unpredictable"], OTHER_FORECASTS)],
	work: [near(["labor", "labour", "workers", "employment", "jobs", "job", "work", "automate", "employer", "employers", "employees", "hiring", "careers", "professions", "productivity", "economy", "strike", "striking", "union", "unions"], AUTOMATION)],
	policy: [notNear(["policy", "policies", "rules"], REINFORCEMENT_LEARNING)],
	copyright: [notNear(["licensing", "license", "licence"], ["open source", "open-source", "open model", "open models", "open weights", "weights", "Llama", "software"])],
	"open-source": [notNear(["open-source", "open source", "open-sourced", "open-sourcing", "closed-source", "closed source"], SOFTWARE_PROJECTS)],
};
