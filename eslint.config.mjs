// Lint: Obsidian's recommended rules for everything; the core may not import obsidian or Node.
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

export default defineConfig([
	{ ignores: ["node_modules/", "main.js", "dist/", "test-output/", "coverage/", "bench/.vault-cache/", "eval/.out/", "**/*.mjs", "vitest.config.ts"] },
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser },
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
	},
	{
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-imports": ["error", {
				patterns: [{ regex: "^(obsidian|node:.*|fs|path|os|child_process|gray-matter)$", message: "src/core stays pure: talk to the world through the ports in src/core/ports.ts." }],
			}],
		},
	},
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
