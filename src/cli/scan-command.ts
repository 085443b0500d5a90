// `scan`: reads every note of a vault folder, reports kinds, themes and suggestions; never writes.

import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { buildScanReport } from "../core/index/scan-report";
import { VaultEngine } from "../core/engine/vault-engine";
import { grayMatterFrontmatter } from "./gray-matter-frontmatter";
import { FsNoteStore } from "./fs-note-store";
import { readVaultSettings } from "./vault-settings";
import { formatScanReport } from "./scan-format";
import { loadCachedIndex, saveCachedIndex } from "./index-cache";
import { buildHubs, buildPropertyLinks } from "../core/engine/hub-builder";
import { withFormats } from "../core/links/importer-owned";
import { runLink, type CommandIo, type LinkOptions } from "./link-command";

export interface ScanOptions {
	vault: string;
	json: boolean;
	themesFolder: string | null;
}

const EXIT_OK = 0;
const EXIT_PROBLEMS = 1;
const EXIT_USAGE = 2;

/** Loads a vault folder into an engine with its settings (flags override them). */
export async function loadVault(vault: string, themesFolder: string | null): Promise<{ engine: VaultEngine; store: FsNoteStore; problems: string[] }> {
	const loaded = readVaultSettings(vault);
	const settings = { ...loaded.settings, themesFolder: themesFolder ?? loaded.settings.themesFolder };
	const store = new FsNoteStore(vault, { excludedFolders: settings.excludedFolders });
	const engine = new VaultEngine({ store, frontmatter: grayMatterFrontmatter, settings: () => settings });
	const analysisKey = JSON.stringify([settings.themesFolder, settings.linkThreshold, settings.excludedFolders, settings.excludedThemesByNote]);
	const useCache = !process.env.THROUGHLINE_NO_CACHE;
	const cached = useCache ? loadCachedIndex(vault, analysisKey) : null;
	if (cached) engine.adopt(cached);
	await engine.indexAll();
	if (useCache) saveCachedIndex(vault, analysisKey, engine.index);
	const problems = loaded.problem ? [loaded.problem] : [];
	for (const p of engine.loaded.problems) problems.push(`${p.path}: ${p.message}`);
	return { engine, store, problems };
}

/** Every indexed note's problems as `path: what is wrong` lines. */
export function indexProblems(engine: VaultEngine): string[] {
	return engine.index.documents().flatMap((record) => record.problems.map((problem) => `${record.path}: ${problem}`));
}

/** The same io, with every stderr write ending its line: one problem, one line. */
export function lineEndedIo(io: CommandIo): CommandIo {
	return { stdout: (text) => io.stdout(text), stderr: (text) => io.stderr(text.endsWith("\n") ? text : `${text}\n`) };
}

/**
 * `link` over the index of a vault on disk. The notes the index could not read are reported too
 * (after the link pass's own problems) and make the exit status 1, as `scan` does.
 */
export async function runIndexedLink(options: LinkOptions & { themesFolder: string | null }, given: CommandIo): Promise<number> {
	const io = lineEndedIo(given);
	const vaultProblems: string[] = [];
	const buildIndexedHubs = async () => {
		const { engine } = await loadVault(options.vault, options.themesFolder); // its settings problem: runLink reports it
		vaultProblems.push(...engine.loaded.problems.map((p) => `${p.path}: ${p.message}`), ...indexProblems(engine));
		const formatOf = (path: string): string | undefined => engine.index.document(path)?.format;
		return { hubs: buildHubs(engine.index), propertyLinks: withFormats(buildPropertyLinks(engine.index), formatOf) };
	};
	const { themesFolder: _themesFolder, ...linkOptions } = options;
	const settings = options.themesFolder === null ? undefined : { themesFolder: options.themesFolder }; // --themes: index and writer agree
	const code = await runLink(linkOptions, { io, buildHubs: buildIndexedHubs, settings });
	for (const line of vaultProblems) io.stderr(`${line}\n`);
	return code === EXIT_OK && vaultProblems.length > 0 ? EXIT_PROBLEMS : code;
}

export async function runScan(options: ScanOptions, io: CommandIo): Promise<number> {
	const vault = resolve(options.vault);
	if (!existsSync(vault) || !statSync(vault).isDirectory()) {
		io.stderr(`${options.vault}: not a folder that can be read\n`);
		return EXIT_USAGE;
	}
	const started = performance.now();
	const { engine, store, problems } = await loadVault(vault, options.themesFolder);
	const stats = store.list().filter((s) => engine.isSource(s.path));
	const bytes = stats.reduce((sum, s) => sum + s.size, 0);
	const readText = (path: string): string | null => store.readIfExists(path);
	const report = buildScanReport(engine.index, vault, { files: stats.length, bytes, ms: Math.round(performance.now() - started) }, { readText });
	const allProblems = [...problems, ...indexProblems(engine)];
	for (const line of allProblems) io.stderr(`${line}\n`);
	io.stdout(options.json ? JSON.stringify(report, null, 2) + "\n" : formatScanReport(report, engine.loaded.fromStarterPack));
	return allProblems.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
