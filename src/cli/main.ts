#!/usr/bin/env node
// The headless runner: `throughline scan|link|unlink|import …` (see README and `--help`).

import { version } from "../../package.json";
import { readInvocation, UsageError, type ParsedArgs } from "./args";
import { unexpectedFailure } from "./failure";
import { runImport } from "./import-command";
import { runUnlink, type CommandIo } from "./link-command";
import { lineEndedIo, runIndexedLink, runScan } from "./scan-command";
import { commandHelp, globalHelp, USAGE } from "./usage";

const EXIT_OK = 0;
const EXIT_USAGE = 2;

// `throughline scan --json | head` closes stdout early: stop quietly, as a shell tool does, not with a stack trace.
process.stdout.on("error", (error: Error & { code?: string }) => {
	if (error.code !== "EPIPE") throw error;
	process.exit(EXIT_OK);
});

/** Every problem is one line on stderr, even from a command that forgot its line break. */
const io: CommandIo = lineEndedIo({
	stdout: (text) => void process.stdout.write(text),
	stderr: (text) => void process.stderr.write(text),
});

function runCommand(args: ParsedArgs): Promise<number> {
	switch (args.command) {
		case "scan":
			return runScan({ vault: args.vault, json: args.json, themesFolder: args.themesFolder }, io);
		case "link":
			return runIndexedLink({ vault: args.vault, dryRun: args.dryRun, mode: args.mode ?? undefined, json: args.json, themesFolder: args.themesFolder }, io);
		case "unlink":
			return runUnlink({ vault: args.vault, dryRun: args.dryRun, json: args.json }, { io });
		case "import":
			return runImport({ files: args.files, vault: args.vault, folder: args.importFolder ?? undefined, json: args.json }, io);
	}
}

async function main(argv: string[]): Promise<number> {
	const invocation = readInvocation(argv);
	if (invocation.kind === "help") {
		process.stdout.write(invocation.command === null ? globalHelp() : commandHelp(invocation.command));
		return EXIT_OK;
	}
	if (invocation.kind === "version") {
		process.stdout.write(`throughline ${version}\n`);
		return EXIT_OK;
	}
	return runCommand(invocation.args);
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		if (error instanceof UsageError) {
			process.stderr.write(`throughline: ${error.message}\n${USAGE}\n`);
			process.exitCode = EXIT_USAGE;
			return;
		}
		process.stderr.write(unexpectedFailure(error, process.env));
		process.exitCode = EXIT_USAGE;
	},
);
