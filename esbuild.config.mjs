// Builds the plugin (main.js, CommonJS, for Obsidian) and the headless runner (dist/cli.mjs, for Node).
// `node esbuild.config.mjs production` for a release, `--watch` while developing. The options are
// exported too, so that tests/bundle/size.test.ts measures exactly what a release ships.
import esbuild from "esbuild";
import { chmodSync } from "node:fs";
import { builtinModules } from "node:module";
import { pathToFileURL } from "node:url";

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

/** main.js as obsidian-sample-plugin builds it: minified in production, an inline source map only in development. */
export function pluginOptions(production) {
	return {
		banner: { js: "/* Throughline: a generated bundle. Its source is src/ in the plugin's repository. */" },
		entryPoints: ["src/main.ts"],
		bundle: true,
		external: obsidianExternals,
		format: "cjs",
		target: "es2021",
		// Unlike the sample, Node built-ins are not external: main.js must load on mobile, so importing one fails the build.
		platform: "browser",
		logLevel: "info",
		sourcemap: production ? false : "inline",
		minify: production,
		treeShaking: true,
		outfile: "main.js",
	};
}

/** dist/cli.mjs: read by Node, never shipped to Obsidian, so left readable (stack traces name real functions). */
export function cliOptions() {
	return {
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
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
	const production = process.argv.includes("production");
	if (process.argv.includes("--watch")) {
		const contexts = await Promise.all([esbuild.context(pluginOptions(production)), esbuild.context(cliOptions())]);
		await Promise.all(contexts.map((context) => context.watch()));
	} else {
		await Promise.all([esbuild.build(pluginOptions(production)), esbuild.build(cliOptions())]);
	}
}
