// The last line of defence in the headless runner: a failure nobody expected, told in one line.

/** The message for stderr: the error's own words; the stack only when THROUGHLINE_DEBUG is set. */
export function unexpectedFailure(error: unknown, env: Record<string, string | undefined>): string {
	const debug = Boolean(env.THROUGHLINE_DEBUG);
	const text = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
	return `throughline: unexpected failure: ${text}\n`;
}
