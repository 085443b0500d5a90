import { Notice, Plugin, type Menu, type WorkspaceLeaf } from "obsidian";
import { editorLivePreviewField } from "obsidian";
import { migrateSettings, type ThroughlineSettings } from "./core/settings";
import { INDEX_SCHEMA } from "./core/index/serialize";
import { registerCommands, type CommandActions } from "./obsidian/commands";
import { openRecordStore } from "./obsidian/idb-record-store";
import { AppImporter } from "./obsidian/importer";
import { AutoLinker } from "./obsidian/auto-linker";
import { IndexController } from "./obsidian/index-controller";
import { LinkService } from "./obsidian/link-service";
import { ThemeActions } from "./obsidian/theme-actions";
import { VaultWatcher } from "./obsidian/vault-watcher";
import { buildViewDeps, mentionFinder } from "./obsidian/view-wiring";
import { decorateMentions } from "./ui/mention-decorator";
import { mentionEditorExtension } from "./ui/mention-editor-extension";
import { ConfirmModal } from "./ui/modals/confirm-modal";
import { LinkPreviewModal } from "./ui/modals/link-preview-modal";
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
	private unloaded = false;

	override async onload(): Promise<void> {
		this.settingsState = migrateSettings(await this.loadData());
		const settings = (): ThroughlineSettings => this.settingsState;
		const status = this.addStatusBarItem();
		const vaultKey = `throughline-index-${this.app.vault.getName()}-v${INDEX_SCHEMA}`;
		this.index = this.addChild(new IndexController({ app: this.app, settings, openRecords: () => openRecordStore(vaultKey), showStatus: (text) => status.setText(text) }));
		this.links = new LinkService(this.app, settings);
		this.themes = new ThemeActions({ app: this.app, settings, saveSettings: (change) => this.updateSettings(change), reindex: (path) => this.index.reindex(path), usingStarterPack: () => this.index.engine.loaded.fromStarterPack });
		this.importer = new AppImporter({ app: this.app, settings });
		this.registerViews();
		registerCommands(this, this.commandActions());
		this.addSettingTab(new ThroughlineSettingTab(this.app, this, { settings, update: (change) => this.updateSettings(change) }));
		this.registerMentionDecorations();
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

	private async startWatching(): Promise<void> {
		// Watch first: an importer syncing at start-up writes notes while the first pass runs.
		this.addChild(new VaultWatcher(this.app.vault, this.app.metadataCache, this.index));
		await this.index.start();
		if (this.unloaded) return; // disabled while the first index pass ran: attach nothing more
		this.importer.watchInbox(this);
		this.addChild(new AutoLinker(this.index, this.links, () => this.settingsState));
		this.registerEvent(this.app.vault.on("rename", (file, oldPath) => void this.links.noteRenamed(oldPath, file.path)));
		this.registerEvent(this.app.workspace.on("file-menu", (menu, file) => this.addExcludeMenuItem(menu, file.path)));
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

	private registerMentionDecorations(): void {
		const find = mentionFinder(this.index);
		this.registerMarkdownPostProcessor((el, context) => {
			const file = this.app.vault.getFileByPath(context.sourcePath);
			const tooLarge = file !== null && file.stat.size > this.settingsState.decorationMaxChars;
			if (this.settingsState.decorateMentions && !tooLarge && this.index.engine.isSource(context.sourcePath)) decorateMentions(el, find);
		});
		this.registerEditorExtension(
			mentionEditorExtension({
				findMentionsInText: find,
				isEnabled: (state) => this.settingsState.decorateMentions && state.field(editorLivePreviewField, false) === true,
				onOpenTheme: (name, path, target) => void this.app.workspace.openLinkText(path ?? name, "", target),
			}),
		);
	}

	private async revealView(type: string): Promise<void> {
		const existing = this.app.workspace.getLeavesOfType(type)[0];
		const leaf = existing ?? this.app.workspace.getRightLeaf(false);
		if (!leaf) return;
		if (!existing) await leaf.setViewState({ type, active: true });
		await this.app.workspace.revealLeaf(leaf);
	}

	private async previewLinks(): Promise<void> {
		const { plan, ledger, hubPaths } = await this.links.planLinks(this.index.engine.index);
		if (plan.edits.length === 0) {
			new Notice(plan.problems.length > 0 ? `No links to write; ${plan.problems.length} notes have problems.` : "Every link is up to date.");
			return;
		}
		const names = Object.fromEntries(this.index.engine.index.themes.map((t) => [t.id, t.name]));
		new LinkPreviewModal(this.app, this.links.previewItems(plan, hubPaths), names, (accepted) => {
			void this.links.apply(plan, ledger, new Set(accepted.map((item) => item.path))).then(async (result) => {
				new Notice(`Wrote links in ${result.applied.length} notes${result.problems.length ? `; ${result.problems.length} could not be written` : ""}.`);
				if (!this.settingsState.firstPreviewAccepted) await this.updateSettings({ firstPreviewAccepted: true });
			});
		}).open();
	}

	private removeAllLinks(): void {
		const message = "Every block and property it wrote is removed and each note is restored to its bytes before linking. Notes it created only to hold links are deleted.";
		new ConfirmModal(this.app, { title: "Remove all theme links?", message, confirmText: "Remove", destructive: true }, () => {
			void this.links.planUnlink().then(async ({ plan, ledger }) => {
				const result = await this.links.apply(plan, ledger);
				new Notice(`Removed links from ${result.applied.length} notes.`);
			});
		}).open();
	}

	private themeChoices(): ThemeChoice[] {
		return this.index.engine.index.themes.map((t) => ({ id: t.id, name: t.name, path: t.path }));
	}

	private commandActions(): CommandActions {
		return {
			openThemesSidebar: () => void this.revealView(THEMES_VIEW_TYPE),
			openNoteThemes: () => void this.revealView(NOTE_THEMES_VIEW_TYPE),
			rebuildIndex: () => void this.index.rebuild().then(() => new Notice("Themes index rebuilt.")),
			previewLinks: () => void this.previewLinks(),
			removeAllLinks: () => this.removeAllLinks(),
			importFiles: () => this.importer.pickAndImport(),
			importClipboard: () => void this.importer.importClipboard(),
			installStarterThemes: () => void this.themes.installStarterPack(),
			createThemeFromSelection: (selection) => void this.themes.createThemeFromSelection(selection),
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

