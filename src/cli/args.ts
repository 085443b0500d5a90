// Parses the headless runner's command line (see README and shared headless contract).

export type CommandName = "scan" | "link" | "unlink" | "import";

export interface ParsedArgs {
	command: CommandName;
	/** The vault folder (scan, link, unlink) or the --vault folder (import). */
	vault: string;
	/** Input files (import only). */
	files: string[];
	json: boolean;
	dryRun: boolean;
	mode: "hub" | "property" | "both" | null;
	themesFolder: string | null;
	importFolder: string | null;
}

export class UsageError extends Error {}

/** What the command line asks for: a command to run, help (for one command or all), or the version. */
export type Invocation = { kind: "run"; args: ParsedArgs } | { kind: "help"; command: CommandName | null } | { kind: "version" };

const HELP_FLAGS = new Set(["--help", "-h"]);

const COMMANDS = new Set<CommandName>(["scan", "link", "unlink", "import"]);
const MODES = new Set(["hub", "property", "both"]);
const FLAGS_BY_COMMAND: Record<CommandName, Set<string>> = {
	scan: new Set(["--json", "--themes"]),
	link: new Set(["--json", "--dry-run", "--mode", "--themes"]),
	unlink: new Set(["--json", "--dry-run"]),
	import: new Set(["--json", "--vault", "--folder"]),
};
const FLAGS_WITH_VALUE = new Set(["--themes", "--mode", "--vault", "--folder"]);

/**
 * Reads argv (without node and script) as the conventions go: `--help` or `-h` anywhere asks for
 * help (the command's, after one), `--version` for the version; else the command. Options after
 * `--` are read as names, not flags. Throws UsageError with a plain-words message.
 */
export function readInvocation(argv: string[]): Invocation {
	const end = argv.indexOf("--");
	const options = end < 0 ? argv : argv.slice(0, end);
	const command = COMMANDS.has(argv[0] as CommandName) ? (argv[0] as CommandName) : null;
	if (options.some((arg) => HELP_FLAGS.has(arg))) {
		if (command === null && argv[0] !== undefined && !argv[0].startsWith("-")) throw new UsageError(`unknown command "${argv[0]}"`);
		return { kind: "help", command };
	}
	if (options.includes("--version")) return { kind: "version" };
	return { kind: "run", args: parseArgs(argv) };
}

/** Reads argv (without node and script) for a command; throws UsageError with a plain-words message. */
export function parseArgs(argv: string[]): ParsedArgs {
	const [command, ...rest] = argv;
	if (!command || !COMMANDS.has(command as CommandName)) {
		throw new UsageError(command ? `unknown command "${command}"` : "no command given");
	}
	const name = command as CommandName;
	const { positional, values, switches } = splitArguments(name, rest);
	const parsed: ParsedArgs = {
		command: name,
		vault: "",
		files: [],
		json: switches.has("--json"),
		dryRun: switches.has("--dry-run"),
		mode: null,
		themesFolder: values.get("--themes") ?? null,
		importFolder: values.get("--folder") ?? null,
	};
	const mode = values.get("--mode");
	if (mode !== undefined) {
		if (!MODES.has(mode)) throw new UsageError(`--mode takes hub, property or both, not "${mode}"`);
		parsed.mode = mode as ParsedArgs["mode"];
	}
	if (name === "import") {
		parsed.vault = values.get("--vault") ?? "";
		parsed.files = positional;
		if (!parsed.vault) throw new UsageError("import needs --vault <folder>");
		if (positional.length === 0) throw new UsageError("import needs at least one file");
		return parsed;
	}
	if (positional.length !== 1) throw new UsageError(`${name} takes exactly one vault folder`);
	parsed.vault = positional[0] ?? "";
	return parsed;
}

function splitArguments(command: CommandName, args: string[]) {
	const positional: string[] = [];
	const values = new Map<string, string>();
	const switches = new Set<string>();
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? "";
		if (arg === "--") {
			positional.push(...args.slice(i + 1)); // everything after "--" is a name, even "-x"
			break;
		}
		if (!arg.startsWith("-") || arg === "-") {
			positional.push(arg);
			continue;
		}
		const [flag, inlineValue] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
		if (!FLAGS_BY_COMMAND[command].has(flag)) throw new UsageError(`${command} does not take ${flag}`);
		if (!FLAGS_WITH_VALUE.has(flag)) {
			switches.add(flag);
			continue;
		}
		const value = inlineValue ?? args[++i];
		if (value === undefined || value.startsWith("--")) throw new UsageError(`${flag} needs a value`);
		values.set(flag, value);
	}
	return { positional, values, switches };
}
