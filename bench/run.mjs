// Launcher for `npm run bench`: bundles bench/main.ts with whichever engine modules exist today and
// runs it with --expose-gc. Engine files that are missing or do not compile are left out; the bench
// then prints "n/a (not built)" for the figures that need them.
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cacheDir = path.join(root, "bench", ".vault-cache");
const outfile = path.join(cacheDir, "bench.mjs");

// Folders whose every module the bench may call into, and single files outside them.
const ENGINE_FOLDERS = ["src/core/index", "src/core/themes", "src/core/links", "src/core/sources", "src/core/engine", "src/core/suggestions"];
const ENGINE_FILES = ["src/core/work-queue.ts", "src/core/steps.ts", "src/cli/gray-matter-frontmatter.ts"];

function engineCandidates() {
	const files = [];
	for (const folder of ENGINE_FOLDERS) {
		const dir = path.join(root, folder);
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir).sort()) if (name.endsWith(".ts")) files.push(`${folder}/${name}`);
	}
	return files.concat(ENGINE_FILES.filter((file) => existsSync(path.join(root, file))));
}

function engineSource(files) {
	const imports = files.map((file, i) => `import * as m${i} from ${JSON.stringify(path.join(root, file))};`);
	const entries = files.map((file, i) => `\t${JSON.stringify(file)}: m${i},`);
	return `${imports.join("\n")}\nexport const modules = {\n${entries.join("\n")}\n};\n`;
}

function buildOptions(files, write) {
	return {
		entryPoints: [path.join(root, "bench", "main.ts")],
		bundle: true,
		format: "esm",
		platform: "node",
		target: "node20",
		write,
		outfile,
		logLevel: "silent",
		external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
		alias: { obsidian: path.join(root, "tests", "fake-obsidian", "index.ts") },
		// gray-matter is CommonJS and calls require("fs"): give the ESM bundle a require.
		banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
		plugins: [{
			name: "bench-engine",
			setup(build) {
				build.onResolve({ filter: /^bench-engine$/ }, () => ({ path: "bench-engine", namespace: "bench-engine" }));
				build.onLoad({ filter: /.*/, namespace: "bench-engine" }, () => ({ contents: engineSource(files), loader: "js", resolveDir: root }));
			},
		}],
	};
}

async function compiles(files) {
	try {
		await esbuild.build(buildOptions(files, false));
		return true;
	} catch {
		return false;
	}
}

/** Bundles with every engine module that compiles; a module mid-edit is left out, not fatal. */
async function bundle() {
	let files = engineCandidates();
	if (!(await compiles(files))) {
		const usable = [];
		for (const file of files) {
			if (await compiles([file])) usable.push(file);
			else process.stderr.write(`bench: left out ${file} (does not compile yet)\n`);
		}
		files = usable;
	}
	await esbuild.build(buildOptions(files, true));
}

mkdirSync(cacheDir, { recursive: true });
await bundle();
if (typeof globalThis.gc === "function") {
	await import(pathToFileURL(outfile).href);
} else {
	const child = spawnSync(process.execPath, ["--expose-gc", outfile, ...process.argv.slice(2)], { stdio: "inherit" });
	process.exitCode = child.status ?? 1;
}
