// What the reader does to themes: install the starter pack, accept or reject a suggestion, make a
// theme from a selection, add an alias, exclude a note from a theme. Each writes only what it says.

import { Notice, normalizePath, TFile, type App } from "obsidian";
import { themeFromPhrase, themeNoteText } from "../core/engine/theme-note-writer";
import { safeFileName } from "../core/import/file-name";
import { whyLeftAlone } from "../core/links/importer-owned";
import type { ThroughlineSettings } from "../core/settings";
import { starterPack } from "../core/themes/starter-pack";
import type { WeightedThemeDefinition } from "../core/themes/compile";

export interface ThemeActionsDeps {
	app: App;
	settings: () => ThroughlineSettings;
	saveSettings: (change: Partial<ThroughlineSettings>) => Promise<void>;
	/** Re-analyses one note now (after an exclusion). */
	reindex: (path: string) => void;
	/** True while the vault has no theme notes of its own and the embedded starter pack is in use. */
	usingStarterPack: () => boolean;
	/** The note's detected format in the index (`readwise-official`), if it is indexed. */
	formatOf: (path: string) => string | undefined;
}

export class ThemeActions {
	constructor(private readonly deps: ThemeActionsDeps) {}

	private notePathFor(name: string): string {
		const folder = this.deps.settings().themesFolder;
		return normalizePath(`${folder}/${safeFileName(name)}.md`);
	}

	private async ensureFolder(): Promise<void> {
		const folder = normalizePath(this.deps.settings().themesFolder);
		if (!this.deps.app.vault.getAbstractFileByPath(folder)) await this.deps.app.vault.createFolder(folder);
	}

	/** Creates a theme note unless one of that name exists; returns its path, or null if it existed. */
	async createTheme(theme: WeightedThemeDefinition): Promise<string | null> {
		const path = this.notePathFor(theme.name);
		if (this.deps.app.vault.getAbstractFileByPath(path)) return null;
		await this.ensureFolder();
		await this.deps.app.vault.create(path, themeNoteText(theme));
		return path;
	}

	async installStarterPack(): Promise<void> {
		let created = 0;
		for (const theme of starterPack()) if (await this.createTheme(theme)) created++;
		new Notice(created > 0 ? `Installed ${created} starter themes in ${this.deps.settings().themesFolder}.` : "The starter themes are already installed.");
	}

	/**
	 * A theme without a note is a starter theme. One theme note would replace the whole pack, so the
	 * pack is installed as notes, the chosen theme with the new alias: every theme keeps its phrases.
	 */
	private async installStarterPackWithAlias(themeName: string, alias: string): Promise<void> {
		const wanted = themeName.toLowerCase();
		let found = false;
		for (const theme of starterPack()) {
			const chosen = theme.name.toLowerCase() === wanted;
			found ||= chosen;
			await this.createTheme(chosen ? { ...theme, aliases: [...theme.aliases, alias] } : theme);
		}
		if (!found) await this.createTheme({ ...themeFromPhrase(themeName), aliases: [alias] });
		new Notice(`Installed the starter themes as notes in ${this.deps.settings().themesFolder}; "${alias}" now counts as ${themeName}.`);
	}

	/**
	 * A new theme note would replace the embedded starter pack; while the pack is in use it is first
	 * installed as notes, so that no theme the reader relies on disappears. Returns how many were made.
	 */
	private async keepStarterThemes(): Promise<number> {
		if (!this.deps.usingStarterPack()) return 0;
		let created = 0;
		for (const theme of starterPack()) if (await this.createTheme(theme)) created++;
		return created;
	}

	/** Creates a theme note for a suggested term, every form the notes use (`variants`) among its aliases. */
	async acceptSuggestion(phrase: string, variants: readonly string[] = []): Promise<void> {
		const kept = await this.keepStarterThemes();
		const theme = themeFromPhrase(phrase);
		const aliases = [...theme.aliases];
		for (const form of variants) if (!aliases.some((a) => a.toLowerCase() === form.toLowerCase())) aliases.push(form.trim());
		const path = await this.createTheme({ ...theme, aliases });
		const also = kept > 0 ? ` The ${kept} starter themes were installed as notes too, so they keep counting.` : "";
		new Notice(path ? `Created the theme ${path}.${also}` : `A theme named like "${phrase}" already exists.`);
	}

	/** Remembers a rejected term with every form of it, so that none is suggested again. */
	async rejectSuggestion(phrase: string, variants: readonly string[] = []): Promise<void> {
		const rejected = new Set(this.deps.settings().rejectedSuggestions);
		for (const form of [phrase, ...variants]) rejected.add(form.toLowerCase());
		await this.deps.saveSettings({ rejectedSuggestions: [...rejected] });
	}

	async createThemeFromSelection(selection: string): Promise<void> {
		const phrase = selection.trim();
		if (!phrase || phrase.length > 80) {
			new Notice("Select a short phrase (up to 80 characters) to make a theme of it.");
			return;
		}
		await this.acceptSuggestion(phrase);
	}

	/** Adds an alias to a theme note's frontmatter (processFrontMatter: an atomic YAML round trip). */
	async addAlias(themePath: string | null, themeName: string, alias: string): Promise<void> {
		const phrase = alias.trim();
		if (!phrase) return;
		if (!themePath) {
			await this.installStarterPackWithAlias(themeName, phrase);
			return;
		}
		const file = this.deps.app.vault.getAbstractFileByPath(themePath);
		if (!(file instanceof TFile)) return;
		await this.deps.app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
			const current = Array.isArray(frontmatter.aliases) ? frontmatter.aliases.map(String) : typeof frontmatter.aliases === "string" ? [frontmatter.aliases] : [];
			if (!current.some((a) => a.toLowerCase() === phrase.toLowerCase())) frontmatter.aliases = [...current, phrase];
		});
		new Notice(`"${phrase}" now counts as ${themeName}.`);
	}

	/**
	 * Excludes a note from a theme. Remembered in settings (importers rewrite their notes) and, for
	 * notes no importer owns (by format or folder), also as the note's `throughline-exclude` property.
	 */
	async excludeTheme(path: string, themeId: string, themeName: string): Promise<void> {
		const settings = this.deps.settings();
		const map = { ...settings.excludedThemesByNote };
		map[path] = [...new Set([...(map[path] ?? []), themeId])];
		await this.deps.saveSettings({ excludedThemesByNote: map });
		const file = this.deps.app.vault.getAbstractFileByPath(path);
		const owned = file instanceof TFile && whyLeftAlone(path, this.deps.formatOf(path), await this.deps.app.vault.cachedRead(file), settings.importerOwnedFolders) !== null;
		if (!owned && file instanceof TFile) {
			await this.deps.app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
				const current = Array.isArray(frontmatter["throughline-exclude"]) ? (frontmatter["throughline-exclude"] as unknown[]).map(String) : [];
				if (!current.includes(themeName)) frontmatter["throughline-exclude"] = [...current, themeName];
			});
		}
		this.deps.reindex(path);
		new Notice(`This note will no longer be linked to ${themeName}.`);
	}
}
