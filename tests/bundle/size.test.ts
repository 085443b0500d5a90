// main.js is built the way obsidian-sample-plugin builds it (minified in production, an inline source
// map only in development) and stays within a size budget. Built in memory from the project's own
// esbuild options, so neither a development build on disk nor a parallel test changes the result.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type BuildOptions } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");

/**
 * The most main.js may weigh, in bytes. It was 313 KB minified when first set (592 KB before it was
 * minified), then 419 KB once the suggestions embedded the 10,000 most frequent words of spoken
 * English (74 KB: their background of everyday English, needed offline), then 447 KB with the
 * pictures of a large vault (heat strips, a force-laid map: 15 KB), suggestion quotes, ranking in
 * slices and hub summaries, then 461 KB with the index's snapshot in the app's store (its binary
 * format, bundled until then in the headless runner alone: 15 KB, past the budget of 460,000 then):
 * the budget leaves some 14 KB for what comes next, while one dependency bundled by mistake (a YAML
 * parser with gray-matter is some 60 KB minified, a full word-frequency list megabytes) or a build
 * that stops minifying fails here.
 */
export const MAIN_JS_BUDGET_BYTES = 475_000;

type OptionsFor = (production: boolean) => BuildOptions;

async function buildInMemory(production: boolean): Promise<string> {
	const config = (await import(pathToFileURL(join(root, "esbuild.config.mjs")).href)) as { pluginOptions: OptionsFor };
	const options = config.pluginOptions(production);
	const result = await build({ ...options, entryPoints: (options.entryPoints as string[]).map((entry) => join(root, entry)), write: false, logLevel: "silent" });
	return result.outputFiles[0].text;
}

describe("the production main.js", () => {
	let production = "";
	let development = "";

	beforeAll(async () => {
		[production, development] = await Promise.all([buildInMemory(true), buildInMemory(false)]);
	}, 120_000);

	it(`stays within the budget of ${MAIN_JS_BUDGET_BYTES.toLocaleString("en")} bytes`, () => {
		const bytes = Buffer.byteLength(production, "utf8");
		expect(bytes).toBeGreaterThan(100_000); // the engine alone is far bigger: the build is not empty
		expect(bytes).toBeLessThanOrEqual(MAIN_JS_BUDGET_BYTES);
	});

	it("is minified and carries no source map; the development build carries one inline", () => {
		expect(production).not.toContain("sourceMappingURL");
		expect(development).toContain("//# sourceMappingURL=data:application/json;base64,");
		const withoutMap = development.slice(0, development.lastIndexOf("//# sourceMappingURL"));
		expect(production.length).toBeLessThan(withoutMap.length * 0.7); // minifying takes off well over a third
		const meanLine = (text: string): number => text.length / text.split("\n").length;
		expect(meanLine(production)).toBeGreaterThan(20 * meanLine(withoutMap)); // a few long lines (multi-line strings aside), not one statement a line
	});

	it("the README states the budget this test holds main.js to", () => {
		const readme = readFileSync(join(root, "README.md"), "utf8");
		expect(readme).toContain(`budget of ${MAIN_JS_BUDGET_BYTES.toLocaleString("en")} bytes`);
	});
});
