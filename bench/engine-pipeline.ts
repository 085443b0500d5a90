// The engine as the bench drives it: compiled themes, a frontmatter parser, analyzeNote and the
// ThemeIndex, looked up by name so that the bench runs while parts are still missing.

import type { FrontmatterParser } from "../src/core/ports";
import type { ThemeDefinition } from "../src/core/model";
import { findExport } from "./engine-loader";
import { benchFrontmatter } from "./fallback-frontmatter";
import { GeneratedNote } from "./generate-vault";
import { THEME_CATALOG, themeId } from "./theme-catalog";

/** The ThemeIndex methods the bench calls. */
export interface ThemeIndexLike {
	upsert(record: unknown): void;
	setThemes?(themes: readonly ThemeDefinition[]): string[];
}

type Compile = (themes: ThemeDefinition[]) => unknown;
type AnalyzeNote = (path: string, raw: string, context: unknown, file?: { size: number; mtime: number }) => unknown;
type ThemeFromNote = (path: string, frontmatterData: Record<string, unknown> | null, body: string) => ThemeDefinition;
type ThemeIndexClass = new (themes: readonly ThemeDefinition[]) => ThemeIndexLike;

export interface EnginePipeline {
	compile: Compile;
	themes: ThemeDefinition[];
	/** Where each part came from, for the table's notes. */
	sources: string;
	analyze(note: GeneratedNote, size: number, themes?: unknown): unknown;
	compiled: unknown;
	newIndex(): ThemeIndexLike;
}

/** The catalog as theme definitions, as if read from the generated theme notes. */
export function catalogDefinitions(): ThemeDefinition[] {
	return THEME_CATALOG.map((theme) => ({
		id: themeId(theme),
		name: theme.name,
		path: `Themes/${theme.name}.md`,
		aliases: theme.aliases.slice(),
		exclusions: theme.exclusions.slice(),
		tags: [themeId(theme)],
	}));
}

/** The project's frontmatter parser: a fast one if the lead provides it, else gray-matter. */
export function findFrontmatterParser(): { parse: FrontmatterParser; file: string } {
	for (const name of ["parseFrontmatterFast", "fastFrontmatter", "grayMatterFrontmatter", "parseFrontmatter", "grayMatterParser"]) {
		const found = findExport<FrontmatterParser>(name);
		if (found && typeof found.value === "function") return { parse: found.value, file: `${found.file}#${name}` };
	}
	return { parse: benchFrontmatter, file: "bench/fallback-frontmatter.ts (gray-matter)" };
}

function themeDefinitions(themeNotes: GeneratedNote[], parse: FrontmatterParser | null): { themes: ThemeDefinition[]; from: string } {
	const fromNote = findExport<ThemeFromNote>("themeFromNote");
	if (!fromNote || !parse) return { themes: catalogDefinitions(), from: "catalog" };
	const themes = themeNotes.map((note) => {
		const frontmatter = parse(note.text);
		return fromNote.value(note.path, frontmatter.data, note.text.slice(frontmatter.bodyStart));
	});
	return { themes, from: "themeFromNote" };
}

/** The whole pipeline, or the plain-words reason it cannot run yet. */
export function loadPipeline(themeNotes: GeneratedNote[]): EnginePipeline | string {
	const compile = findExport<Compile>("compileThemes");
	const analyzeNote = findExport<AnalyzeNote>("analyzeNote");
	const ThemeIndex = findExport<ThemeIndexClass>("ThemeIndex");
	const scoring = findExport<unknown>("DEFAULT_SCORING");
	const parser = findFrontmatterParser();
	const missing = [
		!compile && "compileThemes",
		!analyzeNote && "analyzeNote",
		!ThemeIndex && "ThemeIndex",
	].filter(Boolean);
	if (!compile || !analyzeNote || !ThemeIndex) return `missing ${missing.join(", ")}`;
	const { themes, from } = themeDefinitions(themeNotes, parser.parse);
	const compiled = compile.value(themes);
	// analyze.ts's AnalysisContext: { frontmatter, compiled, scoring }.
	const contextFor = (compiledThemes: unknown): unknown => ({ frontmatter: parser.parse, compiled: compiledThemes, scoring: scoring?.value });
	let context = contextFor(compiled);
	let contextThemes: unknown = compiled;
	return {
		compile: compile.value,
		themes,
		compiled,
		sources: `themes from ${from}; frontmatter: ${parser.file}`,
		analyze(note, size, themesOverride) {
			if (themesOverride !== undefined && themesOverride !== contextThemes) {
				contextThemes = themesOverride;
				context = contextFor(themesOverride);
			}
			return analyzeNote.value(note.path, note.text, context, { size, mtime: note.mtime });
		},
		newIndex: () => new ThemeIndex.value(themes),
	};
}
