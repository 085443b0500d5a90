// Builds the headless runner (dist/cli.mjs) when it is missing or older than any source file, and
// runs it as a child process the way a user's shell does.

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export const REPO = resolve(__dirname, "../..");
export const CLI = join(REPO, "dist/cli.mjs");

/** The newest modification time of any file under `folder`. */
export function newestMtime(folder: string): number {
	let newest = 0;
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const full = join(folder, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
	}
	return newest;
}

/** True when `output` is missing or older than a file under src/. */
export function isStale(output: string): boolean {
	return !existsSync(output) || statSync(output).mtimeMs < newestMtime(join(REPO, "src"));
}

/** `node esbuild.config.mjs [production]` from the repository root. */
export function build(production = false): void {
	execFileSync(process.execPath, ["esbuild.config.mjs", ...(production ? ["production"] : [])], { cwd: REPO, stdio: "pipe" });
}

export function ensureCliBuilt(): void {
	if (isStale(CLI)) build();
}

export interface CliRun {
	code: number | null;
	stdout: string;
	stderr: string;
	lines: string[];
}

const CLI_TIMEOUT_MS = 120_000; // a child that hangs is killed and the test fails instead of stalling the run

export function runCli(args: string[]): CliRun {
	const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: CLI_TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024 });
	const stderr = result.stderr ?? "";
	return { code: result.status, stdout: result.stdout ?? "", stderr, lines: stderr.split("\n").filter((l) => l.trim() !== "") };
}
