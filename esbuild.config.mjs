// Builds the plugin (main.js, CommonJS, for Obsidian) and the headless runner (dist/cli.mjs, for Node).
import esbuild from "esbuild";
import { chmodSync } from "node:fs";
import { builtinModules } from "node:module";

const watch = process.argv.includes("--watch");
const production = process.argv.includes("production");

// Modules Obsidian provides at run time; never bundled into main.js.
const obsidianExternals = [
	"obsidian",
	"electron",
	"@codemirror/autocomplete",
	"@codemirror/collab",
	"@codemirror/commands",
	"@codemirror/language",
	"@codemirror/lint",
	"@codemirror/search",
	"@codemirror/state",
	"@codemirror/view",
	"@lezer/common",
	"@lezer/highlight",
	"@lezer/lr",
];

const pluginOptions = {
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: obsidianExternals,
	format: "cjs",
	target: "es2021",
	platform: "browser",
	logLevel: "info",
	sourcemap: production ? false : "inline",
	treeShaking: true,
	outfile: "main.js",
};

const cliOptions = {
	entryPoints: ["src/cli/main.ts"],
	bundle: true,
	format: "esm",
	platform: "node",
	target: "node20",
	logLevel: "info",
	external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
	// gray-matter is CommonJS and calls require("fs"): give the ESM bundle a require.
	banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
	outfile: "dist/cli.mjs",
	// package.json's bin: `npx throughline …` runs the file itself, through its #! line.
	plugins: [{ name: "executable", setup: (build) => build.onEnd((result) => void (result.errors.length === 0 && chmodSync("dist/cli.mjs", 0o755))) }],
};

if (watch) {
	const contexts = await Promise.all([esbuild.context(pluginOptions), esbuild.context(cliOptions)]);
	await Promise.all(contexts.map((context) => context.watch()));
} else {
	await Promise.all([esbuild.build(pluginOptions), esbuild.build(cliOptions)]);
}
