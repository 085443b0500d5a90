// Loads the real main.js the way Obsidian does: CommonJS, only `obsidian` (and CodeMirror)
// resolvable, a browser-like window, no Node. Enables the plugin on a small vault, runs onload and
// layout-ready, disables it, and checks that everything it attached was taken off again.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBrowserSandbox } from "./sandbox";
import type { BrowserSandbox } from "./sandbox";

const root = resolve(__dirname, "../..");
const mainPath = join(root, "main.js");

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
	}
	return newest;
}

/** Builds main.js when it is missing or older than src/ (the CLI half of the build may fail alone). */
function ensureBuilt(): void {
	const sourceTime = Math.max(newestMtime(join(root, "src")), statSync(join(root, "esbuild.config.mjs")).mtimeMs);
	if (existsSync(mainPath) && statSync(mainPath).mtimeMs >= sourceTime) return;
	const started = Date.now();
	try {
		execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: root, stdio: "pipe" });
	} catch (error) {
		const rebuilt = existsSync(mainPath) && statSync(mainPath).mtimeMs >= started - 1000; // mtime granularity
		if (!rebuilt) throw new Error(`Building main.js failed:\n${(error as { stderr?: Buffer }).stderr?.toString() ?? String(error)}`);
	}
}

async function bundleToCjs(options: { entry?: string; contents?: string }): Promise<string> {
	const result = await build({
		...(options.entry ? { entryPoints: [options.entry] } : { stdin: { contents: options.contents ?? "", resolveDir: root, loader: "js" } }),
		bundle: true,
		format: "cjs",
		platform: "browser",
		target: "es2021",
		write: false,
		logLevel: "silent",
	});
	return result.outputFiles[0].text;
}

function requiredModules(code: string): string[] {
	return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]))];
}

const VAULT = {
	"Themes/Post-training.md": "---\naliases: [RLHF, fine-tuning]\n---\n# Post-training\n",
	"Readwise/Articles/Import AI 343.md": "---\nauthor: Jack Clark\ncategory: articles\n---\n# Import AI 343\n\n## Highlights\n- RLHF keeps getting cheaper ([Location 12](https://readwise.io/to_kindle?x=1))\n",
	"Transcripts/Episode 12.md": "[00:00:01] Welcome back.\n[00:00:09] Today: post-training and evals.\n",
	"Notes/Plain.md": "Nothing to see.\n",
};

describe("the built main.js", () => {
	let code = "";
	let sandbox: BrowserSandbox;
	let loadModule: (source: string, filename: string) => Record<string, unknown>;
	let fake: Record<string, unknown>;

	beforeAll(async () => {
		ensureBuilt();
		code = readFileSync(mainPath, "utf8");
		sandbox = createBrowserSandbox();
		fake = sandbox.evaluateModule(await bundleToCjs({ entry: join(root, "tests/fake-obsidian/index.ts") }), "fake-obsidian.js", (name) => {
			throw new Error(`The fake has no dependency to resolve: ${name}`);
		});
		const codemirror = requiredModules(code).filter((name) => name.startsWith("@codemirror/") || name.startsWith("@lezer/"));
		const editorModules: Record<string, unknown> = codemirror.length === 0 ? {} : sandbox.evaluateModule(await bundleToCjs({ contents: `module.exports = {${codemirror.map((name) => `${JSON.stringify(name)}: require(${JSON.stringify(name)})`).join(",")}};` }), "codemirror.js", () => undefined);
		loadModule = (source, filename) =>
			sandbox.evaluateModule(source, filename, (name) => {
				if (name === "obsidian") return fake;
				if (name in editorModules) return editorModules[name];
				throw new Error(`${filename} required "${name}", which Obsidian does not provide`);
			});
	});

	afterAll(async () => {
		await sandbox?.close();
	});

	it("requires no Node built-in and uses no regex lookbehind", () => {
		const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
		expect(requiredModules(code).filter((name) => nodeBuiltins.has(name) || name.startsWith("node:"))).toEqual([]);
		expect(/\(\?<[=!]/.test(code)).toBe(false); // a lookbehind group, in a regex literal or a string
	});

	it("runs in a window where the fake installed Obsidian's DOM helpers", () => {
		const createDiv = sandbox.global.createDiv as (info: unknown) => HTMLElement;
		const el = createDiv({ cls: "probe" });
		el.createSpan({ text: "<b>x</b>" });
		expect(el.outerHTML).toBe('<div class="probe"><span>&lt;b&gt;x&lt;/b&gt;</span></div>');
	});

	it("loads, enables on a vault, and leaves nothing attached when disabled", async () => {
		const exports = loadModule(code, "main.js");
		const PluginClass = exports.default as new (app: unknown, manifest: unknown) => { load(): unknown; unload(): void };
		expect(typeof PluginClass).toBe("function");
		const app = (fake.createFakeApp as (options: unknown) => { fake: { trackListeners(win: unknown): { count(): unknown; restore(): void }; layoutReady(): void; settle(): Promise<void> } })({ files: VAULT });
		const tracker = app.fake.trackListeners(sandbox.global);
		const before = tracker.count();
		const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as unknown;
		const plugin = new PluginClass(app, manifest);
		await plugin.load();
		app.fake.layoutReady();
		await app.fake.settle();
		await new Promise((resolve) => setTimeout(resolve, 50)); // let start-up timers and slices run
		await app.fake.settle();
		plugin.unload();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(tracker.count()).toEqual(before);
		tracker.restore();
		expect(sandbox.touches.filter((touch) => touch.caller.endsWith("main.js"))).toEqual([]);
	});

	it("would notice a plugin that leaks or reaches for Node (the check itself can fail)", async () => {
		const leaky = `const { Plugin } = require("obsidian");
			module.exports.default = class extends Plugin {
				onload() {
					this.app.vault.on("modify", () => {});
					window.addEventListener("resize", () => {});
					this.leakedInterval = window.setInterval(() => {}, 60000);
					this.sawProcess = typeof process;
				}
			};`;
		const exports = loadModule(leaky, "leaky-main.js");
		const PluginClass = exports.default as new (app: unknown, manifest: unknown) => { load(): unknown; unload(): void; leakedInterval: unknown };
		const app = (fake.createFakeApp as (options: unknown) => { fake: { trackListeners(win: unknown): { count(): { events: number; dom: number; intervals: number }; restore(): void } } })({ files: VAULT });
		const tracker = app.fake.trackListeners(sandbox.global);
		const before = tracker.count();
		const plugin = new PluginClass(app, { id: "leaky", name: "Leaky", version: "0", minAppVersion: "0", author: "", description: "" });
		await plugin.load();
		plugin.unload();
		expect(tracker.count()).toEqual({ events: before.events + 1, dom: before.dom + 1, intervals: before.intervals + 1 });
		(sandbox.global.clearInterval as (id: unknown) => void)(plugin.leakedInterval);
		tracker.restore();
		expect(sandbox.touches.filter((touch) => touch.caller.endsWith("leaky-main.js")).map((touch) => touch.name)).toEqual(["process"]);
	});
});
