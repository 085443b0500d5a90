// What `throughline --help` and `throughline <command> --help` print: the synopsis, what each
// command does, its options, and the exit status a script can rely on.

import type { CommandName } from "./args";

interface CommandHelp {
	synopsis: string;
	/** One line for the list of commands. */
	brief: string;
	summary: string;
	/** Option and what it does. */
	options: [string, string][];
}

const JSON_OPTION: [string, string] = ["--json", "print one JSON document on stdout and nothing else"];
const DRY_RUN_OPTION: [string, string] = ["--dry-run", "list what would change, with the changed lines, and write nothing"];

export const COMMAND_HELP: Record<CommandName, CommandHelp> = {
	scan: {
		synopsis: "throughline scan <vault> [--json] [--themes <folder>]",
		brief: "report what each note is and its themes; writes nothing",
		summary: "Reads every note of the vault and reports what each is, its themes and the suggested ones. Never writes.",
		options: [JSON_OPTION, ["--themes <folder>", "the folder of theme notes (default: the vault's setting, else Themes)"]],
	},
	link: {
		synopsis: "throughline link <vault> [--dry-run] [--mode hub|property|both] [--themes <folder>] [--json]",
		brief: "write the links the plugin would write",
		summary: "Writes the links the plugin would write: a block in each theme note, a property on each source note, or both. Notes an importer writes are never written into.",
		options: [DRY_RUN_OPTION, ["--mode hub|property|both", "where links go (default: the vault's setting, else hub)"], ["--themes <folder>", "the folder of theme notes"], JSON_OPTION],
	},
	unlink: {
		synopsis: "throughline unlink <vault> [--dry-run] [--json]",
		brief: "remove everything Throughline wrote, byte for byte",
		summary: "Removes everything Throughline wrote, restoring each file byte for byte.",
		options: [DRY_RUN_OPTION, JSON_OPTION],
	},
	import: {
		synopsis: "throughline import <file>... --vault <vault> [--folder <folder>] [--json]",
		brief: "turn transcripts and highlight exports into notes",
		summary: "Turns transcripts and highlight exports (.srt, .vtt, .txt, whisper .json, Kindle clippings, Readwise exports) into notes; never overwrites one.",
		options: [["--vault <vault>", "the vault to import into (required)"], ["--folder <folder>", "the folder inside the vault (default: the vault's import folder, else Imports)"], JSON_OPTION],
	},
};

const HELP_OPTIONS: [string, string][] = [
	["-h, --help", "print this help; after a command, that command's help"],
	["--version", "print the version"],
];

const EXIT_STATUS = "Exit status: 0 all went well; 1 some files had problems (one line each on stderr); 2 usage error or a vault that cannot be read.";

function optionLines(options: [string, string][]): string[] {
	const width = Math.max(...options.map(([name]) => name.length));
	return options.map(([name, what]) => `  ${name.padEnd(width)}  ${what}`);
}

/** The short reminder printed after a usage error (on stderr). */
export const USAGE = ["usage:", ...Object.values(COMMAND_HELP).map((help) => `  ${help.synopsis}`), "Run 'throughline --help' for more."].join("\n");

/** `throughline --help`. */
export function globalHelp(): string {
	const width = Math.max(...Object.keys(COMMAND_HELP).map((name) => name.length));
	const commands = Object.entries(COMMAND_HELP).map(([name, help]) => `  ${name.padEnd(width)}  ${help.brief}`);
	const lines = ["usage: throughline <command> [options]", "", "Commands:", ...commands, "", "Options:", ...optionLines(HELP_OPTIONS), "", "Run 'throughline <command> --help' for a command's options.", EXIT_STATUS];
	return `${lines.join("\n")}\n`;
}

/** `throughline <command> --help`. */
export function commandHelp(command: CommandName): string {
	const help = COMMAND_HELP[command];
	const lines = [`usage: ${help.synopsis}`, "", help.summary, "", "Options:", ...optionLines([...help.options, HELP_OPTIONS[0]]), "", EXIT_STATUS];
	return `${lines.join("\n")}\n`;
}
