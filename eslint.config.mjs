// Lint: Obsidian's recommended rules for everything; the core may not import obsidian or Node.
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

const PURE_CORE = { regex: "^(obsidian|node:.*|fs|path|os|child_process|gray-matter)$", message: "src/core stays pure: talk to the world through the ports in src/core/ports.ts." };

// The core's folders and what each may import besides the files at src/core's root (model, ports,
// settings, steps): dependencies point one way, from the words of a note (text) up to the engine that
// drives everything, so no two folders import each other. The order a note is read in is
// sources → text → themes → index; text, the one notion of a word, sits below them all.
const CORE_LAYERS = {
	text: [],
	sources: ["text"],
	themes: ["text"],
	suggestions: ["text"], // beside themes: neither imports the other
	index: ["text", "sources", "themes", "suggestions"],
	import: ["text", "sources"],
	links: ["text", "sources", "import"],
	engine: ["text", "sources", "themes", "suggestions", "index", "import", "links"],
};

/** One rule per folder of src/core (and its subfolders): no import of a folder above it, nor of Node or Obsidian. */
function coreLayerRules() {
	const folders = Object.keys(CORE_LAYERS);
	return Object.entries(CORE_LAYERS).flatMap(([folder, allowed]) => {
		const above = folders.filter((other) => other !== folder && !allowed.includes(other)).join("|");
		const message = `src/core/${folder} may import only ${allowed.length > 0 ? allowed.join(", ") : "no other folder"} and the core's root files (see CORE_LAYERS in eslint.config.mjs).`;
		return [["", "*.ts"], ["../", "*/**/*.ts"]].map(([deeper, glob]) => ({
			files: [`src/core/${folder}/${glob}`],
			rules: { "no-restricted-imports": ["error", { patterns: above === "" ? [PURE_CORE] : [PURE_CORE, { regex: `^\\.\\./${deeper.replace(/\./g, "\\.")}(${above})(/|$)`, message }] }] },
		}));
	}).concat([{ files: ["src/core/*.ts"], rules: { "no-restricted-imports": ["error", { patterns: [PURE_CORE, { regex: `^\\./(${folders.join("|")})/`, message: "src/core's root files (model, ports, settings) are below every folder." }] }] } }]);
}

export default defineConfig([
	{ ignores: ["node_modules/", "main.js", "dist/", "test-output/", "coverage/", "bench/.vault-cache/", "eval/.out/", "**/*.mjs", "vitest.config.ts"] },
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser },
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
	},
	...coreLayerRules(),
	{
		// Benchmarks and profiling scripts print their tables to the console by design.
		files: ["bench/**/*.ts", "eval/**/*.ts"],
		rules: { "no-console": "off", "obsidianmd/rule-custom-message": "off" },
	},
	{
		// The headless runner, tests and benchmarks run on Node, never inside Obsidian.
		files: ["src/cli/**/*.ts", "tests/**/*.ts", "bench/**/*.ts", "eval/**/*.ts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"import/no-nodejs-modules": "off",
			// Tests drive a fake host whose types differ from Obsidian's on purpose; these rules add noise there.
			"@typescript-eslint/no-unnecessary-type-assertion": "off",
			"@typescript-eslint/await-thenable": "off",
			"@typescript-eslint/unbound-method": "off",
			"@typescript-eslint/no-unsafe-assignment": "off",
			"@typescript-eslint/no-unsafe-member-access": "off",
			"@typescript-eslint/no-unsafe-call": "off",
			"@typescript-eslint/no-unsafe-argument": "off",
			"@typescript-eslint/no-this-alias": "off",
			"no-unsanitized/method": "off",
			// Tests may print the figures they measure (precision, recall, timings).
			"no-console": "off",
			"obsidianmd/rule-custom-message": "off",
		},
	},
]);
