// The security pass: the plugin bundle makes no network call, evaluates no code, needs no Node
// builtin and uses no regex lookbehind; no source file inserts text as HTML.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";
import { build as esbuild } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { build, isStale, REPO } from "./cli-build";

const MAIN_JS = join(REPO, "main.js");
const SRC = join(REPO, "src");

/** What the plugin bundle must never contain, each with the reason a reader would care. */
const FORBIDDEN_IN_BUNDLE: { pattern: RegExp; why: string }[] = [
	{ pattern: /\bfetch\s*\(/, why: "network access (fetch)" },
	{ pattern: /\bXMLHttpRequest\b/, why: "network access (XMLHttpRequest)" },
	{ pattern: /\bWebSocket\b/, why: "network access (WebSocket)" },
	{ pattern: /\brequestUrl\b/, why: "network access (Obsidian's requestUrl)" },
	{ pattern: /\beval\s*\(/, why: "code evaluation (eval)" },
	{ pattern: /\bnew\s+Function\b/, why: "code evaluation (new Function)" },
	{ pattern: /\(\?<[=!]/, why: "regex lookbehind (breaks older iOS)" },
	{ pattern: new RegExp(`\\brequire\\(\\s*["'\`](?:node:)?(?:${builtinModules.map((m) => m.replace(/[/]/g, "\\/")).join("|")})["'\`]\\s*\\)`), why: "a Node builtin (absent on mobile)" },
];

const HTML_SINKS = /\b(?:innerHTML|outerHTML|insertAdjacentHTML)\b|\bdocument\.write(?:ln)?\s*\(/;

function filesUnder(folder: string, ext: RegExp): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const full = join(folder, entry.name);
		return entry.isDirectory() ? filesUnder(full, ext) : ext.test(entry.name) ? [full] : [];
	});
}

function violations(text: string): string[] {
	return FORBIDDEN_IN_BUNDLE.filter(({ pattern }) => pattern.test(text)).map(({ pattern, why }) => `${why}: ${text.match(pattern)?.[0]}`);
}

/** Everything under src/ that runs in the app (all but the shell's src/cli), bundled for a browser. */
async function bundleAppCode(): Promise<string> {
	const appFiles = filesUnder(SRC, /\.ts$/).filter((f) => !relative(SRC, f).startsWith("cli")).map((f) => `./${relative(REPO, f)}`);
	const result = await esbuild({
		stdin: { contents: appFiles.map((f) => `import ${JSON.stringify(f)};`).join("\n"), resolveDir: REPO, loader: "ts" },
		bundle: true,
		write: false,
		platform: "browser",
		format: "cjs",
		target: "es2021",
		external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"],
		logLevel: "silent",
	});
	return result.outputFiles.map((f) => f.text).join("\n");
}

describe("security of the plugin bundle", () => {
	beforeAll(() => {
		if (!existsSync(MAIN_JS) || isStale(MAIN_JS)) build(true);
	}, 120_000);

	it("main.js exists and is a real build", () => {
		expect(statSync(MAIN_JS).size).toBeGreaterThan(0);
	});

	it("main.js holds no network call, eval, new Function, Node builtin require or regex lookbehind", () => {
		expect(violations(readFileSync(MAIN_JS, "utf8"))).toEqual([]);
	});

	it("all app code (src/ without src/cli), bundled for a browser, holds none of them either", async () => {
		const bundle = await bundleAppCode();
		expect(bundle.length).toBeGreaterThan(10_000); // the core alone is far bigger: the bundle is not empty
		expect(violations(bundle)).toEqual([]);
	});

	// The lookbehind samples are assembled from pieces so that this file holds no lookbehind itself.
	it("the scanner itself catches each forbidden thing (so a pass means something)", () => {
		const samples = ['fetch("x")', "new XMLHttpRequest()", "new WebSocket(u)", "requestUrl({})", "eval(s)", "new Function('x')", `/(?<${"="}a)b/`, `/(?<${"!"}a)b/`, 'require("fs")', "require('node:path')"];
		for (const sample of samples) expect(violations(sample), sample).not.toEqual([]);
		expect(violations("retrieval(x); prefetchable; evaluate(y)")).toEqual([]);
	});
});

describe("note text never reaches HTML", () => {
	it("no file under src/ uses innerHTML, outerHTML, insertAdjacentHTML or document.write", () => {
		const offenders = filesUnder(SRC, /\.(ts|tsx|js|mjs)$/).filter((file) => HTML_SINKS.test(readFileSync(file, "utf8"))).map((f) => relative(REPO, f));
		expect(offenders).toEqual([]);
	});

	it("the HTML check catches each sink", () => {
		for (const sample of ["el.innerHTML = t", "el.outerHTML", "el.insertAdjacentHTML('beforeend', t)", "document.write(t)"]) expect(HTML_SINKS.test(sample), sample).toBe(true);
	});
});
