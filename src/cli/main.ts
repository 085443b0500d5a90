// The headless runner: `node dist/cli.mjs scan|link|unlink|import …` (see README).

import { parseArgs, USAGE, UsageError } from "./args";
import { runImport } from "./import-command";
import { runLink, runUnlink, type CommandIo } from "./link-command";
import { runScan, loadVault } from "./scan-command";
import { buildHubs, buildPropertyLinks } from "../core/engine/hub-builder";

const EXIT_USAGE = 2;

const io: CommandIo = {
	stdout: (text) => void process.stdout.write(text),
	stderr: (text) => void process.stderr.write(text),
};

async function main(argv: string[]): Promise<number> {
	const args = parseArgs(argv);
	switch (args.command) {
		case "scan":
			return runScan({ vault: args.vault, json: args.json, themesFolder: args.themesFolder }, io);
		case "link":
			return runLink(
				{ vault: args.vault, dryRun: args.dryRun, mode: args.mode ?? undefined, json: args.json },
				{
					io,
					buildHubs: async () => {
						const { engine } = await loadVault(args.vault, args.themesFolder);
						return { hubs: buildHubs(engine.index), propertyLinks: buildPropertyLinks(engine.index) };
					},
				},
			);
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
		process.stderr.write(`throughline: unexpected failure: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
		process.exitCode = EXIT_USAGE;
	},
);
