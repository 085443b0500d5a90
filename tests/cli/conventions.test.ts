// The built runner follows command-line conventions: --help and -h (globally and per command) print
// usage on stdout and exit 0, --version prints the version, package.json's bin makes
// `npx throughline …` work from a checkout, and usage errors still exit 2 on stderr.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readInvocation, UsageError } from "../../src/cli/args";
import { ensureCliBuilt, REPO, runCli } from "../robustness/cli-build";

const PACKAGE = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string; bin?: Record<string, string> };
const COMMANDS = ["scan", "link", "unlink", "import"];
const SAMPLE_VAULT = join(REPO, "tests/fixtures/vault");

beforeAll(() => ensureCliBuilt(), 120_000); // a cold build on a busy 2-core machine

describe("reading the command line", () => {
	it("--help and -h anywhere ask for help: the command's after one, else the global one", () => {
		expect(readInvocation(["--help"])).toEqual({ kind: "help", command: null });
		expect(readInvocation(["-h"])).toEqual({ kind: "help", command: null });
		for (const command of COMMANDS) {
			expect(readInvocation([command, "--help"])).toEqual({ kind: "help", command });
			expect(readInvocation([command, "vault", "-h"])).toEqual({ kind: "help", command });
		}
	});

	it("--version asks for the version; after --, -h and --version are names", () => {
		expect(readInvocation(["--version"])).toEqual({ kind: "version" });
		const run = readInvocation(["scan", "--", "-h"]);
		expect(run.kind === "run" ? run.args.vault : null).toBe("-h");
	});

	it("an unknown single-dash option is a usage error, not a vault named -x", () => {
		expect(() => readInvocation(["scan", "-x"])).toThrow(UsageError);
		expect(() => readInvocation(["frob", "--help"])).toThrow(/unknown command "frob"/);
		expect(() => readInvocation([])).toThrow(/no command given/); // usage on stderr, exit 2: a script that forgot the command fails
	});
});

describe("the built runner", () => {
	it.each([["--help"], ["-h"]])("%s prints every command's usage on stdout and exits 0", (flag) => {
		const run = runCli([flag]);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe("");
		expect(run.stdout).toMatch(/^usage: throughline <command>/);
		for (const command of COMMANDS) expect(run.stdout).toContain(`  ${command} `);
	});

	it.each(COMMANDS.flatMap((command) => [[command, "--help"], [command, "-h"]]))("%s %s prints that command's usage and options, exit 0", (command, flag) => {
		const run = runCli([command, flag]);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe("");
		expect(run.stdout.split("\n")[0]).toMatch(new RegExp(`^usage: throughline ${command} `));
		expect(run.stdout).toContain("--json");
	});

	it("--version prints package.json's version and exits 0", () => {
		const run = runCli(["--version"]);
		expect(run.code).toBe(0);
		expect(run.stdout).toBe(`throughline ${PACKAGE.version}\n`);
	});

	it("a usage error still exits 2, with the usage on stderr and nothing on stdout", () => {
		const run = runCli(["frob"]);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe("");
		expect(run.stderr).toMatch(/^throughline: unknown command "frob"\nusage:/);
	});
});

describe("npx throughline from a checkout", () => {
	it("package.json's bin is the built runner, which starts with its #! line and may be executed", () => {
		const bin = PACKAGE.bin?.throughline;
		expect(bin).toBeDefined();
		const file = join(REPO, bin ?? "");
		expect(readFileSync(file, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
		expect(statSync(file).mode & 0o111).not.toBe(0); // executable: npx runs the file itself
	});

	it("npx throughline scan <vault> runs it, offline, installing nothing", () => {
		const cache = mkdtempSync(join(tmpdir(), "throughline-npx-")); // npx's own records stay out of the user's cache
		try {
			const run = spawnSync("npx", ["--offline", "--no-install", "throughline", "scan", SAMPLE_VAULT, "--json"], { cwd: REPO, encoding: "utf8", env: { ...process.env, npm_config_cache: cache }, timeout: 120_000 }); // npx that hangs fails the test instead of stalling the run
			expect(run.stderr).toBe("");
			expect(run.status).toBe(0);
			expect((JSON.parse(run.stdout) as { documents: unknown[] }).documents.length).toBeGreaterThan(0);
		} finally {
			rmSync(cache, { recursive: true, force: true });
		}
	});
});
