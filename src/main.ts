import { Notice, Plugin, type Menu, type WorkspaceLeaf } from "obsidian";
import { migrateSettings, type ThroughlineSettings } from "./core/settings";
import { INDEX_SCHEMA } from "./core/index/serialize";
import { registerCommands, type CommandActions } from "./obsidian/commands";
import { openRecordStore } from "./obsidian/idb-record-store";
import { AppImporter } from "./obsidian/importer";
import { AutoLinker } from "./obsidian/auto-linker";
import { IndexController } from "./obsidian/index-controller";
import { scheduleFirstIndexNotice, type FirstIndexDeps } from "./obsidian/first-index";
import { failureNotice, LinkFlows } from "./obsidian/link-flows";
import { LinkService } from "./obsidian/link-service";
import { registerMentionDecorations } from "./obsidian/mention-wiring";
import { ThemeActions } from "./obsidian/theme-actions";
import { VaultWatcher } from "./obsidian/vault-watcher";
import { buildViewDeps } from "./obsidian/view-wiring";
import { ThemePickerModal, type ThemeChoice } from "./ui/modals/theme-picker-modal";
import { NOTE_THEMES_VIEW_TYPE, NoteThemesView } from "./ui/note-themes-view";
import { ThroughlineSettingTab } from "./ui/settings-tab";
import { THEMES_VIEW_ICON, THEMES_VIEW_TYPE, ThemesView } from "./ui/themes-view";

/** Lifecycle and wiring only: every service is built and registered here, none does its work here. */
export default class ThroughlinePlugin extends Plugin {
	settingsState: ThroughlineSettings = migrateSettings(null);
	private index!: IndexController;
	private links!: LinkService;
	private themes!: ThemeActions;
	private importer!: AppImporter;
	private linkFlows!: LinkFlows;
	private unloaded = false;

	override async onload(): Promise<void> {
		this.settingsState = migrateSettings(await this.loadData());
		const settings = (): ThroughlineSettings => this.settingsState;
		const status = this.addStatusBarItem();
		const storePrefix = `throughline-index-${this.vaultId()}`;
		this.index = this.addChild(new IndexController({ app: this.app, settings, openRecords: () => openRecordStore(storePrefix, INDEX_SCHEMA), showStatus: (text) => status.setText(text) }));
		this.links = new LinkService(this.app, settings);
		this.linkFlows = new LinkFlows({ app: this.app, index: this.index, links: this.links, settings, updateSettings: (change) => this.updateSettings(change) });
		this.themes = new ThemeActions({
			app: this.app,
			settings,
			saveSettings: (change) => this.updateSettings(change),
			reindex: (path) => this.index.reindex(path),
			usingStarterPack: () => this.index.engine.loaded.fromStarterPack,
			formatOf: (path) => this.index.engine.index.document(path)?.format,
		});
		this.importer = new AppImporter({ app: this.app, settings });
		this.registerViews();
		registerCommands(this, this.commandActions());
		this.addSettingTab(new ThroughlineSettingTab(this.app, this, { settings, update: (change) => this.updateSettings(change) }));
		registerMentionDecorations({ plugin: this, index: this.index, settings });
		this.app.workspace.onLayoutReady(() => void this.startWatching());
	}

	override async onExternalSettingsChange(): Promise<void> {
		const before = this.settingsState;
		this.settingsState = migrateSettings(await this.loadData());
		await this.index.settingsChanged(before);
	}

	async updateSettings(change: Partial<ThroughlineSettings>): Promise<void> {
		const before = this.settingsState;
		this.settingsState = migrateSettings({ ...this.settingsState, ...change });
		await this.saveData(this.settingsState);
		await this.index.settingsChanged(before);
	}

	override onunload(): void {
		this.unloaded = true;
	}

	/**
	 * Names this vault's local index store. Obsidian's per-vault id (not in the public typings) when
	 * present; otherwise the vault's name and config folder, so that two vaults of the same name share
	 * a store only if they also share a config folder name.
	 */
	private vaultId(): string {
		const appId = (this.app as unknown as { appId?: unknown }).appId;
		if (typeof appId === "string" && appId !== "") return appId;
		return `${this.app.vault.getName()}-${this.app.vault.configDir}`;
	}

	private async startWatching(): Promise<void> {
		// Watch first: an importer syncing at start-up writes notes while the first pass runs; renames
		// during it must reach the ledger and the exclusions too.
		this.addChild(new VaultWatcher(this.app.vault, this.app.metadataCache, this.index));
		this.registerEvent(this.app.vault.on("rename", (file, oldPath) => this.noteRenamed(oldPath, file.path)));
		await this.index.start();
		if (this.unloaded) return; // disabled while the first index pass ran: attach nothing more
		scheduleFirstIndexNotice(this, this.firstIndexDeps());
		this.importer.watchInbox(this);
		this.addChild(new AutoLinker(this.index, this.links, () => this.settingsState));
		this.registerEvent(this.app.workspace.on("file-menu", (menu, file) => this.addExcludeMenuItem(menu, file.path)));
	}

	private firstIndexDeps(): FirstIndexDeps {
		return {
			onFailure: failureNotice("save its settings"),
			settings: () => this.settingsState,
			updateSettings: (change) => this.updateSettings(change),
			index: () => this.index.engine.index,
			suggestions: (rejected) => this.index.suggestions.ranked(rejected),
			fromStarterPack: () => this.index.engine.loaded.fromStarterPack,
			openThemesSidebar: () => void this.revealView(THEMES_VIEW_TYPE),
		};
	}

	/** A renamed note keeps its ledger entries (for undo) and its exclusions (kept by path in settings). */
	private noteRenamed(oldPath: string, newPath: string): void {
		void this.links.noteRenamed(oldPath, newPath).catch(failureNotice(`keep track of the links in ${newPath}`));
		const exclusions = this.settingsState.excludedThemesByNote;
		const moved = exclusions[oldPath];
		if (!moved) return;
		const next = { ...exclusions, [newPath]: [...new Set([...(exclusions[newPath] ?? []), ...moved])] };
		delete next[oldPath];
		void this.updateSettings({ excludedThemesByNote: next }).catch(failureNotice(`keep the exclusions of ${newPath}`));
	}

	/** The file menu's "Exclude from a theme…", for notes linked to at least one theme. */
	private addExcludeMenuItem(menu: Menu, path: string): void {
		const themes = this.commandActions().linkedThemesOf(path);
		if (themes.length === 0) return;
		menu.addItem((item) =>
			item
				.setTitle("Exclude from a theme…")
				.setIcon("circle-slash")
				.onClick(() => new ThemePickerModal(this.app, themes, (theme) => void this.themes.excludeTheme(path, theme.id, theme.name), "Exclude this note from…").open()),
		);
	}

	private registerViews(): void {
		const deps = buildViewDeps({ app: this.app, index: this.index, themes: this.themes, settings: () => this.settingsState });
		this.registerView(THEMES_VIEW_TYPE, (leaf: WorkspaceLeaf) => new ThemesView(leaf, deps));
		this.registerView(NOTE_THEMES_VIEW_TYPE, (leaf: WorkspaceLeaf) => new NoteThemesView(leaf, deps));
		this.registerHoverLinkSource(THEMES_VIEW_TYPE, { display: "Throughline themes", defaultMod: true });
		this.registerHoverLinkSource(NOTE_THEMES_VIEW_TYPE, { display: "Throughline note themes", defaultMod: true });
		this.addRibbonIcon(THEMES_VIEW_ICON, "Open themes sidebar", () => void this.revealView(THEMES_VIEW_TYPE));
	}

	private async revealView(type: string): Promise<void> {
		const existing = this.app.workspace.getLeavesOfType(type)[0];
		const leaf = existing ?? this.app.workspace.getRightLeaf(false);
		if (!leaf) return;
		if (!existing) await leaf.setViewState({ type, active: true });
		await this.app.workspace.revealLeaf(leaf);
	}

	private themeChoices(): ThemeChoice[] {
		return this.index.engine.index.themes.map((t) => ({ id: t.id, name: t.name, path: t.path }));
	}

	private commandActions(): CommandActions {
		return {
			openThemesSidebar: () => void this.revealView(THEMES_VIEW_TYPE),
			openNoteThemes: () => void this.revealView(NOTE_THEMES_VIEW_TYPE),
			rebuildIndex: () => void this.index.rebuild().then(() => new Notice("Themes index rebuilt."), failureNotice("rebuild the index")),
			previewLinks: () => void this.linkFlows.preview().catch(failureNotice("plan the links")),
			removeAllLinks: () => this.linkFlows.confirmRemoveAll(),
			importFiles: () => this.importer.pickAndImport(),
			importClipboard: () => void this.importer.importClipboard(),
			installStarterThemes: () => void this.themes.installStarterPack().catch(failureNotice("install the starter themes")),
			createThemeFromSelection: (selection) => void this.themes.createThemeFromSelection(selection).catch(failureNotice("create the theme")),
			addSelectionAsAlias: (selection) =>
				new ThemePickerModal(this.app, this.themeChoices(), (theme) => void this.themes.addAlias(theme.path, theme.name, selection), "Add the selection as an alias of…").open(),
			linkedThemesOf: (path) => {
				const record = this.index.engine.index.document(path);
				const linked = new Set(record?.decisions.filter((d) => d.linked).map((d) => d.themeId) ?? []);
				return this.themeChoices().filter((t) => linked.has(t.id));
			},
			excludeNoteFromTheme: (path, themes) =>
				new ThemePickerModal(this.app, themes, (theme) => void this.themes.excludeTheme(path, theme.id, theme.name), "Exclude this note from…").open(),
		};
	}
}

