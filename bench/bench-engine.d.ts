// The virtual module bench/run.mjs generates: every engine module that exists and compiles today,
// keyed by its path from the repository root. The bench looks functions up by name at run time,
// so it builds and runs while the engine is still being written.
declare module "bench-engine" {
	export const modules: Record<string, Record<string, unknown>>;
}
