// Every case of the bad-input corpus through the headless runner, in-process: scan reports the bad
// note in plain words and indexes the rest; link writes nothing into it and nothing outside the
// vault; unlink then restores the whole tree byte for byte.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BAD_INPUT_CORPUS, type BadInputCase } from "./bad-input-corpus";
import { documentsOf, link, makeSandbox, problemLinesFor, scan, snapshotTree, unlink, writeFiles, type Captured, type ScannedDocument } from "./vault-harness";

const PASSAGES_CHECKED = 200; // per theme and note: enough to catch a drift, cheap on the 20 MB transcript's 200k passages
const SLOW_CASE_MS = 240_000; // the 20 MB transcript is indexed three times (scan, link, unlink) on a shared 2-core machine

let disposers: (() => void)[] = [];
afterEach(() => {
	for (const dispose of disposers) dispose();
	disposers = [];
});

function setUp(testCase: BadInputCase) {
	const sandbox = makeSandbox();
	disposers.push(sandbox.dispose);
	writeFiles(sandbox.vault, testCase.files);
	return sandbox;
}

/** Every stderr line is `path: plain words`: no stack trace, no JavaScript error name. */
function expectPlainProblemLines(run: Captured): void {
	for (const line of run.lines) {
		expect(line).toMatch(/^[^\s].*?: \S/);
		expect(line).not.toMatch(/^\s+at |TypeError|RangeError|SyntaxError|undefined|\[object Object\]/);
	}
}

/** A passage's line and col point at its match in the file as it is on disk. */
function expectPassagesPointAtMatches(vault: string, doc: ScannedDocument): void {
	const lines = readFileSync(join(vault, doc.path), "utf8").split("\n");
	for (const theme of doc.themes) {
		for (const passage of theme.passages.slice(0, PASSAGES_CHECKED)) {
			const line = lines[passage.line - 1] ?? "";
			expect(line.slice(passage.col - 1, passage.col - 1 + passage.match.length).toLowerCase(), `${doc.path} ${theme.id}`).toBe(passage.match.toLowerCase());
		}
	}
}

function expectScanMatchesCase(run: Captured, testCase: BadInputCase, vault: string): void {
	const { expect: want } = testCase;
	expect(run.code).toBe(want.exit);
	expectPlainProblemLines(run);
	for (const [path, message] of Object.entries(want.problems)) {
		const lines = problemLinesFor(run, path);
		expect(lines.length, `a stderr line for ${path}`).toBeGreaterThan(0);
		expect(lines.join("\n")).toMatch(message);
	}
	const documents = documentsOf(run);
	for (const [path, themeIds] of Object.entries(want.themes)) {
		const doc = documents.get(path);
		expect(doc, `${path} is indexed`).toBeDefined();
		expect(doc?.themes.map((t) => t.id)).toEqual(expect.arrayContaining(themeIds));
	}
	for (const path of want.noThemes ?? []) expect(documents.get(path)?.themes ?? [], path).toEqual([]);
	for (const doc of documents.values()) expectPassagesPointAtMatches(vault, doc);
}

function withoutVault(tree: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(tree).filter(([path]) => !path.startsWith("vault/")));
}

describe("bad-input corpus through the headless runner", () => {
	for (const testCase of BAD_INPUT_CORPUS) {
		describe(testCase.name, () => {
			it("scan reports it in plain words, exits as expected, and indexes every other note", { timeout: SLOW_CASE_MS }, async () => {
				const { vault } = setUp(testCase);
				const run = await scan(vault);
				expect(() => void JSON.parse(run.stdout)).not.toThrow();
				expectScanMatchesCase(run, testCase, vault);
			});

			it("link (both modes) leaves the bad note and everything outside the vault alone; unlink restores every byte", { timeout: SLOW_CASE_MS }, async () => {
				const { root, vault } = setUp(testCase);
				const before = snapshotTree(root);
				const linked = await link(vault, "both");
				expect(linked.code).toBe(testCase.expect.exit);
				expectPlainProblemLines(linked);
				expect(() => void JSON.parse(linked.stdout)).not.toThrow();
				const afterLink = snapshotTree(root);
				for (const path of testCase.expect.untouched) expect(afterLink[`vault/${path}`], path).toBe(before[`vault/${path}`]);
				expect(withoutVault(afterLink)).toEqual(withoutVault(before));
				const unlinked = await unlink(vault);
				expect(unlinked.code).toBe(0);
				expect(snapshotTree(root)).toEqual(before);
			});
		});
	}
});

describe("what link writes from hostile highlights", () => {
	it("quotes HTML from a highlight as inert text: no raw <script> or <img> outside a link's display text", async () => {
		const hostile = BAD_INPUT_CORPUS.find((c) => c.name.startsWith("HTML"));
		if (!hostile) throw new Error("the corpus lost its HTML case");
		const { vault } = setUp(hostile);
		expect((await link(vault, "hub")).code).toBe(0);
		const hub = readFileSync(join(vault, "Themes/Scaling.md"), "utf8");
		expect(hub).toContain("Readwise/Hostile");
		const outsideLinks = hub.replace(/\[\[[^\]\n]*\]\]/g, "");
		expect(outsideLinks).not.toMatch(/(^|[^\\])<(script|img|a)\b/i);
	});
});
