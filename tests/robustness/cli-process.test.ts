// The built runner as a child process, over one vault holding every small starter-pack case of the
// corpus at once, and `import` with bad input files: exit status, one JSON document on stdout, one
// `path: plain words` line per problem on stderr, no write outside the vault, unlink restores bytes.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BAD_INPUT_CORPUS } from "./bad-input-corpus";
import { ensureCliBuilt, runCli, type CliRun } from "./cli-build";
import { makeSandbox, snapshotTree, writeFiles } from "./vault-harness";

const SMALL_BYTES = 1_000_000; // cases under 1 MB go into the shared vault; the 20 MB one has its own test
const small = BAD_INPUT_CORPUS.filter((c) => !Object.keys(c.files).some((p) => p.startsWith("Themes/")) && !c.name.includes("20 MB"));
const expectedProblems = Object.assign({}, ...small.map((c) => c.expect.problems)) as Record<string, RegExp>;

const sandbox = makeSandbox("throughline-cli-");

beforeAll(() => {
	ensureCliBuilt();
	for (const testCase of small) writeFiles(sandbox.vault, testCase.files);
}, 120_000);
afterAll(() => sandbox.dispose());

function expectOneLinePerProblem(run: CliRun, wanted: Record<string, RegExp>): void {
	for (const line of run.lines) expect(line).toMatch(/^\S.*?: \S/);
	for (const [path, message] of Object.entries(wanted)) {
		const lines = run.lines.filter((line) => line.startsWith(`${path}: `));
		expect(lines.length, path).toBeGreaterThan(0);
		expect(lines.join("\n")).toMatch(message);
	}
}

describe("the built CLI over a vault of bad inputs", () => {
	it("the shared vault is small and holds every starter-pack case", () => {
		const total = Object.values(snapshotTree(sandbox.vault)).reduce((n, b64) => n + b64.length, 0);
		expect(total).toBeLessThan(SMALL_BYTES);
		expect(small.length).toBeGreaterThan(10);
	});

	it("scan --json: exit 1, exactly one JSON document, every bad note named on its own stderr line", () => {
		const run = runCli(["scan", sandbox.vault, "--json"]);
		expect(run.code).toBe(1);
		const report = JSON.parse(run.stdout) as { documents: { path: string; themes: { id: string }[] }[] };
		expectOneLinePerProblem(run, expectedProblems);
		const byPath = new Map(report.documents.map((d) => [d.path, d.themes.map((t) => t.id)]));
		for (const testCase of small) {
			for (const [path, ids] of Object.entries(testCase.expect.themes)) expect(byPath.get(path), path).toEqual(expect.arrayContaining(ids));
		}
	});

	it("scan without --json: a human report on stdout, the same problem lines on stderr", () => {
		const run = runCli(["scan", sandbox.vault]);
		expect(run.code).toBe(1);
		expect(run.stdout).toMatch(/^Throughline scanned \d+ notes/);
		expectOneLinePerProblem(run, expectedProblems);
	});

	it("link --mode both, then unlink: bad notes untouched, nothing outside the vault, every byte restored", () => {
		const before = snapshotTree(sandbox.root);
		const linked = runCli(["link", sandbox.vault, "--mode", "both", "--json"]);
		expect(linked.code).toBe(1);
		expect(() => void JSON.parse(linked.stdout)).not.toThrow();
		expectOneLinePerProblem(linked, expectedProblems);
		const afterLink = snapshotTree(sandbox.root);
		for (const path of small.flatMap((c) => c.expect.untouched)) expect(afterLink[`vault/${path}`], path).toBe(before[`vault/${path}`]);
		expect(afterLink["vault/Themes/"]).toBe("<folder>"); // the pass did write: the comparison above is not vacuous
		const unlinked = runCli(["unlink", sandbox.vault, "--json"]);
		expect(unlinked.code).toBe(0);
		expect(snapshotTree(sandbox.root)).toEqual(before);
	});

	it("a vault that does not exist is a usage error (exit 2) in one plain line", () => {
		const run = runCli(["scan", join(sandbox.root, "no-such-vault")]);
		expect(run.code).toBe(2);
		expect(run.lines).toHaveLength(1);
		expect(run.lines[0]).toMatch(/no-such-vault: not a folder/);
	});
});

describe("the built CLI importing bad files", () => {
	const inputs = join(sandbox.root, "inputs");
	const files: Record<string, string | Uint8Array> = {
		"binary.srt": Uint8Array.from([1, 0, 0, 0, 0x89, 0x50, 0x4e, 0x47, 0]),
		"empty.txt": "",
		"crlf-bom.srt": "\uFEFF1\r\n00:00:01,000 --> 00:00:03,000\r\nScaling laws, said with CRLF.\r\n\r\n2\r\n00:00:04,000 --> 00:00:06,000\r\nAnd a byte-order mark.\r\n",
		"broken.json": '{"segments": [ {"start": 0, "text": "unclosed',
		"hostile.srt": "1\n00:00:01,000 --> 00:00:02,000\n<script>alert(1)</script><img src=x onerror=alert(1)> scaling laws\n",
		"long-line.txt": `${"the model keeps talking about reward models ".repeat(50_000)}end`,
	};

	it("imports what it can, names each bad file once in plain words, and writes only inside the vault", () => {
		mkdirSync(inputs, { recursive: true });
		for (const [name, content] of Object.entries(files)) writeFileSync(join(inputs, name), content);
		const vaultBefore = snapshotTree(sandbox.vault);
		const given = [...Object.keys(files).map((name) => join(inputs, name)), join(inputs, "missing.vtt")];
		const run = runCli(["import", ...given, "--vault", sandbox.vault, "--json"]);
		expect(run.code).toBe(1);
		const report = JSON.parse(run.stdout) as { imported: { file: string; notes: string[] }[]; unchanged: unknown[]; problems: { file: string; message: string }[] };
		expect(report.imported.length + report.unchanged.length + report.problems.length).toBe(given.length);
		const problemFiles = report.problems.map((p) => p.file.slice(inputs.length + 1)).sort();
		expect(problemFiles).toEqual(["binary.srt", "broken.json", "empty.txt", "missing.vtt"]);
		for (const problem of report.problems) expect(run.lines).toContain(`${problem.file}: ${problem.message}`);
		expect(report.imported.map((i) => i.file.slice(inputs.length + 1)).sort()).toEqual(["crlf-bom.srt", "hostile.srt", "long-line.txt"]);
		const added = Object.keys(snapshotTree(sandbox.vault)).filter((p) => !(p in vaultBefore));
		expect(added.every((p) => p.startsWith("Imports/") || p === "Imports/")).toBe(true);
		for (const entry of report.imported) for (const note of entry.notes) expect(note.startsWith("Imports/")).toBe(true);
	});

	it("refuses an import folder that leaves the vault (exit 2)", () => {
		const run = runCli(["import", join(inputs, "crlf-bom.srt"), "--vault", sandbox.vault, "--folder", "../outside"]);
		expect(run.code).toBe(2);
		expect(run.lines.join("\n")).toMatch(/inside the vault/);
	});
});
