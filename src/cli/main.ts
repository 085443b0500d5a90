// The headless runner: `node dist/cli.mjs scan|link|unlink|import …` (see README).

import { parseArgs, USAGE, UsageError } from "./args";
import { unexpectedFailure } from "./failure";
import { runImport } from "./import-command";
import { runUnlink, type CommandIo } from "./link-command";
import { lineEndedIo, runIndexedLink, runScan } from "./scan-command";

const EXIT_USAGE = 2;

/** Every problem is one line on stderr, even from a command that forgot its line break. */
const io: CommandIo = lineEndedIo({
	stdout: (text) => void process.stdout.write(text),
	stderr: (text) => void process.stderr.write(text),
});

async function main(argv: string[]): Promise<number> {
	const args = parseArgs(argv);
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
