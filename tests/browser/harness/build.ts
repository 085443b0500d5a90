// Node side: bundles the plugin (src/main.ts) with the fake app into one browser script, and the page
// that hosts it: Obsidian's stand-in variables, the project's styles.css and a right sidebar.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";

export const ROOT = resolve(__dirname, "../../..");

export interface HarnessFiles {
	html: string;
	script: string;
}

let cached: Promise<HarnessFiles> | null = null;

async function bundle(): Promise<string> {
	const result = await build({
		entryPoints: [join(ROOT, "tests/browser/harness/entry.ts")],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2021",
		write: false,
		logLevel: "silent",
		sourcemap: "inline", // stack traces in page errors point at the TypeScript sources
		alias: { obsidian: join(ROOT, "tests/fake-obsidian/index.ts") },
		loader: { ".json": "json" },
	});
	return result.outputFiles[0].text;
}

function page(): string {
	const vars = readFileSync(join(ROOT, "tests/browser/harness/obsidian-vars.css"), "utf8");
	const styles = readFileSync(join(ROOT, "styles.css"), "utf8");
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Throughline browser harness</title>
<style>${vars}</style>
<style id="plugin-styles">${styles}</style>
</head>
<body class="theme-light">
<div class="harness"><div class="harness-main"></div><div class="harness-right-sidebar"></div></div>
<script src="/harness.js"></script>
</body>
</html>`;
}

/** Builds once per test file (esbuild takes well under a second). */
export function harnessFiles(): Promise<HarnessFiles> {
	cached ??= bundle().then((script) => ({ html: page(), script }));
	return cached;
}
