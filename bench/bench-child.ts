// Runs a figure in a fresh process: this same bundle, started again with a flag that main.ts sends to
// the figure's child entry. The child prints one JSON line; when it fails, the reason given is its
// error's own message (the first line of what it printed), its signal, or why it could not start.

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The JSON the child printed; throws with the child's reason in plain words when it failed. */
export function runBenchChild<T>(what: string, flag: string, args: readonly string[]): T {
	const child = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), flag, ...args], { encoding: "utf8" });
	if (child.error) throw new Error(`the ${what} process could not run: ${child.error.message}`);
	if (child.status !== 0) {
		const reason = child.stderr.split("\n").find((line) => line.trim() !== "" && !line.trimStart().startsWith("at ")) ?? (child.signal ? `killed by ${child.signal}` : `exit code ${child.status}`);
		throw new Error(`the ${what} process failed: ${reason.trim()}`);
	}
	return JSON.parse(child.stdout) as T;
}
